// Package dossier holds the domain types of the claim ledger: documents, the
// offset-exact layers extracted from them, and the claims assembled from those
// layers. It depends on the standard library only; every other package talks in
// these types.
package dossier

import "time"

// Span is a [Start,End) range of byte offsets into a document's text. Offsets
// are bytes everywhere inside Go; JSON output converts them to code points in
// one place (package export).
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is empty and unset.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Text returns the span's text in doc.
func (s Span) Text(doc string) string {
	if s.Start < 0 || s.End > len(doc) || s.Start > s.End {
		return ""
	}
	return doc[s.Start:s.End]
}

// Document is one article. Text is stored once, byte-exact, and never
// rewritten: every layer points into it.
type Document struct {
	ID        string
	URL       string
	Outlet    string
	Title     string
	Published time.Time // zero when unknown
	Text      string
}

// Analysis is a document with every layer the pipeline extracted from it.
type Analysis struct {
	Document     Document
	Sentences    []Span
	Tokens       []Span
	Entities     []Entity
	Times        []Timex
	Quantities   []Quantity
	Quotes       []Quote
	Attributions []Attribution
	Claims       []Claim
}
