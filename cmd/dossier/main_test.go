package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/export"
	"github.com/dossierhq/dossier/internal/sharedtest"
)

// run calls the real binary's Main and returns its exit code and output.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := bytes.Repeat([]byte("Officials said 12 people were hurt. "), 50<<20/36+1)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"invalid UTF-8", []string{"extract", write("bad.txt", []byte("Ten people \xff\xfe died."))}, 1, "invalid UTF-8 at byte 11"},
		{"empty", []string{"extract", write("empty.txt", []byte(" \n\t "))}, 1, "empty text"},
		{"binary", []string{"extract", write("bin.dat", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"))}, 1, "binary data"},
		{"50 MB", []string{"extract", write("big.txt", big)}, 1, "over the 8.0 MB limit"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, 1, "cannot open"},
		{"bad format", []string{"extract", "--format", "xml", "-"}, 1, `unknown --format "xml"`},
		{"bad date", []string{"extract", "--published", "13/01/2025", "-"}, 1, "not a date"},
		{"no file", []string{"extract"}, 2, "Usage: dossier extract"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, "Two people died.", tt.args...)
		if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
			t.Errorf("%s: dossier %s = exit %d, stderr %q; want exit %d, stderr containing %q",
				tt.name, strings.Join(tt.args[:1], " "), code, stderr, tt.wantCode, tt.wantErr)
		}
		if strings.Count(strings.TrimSpace(stderr), "\n") > 0 && tt.wantCode == 1 {
			t.Errorf("%s: error is not one line: %q", tt.name, stderr)
		}
	}
}

func TestExtractJSONLBatchGoesOn(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","published":"2025-01-13","text":"Police said 12 people were killed on Monday."}`,
		`{"id":"b", "text": `, // malformed
		"{\"id\":\"c\",\"text\":\"bad \xff byte\"}",
		``,
		`{"id":"d","published":"not a date","text":"x"}`,
		`{"id":"e"}`,
		`{"id":"f","text":"Three soldiers were wounded."}`,
	}, "\n")
	code, stdout, stderr := run(t, in, "extract", "--jsonl", "-")
	if code != 1 {
		t.Errorf("extract --jsonl with bad records = exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var ids []string
	for _, l := range lines {
		var o struct {
			ID    string
			Line  int
			Error *struct{ Code, Message string }
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("output line %q is not JSON: %v", l, err)
		}
		id := o.ID
		if o.Error != nil {
			id += "!"
		}
		ids = append(ids, id)
	}
	if got, want := strings.Join(ids, ","), "a,!,!,d!,e!,f"; got != want {
		t.Errorf("extract --jsonl output ids = %s, want %s (! marks an error record)", got, want)
	}
	for _, want := range []string{"stdin:2: malformed JSON", "stdin:3: invalid UTF-8 at byte 22 of the line",
		`stdin:5 (id "d"): published: "not a date" is not a date`, `stdin:6 (id "e"): no "text" field`, "4 of 6 records failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("extract --jsonl stderr = %q, want it to contain %q", stderr, want)
		}
	}
}

