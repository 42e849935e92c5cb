package reconcile

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

func storiesCorpus() *corpus {
	c := newCorpus()
	war := []string{"North Korea", "Russia", "Kursk", "troops", "casualties", "Zelenskyy", "NIS"}
	vote := []string{"election", "parliament", "budget", "coalition", "minister"}
	c.doc("w1", "2025-01-01", "A", "North Korean troops arrive in Kursk", war[:5]...)
	c.doc("w2", "2025-01-05", "B", "Casualties mount among North Korean troops in Kursk", war...)
	c.doc("w3", "2025-01-12", "C", "Zelenskyy offers swap", "Zelenskyy", "North Korea", "troops", "prisoners", "Kursk")
	c.doc("p1", "2025-01-06", "D", "Coalition talks stall", vote...)
	c.doc("p2", "2025-01-09", "E", "Budget vote delayed", "budget", "parliament", "vote", "coalition")
	c.doc("p2copy", "2025-01-10", "F", "Budget vote delayed")
	c.copyOf("p2copy", "p2")
	c.doc("x1", "2025-01-08", "G", "Storm hits coast", "storm", "coast", "flooding")
	// A quiet spell of three months, then the same story again.
	c.doc("w4", "2025-04-30", "H", "North Korean deaths in Kursk rise", war...)
	// Half a year later: too long, a new story.
	c.doc("w5", "2025-12-30", "I", "North Korean troops still in Kursk", war...)
	for _, d := range []string{"w1", "w2", "w2", "p2", "p2copy"} {
		c.statement(d, "c", 0, "", speaker("someone", ""))
	}
	return c
}

func TestStories(t *testing.T) {
	l := storiesCorpus().build()
	var got []string
	for _, s := range l.Stories {
		got = append(got, strings.Join(s.Documents, " "))
	}
	want := []string{"w1 w2 w3 w4", "p1 p2 p2copy", "x1", "w5"}
	if !slices.Equal(got, want) {
		t.Fatalf("stories = %q, want %q", got, want)
	}
	war, vote := l.Stories[0], l.Stories[1]
	if war.Title != "Casualties mount among North Korean troops in Kursk" {
		t.Errorf("war story title = %q, want the most central article's", war.Title)
	}
	if war.Claims != 3 || vote.Claims != 2 {
		t.Errorf("claims: war %d, vote %d, want 3 and 2", war.Claims, vote.Claims)
	}
	if !war.Start.Equal(day("2025-01-01")) || !war.End.Equal(day("2025-04-30")) {
		t.Errorf("war story spans %v – %v, want 2025-01-01 – 2025-04-30", war.Start, war.End)
	}
	if !slices.Contains(war.Keywords, "Kursk") {
		t.Errorf("war story keywords = %q, want Kursk among them", war.Keywords)
	}
	// Ids do not depend on input order.
	c := storiesCorpus()
	slices.Reverse(c.docs)
	again := c.build()
	for i := range l.Stories {
		if l.Stories[i].ID != again.Stories[i].ID {
			t.Errorf("story %d id %s, then %s with documents reversed", i, l.Stories[i].ID, again.Stories[i].ID)
		}
	}
}

// memStore is a dossier.Store over slices, for Run.
type memStore struct {
	dossier.Store // unimplemented methods panic
	c             *corpus
	replaced      *dossier.Ledger
}

func (m *memStore) EachDocument(ctx context.Context, fn func(*dossier.StoredDocument) error) error {
	for i := range m.c.docs {
		if err := fn(&m.c.docs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) EachMention(ctx context.Context, fn func(*dossier.EntityMention) error) error {
	var buf dossier.EntityMention
	for _, x := range m.c.mentions {
		buf = x // the store reuses its value: Run must copy
		if err := fn(&buf); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) EachClaim(ctx context.Context, f dossier.ClaimFilter, fn func(*dossier.LedgerClaim) error) error {
	var buf dossier.LedgerClaim
	for _, x := range m.c.claims {
		buf = x
		if err := fn(&buf); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) ReplaceLedger(ctx context.Context, l *dossier.Ledger) error {
	m.replaced = l
	return nil
}

func TestRunReplacesLedger(t *testing.T) {
	s := &memStore{c: storyCorpus()}
	l, err := Run(context.Background(), s, Options{})
	if err != nil {
		t.Fatalf("Run = %v", err)
	}
	if s.replaced != l {
		t.Fatalf("Run did not hand its ledger to ReplaceLedger")
	}
	want := storyCorpus().build()
	if len(l.Figures) != len(want.Figures) || len(l.Entities) != len(want.Entities) || len(l.Links) != len(want.Links) {
		t.Errorf("Run: %d figures, %d entities, %d links; Build: %d, %d, %d",
			len(l.Figures), len(l.Entities), len(l.Links), len(want.Figures), len(want.Entities), len(want.Links))
	}
	for i := range l.Figures {
		if l.Figures[i].ID != want.Figures[i].ID || len(l.Figures[i].Points) != len(want.Figures[i].Points) {
			t.Errorf("Run figure %d = %s with %d points, Build: %s with %d", i, l.Figures[i].ID,
				len(l.Figures[i].Points), want.Figures[i].ID, len(want.Figures[i].Points))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, &memStore{c: storyCorpus()}, Options{}); err == nil {
		t.Errorf("Run with a cancelled context = nil error, want one")
	}
}

func TestBuildOddInput(t *testing.T) {
	if l := Build(nil, nil, nil, Options{}); len(l.Entities)+len(l.Links)+len(l.Figures)+len(l.Stories) != 0 {
		t.Errorf("Build(nothing) = %+v, want an empty ledger", l)
	}
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t")
	c.count("a", "c1", dossier.Deaths, fv(-5, -5, "exact"), "civilians", "", "", speaker("x", ""))
	c.count("a", "c2", dossier.Deaths, fv(10, 5, "exact"), "civilians", "", "", speaker("x", ""))
	bad := c.count("a", "c3", dossier.Deaths, fv(10, 10, "exact"), "civilians", "", "", speaker("x", "e99"))
	bad.Text.Sources = nil // fewer texts than sources
	// A claim and a mention of a document no listing named.
	c.count("ghost", "c1", dossier.Injured, fv(3, 3, "exact"), "civilians", "", "", speaker("y", "e1"))
	c.mentions = append(c.mentions, dossier.EntityMention{Document: "ghost", Text: "Kyiv",
		Entity: dossier.Entity{ID: "e1", Type: dossier.GPE, Canonical: "Kyiv"}})
	l := c.build()
	if f := figureOf(l, dossier.Deaths, "civilians"); f == nil || len(f.Points) != 1 || f.Points[0].Claim != "c3" {
		t.Errorf("deaths · civilians = %+v, want only the valid claim c3", f)
	}
	if f := figureOf(l, dossier.Injured, "civilians"); f == nil || len(f.Points) != 1 {
		t.Errorf("injured · civilians = %+v, want the ghost document's claim", f)
	}
	n := 0
	for _, s := range l.Stories {
		n += len(s.Documents)
	}
	if n != 2 {
		t.Errorf("stories hold %d documents, want 2 (a and ghost)", n)
	}
}
