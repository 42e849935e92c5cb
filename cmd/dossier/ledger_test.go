package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/export"
)

// demoLedger ingests the embedded demo corpus once per test into a fresh
// SQLite file and returns its path.
func demoLedger(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errOut := run(t, "", "demo", "--db", db)
	if code != 0 {
		t.Fatalf("dossier demo --db %s = exit %d\nstdout: %s\nstderr: %s", db, code, out, errOut)
	}
	return db
}

func figuresJSON(t *testing.T, args ...string) []export.Figure {
	t.Helper()
	code, out, errOut := run(t, "", append([]string{"figures", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("dossier figures %v = exit %d, stderr %s", args, code, errOut)
	}
	var figs []export.Figure
	if err := json.Unmarshal([]byte(out), &figs); err != nil {
		t.Fatalf("dossier figures --format json: %v\n%s", err, out)
	}
	return figs
}

// findFigure returns the figure of measure whose counted group contains
// about and which has the most points.
func findFigure(figs []export.Figure, measure, about string) *export.Figure {
	var best *export.Figure
	for i, f := range figs {
		if f.Measure == measure && strings.Contains(strings.ToLower(f.Counted), strings.ToLower(about)) &&
			(best == nil || len(f.Points) > len(best.Points)) {
			best = &figs[i]
		}
	}
	return best
}

// TestDemoStory checks what STORY-FACTS.md says a user should see after
// ingesting the demo corpus.
func TestDemoStory(t *testing.T) {
	db := demoLedger(t)
	figs := figuresJSON(t, "--db", db)

	deaths := findFigure(figs, "deaths", "north korean")
	if deaths == nil {
		t.Fatalf("dossier figures: no deaths figure about North Korean troops in %d figures", len(figs))
	}
	var bests []float64
	for _, p := range deaths.Points {
		if len(bests) == 0 || bests[len(bests)-1] != p.Low {
			bests = append(bests, p.Low)
		}
	}
	if want := []float64{100, 300, 600, 2000}; !slices.Equal(bests, want) {
		t.Errorf("deaths · %s points = %v, want the series rising %v", deaths.Counted, bests, want)
	}
	for _, fl := range deaths.Flags {
		if fl.Kind == "decrease" {
			t.Errorf("deaths figure flagged %s: %s; the series only rises", fl.Kind, fl.Reason)
		}
	}
	if deaths.Latest.Low != 2000 || deaths.Latest.When != "2025-09-02" {
		t.Errorf("deaths latest = %v on %s, want about 2,000 on 2025-09-02", deaths.Latest.Low, deaths.Latest.When)
	}

	cas := findFigure(figs, "casualties", "north korean")
	if cas == nil {
		t.Fatal("no casualties figure about North Korean troops")
	}
	var disagree *export.Flag
	for i, fl := range cas.Flags {
		if fl.Kind == "disagreement" && strings.Contains(fl.Reason, "same date") {
			disagree = &cas.Flags[i]
		}
	}
	if disagree == nil {
		t.Fatalf("casualties flags = %+v, want a disagreement on the same date", cas.Flags)
	}
	var vals []float64
	for _, i := range disagree.Points {
		vals = append(vals, cas.Points[i].Low)
		if cas.Points[i].When != "2024-12-23" {
			t.Errorf("disagreement point %d dated %s, want 2024-12-23", i, cas.Points[i].When)
		}
	}
	slices.Sort(vals)
	if !slices.Equal(vals, []float64{1100, 3000}) {
		t.Errorf("disagreement between %v, want 1,100 vs more than 3,000", vals)
	}
	// 300 killed + 2,700 injured agree with "over 3,000" casualties.
	for _, fl := range cas.Flags {
		if fl.Kind != "inconsistent" {
			continue
		}
		for _, i := range fl.Points {
			if cas.Points[i].When == "2025-01-13" {
				t.Errorf("casualties flagged inconsistent on 2025-01-13 (%s); 300 + 2,700 fits over 3,000", fl.Reason)
			}
		}
	}

	// The lawmakers named together are both sources of their figures.
	for _, p := range cas.Points {
		if p.When != "2025-01-13" {
			continue
		}
		var ents []string
		for _, s := range p.Sources {
			if s.Role == "speaker" && s.Entity != nil {
				ents = append(ents, *s.Entity)
			}
		}
		if !slices.ContainsFunc(ents, func(e string) bool { return strings.Contains(e, "lee-seong-kweun") }) ||
			!slices.ContainsFunc(ents, func(e string) bool { return strings.Contains(e, "park-sun-won") }) {
			t.Errorf("casualties on 2025-01-13: speakers %q, want both Lee Seong-kweun and Park Sun-won", ents)
		}
	}

	// Deployments: the levels 11,000 / 12,000 / 15,000, with "the 11,000
	// troops Pyongyang first sent" among them; the increments ("an
	// additional 3,000 to 4,000", "6,000 more") in a series of their own.
	var levels *export.Figure
	for i, f := range figs {
		if f.Measure == "deployed" && f.Counted == "North Korean troops" {
			levels = &figs[i]
		}
	}
	more := findFigure(figs, "deployed", "additional north korean")
	if levels == nil || more == nil || levels == more {
		t.Fatalf("deployed figures: levels %v, increments %v; want one of each", levels, more)
	}
	deployed := map[float64]bool{}
	for _, p := range levels.Points {
		deployed[p.Low] = true
		if p.Low != p.High || p.Low < 11000 {
			t.Errorf("deployed · %s has a point of %v–%v on %s; an increment is no level", levels.Counted, p.Low, p.High, p.When)
		}
		if p.When == "2025-03" && p.Low != 11000 {
			t.Errorf("deployed on 2025-03 = %v, want the 11,000 first sent", p.Low)
		}
	}
	for _, v := range []float64{11000, 12000, 15000} {
		if !deployed[v] {
			t.Errorf("no deployed point of %v; deployed values: %v", v, deployed)
		}
	}
	if !slices.ContainsFunc(levels.Points, func(p export.FigurePoint) bool { return p.When == "2025-03" }) {
		t.Errorf("deployed · %s has no point in 2025-03 for the 11,000 first sent", levels.Counted)
	}
	var incs [][2]float64
	for _, p := range more.Points {
		incs = append(incs, [2]float64{p.Low, p.High})
	}
	if want := [][2]float64{{3000, 4000}, {6000, 6000}}; !slices.Equal(incs, want) {
		t.Errorf("deployed · %s = %v, want %v", more.Counted, incs, want)
	}
	// "about 1,000 combat engineers were already there": deployed.
	if f := findFigure(figs, "deployed", "engineers"); f == nil || f.Points[0].Low != 1000 {
		t.Errorf("deployed engineers = %+v, want about 1,000", f)
	}

	// Injured: 2,000 wounded flown home are a part of the 2,700 injured,
	// not a new total lower than it.
	injured := findFigure(figs, "injured", "north korean troops")
	if injured == nil {
		t.Fatal("no injured figure about North Korean troops")
	}
	for _, fl := range injured.Flags {
		if fl.Kind == "decrease" {
			t.Errorf("injured figure flagged %s: %s; 2,000 flown home are part of the injured", fl.Kind, fl.Reason)
		}
	}
	if injured.Latest.Low != 2700 {
		t.Errorf("injured latest = %v on %s, want 2,700", injured.Latest.Low, injured.Latest.When)
	}
	if f := findFigure(figs, "injured", "flown"); f == nil || f.Points[0].Low != 2000 {
		t.Errorf("injured flown home = %+v, want a series of its own with 2,000", f)
	}

	// The wire story reprinted by two outlets counts once, with its copy.
	copies := 0
	for _, f := range figs {
		for _, p := range f.Points {
			copies += len(p.Copies)
			if p.Document == "pinecrest-tribune-2025-01-13" {
				t.Errorf("figure %s has a point from the reprint %s; it should be listed as a copy", f.ID, p.Document)
			}
		}
	}
	if copies == 0 {
		t.Error("no figure point lists a copy; the Northline Wire story is reprinted twice")
	}
}

func TestDemoIdempotent(t *testing.T) {
	db := demoLedger(t)
	code, out, errOut := run(t, "", "demo", "--db", db)
	if code != 0 || !strings.Contains(out, "0 stored") || !strings.Contains(out, "14 unchanged") {
		t.Errorf("second dossier demo --db %s = exit %d\n%s%s\nwant 0 stored, 14 unchanged", db, code, out, errOut)
	}
}

func TestQueryCommands(t *testing.T) {
	db := demoLedger(t)
	tests := []struct {
		args  []string
		check func(t *testing.T, out string)
	}{
		{[]string{"claims", "--measure", "deaths", "--format", "csv"}, func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) < 5 {
				t.Fatalf("csv rows = %d (%v), want a header and at least 4 deaths claims", len(rows), err)
			}
			col := slices.Index(rows[0], "measure")
			for _, r := range rows[1:] {
				if r[col] != "deaths" {
					t.Errorf("row %v has measure %q, want only deaths", r, r[col])
				}
			}
		}},
		{[]string{"claims", "--source", "zelensk", "--format", "jsonl"}, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) < 2 {
				t.Fatalf("claims --source zelensk: %d lines, want several", len(lines))
			}
			for _, l := range lines {
				if !strings.Contains(strings.ToLower(l), "zelensk") {
					t.Errorf("claim without the source asked for: %s", l)
				}
			}
		}},
		{[]string{"claims", "--from", "2025-01-01", "--to", "2025-01-31", "--format", "json"}, func(t *testing.T, out string) {
			var cs []export.LedgerClaim
			if err := json.Unmarshal([]byte(out), &cs); err != nil || len(cs) == 0 {
				t.Fatalf("claims in January 2025: %d (%v), want some", len(cs), err)
			}
			for _, c := range cs {
				// A claim dated by year or month overlaps January when its
				// value is a prefix of a January date.
				if d := ledgerWhen(c); !strings.HasPrefix("2025-01-31", d) && !strings.HasPrefix(d, "2025-01") {
					t.Errorf("claim %s/%s dated %s, outside January 2025", c.Document, c.ID, d)
				}
			}
		}},
		{[]string{"claims", "--q", "spy agency", "--format", "json"}, func(t *testing.T, out string) {
			var cs []export.LedgerClaim
			if err := json.Unmarshal([]byte(out), &cs); err != nil || len(cs) == 0 {
				t.Fatalf("claims --q 'spy agency': %d (%v), want some", len(cs), err)
			}
		}},
		{[]string{"figures", "--about", "North Korean troops"}, func(t *testing.T, out string) {
			for _, want := range []string{"deaths · North Korean troops", "WHEN", "SOURCES", "! disagreement"} {
				if !strings.Contains(out, want) {
					t.Errorf("figures --about table lacks %q:\n%s", want, out)
				}
			}
		}},
		{[]string{"entities", "--q", "zelensk", "--format", "json"}, func(t *testing.T, out string) {
			var es []export.LedgerEntity
			if err := json.Unmarshal([]byte(out), &es); err != nil {
				t.Fatal(err)
			}
			var persons []string
			for _, e := range es {
				if e.Type == "PERSON" {
					persons = append(persons, e.Name)
				}
			}
			if len(persons) != 1 {
				t.Errorf("entities --q zelensk: persons %q, want the spellings merged into one", persons)
			}
		}},
		{[]string{"stories", "--format", "json"}, func(t *testing.T, out string) {
			var ss []export.Story
			if err := json.Unmarshal([]byte(out), &ss); err != nil || len(ss) == 0 {
				t.Fatalf("stories: %d (%v), want at least one", len(ss), err)
			}
			n := 0
			for _, s := range ss {
				n += len(s.Documents)
			}
			if n != 14 {
				t.Errorf("stories hold %d documents, want all 14", n)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := run(t, "", append(tt.args, "--db", db)...)
			if code != 0 {
				t.Fatalf("dossier %v = exit %d, stderr %s", tt.args, code, errOut)
			}
			tt.check(t, out)
		})
	}
}

func TestQueryErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		args    []string
		code    int
		wantErr string
	}{
		{[]string{"claims", "--db", missing}, 1, "no ledger at"},
		{[]string{"figures", "--db", missing, "--format", "xml"}, 1, "unknown --format"},
		{[]string{"ingest", "--db", missing}, 2, "Usage"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.wantErr) {
			t.Errorf("dossier %v = exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.wantErr)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("a failed query created %s", missing)
	}
}

func TestIngestSkipsBadRecords(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "l.db")
	good := `{"id":"a1","published":"2025-02-03","outlet":"Test Wire","text":"Officials said 40 people were killed in the flood on Monday."}`
	lines := []string{good, `{"id":"a2","text":`, `{"id":"a3","published":"2025-02-04","text":"Rescuers said about 120 people were evacuated from the valley."}`}
	in := filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "ingest", "--db", db, in)
	if code != 1 || !strings.Contains(errOut, "batch.jsonl:2") || !strings.Contains(out, "2 stored") {
		t.Fatalf("dossier ingest %s = exit %d\nstdout %s\nstderr %s\nwant exit 1, line 2 named, 2 stored", in, code, out, errOut)
	}
	code, out, _ = run(t, "", "claims", "--db", db, "--format", "jsonl")
	if code != 0 || strings.Count(out, "\n") < 2 {
		t.Errorf("claims after a batch with a bad line: exit %d, %q; want the good records' claims", code, out)
	}
	code, out, _ = run(t, "", "ingest", "--db", db, fmt.Sprint(in))
	if !strings.Contains(out, "0 stored") || !strings.Contains(out, "2 unchanged") {
		t.Errorf("second ingest: %s; want 0 stored, 2 unchanged", out)
	}
}
