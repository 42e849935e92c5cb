package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/eval"
	"github.com/dossierhq/dossier/internal/sharedtest"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

// TestAnalysePolNeAR prints error analysis on a PolNeAR split: the cues most
// often missed or spurious and examples of wrong sources and contents. A
// tuning aid: ATTRIB_POLNEAR=train go test -run TestAnalysePolNeAR -v.
func TestAnalysePolNeAR(t *testing.T) {
	docs := polnearFromEnv(t)
	missed, spurious := map[string]int{}, map[string]int{}
	var srcErr, contErr, cueErr, srcInexact, cueInexact []string
	show := func(rs []rune, p [][2]int) string {
		var b []string
		for _, x := range p {
			if x[0] >= 0 && x[1] <= len(rs) && x[0] <= x[1] {
				b = append(b, string(rs[x[0]:x[1]]))
			}
		}
		s := strings.Join(b, " | ")
		if len(s) > 160 {
			s = s[:80] + " … " + s[len(s)-60:]
		}
		return strings.ReplaceAll(s, "\n", "⏎")
	}
	ov := func(a, b [][2]int) bool {
		for _, x := range a {
			for _, y := range b {
				if x[0] < y[1] && y[0] < x[1] {
					return true
				}
			}
		}
		return false
	}
	run := fullPipeline(t)
	for _, d := range docs {
		rs := []rune(d.Text)
		atts := run(d.Text)
		preds := eval.PolNeARAttributions(d.Text, atts)
		used := make([]bool, len(preds))
		for _, g := range d.Gold {
			found := -1
			for j, p := range preds {
				if ov(g.Cue, p.Cue) {
					found = j
					break
				}
			}
			if found < 0 {
				missed[strings.ToLower(show(rs, g.Cue))]++
				continue
			}
			used[found] = true
			p := preds[found]
			one := eval.ScorePolNeAR([]eval.PolNeARDoc{{ID: "x", Text: d.Text, Gold: []eval.PolNeARAtt{g}}}, map[string][]eval.PolNeARAtt{"x": {p}})
			if one.Cue.Overlap.Correct == 0 {
				cueErr = append(cueErr, fmt.Sprintf("gold %q pred %q", show(rs, g.Cue), show(rs, p.Cue)))
			}
			if one.Source.Overlap.Correct == 1 && one.Source.Exact.Correct == 0 {
				srcInexact = append(srcInexact, fmt.Sprintf("gold %q pred %q", show(rs, g.Source), show(rs, p.Source)))
			}
			if one.Cue.Overlap.Correct == 1 && one.Cue.Exact.Correct == 0 {
				cueInexact = append(cueInexact, fmt.Sprintf("gold %q pred %q", show(rs, g.Cue), show(rs, p.Cue)))
			}
			if one.Source.Overlap.Correct == 0 && (len(g.Source) > 0 || len(p.Source) > 0) {
				srcErr = append(srcErr, fmt.Sprintf("%s cue %q gold %q pred %q", learnedMark(atts[found]), show(rs, g.Cue), show(rs, g.Source), show(rs, p.Source)))
			}
			if one.Content.Overlap.Correct == 0 {
				contErr = append(contErr, fmt.Sprintf("cue %q\n     gold %q\n     pred %q", show(rs, g.Cue), show(rs, g.Content), show(rs, p.Content)))
			}
		}
		for j, p := range preds {
			if !used[j] && !ov(p.Cue, flatten(d.Excluded)) {
				spurious[learnedMark(atts[j])+" "+strings.ToLower(show(rs, p.Cue))]++
			}
		}
	}
	top := func(name string, m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		n := 0
		for k, v := range m {
			l = append(l, kv{k, v})
			n += v
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		fmt.Printf("== %s (%d)\n", name, n)
		for i := 0; i < len(l) && i < 60; i++ {
			fmt.Printf("%5d %s\n", l[i].v, l[i].k)
		}
	}
	top("missed cues", missed)
	top("spurious cues", spurious)
	lim := func(name string, l []string) {
		fmt.Printf("== %s (%d)\n", name, len(l))
		for i := 0; i < len(l) && i < 80; i++ {
			fmt.Println("  " + l[i])
		}
	}
	lim("cue boundary errors", cueErr)
	lim("source inexact", srcInexact)
	lim("cue inexact", cueInexact)
	lim("source errors", srcErr)
	lim("content errors", contErr)
}

func learnedMark(a dossier.Attribution) string {
	if a.Learned {
		return "L"
	}
	return "R"
}

func flatten(atts []eval.PolNeARAtt) [][2]int {
	var out [][2]int
	for _, a := range atts {
		out = append(out, a.Cue...)
	}
	return out
}

// TestMissedContexts prints the sentences around gold cues equal to
// $ATTRIB_CUE that the stage misses.
func TestMissedContexts(t *testing.T) {
	cue := os.Getenv("ATTRIB_CUE")
	if cue == "" {
		t.Skip("set ATTRIB_POLNEAR and ATTRIB_CUE")
	}
	docs := polnearFromEnv(t)
	n := 0
	run := fullPipeline(t)
	for _, d := range docs {
		rs := []rune(d.Text)
		preds := eval.PolNeARAttributions(d.Text, run(d.Text))
		if os.Getenv("ATTRIB_SPURIOUS") != "" {
			for _, p := range preds {
				c := p.Cue[0]
				if !strings.EqualFold(string(rs[c[0]:c[1]]), cue) {
					continue
				}
				hit := false
				for _, g := range append(append([]eval.PolNeARAtt{}, d.Gold...), d.Excluded...) {
					for _, x := range g.Cue {
						if x[0] < c[1] && c[0] < x[1] {
							hit = true
						}
					}
				}
				if hit || n >= 40 {
					continue
				}
				n++
				a, b := max(0, c[0]-120), min(len(rs), c[1]+80)
				fmt.Printf("+++ %s\n", strings.ReplaceAll(string(rs[a:c[0]])+"[["+string(rs[c[0]:c[1]])+"]]"+string(rs[c[1]:b]), "\n", "⏎"))
			}
			continue
		}
		for _, g := range d.Gold {
			if len(g.Cue) != 1 || !strings.EqualFold(string(rs[g.Cue[0][0]:g.Cue[0][1]]), cue) {
				continue
			}
			hit := false
			for _, p := range preds {
				for _, x := range p.Cue {
					if x[0] < g.Cue[0][1] && g.Cue[0][0] < x[1] {
						hit = true
					}
				}
			}
			if hit || n >= 40 {
				continue
			}
			n++
			a, b := max(0, g.Cue[0][0]-120), min(len(rs), g.Cue[0][1]+80)
			fmt.Printf("--- %s\n", strings.ReplaceAll(string(rs[a:g.Cue[0][0]])+"[["+string(rs[g.Cue[0][0]:g.Cue[0][1]])+"]]"+string(rs[g.Cue[0][1]:b]), "\n", "⏎"))
		}
	}
}

// lastDoc is the document fullPipeline's function analysed last.
var lastDoc *nlp.Doc

// fullPipeline returns a function that runs the tokenizer, the embedded
// tagger and recogniser and this stage over a text, as `dossier extract`
// does, and returns the attributions.
func fullPipeline(t *testing.T) func(string) []dossier.Attribution {
	t.Helper()
	tg, err := tag.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	ne, err := ner.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, tg, ne, New())
	if err != nil {
		t.Fatal(err)
	}
	d := &nlp.Doc{}
	lastDoc = d
	return func(s string) []dossier.Attribution {
		d.Reset(s, time.Time{})
		if err := p.Run(d); err != nil {
			t.Fatal(err)
		}
		return append([]dossier.Attribution(nil), d.Attributions...)
	}
}