// TestEvalClaimsAgreesWithScorePy runs the pipeline over the count-claim dev
// set and checks that dossier eval prints what score.py prints on the same
// output.
func TestEvalClaimsAgreesWithScorePy(t *testing.T) {
	shared := sharedtest.Dir(t)
	py := sharedtest.Python(t)
	data := filepath.Join(shared, "data", "claims")
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	docs, err := os.ReadFile(filepath.Join(data, "dev-docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, string(docs), "extract", "--jsonl", "-")
	if code != 0 {
		t.Fatalf("extract --jsonl dev-docs = exit %d: %s", code, stderr)
	}
	if err := os.WriteFile(pred, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, all := range []bool{false, true} {
		args := []string{filepath.Join(data, "score.py"), filepath.Join(data, "dev-gold.jsonl"), pred}
		dargs := []string{"eval", "--set", "claims", "--data", data, "--pred", pred}
		if all {
			args = append(args, "--all")
			dargs = append(dargs, "--all")
		}
		want, err := exec.Command(py, args...).Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		code, got, stderr := run(t, "", dargs...)
		if code != 0 {
			t.Fatalf("dossier eval = exit %d: %s", code, stderr)
		}
		if got != string(want) {
			t.Errorf("dossier %s printed\n%s\nscore.py printed\n%s", strings.Join(dargs, " "), got, want)
		}
	}
	// Quality floors: the dev figures measured when they were set, minus a
	// small margin. Raise them as the pipeline improves.
	code, js, stderr := run(t, "", "eval", "--set", "claims", "--data", data, "--pred", pred, "--format", "json")
	if code != 0 {
		t.Fatalf("dossier eval --format json = exit %d: %s", code, stderr)
	}
	var res struct{ Core, Full [3]float64 }
	if err := json.Unmarshal([]byte(js), &res); err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name       string
		got, floor float64
	}{{"core F1", res.Core[2], 0.965}, {"full F1", res.Full[2], 0.965}} {
		if f.got < f.floor {
			t.Errorf("count claims on dev: %s = %.3f, below the floor %.3f", f.name, f.got, f.floor)
		}
	}
}

// TestExtractSeed checks the ledger of the article the project started
// from against what DESIGN §1 says an analyst must see in it.
func TestExtractSeed(t *testing.T) {
	shared := sharedtest.Dir(t)
	seed := filepath.Join(shared, "seed", "seed-article.txt")
	code, stdout, stderr := run(t, "", "extract", "--published", "2025-01-13", seed)
	if code != 0 {
		t.Fatalf("extract seed = exit %d: %s", code, stderr)
	}
	var doc export.Document
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(seed)
	runes := []rune(string(text))
	find := func(measure string, low float64) *export.Claim {
		for i, c := range doc.Claims {
			if c.Kind == "count" && c.Measure == measure && c.Value.Low == low {
				return &doc.Claims[i]
			}
		}
		t.Errorf("extract seed: no %s claim of %g in %d claims", measure, low, len(doc.Claims))
		return nil
	}
	sources := func(c *export.Claim) string {
		var parts []string
		for _, s := range c.Sources {
			parts = append(parts, s.Role+":"+s.Text)
		}
		return strings.Join(parts, "; ")
	}
	checkSpan := func(what string, s *export.Span) {
		if s != nil && string(runes[s.Start:s.End]) != s.Text {
			t.Errorf("%s span [%d,%d) is %q in the text, but says %q", what, s.Start, s.End, string(runes[s.Start:s.End]), s.Text)
		}
	}
	tests := []struct {
		measure              string
		low                  float64
		bound, counted, srcs string
		when, where          string
	}{
		{"deaths", 300, "approx", "North Korean troops", "speaker:South Korean lawmakers; cited:South Korea’s National Intelligence Service", "2025-01-13", ""},
		{"injured", 2700, "exact", "", "speaker:South Korean lawmakers; cited:South Korea’s National Intelligence Service", "2025-01-13", ""},
		{"deployed", 11000, "approx", "North Korean troops", "speaker:Ukrainian and U.S. officials", "2025-01-13", "Kursk"},
	}
	for _, tt := range tests {
		c := find(tt.measure, tt.low)
		if c == nil {
			continue
		}
		checkSpan("number", c.Number)
		checkSpan("counted", c.Counted)
		if c.Value.Bound != tt.bound || tt.counted != "" && (c.Counted == nil || c.Counted.Text != tt.counted) || sources(c) != tt.srcs ||
			c.When == nil || c.When.Value != tt.when || tt.where != "" && (c.Where == nil || c.Where.Text != tt.where) {
			t.Errorf("seed claim %s %g = bound %s, counted %v, sources %q, when %+v, where %+v; want %s, %q, %q, %s, %q",
				tt.measure, tt.low, c.Value.Bound, c.Counted, sources(c), c.When, c.Where, tt.bound, tt.counted, tt.srcs, tt.when, tt.where)
		}
	}
	// The two quotes are the defector's; the second through "he".
	if len(doc.Quotes) != 2 {
		t.Fatalf("extract seed: %d quotes, want 2", len(doc.Quotes))
	}
	for i, q := range doc.Quotes {
		checkSpan("quote", &q.Span)
		sp := q.Speaker
		if sp == nil || !(sp.Text == "the defector" || sp.Resolved == "the defector" || sp.Text == "he" && i == 1) {
			t.Errorf("seed quote %d speaker = %+v, want the defector", i, sp)
		}
	}
	// Kirby's statement is dated last month.
	found := false
	for _, c := range doc.Claims {
		if c.Kind == "statement" && len(c.Sources) > 0 && strings.Contains(c.Sources[0].Text, "John Kirby") {
			found = c.When != nil && c.When.Value == "2024-12"
		}
	}
	if !found {
		t.Errorf("extract seed: no statement by John Kirby dated 2024-12")
	}
	// The table view shows the same ledger.
	code, table, _ := run(t, "", "extract", "--published", "2025-01-13", "--format", "table", seed)
	for _, want := range []string{"deaths", "≈300", "injured", "2,700", "deployed", "≈11,000", "citing South Korea’s National Intelligence Service", "the defector"} {
		if code != 0 || !strings.Contains(table, want) {
			t.Errorf("extract --format table of the seed article lacks %q:\n%s", want, table)
		}
	}
}
