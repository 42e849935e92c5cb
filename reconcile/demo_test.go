package reconcile_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/ingest"
	"github.com/dossierhq/dossier/reconcile"
	"github.com/dossierhq/dossier/sqlite"
)

// TestDemoStory ingests the demo corpus (written after STORY-FACTS.md)
// with the whole pipeline and checks what that file says a user should
// see after reconciliation.
func TestDemoStory(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := ingest.New(s, ingest.Options{}).Run(ctx, []string{filepath.Join("..", "demo", "story")}); err != nil {
		t.Fatalf("ingest demo/story: %v", err)
	}
	l, err := reconcile.Run(ctx, s, reconcile.Options{})
	if err != nil {
		t.Fatalf("Run = %v", err)
	}
	figure := func(m dossier.Measure) *dossier.Figure {
		for i := range l.Figures {
			if l.Figures[i].Measure == m && l.Figures[i].Counted == "North Korean troops" {
				return &l.Figures[i]
			}
		}
		t.Fatalf("no %s · North Korean troops figure", m)
		return nil
	}

	// Deaths rising 100 → 300 → 600 → 2,000 (NIS, via lawmakers), never
	// flagged as a decrease.
	deaths := figure(dossier.Deaths)
	var series []float64
	for _, p := range deaths.Points {
		if len(series) == 0 || series[len(series)-1] != p.Low {
			series = append(series, p.Low)
		}
	}
	if !isSubsequence([]float64{100, 300, 600, 2000}, series) {
		t.Errorf("deaths · North Korean troops values %v, want 100, 300, 600, 2,000 in order", series)
	}
	for _, f := range deaths.Flags {
		if f.Kind == dossier.Decrease {
			t.Errorf("deaths flagged decrease: %s", f.Reason)
		}
	}
	// Casualties: South Korea's military 1,100 and Zelenskyy 3,000+ on
	// the same day disagree; 300 + 2,700 agree with "over 3,000".
	cas := figure(dossier.Casualties)
	var disagree bool
	for _, f := range cas.Flags {
		if f.Kind == dossier.Disagreement && strings.HasPrefix(f.Reason, "different sources, same date:") &&
			strings.Contains(f.Reason, "1,100") && strings.Contains(f.Reason, "3,000") {
			disagree = true
		}
		if f.Kind == dossier.Inconsistent {
			t.Errorf("casualties flagged inconsistent: %s", f.Reason)
		}
	}
	if !disagree {
		t.Errorf("casualties flags = %+v, want a same-date disagreement between 1,100 and more than 3,000", cas.Flags)
	}
	// The wire story's copy is listed, not counted.
	var copied bool
	for _, p := range deaths.Points {
		copied = copied || slices.Contains(p.Copies, "pinecrest-tribune-2025-01-13")
		if p.Document == "pinecrest-tribune-2025-01-13" {
			t.Errorf("deaths point from the wire copy counted: %+v", p)
		}
	}
	if !copied {
		t.Errorf("no deaths point lists the wire copy pinecrest-tribune-2025-01-13")
	}
	// Deployments 11,000 / 12,000 / 15,000 with their sources.
	var deployed []float64
	for _, p := range figure(dossier.Deployed).Points {
		deployed = append(deployed, p.Low)
	}
	for _, v := range []float64{11000, 12000, 15000} {
		if !slices.Contains(deployed, v) {
			t.Errorf("deployed · North Korean troops values %v, missing %v", deployed, v)
		}
	}
	// Spelling variants are one person.
	for _, e := range l.Entities {
		if e.Name == "Volodymyr Zelenskyy" {
			for _, a := range []string{"Zelensky", "Zelenskiy"} {
				if !slices.Contains(e.Aliases, a) && !slices.ContainsFunc(e.Aliases, func(s string) bool { return strings.HasSuffix(s, " "+a) }) {
					t.Errorf("Volodymyr Zelenskyy aliases %q lack %s", e.Aliases, a)
				}
			}
		}
	}
}

func isSubsequence(want, got []float64) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}
