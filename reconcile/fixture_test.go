package reconcile

import (
	"strconv"
	"time"

	"github.com/dossierhq/dossier"
)

func day(s string) time.Time {
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func fv(lo, hi float64, bound string) dossier.FigureValue {
	return dossier.FigureValue{Low: lo, High: hi, Bound: dossier.Bound(bound)}
}

// corpus builds hand-written ledger input: documents, mentions and claims.
type corpus struct {
	docs     []dossier.StoredDocument
	mentions []dossier.EntityMention
	claims   []dossier.LedgerClaim
	nextEnt  map[string]int
	nextPos  map[string]int
}

func newCorpus() *corpus { return &corpus{nextEnt: map[string]int{}, nextPos: map[string]int{}} }

// doc adds a document published on date (YYYY-MM-DD).
func (c *corpus) doc(id, date, outlet, title string, keywords ...string) *corpus {
	d := dossier.StoredDocument{}
	d.Document = dossier.Document{ID: id, Title: title, Outlet: outlet, Published: day(date)}
	d.Meta.Keywords = keywords
	c.docs = append(c.docs, d)
	return c
}

// copyOf marks document id as a wire copy of orig.
func (c *corpus) copyOf(id, orig string) *corpus {
	for i := range c.docs {
		if c.docs[i].Document.ID == id {
			c.docs[i].Meta.DuplicateOf = orig
		}
	}
	return c
}

func (c *corpus) published(doc string) time.Time {
	for _, d := range c.docs {
		if d.Document.ID == doc {
			return d.Document.Published
		}
	}
	return time.Time{}
}

// mention adds an entity mention at the next free position of the
// document (10 bytes apart unless at is given) and returns its local id.
func (c *corpus) mention(doc, text string, typ dossier.EntityType, canonical string) string {
	return c.mentionAt(doc, text, typ, canonical, -1)
}

func (c *corpus) mentionAt(doc, text string, typ dossier.EntityType, canonical string, at int) string {
	c.nextEnt[doc]++
	id := "e" + strconv.Itoa(c.nextEnt[doc])
	if at < 0 {
		at = c.nextPos[doc] + 10
	}
	c.nextPos[doc] = at + len(text)
	if canonical == "" {
		canonical = text
	}
	c.mentions = append(c.mentions, dossier.EntityMention{
		Document: doc, Published: c.published(doc), Text: text,
		Entity: dossier.Entity{ID: id, Span: dossier.Span{Start: at, End: at + len(text)}, Type: typ, Canonical: canonical},
	})
	return id
}

// src is one link of a source chain: text as written, resolved name and
// the document-local entity it points to ("" for none).
type src struct {
	role        dossier.SourceRole
	text, name  string
	localEntity string
}

func speaker(text, local string) src { return src{dossier.Speaker, text, "", local} }
func cited(text, local string) src   { return src{dossier.Cited, text, "", local} }

// count adds a count claim. when is a TIMEX3 value or "" for the
// publication date; where is a document-local entity id or "".
func (c *corpus) count(doc, id string, m dossier.Measure, v dossier.FigureValue, counted, when, where string, sources ...src) *dossier.LedgerClaim {
	cl := dossier.LedgerClaim{Document: doc, Published: c.published(doc)}
	cl.ID, cl.Kind, cl.Measure = id, dossier.CountClaim, m
	cl.Low, cl.High, cl.Bound = v.Low, v.High, v.Bound
	cl.Certainty = dossier.Reported
	if len(sources) == 0 {
		cl.Certainty = dossier.Asserted
	}
	for _, s := range sources {
		cl.Sources = append(cl.Sources, dossier.Source{Role: s.role, Mention: dossier.Mention{Entity: s.localEntity}})
		name := s.name
		if name == "" {
			name = s.text
		}
		cl.Text.Sources = append(cl.Text.Sources, dossier.SourceText{Role: s.role, Text: s.text, Name: name})
	}
	cl.Text.Counted = counted
	if when != "" {
		cl.When = &dossier.ClaimTime{Value: when}
	}
	if where != "" {
		cl.Where = &dossier.ClaimPlace{Entity: where}
	}
	cl.Evidence = dossier.Span{Start: 1000 * len(c.claims), End: 1000*len(c.claims) + 100}
	c.claims = append(c.claims, cl)
	return &c.claims[len(c.claims)-1]
}

// statement adds a statement claim with an evidence passage (its text and
// where it starts), for what the passage teaches about places and
// descriptions.
func (c *corpus) statement(doc, id string, evStart int, evidence string, sources ...src) {
	cl := dossier.LedgerClaim{Document: doc, Published: c.published(doc)}
	cl.ID, cl.Kind, cl.Certainty = id, dossier.StatementClaim, dossier.Reported
	for _, s := range sources {
		cl.Sources = append(cl.Sources, dossier.Source{Role: s.role, Mention: dossier.Mention{Entity: s.localEntity}})
		cl.Text.Sources = append(cl.Text.Sources, dossier.SourceText{Role: s.role, Text: s.text, Name: s.text})
	}
	cl.Evidence = dossier.Span{Start: evStart, End: evStart + len(evidence)}
	cl.Text.Evidence = evidence
	c.claims = append(c.claims, cl)
}

func (c *corpus) build() *dossier.Ledger {
	return Build(c.docs, c.mentions, c.claims, Options{Now: func() time.Time { return day("2025-10-01") }})
}

// figureOf returns the figure with the measure and counted group, or nil.
func figureOf(l *dossier.Ledger, m dossier.Measure, counted string) *dossier.Figure {
	for i := range l.Figures {
		if l.Figures[i].Measure == m && l.Figures[i].Counted == counted {
			return &l.Figures[i]
		}
	}
	return nil
}

func flagsOf(f *dossier.Figure, kind dossier.FlagKind) []dossier.Flag {
	var out []dossier.Flag
	for _, fl := range f.Flags {
		if fl.Kind == kind {
			out = append(out, fl)
		}
	}
	return out
}

func entityNamed(l *dossier.Ledger, name string) *dossier.LedgerEntity {
	for i := range l.Entities {
		if l.Entities[i].Name == name {
			return &l.Entities[i]
		}
	}
	return nil
}

func linkOf(l *dossier.Ledger, doc, local string) string {
	for _, k := range l.Links {
		if k.Document == doc && k.Local == local {
			return k.Entity
		}
	}
	return ""
}
