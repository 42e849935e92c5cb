package attrib

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/eval"
)

// TestLearnedVsRules prints the PolNeAR scores of the rule attributions and
// of the learned ones apart (their precision is what tells them apart): a
// tuning aid, ATTRIB_POLNEAR=dev go test -run TestLearnedVsRules -v.
func TestLearnedVsRules(t *testing.T) {
	docs := polnearFromEnv(t)
	run := fullPipeline(t)
	rules, learned := map[string][]eval.PolNeARAtt{}, map[string][]eval.PolNeARAtt{}
	noSrc, noCont := map[string][]eval.PolNeARAtt{}, map[string][]eval.PolNeARAtt{}
	for _, d := range docs {
		var r, l, ns, nc []dossier.Attribution
		for _, a := range run(d.Text) {
			switch {
			case !a.Learned:
				r = append(r, a)
			case a.Source.Span.Len() == 0:
				ns = append(ns, a)
			case len(a.Content) == 0:
				nc = append(nc, a)
			default:
				l = append(l, a)
			}
		}
		rules[d.ID] = eval.PolNeARAttributions(d.Text, r)
		learned[d.ID] = eval.PolNeARAttributions(d.Text, l)
		noSrc[d.ID] = eval.PolNeARAttributions(d.Text, ns)
		noCont[d.ID] = eval.PolNeARAttributions(d.Text, nc)
	}
	for _, x := range []struct {
		name  string
		preds map[string][]eval.PolNeARAtt
	}{{"rules", rules}, {"learned", learned}, {"learned, no source", noSrc}, {"learned, no content", noCont}} {
		m := eval.ScorePolNeAR(docs, x.preds)
		if x.name == "rules" {
			var b strings.Builder
			m.WriteTable(&b)
			fmt.Print(b.String())
		}
		fmt.Printf("%s: pred %d; cue P %.3f (%d); source P %.3f (%d/%d); content P %.3f (%d/%d)\n", x.name, m.Cue.Overlap.Predicted,
			m.Cue.Overlap.P, m.Cue.Overlap.Correct, m.Source.Overlap.P, m.Source.Overlap.Correct, m.Source.Overlap.Predicted,
			m.Content.Overlap.P, m.Content.Overlap.Correct, m.Content.Overlap.Predicted)
	}
}

// TestMissedByPOS counts the gold cues no prediction overlaps by whether
// they hold a verb, and whether the cue tagger was asked about any of
// their tokens.
func TestMissedByPOS(t *testing.T) {
	docs := polnearFromEnv(t)
	run := fullPipeline(t)
	counts := map[string]int{}
	for _, pd := range docs {
		atts := run(pd.Text)
		d := lastDoc
		cp := codePoints(pd.Text)
		s := new(scratch)
		d.Quotes, d.Attributions = d.Quotes[:0], d.Attributions[:0]
		s.run(d)
		s.prepare()
		for _, g := range pd.Gold {
			if len(g.Cue) == 0 {
				continue
			}
			sp := dossier.Span{Start: cp[g.Cue[0][0]], End: cp[g.Cue[0][1]]}
			hit := false
			for _, a := range atts {
				if a.Cue.Overlaps(sp) {
					hit = true
				}
			}
			if hit {
				continue
			}
			c := s.tokens(sp)
			verb, cand := false, false
			for k := c.a; k < c.b; k++ {
				if p := d.POS[k]; p[0] == 'V' || p == "MD" {
					verb = true
				}
				if s.cueCandidate(k, 0) {
					cand = true
				}
			}
			key := fmt.Sprintf("verb=%v cand=%v", verb, cand)
			counts[key]++
			if !cand {
				counts["  first "+d.POS[c.a]]++
			}
		}
	}
	for k, v := range counts {
		fmt.Printf("%5d %s\n", v, k)
	}
}

func codePoints(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// TestCuePrecisionByWord prints, per lower-cased predicted cue text, how
// many rule and learned cues matched a gold cue (token F1 >= 0.5).
func TestCuePrecisionByWord(t *testing.T) {
	docs := polnearFromEnv(t)
	run := fullPipeline(t)
	type pc struct{ n, ok int }
	stats := map[string]*pc{}
	for _, d := range docs {
		atts := run(d.Text)
		preds := eval.PolNeARAttributions(d.Text, atts)
		for j, p := range preds {
			if len(p.Cue) == 0 {
				continue
			}
			one := eval.ScorePolNeAR([]eval.PolNeARDoc{{ID: "x", Text: d.Text, Gold: d.Gold, Excluded: d.Excluded}}, map[string][]eval.PolNeARAtt{"x": {p}})
			if one.IgnoredPredictions > 0 {
				continue
			}
			rs := []rune(d.Text)
			w := strings.ToLower(string(rs[p.Cue[0][0]:p.Cue[0][1]]))
			k := learnedMark(atts[j]) + " " + w
			if stats[k] == nil {
				stats[k] = &pc{}
			}
			stats[k].n++
			stats[k].ok += one.Cue.Overlap.Correct
		}
	}
	type row struct {
		k string
		s *pc
	}
	var rows []row
	for k, s := range stats {
		if s.n >= 8 {
			rows = append(rows, row{k, s})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		return float64(rows[i].s.ok)/float64(rows[i].s.n) < float64(rows[j].s.ok)/float64(rows[j].s.n)
	})
	for _, r := range rows {
		fmt.Printf("%5d %5d %.2f %s\n", r.s.n, r.s.ok, float64(r.s.ok)/float64(r.s.n), r.k)
	}
}
