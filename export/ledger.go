package export

import (
	"time"

	"github.com/dossierhq/dossier"
)

// The JSON forms of what the ledger holds across documents (DESIGN §5, §6).
// Ledger listings carry the text of each span rather than offsets: offsets
// only mean something beside the document's text, which the document view
// (FromAnalysis) gives with code-point offsets.

// LedgerClaim is a claim as listed by `dossier claims` and GET /api/claims.
type LedgerClaim struct {
	ID        string       `json:"id"`
	Document  string       `json:"document"`
	Published string       `json:"published,omitempty"`
	Outlet    string       `json:"outlet,omitempty"`
	Title     string       `json:"title,omitempty"`
	Copy      bool         `json:"copy,omitempty"`
	Story     string       `json:"story,omitempty"`
	Figure    string       `json:"figure,omitempty"`
	Kind      string       `json:"kind"`
	Measure   string       `json:"measure,omitempty"`
	Value     *Value       `json:"value,omitempty"`
	Number    string       `json:"number,omitempty"`
	Counted   string       `json:"counted,omitempty"`
	Sources   []SourceText `json:"sources"`
	Cue       string       `json:"cue,omitempty"`
	Certainty string       `json:"certainty"`
	Hedges    []string     `json:"hedges"`
	When      *LedgerWhen  `json:"when"`
	Where     string       `json:"where,omitempty"`
	Content   string       `json:"content,omitempty"`
	Evidence  string       `json:"evidence"`
}

// LedgerWhen is a claim's date and the words that gave it.
type LedgerWhen struct {
	Value string `json:"value"`
	Text  string `json:"text,omitempty"`
}

// SourceText is one link of a source chain, as text, with its ledger entity.
type SourceText struct {
	Role   string  `json:"role"`
	Text   string  `json:"text"`
	Name   string  `json:"name,omitempty"` // resolved name when it differs from text
	Entity *string `json:"entity"`
}

// FromLedgerClaim converts c to its JSON form.
func FromLedgerClaim(c *dossier.LedgerClaim) LedgerClaim {
	out := LedgerClaim{
		ID: c.ID, Document: c.Document, Outlet: c.Outlet, Title: c.Title, Copy: c.Copy,
		Story: c.Story, Figure: c.Figure, Kind: string(c.Kind), Certainty: string(c.Certainty),
		Hedges: c.Hedges, Number: c.Text.Number, Counted: c.Text.Counted, Cue: c.Text.Cue,
		Where: c.Text.Where, Evidence: c.Text.Evidence, Published: date(c.Published),
		Sources: sourceTexts(c.Text.Sources),
	}
	if out.Hedges == nil {
		out.Hedges = []string{}
	}
	if c.Kind == dossier.CountClaim {
		out.Measure = string(c.Measure)
		out.Value = &Value{Low: c.Low, High: c.High, Bound: string(c.Bound)}
	} else {
		out.Content = c.Text.Content
	}
	if c.When != nil {
		out.When = &LedgerWhen{Value: c.When.Value, Text: c.Text.When}
	}
	return out
}

