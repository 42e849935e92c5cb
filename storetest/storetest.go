// Package storetest is the test-suite every dossier.Store must pass: the
// embedded SQLite store runs it, and so will any other implementation.
//
// A store's tests call Run with a function that opens a fresh, empty store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) dossier.Store { … })
//	}
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
)

// Run runs the whole suite; open must return a new, empty store each call
// (the suite closes it).
func Run(t *testing.T, open func(t *testing.T) dossier.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s dossier.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"HandBuiltRoundTrip", testHandBuilt},
		{"Idempotent", testIdempotent},
		{"Conflict", testConflict},
		{"DerivedID", testDerivedID},
		{"InvalidDocument", testInvalidDocument},
		{"NotFound", testNotFound},
		{"Documents", testDocuments},
		{"DocumentPages", testDocumentPages},
		{"Claims", testClaims},
		{"ClaimFilters", testClaimFilters},
		{"ClaimPages", testClaimPages},
		{"EachClaim", testEachClaim},
		{"EachDocumentAndMention", testEachDocumentAndMention},
		{"Search", testSearch},
		{"SearchSyntax", testSearchSyntax},
		{"Similar", testSimilar},
		{"Ledger", testLedger},
		{"LedgerReplaced", testLedgerReplaced},
		{"LedgerInvalid", testLedgerInvalid},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close() error: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

// putAll stores docs and fails the test on any error.
func putAll(t *testing.T, s dossier.Store, docs []*dossier.StoredDocument) {
	t.Helper()
	for _, d := range docs {
		id, created, err := s.PutDocument(ctx, d)
		if err != nil || !created || id != d.Document.ID {
			t.Fatalf("PutDocument(%s) = %q, %v, %v; want %q, true, nil", d.Document.ID, id, created, err, d.Document.ID)
		}
	}
}

func wantCode(t *testing.T, call string, err error, code string) {
	t.Helper()
	if got := dossier.ErrorCode(err); got != code {
		t.Errorf("%s error = %v (code %q), want code %q", call, err, got, code)
	}
}

// sameDocument compares a stored document with what was put.
func sameDocument(t *testing.T, got, want *dossier.StoredDocument) {
	t.Helper()
	id := want.Document.ID
	g, w := got.Document, want.Document
	if g.ID != w.ID || g.URL != w.URL || g.Outlet != w.Outlet || g.Title != w.Title || g.Text != w.Text {
		t.Errorf("Document(%s) = {%q %q %q %q, %d bytes}, want {%q %q %q %q, %d bytes}", id,
			g.ID, g.URL, g.Outlet, g.Title, len(g.Text), w.ID, w.URL, w.Outlet, w.Title, len(w.Text))
	}
	if !g.Published.Equal(w.Published) {
		t.Errorf("Document(%s).Published = %v, want %v", id, g.Published, w.Published)
	}
	layers := []struct {
		name      string
		got, want any
	}{
		{"Sentences", got.Sentences, want.Sentences},
		{"Tokens", got.Tokens, want.Tokens},
		{"Entities", got.Entities, want.Entities},
		{"Times", got.Times, want.Times},
		{"Quantities", got.Quantities, want.Quantities},
		{"Quotes", got.Quotes, want.Quotes},
		{"Attributions", got.Attributions, want.Attributions},
	}
	for _, l := range layers {
		if !reflect.DeepEqual(l.got, l.want) {
			t.Errorf("Document(%s).%s =\n%+v\nwant\n%+v", id, l.name, l.got, l.want)
		}
	}
	if len(got.Claims) != len(want.Claims) {
		t.Errorf("Document(%s) has %d claims, want %d", id, len(got.Claims), len(want.Claims))
	} else {
		for i := range want.Claims {
			if !reflect.DeepEqual(got.Claims[i], want.Claims[i]) {
				t.Errorf("Document(%s).Claims[%d] =\n%+v\nwant\n%+v", id, i, got.Claims[i], want.Claims[i])
			}
		}
	}
	gm, wm := got.Meta, want.Meta
	if gm.Hash != hashOf(w.Text) || gm.Words != wm.Words || gm.Claims != len(want.Claims) || gm.Origin != wm.Origin ||
		gm.Format != wm.Format || gm.DuplicateOf != wm.DuplicateOf {
		t.Errorf("Document(%s).Meta = {%s %d %d %q %q %q}, want {%s %d %d %q %q %q}", id, gm.Hash, gm.Words, gm.Claims,
			gm.Origin, gm.Format, gm.DuplicateOf, hashOf(w.Text), wm.Words, len(want.Claims), wm.Origin, wm.Format, wm.DuplicateOf)
	}
	if !gm.Ingested.Equal(wm.Ingested) {
		t.Errorf("Document(%s).Meta.Ingested = %v, want %v", id, gm.Ingested, wm.Ingested)
	}
	if !reflect.DeepEqual(gm.Keywords, wm.Keywords) || !reflect.DeepEqual(gm.Signature, wm.Signature) || !reflect.DeepEqual(gm.Bands, wm.Bands) {
		t.Errorf("Document(%s).Meta keywords, signature, bands = %v %v %v, want %v %v %v", id,
			gm.Keywords, gm.Signature, gm.Bands, wm.Keywords, wm.Signature, wm.Bands)
	}
}

