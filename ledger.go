package dossier

import "time"

// LedgerClaim is a claim as the ledger keeps it: with its document, the text
// of its spans, and the ledger entities its sources resolve to.
type LedgerClaim struct {
	Claim
	Document  string
	Published time.Time
	Outlet    string
	Title     string
	Copy      bool   // the document copies another (wire copy)
	Story     string // story id, once reconciled
	Figure    string // figure id for count claims, once reconciled
	Text      ClaimText
}

// ClaimText is the text of a claim's spans, so listings need not load the
// document.
type ClaimText struct {
	Number, Counted, Cue, Content, Evidence, When, Where string
	Sources                                              []SourceText
}

// SourceText is one link of a claim's source chain as text, with the ledger
// entity it resolves to ("" when none).
type SourceText struct {
	Role   SourceRole
	Text   string // as written
	Name   string // resolved name for pronouns and descriptions, else Text
	Entity string // ledger entity id, once reconciled
}

// ClaimFilter selects claims. Zero fields do not filter.
type ClaimFilter struct {
	Kind      ClaimKind
	Measure   Measure
	Certainty Certainty
	Entity    string // ledger entity id: claims it is a source of or that count or place it
	Source    string // case-insensitive substring of a source's text or name
	About     string // case-insensitive substring of the counted group
	Document  string
	Story     string
	Figure    string
	From, To  string // YYYY-MM-DD bounds on the claim's date (when, else published)
	Query     string // full-text query over the evidence
	After     string // cursor from the previous page
	Limit     int    // 0 means a default page size
}

// LedgerEntity is an entity across documents: one canonical name, its
// aliases and spelling variants, and how often it appears.
type LedgerEntity struct {
	ID        string // stable: derived from the canonical key
	Name      string
	Type      EntityType
	Aliases   []string // every other surface form, most frequent first
	Documents int
	Mentions  int
}

// EntityLink maps a document-local entity to its ledger entity.
type EntityLink struct {
	Document string
	Local    string // document-local id ("e3")
	Entity   string // ledger entity id
}

// EntityFilter selects ledger entities.
type EntityFilter struct {
	Type  EntityType
	Query string // case-insensitive substring of the name or an alias
	Limit int
}

// Ledger is everything reconciliation derives, replaced as a whole.
type Ledger struct {
	Entities []LedgerEntity
	Links    []EntityLink
	Figures  []Figure
	Stories  []Story
	Built    time.Time
}
