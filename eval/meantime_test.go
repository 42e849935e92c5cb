package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/internal/sharedtest"
)

// meantimeFixture is a CAT document written for these tests, in the
// MEANTIME layout: a title, a dateline, then the body; PTB quotes; one
// TIMEX3 with no tokens.
var meantimeFixture = func() string {
	b, err := os.ReadFile(filepath.Join("testdata", "meantime.xml"))
	if err != nil {
		panic(err)
	}
	return string(b)
}()

func TestReadMeantimeXML(t *testing.T) {
	d, err := ReadMeantimeXML(strings.NewReader(meantimeFixture))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Ferry resumes\n\nMay 02, 2010\n\nThe ferry (old) ran \"again\" on Friday for $5. It didn't stop for two years."
	if d.Text != wantText {
		t.Errorf("ReadMeantimeXML text = %q, want %q", d.Text, wantText)
	}
	if d.Title != "Ferry resumes" {
		t.Errorf("title = %q, want %q", d.Title, "Ferry resumes")
	}
	if got := d.Published.Format("2006-01-02"); got != "2010-05-02" {
		t.Errorf("published = %s, want 2010-05-02", got)
	}
	runes := []rune(d.Text)
	want := []TE3Timex{
		{Type: "DATE", Value: "2010-05-02", Text: "May 02, 2010"},
		{Type: "DATE", Value: "2010-04-30", Text: "Friday"},
		{Type: "DURATION", Value: "P2Y", Text: "two years"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("gold = %+v, want %d timexes", d.Gold, len(want))
	}
	for i, w := range want {
		g := d.Gold[i]
		at := strings.Index(d.Text, w.Text) // ASCII text: bytes are code points
		w.Start, w.End = at, at+len(w.Text)
		if g != w || string(runes[g.Start:g.End]) != w.Text {
			t.Errorf("gold %d = %+v, want %+v", i, g, w)
		}
	}
	if d.Dateline != 0 {
		t.Errorf("dateline = %d, want 0", d.Dateline)
	}
	if d.Annotated != len(runes) {
		t.Errorf("annotated part ends at %d, want %d (the whole fixture)", d.Annotated, len(runes))
	}

	// Without a CREATION_TIME the DATE that makes up sentence 1 is the dateline.
	noDCT := strings.Replace(meantimeFixture, `functionInDocument="CREATION_TIME"`, `functionInDocument="NONE"`, 1)
	d, err = ReadMeantimeXML(strings.NewReader(noDCT))
	if err != nil {
		t.Fatal(err)
	}
	if d.Dateline != 0 || d.Published.Format("2006-01-02") != "2010-05-02" {
		t.Errorf("no CREATION_TIME: dateline %d, published %v; want 0, 2010-05-02", d.Dateline, d.Published)
	}

	for _, bad := range []string{"<Document>", "<Document></Document>", strings.Replace(meantimeFixture, `t_id="27"/>`, `t_id="99"/>`, 1)} {
		if _, err := ReadMeantimeXML(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadMeantimeXML(%.40q…) = nil error, want one", bad)
		}
	}
}

func TestScoreMeantimeBody(t *testing.T) {
	d, err := ReadMeantimeXML(strings.NewReader(meantimeFixture))
	if err != nil {
		t.Fatal(err)
	}
	d.ID = "x"
	// The dateline, Friday with a wrong value, nothing for "two years", one spurious.
	pred := map[string][]TE3Timex{"x": {
		{Start: d.Gold[0].Start, End: d.Gold[0].End, Type: "DATE", Value: "2010-05-02"},
		{Start: d.Gold[1].Start, End: d.Gold[1].End, Type: "DATE", Value: "2010-05-07"},
		{Start: 0, End: 5, Type: "DATE", Value: "2010"},
		{Start: d.Annotated, End: d.Annotated + 3, Type: "DATE", Value: "2010"}, // not annotated there
	}}
	r := ScoreMeantime([]MeantimeDoc{d}, pred, "all")
	if r.All.Gold != 3 || r.All.Predicted != 3 || r.All.RelaxedMatches != 2 || r.All.ValueAccuracy != 0.5 {
		t.Errorf("all = %+v, want 3 gold, 3 predicted, 2 matches, value accuracy 0.5", r.All)
	}
	if r.Body.Gold != 2 || r.Body.Predicted != 2 || r.Body.RelaxedMatches != 1 || r.Body.ValueAccuracy != 0 {
		t.Errorf("body = %+v, want 2 gold, 2 predicted, 1 match, value accuracy 0", r.Body)
	}
}

func TestMeantimeDir(t *testing.T) {
	root := t.TempDir()
	base := filepath.Join(root, "intra_cross-doc_annotation")
	for _, c := range MeantimeSplits {
		d := filepath.Join(base, "corpus_"+c)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "1.xml"), []byte(meantimeFixture), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		root, split string
		n           int
		ok          bool
	}{
		{root, "", 4, true},
		{root, "all", 4, true},
		{root, "gm", 1, true},
		{root, "test", 0, false},
		{filepath.Join(base, "corpus_gm"), "", 1, true},
		{filepath.Join(base, "corpus_gm"), "gm", 0, false},
		{filepath.Join(root, "missing"), "", 0, false},
	}
	for _, tc := range tests {
		got, err := MeantimeDir(tc.root, tc.split)
		if (err == nil) != tc.ok || len(got) != tc.n {
			t.Errorf("MeantimeDir(%q, %q) = %v, %v; want %d folders (ok %v)", tc.root, tc.split, got, err, tc.n, tc.ok)
		}
	}
	docs, err := ReadMeantimeDirs([]string{filepath.Join(base, "corpus_gm")})
	if err != nil || len(docs) != 1 || docs[0].ID != "corpus_gm/1.xml" {
		t.Errorf("ReadMeantimeDirs = %d docs, %v; want corpus_gm/1.xml", len(docs), err)
	}
}