func testRoundTrip(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	for _, d := range docs {
		got, err := s.Document(ctx, d.Document.ID)
		if err != nil {
			t.Fatalf("Document(%s) error: %v", d.Document.ID, err)
		}
		sameDocument(t, got, d)
		id, err := s.DocumentByHash(ctx, d.Meta.Hash)
		if err != nil || id != d.Document.ID {
			t.Errorf("DocumentByHash(%s) = %q, %v, want %q", d.Meta.Hash[:12], id, err, d.Document.ID)
		}
	}
	got, err := s.Document(ctx, "flood-1")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"flood-1-copy"}; !slices.Equal(got.Meta.Copies, want) {
		t.Errorf("Document(flood-1).Meta.Copies = %v, want %v", got.Meta.Copies, want)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats() error: %v", err)
	}
	claims, counts := 0, 0
	for _, d := range docs {
		claims += len(d.Claims)
		for _, c := range d.Claims {
			if c.Kind == dossier.CountClaim {
				counts++
			}
		}
	}
	want := dossier.Stats{Documents: len(docs), Duplicates: 1, Claims: claims, CountClaims: counts}
	if st != want {
		t.Errorf("Stats() = %+v, want %+v", st, want)
	}
	if counts == 0 {
		t.Fatalf("the fixture articles gave no count claims: the suite needs some")
	}
}

func testHandBuilt(t *testing.T, s dossier.Store) {
	d := handBuilt()
	putAll(t, s, []*dossier.StoredDocument{d})
	got, err := s.Document(ctx, "hand")
	if err != nil {
		t.Fatalf("Document(hand) error: %v", err)
	}
	sameDocument(t, got, d)
	if got.Document.Published.Format(time.RFC3339) != d.Document.Published.Format(time.RFC3339) {
		t.Errorf("Document(hand).Published = %s, want the offset kept: %s", got.Document.Published.Format(time.RFC3339),
			d.Document.Published.Format(time.RFC3339))
	}
	claims, _, err := s.Claims(ctx, dossier.ClaimFilter{Document: "hand"})
	if err != nil || len(claims) != 2 {
		t.Fatalf("Claims(document hand) = %d claims, %v; want 2", len(claims), err)
	}
	byID := map[string]dossier.LedgerClaim{}
	for _, c := range claims {
		byID[c.ID] = c
	}
	c1 := byID["c1"]
	text := d.Document.Text
	want := dossier.ClaimText{
		Number: "2.7 million", Counted: "people", Cue: "added", When: "3 May", Where: "Kyiv",
		Evidence: d.Claims[0].Evidence.Text(text),
		Sources: []dossier.SourceText{
			{Role: dossier.Speaker, Text: "she", Name: "The Agency"},
			{Role: dossier.Cited, Text: "Kyiv", Name: "Kyiv"},
		},
	}
	if !reflect.DeepEqual(c1.Text, want) {
		t.Errorf("Claims(hand) c1.Text = %+v, want %+v", c1.Text, want)
	}
	if !reflect.DeepEqual(c1.Claim, d.Claims[0]) {
		t.Errorf("Claims(hand) c1.Claim = %+v, want %+v", c1.Claim, d.Claims[0])
	}
	if c1.Document != "hand" || c1.Outlet != "Hand Outlet" || c1.Title != d.Document.Title || !c1.Published.Equal(d.Document.Published) || c1.Copy {
		t.Errorf("Claims(hand) c1 document fields = %q %q %q %v %v", c1.Document, c1.Outlet, c1.Title, c1.Published, c1.Copy)
	}
	if c2 := byID["c2"]; c2.Text.Content != "nothing" || c2.Text.Sources != nil {
		t.Errorf("Claims(hand) c2.Text = %+v, want content \"nothing\" and no sources", c2.Text)
	}
	// The claim date is the start of when's value: 2024-FA starts in
	// September.
	for _, tc := range []struct {
		from, to string
		want     []string
	}{
		{"2024-05-03", "2024-05-03", []string{"c1"}},
		{"2024-09-01", "2024-09-30", []string{"c2"}},
		{"2024-05-04", "2024-08-31", nil},
	} {
		got, _, err := s.Claims(ctx, dossier.ClaimFilter{From: tc.from, To: tc.to})
		if err != nil {
			t.Fatalf("Claims(from %s to %s) error: %v", tc.from, tc.to, err)
		}
		if ids := claimIDs(got); !slices.Equal(ids, tc.want) {
			t.Errorf("Claims(from %s to %s) = %v, want %v", tc.from, tc.to, ids, tc.want)
		}
	}
}