func sourceTexts(ss []dossier.SourceText) []SourceText {
	out := make([]SourceText, 0, len(ss))
	for _, s := range ss {
		st := SourceText{Role: string(s.Role), Text: s.Text}
		if s.Name != "" && s.Name != s.Text {
			st.Name = s.Name
		}
		if s.Entity != "" {
			id := s.Entity
			st.Entity = &id
		}
		out = append(out, st)
	}
	return out
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// Figure is the JSON form of a figure (DESIGN §5).
type Figure struct {
	ID       string        `json:"id"`
	Measure  string        `json:"measure"`
	Counted  string        `json:"counted"`
	Scope    string        `json:"scope"`
	Latest   FigureValue   `json:"latest"`
	Estimate Estimate      `json:"estimate"`
	Points   []FigurePoint `json:"points"`
	Flags    []Flag        `json:"flags"`
}

type FigureValue struct {
	When  string  `json:"when"`
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
	Bound string  `json:"bound"`
}

type Estimate struct {
	Low  float64 `json:"low"`
	Best float64 `json:"best"`
	High float64 `json:"high"`
}

type FigurePoint struct {
	FigureValue
	Sources   []SourceText `json:"sources"`
	Certainty string       `json:"certainty,omitempty"`
	Document  string       `json:"document"`
	Claim     string       `json:"claim"`
	Copies    []string     `json:"copies"`
}

type Flag struct {
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
	Points []int  `json:"points"`
}

func figureValue(v dossier.FigureValue) FigureValue {
	return FigureValue{When: v.When, Low: v.Low, High: v.High, Bound: string(v.Bound)}
}

// FromFigure converts f to its JSON form.
func FromFigure(f *dossier.Figure) Figure {
	out := Figure{
		ID: f.ID, Measure: string(f.Measure), Counted: f.Counted, Scope: f.Scope,
		Latest:   figureValue(f.Latest),
		Estimate: Estimate{Low: f.Estimate.Low, Best: f.Estimate.Best, High: f.Estimate.High},
		Points:   make([]FigurePoint, 0, len(f.Points)),
		Flags:    make([]Flag, 0, len(f.Flags)),
	}
	for _, p := range f.Points {
		jp := FigurePoint{FigureValue: figureValue(p.FigureValue), Sources: sourceTexts(p.Sources),
			Certainty: string(p.Certainty), Document: p.Document, Claim: p.Claim, Copies: p.Copies}
		if jp.Copies == nil {
			jp.Copies = []string{}
		}
		out.Points = append(out.Points, jp)
	}
	for _, fl := range f.Flags {
		jf := Flag{Kind: string(fl.Kind), Reason: fl.Reason, Points: fl.Points}
		if jf.Points == nil {
			jf.Points = []int{}
		}
		out.Flags = append(out.Flags, jf)
	}
	return out
}

// LedgerEntity is the JSON form of an entity across documents.
type LedgerEntity struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Documents int      `json:"documents"`
	Mentions  int      `json:"mentions"`
}

// FromLedgerEntity converts e to its JSON form.
func FromLedgerEntity(e *dossier.LedgerEntity) LedgerEntity {
	out := LedgerEntity{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases,
		Documents: e.Documents, Mentions: e.Mentions}
	if out.Aliases == nil {
		out.Aliases = []string{}
	}
	return out
}

// Story is the JSON form of a story.
type Story struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Keywords  []string `json:"keywords"`
	Start     string   `json:"start,omitempty"`
	End       string   `json:"end,omitempty"`
	Documents []string `json:"documents"`
	Claims    int      `json:"claims"`
}

// FromStory converts s to its JSON form.
func FromStory(s *dossier.Story) Story {
	out := Story{ID: s.ID, Title: s.Title, Keywords: s.Keywords, Start: date(s.Start), End: date(s.End),
		Documents: s.Documents, Claims: s.Claims}
	if out.Keywords == nil {
		out.Keywords = []string{}
	}
	if out.Documents == nil {
		out.Documents = []string{}
	}
	return out
}

// DocumentInfo is a document in a listing: no text, no layers.
type DocumentInfo struct {
	ID          string   `json:"id"`
	URL         string   `json:"url,omitempty"`
	Outlet      string   `json:"outlet,omitempty"`
	Title       string   `json:"title,omitempty"`
	Published   string   `json:"published,omitempty"`
	Ingested    string   `json:"ingested,omitempty"`
	Origin      string   `json:"origin,omitempty"`
	Format      string   `json:"format,omitempty"`
	Words       int      `json:"words"`
	Claims      int      `json:"claims"`
	DuplicateOf string   `json:"duplicate_of,omitempty"`
	Copies      []string `json:"copies"`
	Story       string   `json:"story,omitempty"`
	Hash        string   `json:"hash"`
}

// FromStoredDocument converts the listing fields of d to their JSON form.
func FromStoredDocument(d *dossier.StoredDocument) DocumentInfo {
	out := DocumentInfo{ID: d.Document.ID, URL: d.Document.URL, Outlet: d.Document.Outlet,
		Title: d.Document.Title, Published: date(d.Document.Published), Origin: d.Meta.Origin,
		Format: d.Meta.Format, Words: d.Meta.Words, Claims: d.Meta.Claims,
		DuplicateOf: d.Meta.DuplicateOf, Copies: d.Meta.Copies, Story: d.Meta.Story, Hash: d.Meta.Hash}
	if !d.Meta.Ingested.IsZero() {
		out.Ingested = d.Meta.Ingested.UTC().Format(time.RFC3339)
	}
	if out.Copies == nil {
		out.Copies = []string{}
	}
	return out
}
