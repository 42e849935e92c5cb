package dossier

import "time"

// Story is a cluster of articles about the same events, by content and time.
type Story struct {
	ID        string
	Title     string // the title of its most central article
	Keywords  []string
	Start     time.Time // first publication date
	End       time.Time // last publication date
	Documents []string  // oldest first
	Claims    int
}

// StoryFilter selects stories.
type StoryFilter struct {
	Query string // case-insensitive substring of the title or a keyword
	Limit int
}