func claimIDs(cs []dossier.LedgerClaim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func claimKeys(cs []dossier.LedgerClaim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Document+"/"+c.ID)
	}
	return out
}

func testIdempotent(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		id, created, err := s.PutDocument(ctx, d)
		if err != nil || created || id != d.Document.ID {
			t.Errorf("PutDocument(%s) again = %q, %v, %v; want %q, false, nil", d.Document.ID, id, created, err, d.Document.ID)
		}
	}
	// The same text under another id is the same document.
	again := *docs[0]
	again.Document.ID = "another-id"
	again.Document.Title = "Another title"
	id, created, err := s.PutDocument(ctx, &again)
	if err != nil || created || id != docs[0].Document.ID {
		t.Errorf("PutDocument(same text, id another-id) = %q, %v, %v; want %q, false, nil", id, created, err, docs[0].Document.ID)
	}
	// No hash given: the store computes it.
	noHash := *docs[1]
	noHash.Meta.Hash = ""
	if id, created, err := s.PutDocument(ctx, &noHash); err != nil || created || id != docs[1].Document.ID {
		t.Errorf("PutDocument(%s without hash) = %q, %v, %v; want %q, false, nil", docs[1].Document.ID, id, created, err, docs[1].Document.ID)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("Stats() after putting again = %+v, want %+v", after, before)
	}
	if _, err := s.Document(ctx, "another-id"); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Errorf("Document(another-id) error = %v, want not found", err)
	}
}

func testConflict(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs[:1])
	other := *docs[2]
	other.Document.ID = docs[0].Document.ID
	_, _, err := s.PutDocument(ctx, &other)
	wantCode(t, "PutDocument(flood-2's text under id flood-1)", err, dossier.ECONFLICT)
	got, err := s.Document(ctx, "flood-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Document.Text != docs[0].Document.Text {
		t.Errorf("Document(flood-1) text changed after a conflict")
	}
	if st, _ := s.Stats(ctx); st.Documents != 1 {
		t.Errorf("Stats().Documents after a conflict = %d, want 1", st.Documents)
	}
}

func testDerivedID(t *testing.T, s dossier.Store) {
	d := fixtures(t)[3]
	d.Document.ID = ""
	id, created, err := s.PutDocument(ctx, d)
	if err != nil || !created || len(id) < 12 || !strings.HasPrefix(d.Meta.Hash, id) {
		t.Fatalf("PutDocument(no id) = %q, %v, %v; want a prefix of its hash (%s), true, nil", id, created, err, d.Meta.Hash)
	}
	got, err := s.Document(ctx, id)
	if err != nil || got.Document.ID != id {
		t.Fatalf("Document(%s) = %v, %v", id, got, err)
	}
	// A different text whose derived id is taken by an explicit id gets a
	// longer one.
	other := fixtures(t)[4]
	other.Document.ID = other.Meta.Hash[:12]
	putAll(t, s, []*dossier.StoredDocument{other})
	third := handBuilt()
	third.Document.ID = ""
	id3, created, err := s.PutDocument(ctx, third)
	if err != nil || !created || !strings.HasPrefix(third.Meta.Hash, id3) || len(id3) < 12 {
		t.Errorf("PutDocument(hand, no id) = %q, %v, %v; want a prefix of its hash", id3, created, err)
	}
}

func testInvalidDocument(t *testing.T, s dossier.Store) {
	for _, tc := range []struct {
		name   string
		break_ func(d *dossier.StoredDocument)
	}{
		{"hash of another text", func(d *dossier.StoredDocument) { d.Meta.Hash = hashOf("something else") }},
		{"token past the end", func(d *dossier.StoredDocument) {
			d.Tokens = append(d.Tokens, dossier.Span{Start: len(d.Document.Text) - 1, End: len(d.Document.Text) + 5})
		}},
		{"negative sentence", func(d *dossier.StoredDocument) { d.Sentences[0] = dossier.Span{Start: -1, End: 3} }},
		{"reversed entity", func(d *dossier.StoredDocument) { d.Entities[0].Span = dossier.Span{Start: 9, End: 4} }},
		{"claim evidence past the end", func(d *dossier.StoredDocument) {
			d.Claims[0].Evidence = dossier.Span{Start: 0, End: len(d.Document.Text) + 1}
		}},
		{"claim ids twice", func(d *dossier.StoredDocument) { d.Claims[1].ID = d.Claims[0].ID }},
		{"claim without id", func(d *dossier.StoredDocument) { d.Claims[0].ID = "" }},
	} {
		d := handBuilt()
		tc.break_(d)
		_, _, err := s.PutDocument(ctx, d)
		wantCode(t, "PutDocument("+tc.name+")", err, dossier.EINVALID)
	}
	if st, err := s.Stats(ctx); err != nil || st.Documents != 0 || st.Claims != 0 {
		t.Errorf("Stats() after invalid documents = %+v, %v; want nothing stored", st, err)
	}
}