// meantimeRoot returns ../shared's MEANTIME folder, skipping when absent.
func meantimeRoot(t *testing.T) string {
	t.Helper()
	return filepath.Join(sharedtest.Dir(t), "data", "raw", "meantime-en")
}

// TestMeantimeMatchesReferenceScorer scores the stage on MEANTIME with
// te3.py score (its gold written from our reader) and checks the figures
// agree, whole and without the datelines.
func TestMeantimeMatchesReferenceScorer(t *testing.T) {
	root := meantimeRoot(t)
	script := filepath.Join(sharedtest.Dir(t), "eval", "te3.py")
	sharedtest.Python(t)
	dirs, err := MeantimeDir(root, "")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadMeantimeDirs(dirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 120 {
		t.Errorf("read %d MEANTIME articles, want 120", len(docs))
	}
	te3 := make([]TE3Doc, len(docs))
	for i := range docs {
		te3[i] = docs[i].TE3Doc
		if docs[i].Published.IsZero() {
			t.Errorf("%s: no creation time found", docs[i].ID)
		}
	}
	pred, err := TE3Predict(te3, te3RunTimex())
	if err != nil {
		t.Fatal(err)
	}
	got := ScoreMeantime(docs, pred, "all")
	// Floors: the value F1 measured when the stage was last changed, less
	// a small margin (MEANTIME is never tuned on).
	for _, f := range []struct {
		name  string
		r     TE3Result
		floor float64
	}{{"all", got.All, 0.8069 - 0.01}, {"body", got.Body, 0.7453 - 0.01}} {
		if f.r.ValueF1 < f.floor {
			t.Errorf("MEANTIME %s: value F1 %.4f below the floor %.4f", f.name, f.r.ValueF1, f.floor)
		}
	}
	tmp := t.TempDir()
	for _, part := range []struct {
		name string
		r    TE3Result
		body bool
	}{{"all", got.All, false}, {"body", got.Body, true}} {
		gold := map[string]map[string][]TE3Timex{}
		var lines []string
		for _, d := range docs {
			g := d.Gold
			var ps []TE3Timex
			for _, p := range pred[d.ID] {
				if p.Start < d.Annotated {
					ps = append(ps, p)
				}
			}
			if part.body && d.Dateline >= 0 {
				dl := g[d.Dateline]
				g = append(append([]TE3Timex(nil), g[:d.Dateline]...), g[d.Dateline+1:]...)
				var kept []TE3Timex
				for _, p := range ps {
					if p.End <= dl.Start || p.Start >= dl.End {
						kept = append(kept, p)
					}
				}
				ps = kept
			}
			if g == nil {
				g = []TE3Timex{}
			}
			if ps == nil {
				ps = []TE3Timex{}
			}
			gold[d.ID] = map[string][]TE3Timex{"timex": g}
			b, _ := json.Marshal(map[string]any{"id": d.ID, "times": ps})
			lines = append(lines, string(b))
		}
		gb, _ := json.Marshal(map[string]any{"docs": gold})
		goldPath, predPath := filepath.Join(tmp, part.name+".gold.json"), filepath.Join(tmp, part.name+".jsonl")
		if err := os.WriteFile(goldPath, gb, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(predPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("python3", script, "score", goldPath, predPath, "--json").Output()
		if err != nil {
			t.Fatalf("te3.py score: %v", err)
		}
		var want TE3Result
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatalf("te3.py score output: %v\n%s", err, out)
		}
		if !te3Close(part.r, want) {
			t.Errorf("%s: Go scorer differs from te3.py:\ngo:  %+v\npy:  %+v", part.name, part.r, want)
		}
		t.Logf("MEANTIME %s: %d gold, relaxed F1 %.4f, strict F1 %.4f, type acc %.4f, value acc %.4f, value F1 %.4f",
			part.name, part.r.Gold, part.r.Relaxed.F1, part.r.Strict.F1, part.r.TypeAccuracy, part.r.ValueAccuracy, part.r.ValueF1)
	}
}

// TestMeantimeDump writes predictions and gold side by side for error
// analysis when MEANTIME_DUMP names an output file.
func TestMeantimeDump(t *testing.T) {
	out := os.Getenv("MEANTIME_DUMP")
	if out == "" {
		t.Skip("set MEANTIME_DUMP=FILE to write predictions for error analysis")
	}
	dirs, err := MeantimeDir(meantimeRoot(t), "")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadMeantimeDirs(dirs)
	if err != nil {
		t.Fatal(err)
	}
	te3 := make([]TE3Doc, len(docs))
	for i := range docs {
		te3[i] = docs[i].TE3Doc
	}
	pred, err := TE3Predict(te3, te3RunTimex())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		var ps []TE3Timex
		for _, p := range pred[d.ID] {
			if p.Start < d.Annotated {
				ps = append(ps, p)
			}
		}
		pred[d.ID] = ps
	}
	if err := te3WriteDump(out, te3, pred); err != nil {
		t.Fatal(err)
	}
}
