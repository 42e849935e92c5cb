package ingest

import (
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

func analyse(t *testing.T, text string) *dossier.Analysis {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.Extract(dossier.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestKeywords(t *testing.T) {
	a := analyse(t, wireText(wireParagraphs))
	got := Keywords(a)
	t.Logf("Keywords(wire story) = %q", got)
	if len(got) == 0 || len(got) > MaxKeywords {
		t.Fatalf("Keywords(wire story) = %d terms, want 1 to %d", len(got), MaxKeywords)
	}
	has := map[string]bool{}
	for _, k := range got {
		if has[strings.ToLower(k)] {
			t.Errorf("Keywords(wire story) repeats %q", k)
		}
		has[strings.ToLower(k)] = true
		if stopwords[strings.ToLower(k)] {
			t.Errorf("Keywords(wire story) includes the stop word %q", k)
		}
	}
	for _, want := range []string{"osk", "lorrin", "river", "talia brenn"} {
		if !has[want] {
			t.Errorf("Keywords(wire story) = %q, missing %q", got, want)
		}
	}
	for _, k := range got {
		switch k {
		case "Brenn":
			t.Errorf("Keywords(wire story) = %q: the surname stands apart from the full name", got)
		case "LORRIN":
			t.Errorf("Keywords(wire story) = %q: the dateline's capitals win over the name as written", got)
		}
	}
	// The same story told by another outlet shares keywords with it; an
	// unrelated article shares few.
	shared := func(a, b []string) int {
		set := map[string]bool{}
		for _, k := range a {
			set[strings.ToLower(k)] = true
		}
		n := 0
		for _, k := range b {
			if set[strings.ToLower(k)] {
				n++
			}
		}
		return n
	}
	local := Keywords(analyse(t, sameStory["local paper"]))
	other := Keywords(analyse(t, "The city library in Brask will open on Sundays from June, the culture office said. "+
		"Library staff welcomed the longer opening hours, and the culture office said more books would be bought."))
	if s, o := shared(got, local), shared(got, other); s <= o || s < 3 {
		t.Errorf("keywords shared with the same story: %d (%q), with an unrelated one: %d (%q); want more, at least 3", s, local, o, other)
	}
}

func TestKeywordsEmpty(t *testing.T) {
	if got := Keywords(&dossier.Analysis{}); len(got) != 0 {
		t.Errorf("Keywords(empty) = %q, want none", got)
	}
}