// TestPolNeARFullPipeline scores the stage behind the embedded POS tagger
// and NER (ATTRIB_FULL=dev|test|train), as `dossier extract` runs it.
func TestPolNeARFullPipeline(t *testing.T) {
	split := os.Getenv("ATTRIB_FULL")
	if split == "" {
		t.Skip("set ATTRIB_FULL=train|dev|test")
	}
	run := fullPipeline(t)
	m, err := eval.PolNeAR(polnearDir(t), split, func(s string) ([]dossier.Attribution, error) { return run(s), nil })
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	m.WriteTable(&b)
	t.Log("\n" + b.String())
}

// polnearDir is PolNeAR's data folder under ../shared.
func polnearDir(t testing.TB) string {
	return filepath.Join(sharedtest.Dir(t), "data", "raw", "polnear", "data")
}

// polnearFromEnv loads the PolNeAR split that $ATTRIB_POLNEAR names, for
// the tuning aids, or skips the test when it is not set.
func polnearFromEnv(t *testing.T) []eval.PolNeARDoc {
	t.Helper()
	split := os.Getenv("ATTRIB_POLNEAR")
	if split == "" {
		t.Skip("set ATTRIB_POLNEAR=train|dev|test")
	}
	docs, err := eval.LoadPolNeAR(polnearDir(t), split)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
