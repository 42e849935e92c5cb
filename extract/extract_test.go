package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

var update = flag.Bool("update", false, "rewrite the expected ledgers in testdata/*.txtar")

// TestFixtures runs the pipeline over each article in testdata/*.txtar and
// compares the ledger with the one stored beside it. An archive holds
// "published" (YYYY-MM-DD), "article.txt" and "ledger": one line per claim,
// quote and entity with code-point offsets, so that a change in any span
// shows in the diff.
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parts := map[string]string{}
			for _, f := range ar.Files {
				parts[f.Name] = string(f.Data)
			}
			doc := dossier.Document{ID: filepath.Base(file), Text: strings.TrimSuffix(parts["article.txt"], "\n")}
			if p := strings.TrimSpace(parts["published"]); p != "" {
				if doc.Published, err = time.Parse(time.DateOnly, p); err != nil {
					t.Fatal(err)
				}
			}
			a, err := x.Extract(doc)
			if err != nil {
				t.Fatalf("Extract(%s) = %v", file, err)
			}
			got := Ledger(export.FromAnalysis(a))
			if *update {
				for i := range ar.Files {
					if ar.Files[i].Name == "ledger" {
						ar.Files[i].Data = []byte(got)
					}
				}
				if parts["ledger"] == "" && !strings.Contains(string(txtar.Format(ar)), "-- ledger --") {
					ar.Files = append(ar.Files, txtar.File{Name: "ledger", Data: []byte(got)})
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := parts["ledger"]; got != want {
				t.Errorf("Extract(%s) ledger differs (run go test ./extract -update to accept):\n%s", file, diff(want, got))
			}
		})
	}
}

// Ledger renders claims and quotes one per line, offsets in code points.
func Ledger(d *export.Document) string {
	var b strings.Builder
	sp := func(s *export.Span) string {
		if s == nil {
			return "-"
		}
		return fmt.Sprintf("%d:%d %q", s.Start, s.End, s.Text)
	}
	for _, c := range d.Claims {
		fmt.Fprintf(&b, "%s %s", c.ID, c.Kind)
		if c.Kind == "count" {
			fmt.Fprintf(&b, " %s %s %g-%g number=%s counted=%s", c.Measure, c.Value.Bound, c.Value.Low, c.Value.High, sp(c.Number), sp(c.Counted))
		} else {
			fmt.Fprintf(&b, " content=%s", sp(c.Content))
		}
		for _, s := range c.Sources {
			fmt.Fprintf(&b, " %s=%s", s.Role, sp(&s.Span))
			if s.Resolved != "" {
				fmt.Fprintf(&b, "(%s)", s.Resolved)
			}
		}
		fmt.Fprintf(&b, " cue=%s %s", sp(c.Cue), c.Certainty)
		if len(c.Hedges) > 0 {
			fmt.Fprintf(&b, " hedges=%s", strings.Join(c.Hedges, ","))
		}
		if c.When != nil {
			fmt.Fprintf(&b, " when=%s", c.When.Value)
		}
		if c.Where != nil {
			fmt.Fprintf(&b, " where=%q", c.Where.Text)
		}
		b.WriteByte('\n')
	}
	for _, q := range d.Quotes {
		fmt.Fprintf(&b, "quote %s", sp(&q.Span))
		if q.Speaker != nil {
			fmt.Fprintf(&b, " speaker=%s", sp(&q.Speaker.Span))
			if q.Speaker.Resolved != "" {
				fmt.Fprintf(&b, "(%s)", q.Speaker.Resolved)
			}
		}
		b.WriteByte('\n')
	}
	for _, t := range d.Times {
		fmt.Fprintf(&b, "time %s %s %s\n", sp(&t.Span), t.Type, t.Value)
	}
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "entity %s %s %q\n", sp(&e.Span), e.Type, e.Canonical)
	}
	return b.String()
}

func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	ws, gs := map[string]bool{}, map[string]bool{}
	for _, l := range w {
		ws[l] = true
	}
	for _, l := range g {
		gs[l] = true
	}
	var b strings.Builder
	for _, l := range w {
		if !gs[l] {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range g {
		if !ws[l] {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}

func TestCheck(t *testing.T) {
	x := &Extractor{MaxBytes: 64}
	tests := []struct {
		in, wantErr string
	}{
		{"Two people died.", ""},
		{"", "empty text"},
		{"  \n ", "empty text"},
		{strings.Repeat("a", 65), "over the 64 bytes limit"},
		{"ab\x00cd", "binary data (NUL byte at offset 2)"},
		{"ok \xc3", "invalid UTF-8 at byte 3"},
	}
	for _, tt := range tests {
		err := x.Check(tt.in)
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("Check(%q) = %v, want %q", tt.in, err, tt.wantErr)
		}
		if err != nil && dossier.ErrorCode(err) != dossier.EINVALID {
			t.Errorf("ErrorCode(Check(%q)) = %s, want %s", tt.in, dossier.ErrorCode(err), dossier.EINVALID)
		}
	}
}

// FuzzExtract runs the whole pipeline on arbitrary text: it must never
// panic, and every span it returns must lie inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"South Korean lawmakers said on Monday that about 300 soldiers were killed, citing the spy agency.",
		"“Nobody came back,” he added. At least 20 were killed; dozens more injured.",
		"Between 10 and 15 passengers are missing, according to the governor. No one was hurt.",
		"\xff\xfe 3,000-4,000 troops -- 2.7 million … ‘’ “”",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := x.Extract(dossier.Document{Text: s, Published: time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			if dossier.ErrorCode(err) != dossier.EINVALID {
				t.Fatalf("Extract(%q) = %v, want nil or an EINVALID error", s, err)
			}
			return
		}
		in := func(what string, sp dossier.Span) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("Extract(%q): %s span %+v outside the text", s, what, sp)
			}
		}
		for _, c := range a.Claims {
			in("number", c.Number)
			in("evidence", c.Evidence)
			in("content", c.Content)
			for _, src := range c.Sources {
				in("source", src.Span)
			}
		}
		for _, e := range a.Entities {
			in("entity", e.Span)
		}
		for _, q := range a.Quantities {
			in("quantity", q.Span)
		}
		_ = export.FromAnalysis(a)
	})
}