func testNotFound(t *testing.T, s dossier.Store) {
	putAll(t, s, fixtures(t)[:1])
	_, err := s.Document(ctx, "missing")
	wantCode(t, "Document(missing)", err, dossier.ENOTFOUND)
	_, err = s.DocumentByHash(ctx, hashOf("missing"))
	wantCode(t, "DocumentByHash(missing)", err, dossier.ENOTFOUND)
	_, err = s.Figure(ctx, "missing")
	wantCode(t, "Figure(missing)", err, dossier.ENOTFOUND)
	_, err = s.Entity(ctx, "missing")
	wantCode(t, "Entity(missing)", err, dossier.ENOTFOUND)
	_, err = s.Story(ctx, "missing")
	wantCode(t, "Story(missing)", err, dossier.ENOTFOUND)
	claims, next, err := s.Claims(ctx, dossier.ClaimFilter{Document: "missing"})
	if err != nil || len(claims) != 0 || next != "" {
		t.Errorf("Claims(document missing) = %d, %q, %v; want none", len(claims), next, err)
	}
}

func docIDs(ds []dossier.StoredDocument) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Document.ID)
	}
	return out
}

func testDocuments(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	for _, tc := range []struct {
		f    dossier.DocumentFilter
		want []string
	}{
		{dossier.DocumentFilter{}, []string{"flood-2", "strike", "flood-1-copy", "flood-1", "bridge"}},
		{dossier.DocumentFilter{Outlet: "Harbour Post"}, []string{"strike", "bridge"}},
		{dossier.DocumentFilter{From: "2025-03-11", To: "2025-03-12"}, []string{"strike", "flood-1-copy"}},
		{dossier.DocumentFilter{From: "2025-03-14"}, []string{"flood-2"}},
		{dossier.DocumentFilter{To: "2025-02-02"}, []string{"bridge"}},
		{dossier.DocumentFilter{Outlet: "Nobody"}, nil},
	} {
		got, next, err := s.Documents(ctx, tc.f)
		if err != nil {
			t.Fatalf("Documents(%+v) error: %v", tc.f, err)
		}
		if ids := docIDs(got); !slices.Equal(ids, tc.want) || next != "" {
			t.Errorf("Documents(%+v) = %v, %q; want %v, \"\"", tc.f, ids, next, tc.want)
		}
	}
	got, _, err := s.Documents(ctx, dossier.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range got {
		if d.Document.Text != "" || d.Tokens != nil || d.Claims != nil {
			t.Errorf("Documents() listing of %s holds text or layers", d.Document.ID)
		}
		if d.Document.ID == "flood-1" && !slices.Equal(d.Meta.Copies, []string{"flood-1-copy"}) {
			t.Errorf("Documents() flood-1 copies = %v, want [flood-1-copy]", d.Meta.Copies)
		}
		if d.Document.ID == "strike" && (d.Document.Outlet != "Harbour Post" || d.Meta.Claims == 0 || d.Meta.Format != "text") {
			t.Errorf("Documents() strike = %+v", d)
		}
	}
	for _, f := range []dossier.DocumentFilter{{From: "2025-3-1"}, {To: "March"}, {After: "not a cursor"}} {
		_, _, err := s.Documents(ctx, f)
		wantCode(t, fmt.Sprintf("Documents(%+v)", f), err, dossier.EINVALID)
	}
}

func testDocumentPages(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	all, _, err := s.Documents(ctx, dossier.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for limit := 1; limit <= len(all); limit++ {
		var got []string
		f := dossier.DocumentFilter{Limit: limit}
		for pages := 0; ; pages++ {
			page, next, err := s.Documents(ctx, f)
			if err != nil {
				t.Fatalf("Documents(limit %d, page %d) error: %v", limit, pages+1, err)
			}
			if len(page) > limit {
				t.Fatalf("Documents(limit %d) returned %d", limit, len(page))
			}
			got = append(got, docIDs(page)...)
			if next == "" {
				break
			}
			if pages > len(all) {
				t.Fatalf("Documents(limit %d) does not end", limit)
			}
			f.After = next
		}
		if want := docIDs(all); !slices.Equal(got, want) {
			t.Errorf("Documents pages of %d = %v, want %v", limit, got, want)
		}
	}
	// A document stored between two pages does not shift the second.
	page1, next, err := s.Documents(ctx, dossier.DocumentFilter{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	newer := handBuilt()
	newer.Document.Published = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	putAll(t, s, []*dossier.StoredDocument{newer})
	page2, _, err := s.Documents(ctx, dossier.DocumentFilter{Limit: 100, After: next})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := append(docIDs(page1), docIDs(page2)...), docIDs(all); !slices.Equal(got, want) {
		t.Errorf("Documents pages around a new document = %v, want %v", got, want)
	}
}

// allClaims lists every stored claim of the fixtures with its document.
func allClaims(docs []*dossier.StoredDocument) map[string]*dossier.Claim {
	out := map[string]*dossier.Claim{}
	for _, d := range docs {
		for i := range d.Claims {
			out[d.Document.ID+"/"+d.Claims[i].ID] = &d.Claims[i]
		}
	}
	return out
}

func testClaims(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	byDoc := map[string]*dossier.StoredDocument{}
	for _, d := range docs {
		byDoc[d.Document.ID] = d
	}
	got, next, err := s.Claims(ctx, dossier.ClaimFilter{Limit: 1000})
	if err != nil {
		t.Fatalf("Claims() error: %v", err)
	}
	want := allClaims(docs)
	if len(got) != len(want) || next != "" {
		t.Fatalf("Claims() = %d claims, %q; want %d, \"\"", len(got), next, len(want))
	}
	prevDay := "9999"
	for _, c := range got {
		d := byDoc[c.Document]
		w := want[c.Document+"/"+c.ID]
		if d == nil || w == nil {
			t.Fatalf("Claims() returned %s/%s, which was not stored", c.Document, c.ID)
		}
		if !reflect.DeepEqual(c.Claim, *w) {
			t.Errorf("Claims() %s/%s = %+v, want %+v", c.Document, c.ID, c.Claim, *w)
		}
		text := d.Document.Text
		if c.Text.Evidence != w.Evidence.Text(text) || c.Text.Number != w.Number.Text(text) ||
			c.Text.Counted != w.Counted.Text(text) || c.Text.Cue != w.Cue.Text(text) || c.Text.Content != w.Content.Text(text) {
			t.Errorf("Claims() %s/%s text = %+v, want the text of its spans", c.Document, c.ID, c.Text)
		}
		if len(c.Text.Sources) != len(w.Sources) {
			t.Errorf("Claims() %s/%s has %d source texts for %d sources", c.Document, c.ID, len(c.Text.Sources), len(w.Sources))
		}
		for i := range c.Text.Sources {
			if st := c.Text.Sources[i]; st.Role != w.Sources[i].Role || st.Text != w.Sources[i].Span.Text(text) || st.Name == "" || st.Entity != "" {
				t.Errorf("Claims() %s/%s source %d = %+v", c.Document, c.ID, i, st)
			}
		}
		if c.Outlet != d.Document.Outlet || c.Title != d.Document.Title || !c.Published.Equal(d.Document.Published) ||
			c.Copy != (d.Meta.DuplicateOf != "") || c.Story != "" || c.Figure != "" {
			t.Errorf("Claims() %s/%s document fields = %q %q %v copy=%v story=%q figure=%q", c.Document, c.ID,
				c.Outlet, c.Title, c.Published, c.Copy, c.Story, c.Figure)
		}
		day := claimDay(c)
		if day > prevDay {
			t.Errorf("Claims() not newest first: %s/%s on %s after %s", c.Document, c.ID, day, prevDay)
		}
		prevDay = day
	}
}

// claimDay is the date a claim is filed under: its when, else the
// publication date (the suite's fixtures have day-precision values).
func claimDay(c dossier.LedgerClaim) string {
	if c.When != nil && len(c.When.Value) == 10 {
		return c.When.Value
	}
	return c.Published.Format(time.DateOnly)
}

func testClaimFilters(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	all, _, err := s.Claims(ctx, dossier.ClaimFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string]*dossier.StoredDocument{}
	for _, d := range docs {
		byDoc[d.Document.ID] = d
	}
	// Pick filter values from what was stored, so the suite follows the
	// pipeline rather than hard-coding its output.
	var measure dossier.Measure
	var source, about string
	for _, c := range all {
		if c.Kind == dossier.CountClaim && measure == "" {
			measure = c.Measure
		}
		if len(c.Text.Sources) > 0 && source == "" {
			source = strings.ToUpper(c.Text.Sources[0].Text[1:])
		}
		if c.Text.Counted != "" && about == "" {
			about = strings.ToUpper(c.Text.Counted)
		}
	}
	if measure == "" || source == "" || about == "" {
		t.Fatalf("fixtures lack a count claim, a source or a counted group")
	}
	filters := []struct {
		f     dossier.ClaimFilter
		match func(c dossier.LedgerClaim) bool
	}{
		{dossier.ClaimFilter{Kind: dossier.CountClaim}, func(c dossier.LedgerClaim) bool { return c.Kind == dossier.CountClaim }},
		{dossier.ClaimFilter{Kind: dossier.StatementClaim}, func(c dossier.LedgerClaim) bool { return c.Kind == dossier.StatementClaim }},
		{dossier.ClaimFilter{Measure: measure}, func(c dossier.LedgerClaim) bool { return c.Measure == measure }},
		{dossier.ClaimFilter{Certainty: dossier.Reported}, func(c dossier.LedgerClaim) bool { return c.Certainty == dossier.Reported }},
		{dossier.ClaimFilter{Document: "flood-2"}, func(c dossier.LedgerClaim) bool { return c.Document == "flood-2" }},
		{dossier.ClaimFilter{Source: source}, func(c dossier.LedgerClaim) bool {
			for _, st := range c.Text.Sources {
				if strings.Contains(strings.ToLower(st.Text), strings.ToLower(source)) ||
					strings.Contains(strings.ToLower(st.Name), strings.ToLower(source)) {
					return true
				}
			}
			return false
		}},
		{dossier.ClaimFilter{About: about}, func(c dossier.LedgerClaim) bool {
			return strings.Contains(strings.ToLower(c.Text.Counted), strings.ToLower(about))
		}},
		{dossier.ClaimFilter{From: "2025-03-11", To: "2025-03-12"}, func(c dossier.LedgerClaim) bool {
			d := claimDay(c)
			return d >= "2025-03-11" && d <= "2025-03-12"
		}},
		{dossier.ClaimFilter{Query: "looting"}, func(c dossier.LedgerClaim) bool { return strings.Contains(c.Text.Evidence, "looting") }},
		{dossier.ClaimFilter{Query: "evacuat*"}, func(c dossier.LedgerClaim) bool { return strings.Contains(c.Text.Evidence, "evacuated") }},
		{dossier.ClaimFilter{Query: `"river towns"`}, func(c dossier.LedgerClaim) bool { return strings.Contains(c.Text.Evidence, "river towns") }},
		{dossier.ClaimFilter{Kind: dossier.CountClaim, Document: "flood-1", Query: "killed"}, func(c dossier.LedgerClaim) bool {
			return c.Kind == dossier.CountClaim && c.Document == "flood-1" && strings.Contains(c.Text.Evidence, "killed")
		}},
		{dossier.ClaimFilter{Story: "none"}, func(c dossier.LedgerClaim) bool { return false }},
		{dossier.ClaimFilter{Figure: "none"}, func(c dossier.LedgerClaim) bool { return false }},
		{dossier.ClaimFilter{Entity: "none"}, func(c dossier.LedgerClaim) bool { return false }},
	}
	for _, tc := range filters {
		var want []string
		for _, c := range all {
			if tc.match(c) {
				want = append(want, c.Document+"/"+c.ID)
			}
		}
		got, _, err := s.Claims(ctx, withLimit(tc.f, 1000))
		if err != nil {
			t.Errorf("Claims(%+v) error: %v", tc.f, err)
			continue
		}
		if keys := claimKeys(got); !slices.Equal(keys, want) {
			t.Errorf("Claims(%+v) = %v, want %v", tc.f, keys, want)
		}
		if len(want) == 0 && tc.f.Story == "" && tc.f.Figure == "" && tc.f.Entity == "" {
			t.Errorf("Claims(%+v) matches nothing in the fixtures: the test would not test", tc.f)
		}
	}
	for _, f := range []dossier.ClaimFilter{{From: "yesterday"}, {To: "2025-13-01"}, {After: "bm90IGEgY3Vyc29y"}, {After: "%%%"}, {Query: "()"}} {
		_, _, err := s.Claims(ctx, f)
		wantCode(t, fmt.Sprintf("Claims(%+v)", f), err, dossier.EINVALID)
	}
}

func withLimit(f dossier.ClaimFilter, n int) dossier.ClaimFilter {
	f.Limit = n
	return f
}

func testClaimPages(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	for _, base := range []dossier.ClaimFilter{{}, {Kind: dossier.CountClaim}, {Query: "said"}} {
		all, _, err := s.Claims(ctx, withLimit(base, 1000))
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{1, 2, 3, 7} {
			var got []string
			f := withLimit(base, limit)
			for pages := 0; ; pages++ {
				page, next, err := s.Claims(ctx, f)
				if err != nil {
					t.Fatalf("Claims(%+v) error: %v", f, err)
				}
				if len(page) > limit {
					t.Fatalf("Claims(limit %d) returned %d", limit, len(page))
				}
				got = append(got, claimKeys(page)...)
				if next == "" {
					break
				}
				if pages > len(all) {
					t.Fatalf("Claims(%+v) does not end", f)
				}
				f.After = next
			}
			if want := claimKeys(all); !slices.Equal(got, want) {
				t.Errorf("Claims(%+v) in pages of %d = %v, want %v", base, limit, got, want)
			}
		}
	}
}

func testEachClaim(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	var got []string
	err := s.EachClaim(ctx, dossier.ClaimFilter{Limit: 1, After: "ignored"}, func(c *dossier.LedgerClaim) error {
		got = append(got, c.Document+"/"+c.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("EachClaim() error: %v", err)
	}
	var want []string
	for _, d := range docs {
		for _, c := range d.Claims {
			want = append(want, d.Document.ID+"/"+c.ID)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("EachClaim() = %v, want %v (document order)", got, want)
	}
	got = got[:0]
	err = s.EachClaim(ctx, dossier.ClaimFilter{Kind: dossier.CountClaim}, func(c *dossier.LedgerClaim) error {
		if c.Kind != dossier.CountClaim {
			t.Errorf("EachClaim(count) gave a %s claim", c.Kind)
		}
		got = append(got, c.ID)
		return nil
	})
	if err != nil || len(got) == 0 {
		t.Errorf("EachClaim(count) = %d claims, %v", len(got), err)
	}
	stop := errors.New("stop here")
	n := 0
	err = s.EachClaim(ctx, dossier.ClaimFilter{}, func(c *dossier.LedgerClaim) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachClaim(fn failing) = %v after %d calls, want the error after 1", err, n)
	}
}

func testEachDocumentAndMention(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	var got []string
	err := s.EachDocument(ctx, func(d *dossier.StoredDocument) error {
		got = append(got, d.Document.ID)
		if d.Document.Text != "" || d.Tokens != nil {
			t.Errorf("EachDocument() %s holds text or layers", d.Document.ID)
		}
		if len(d.Meta.Keywords) == 0 || len(d.Meta.Signature) == 0 {
			t.Errorf("EachDocument() %s lacks keywords or signature", d.Document.ID)
		}
		if d.Document.ID == "flood-1" && !slices.Equal(d.Meta.Copies, []string{"flood-1-copy"}) {
			t.Errorf("EachDocument() flood-1 copies = %v", d.Meta.Copies)
		}
		return nil
	})
	if want := []string{"bridge", "flood-1", "flood-1-copy", "strike", "flood-2"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("EachDocument() = %v, %v; want %v (oldest first)", got, err, want)
	}
	var mentions []string
	err = s.EachMention(ctx, func(m *dossier.EntityMention) error {
		mentions = append(mentions, fmt.Sprintf("%s/%s %q %s", m.Document, m.Entity.ID, m.Text, m.Published.Format(time.DateOnly)))
		return nil
	})
	var want []string
	for _, d := range docs {
		for _, e := range d.Entities {
			want = append(want, fmt.Sprintf("%s/%s %q %s", d.Document.ID, e.ID, e.Span.Text(d.Document.Text), d.Document.Published.Format(time.DateOnly)))
		}
	}
	sort.Strings(mentions)
	sort.Strings(want)
	if err != nil || !slices.Equal(mentions, want) || len(want) == 0 {
		t.Errorf("EachMention() = %v, %v; want %v", mentions, err, want)
	}
}

func testSearch(t *testing.T, s dossier.Store) {
	putAll(t, s, fixtures(t))
	for _, tc := range []struct {
		q    string
		want []string // documents, in any order
	}{
		{"floods", []string{"flood-1", "flood-1-copy", "flood-2"}},
		{"Floods NORLAND", []string{"flood-1", "flood-1-copy", "flood-2"}},
		{`"river towns"`, []string{"flood-1", "flood-1-copy"}},
		{"evacu*", []string{"flood-1", "flood-1-copy"}},
		{"bridge OR dock", []string{"bridge", "strike"}},
		{"floods NOT looting", []string{"flood-1", "flood-1-copy"}},
		{"Bridge reopens", []string{"bridge"}},
		{"zebra", nil},
	} {
		hits, err := s.Search(ctx, dossier.SearchQuery{Text: tc.q})
		if err != nil {
			t.Errorf("Search(%q) error: %v", tc.q, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Document)
			if !strings.Contains(h.Snippet, "«") || !strings.Contains(h.Snippet, "»") {
				t.Errorf("Search(%q) hit %s snippet %q lacks « » markers", tc.q, h.Document, h.Snippet)
			}
			if h.Title == "" || h.Outlet == "" || h.Published.IsZero() {
				t.Errorf("Search(%q) hit = %+v, want title, outlet and date", tc.q, h)
			}
		}
		sort.Strings(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.q, got, tc.want)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].Rank < hits[i-1].Rank {
				t.Errorf("Search(%q) not best first: rank %v after %v", tc.q, hits[i].Rank, hits[i-1].Rank)
			}
		}
	}
	hits, err := s.Search(ctx, dossier.SearchQuery{Text: "floods", Limit: 1})
	if err != nil || len(hits) != 1 {
		t.Errorf("Search(floods, limit 1) = %d hits, %v", len(hits), err)
	}
	// Snippets mark the matched word.
	hits, err = s.Search(ctx, dossier.SearchQuery{Text: "toll"})
	if err != nil || len(hits) != 1 || hits[0].Document != "flood-2" || !strings.Contains(hits[0].Snippet, "«toll»") {
		t.Errorf("Search(toll) = %+v, %v; want flood-2 with «toll»", hits, err)
	}
}

func testSearchSyntax(t *testing.T, s dossier.Store) {
	putAll(t, s, fixtures(t))
	for _, q := range []string{`"unbalanced floods`, `floods AND (`, `NOT floods`, `title:bridge`, `NEAR(floods toll)`,
		`floods OR`, `***`, `"`, `-floods`, `floods^2`, `{floods}`, `col:`, `a" OR "b`, `floods""`} {
		_, err := s.Search(ctx, dossier.SearchQuery{Text: q})
		if code := dossier.ErrorCode(err); code != "" && code != dossier.EINVALID {
			t.Errorf("Search(%q) error = %v (code %s), want results or invalid", q, err, code)
		}
		_, _, err = s.Claims(ctx, dossier.ClaimFilter{Query: q})
		if code := dossier.ErrorCode(err); code != "" && code != dossier.EINVALID {
			t.Errorf("Claims(query %q) error = %v (code %s), want results or invalid", q, err, code)
		}
	}
	for _, q := range []string{"", "   ", "()", `""`} {
		_, err := s.Search(ctx, dossier.SearchQuery{Text: q})
		wantCode(t, fmt.Sprintf("Search(%q)", q), err, dossier.EINVALID)
	}
}

func testSimilar(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	for _, tc := range []struct {
		bands []uint64
		want  []string
	}{
		{[]uint64{12}, []string{"flood-1", "flood-1-copy"}},
		{[]uint64{99, 31, 1000}, []string{"bridge", "flood-1-copy"}},
		{[]uint64{1000}, nil},
		{nil, nil},
	} {
		got, err := s.SimilarDocuments(ctx, tc.bands)
		if err != nil {
			t.Fatalf("SimilarDocuments(%v) error: %v", tc.bands, err)
		}
		ids := docIDs(got)
		sort.Strings(ids)
		if !slices.Equal(ids, tc.want) {
			t.Errorf("SimilarDocuments(%v) = %v, want %v", tc.bands, ids, tc.want)
		}
		for _, d := range got {
			for _, w := range docs {
				if w.Document.ID == d.Document.ID && !slices.Equal(d.Meta.Signature, w.Meta.Signature) {
					t.Errorf("SimilarDocuments(%v) %s signature = %v, want %v", tc.bands, d.Document.ID, d.Meta.Signature, w.Meta.Signature)
				}
			}
		}
	}
}

func testConcurrent(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	a := buildLedger(t, s, "A")
	b := buildLedger(t, s, "B")
	b.Figures = b.Figures[:1]
	ids := func(fs []dossier.Figure) string {
		var out []string
		for _, f := range fs {
			out = append(out, f.ID)
		}
		return strings.Join(out, ",")
	}
	if err := s.ReplaceLedger(ctx, a); err != nil {
		t.Fatal(err)
	}
	wantA, wantB := ids(a.Figures), ids(b.Figures)
	done := make(chan struct{})
	errs := make(chan error, 100)
	var wg sync.WaitGroup
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				figs, err := s.Figures(ctx, dossier.FigureFilter{})
				if err != nil {
					errs <- fmt.Errorf("Figures() during writes: %w", err)
					return
				}
				if got := ids(figs); got != wantA && got != wantB {
					errs <- fmt.Errorf("Figures() during ReplaceLedger = %s, want %s or %s", got, wantA, wantB)
					return
				}
				cs, _, err := s.Claims(ctx, dossier.ClaimFilter{Kind: dossier.CountClaim, Limit: 5})
				if err != nil || len(cs) == 0 {
					errs <- fmt.Errorf("Claims() during writes = %d, %v", len(cs), err)
					return
				}
				for _, c := range cs {
					if c.Figure != "" && !strings.HasPrefix(c.Figure, "A-") && !strings.HasPrefix(c.Figure, "B-") {
						errs <- fmt.Errorf("claim %s/%s figure %q", c.Document, c.ID, c.Figure)
					}
				}
				if _, err := s.Stats(ctx); err != nil {
					errs <- fmt.Errorf("Stats() during writes: %w", err)
					return
				}
			}
		}()
	}
	for i := 0; i < 20; i++ {
		l := a
		if i%2 == 0 {
			l = b
		}
		if err := s.ReplaceLedger(ctx, l); err != nil {
			t.Errorf("ReplaceLedger(%d) error: %v", i, err)
		}
		d := handBuilt()
		d.Document.ID = fmt.Sprintf("extra-%d", i)
		d.Document.Text += strings.Repeat(" more", i+1)
		d.Meta.Hash = ""
		if _, _, err := s.PutDocument(ctx, d); err != nil {
			t.Errorf("PutDocument(extra-%d) error: %v", i, err)
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Documents != len(docs)+20 {
		t.Errorf("Stats() after concurrent writes = %+v, %v; want %d documents", st, err, len(docs)+20)
	}
}
