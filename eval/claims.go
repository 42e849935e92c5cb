// Package eval reads public gold sets and scores dossier's output against
// them exactly as the reference scorers in ../shared/eval and
// ../shared/data/claims/score.py define each metric.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
)

// ClaimsResult holds the count-claim metrics of score.py.
type ClaimsResult struct {
	Gold          int                       `json:"gold"`
	Pred          int                       `json:"pred"`
	MissingDocs   int                       `json:"missing_docs"`
	Core          [3]float64                `json:"core"`
	Value         [3]float64                `json:"value"`
	Full          [3]float64                `json:"full"`
	OnCoreMatches map[string]float64        `json:"on_core_matches"`
	PerMeasure    map[string]map[string]int `json:"per_measure"`
}

// claimSpan is a span given as [start, end] or {"start":…, "end":…}.
type claimSpan []float64

func (s *claimSpan) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*s = nil
		return nil
	}
	if len(b) > 0 && b[0] == '[' {
		var v []float64
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = v
		return nil
	}
	var o struct{ Start, End *float64 }
	if err := json.Unmarshal(b, &o); err != nil {
		return err
	}
	if o.Start == nil || o.End == nil {
		*s = nil
		return nil
	}
	*s = []float64{*o.Start, *o.End}
	return nil
}

type claimSource struct {
	Role      string  `json:"role"`
	Text      *string `json:"text"`
	Resolved  *string `json:"resolved"`
	Canonical *string `json:"canonical"`
}

type claimValue struct {
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
	Bound *string  `json:"bound"`
	set   bool     // the object had at least one key (Python truthiness)
}

func (v *claimValue) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	type plain claimValue
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*v = claimValue(p)
	v.set = len(m) > 0
	return nil
}

type countedField struct {
	Text *string `json:"text"`
}

type scoredClaim struct {
	Kind      *string       `json:"kind"`
	Measure   *string       `json:"measure"`
	Value     *claimValue   `json:"value"`
	Number    claimSpan     `json:"number"`
	Evidence  claimSpan     `json:"evidence"`
	Sentence  claimSpan     `json:"sentence"`
	Sources   []claimSource `json:"sources"`
	Certainty *string       `json:"certainty"`
	// Counted is a string in gold and {"text": …} in predictions.
	Counted json.RawMessage `json:"counted"`
}

func (c *scoredClaim) measure() string {
	if c.Measure == nil {
		return ""
	}
	return *c.Measure
}

func (c *scoredClaim) countedText() string {
	var s string
	if json.Unmarshal(c.Counted, &s) == nil {
		return s
	}
	var o countedField
	if json.Unmarshal(c.Counted, &o) == nil && o.Text != nil {
		return *o.Text
	}
	return ""
}

type claimDoc struct {
	ID     *string       `json:"id"`
	Claims []scoredClaim `json:"claims"`
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("the a an of in on at to for and or by from with its his her their this that these those was were is are be been has have had") {
		m[w] = true
	}
	return m
}()

var alnumRun = regexp.MustCompile(`[a-z0-9]+`)

// scoreTokens lowercases s and returns its [a-z0-9]+ runs minus stop words.
func scoreTokens(s string) []string {
	var out []string
	for _, w := range alnumRun.FindAllString(pyLower(s), -1) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// pyLower lowercases like Python's str.lower for the letters that matter:
// every Unicode letter; only ASCII survives the [a-z0-9] filter anyway.
func pyLower(s string) string { return strings.ToLower(s) }

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func sameSource(p, g *claimSource) bool {
	if p == nil && g == nil {
		return true
	}
	if p == nil || g == nil {
		return false
	}
	alias := str(p.Resolved)
	if alias == "" {
		alias = str(p.Canonical)
	}
	pa := set(scoreTokens(str(p.Text)), scoreTokens(alias))
	ga := set(scoreTokens(str(g.Text)), scoreTokens(str(g.Resolved)))
	if len(pa) == 0 || len(ga) == 0 {
		return false
	}
	inter := 0
	for w := range pa {
		if ga[w] {
			inter++
		}
	}
	return float64(inter)/float64(min(len(pa), len(ga))) >= 0.5
}

func set(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

func overlapsSpan(a, b claimSpan) bool {
	return len(a) >= 2 && len(b) >= 2 && a[0] < b[1] && b[0] < a[1]
}

type pyVal struct {
	lo, hi       float64
	loNil, hiNil bool
}

func valueOf(v *claimValue) pyVal {
	var out pyVal
	if v == nil || v.Low == nil {
		out.loNil = true
	} else {
		out.lo = *v.Low
	}
	switch {
	case v != nil && v.High != nil:
		out.hi = *v.High
	case !out.loNil:
		out.hi = out.lo
	default:
		out.hiNil = true
	}
	return out
}

func roleOf(sources []claimSource, r string) *claimSource {
	for i := range sources {
		if sources[i].Role == r {
			return &sources[i]
		}
	}
	return nil
}

func matchClaims(golds, preds []scoredClaim, useMeasure bool) [][2]int {
	type cand struct{ d, i, j int }
	var cands []cand
	for i := range golds {
		g := &golds[i]
		for j := range preds {
			p := &preds[j]
			if useMeasure && p.measure() != g.measure() {
				continue
			}
			if valueOf(p.Value) != valueOf(g.Value) {
				continue
			}
			loc := p.Number
			if len(loc) == 0 {
				loc = p.Evidence
			}
			if overlapsSpan(loc, g.Sentence) || overlapsSpan(p.Number, g.Number) {
				d := 1
				if overlapsSpan(p.Number, g.Number) {
					d = 0
				}
				cands = append(cands, cand{d, i, j})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.d != y.d {
			return x.d < y.d
		}
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j < y.j
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.i] || usedP[c.j] {
			continue
		}
		usedG[c.i], usedP[c.j] = true, true
		pairs = append(pairs, [2]int{c.i, c.j})
	}
	return pairs
}

func prf(tp, npred, ngold int) [3]float64 {
	m := newPRF(tp, npred, ngold)
	return [3]float64{m.P, m.R, m.F1}
}

func readClaimDocs(path string) ([]claimDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []claimDoc
	r := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var d claimDoc
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, jerr)
			}
			docs = append(docs, d)
		}
		if err == io.EOF {
			return docs, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
}

// ScoreClaims scores the predictions in predPath (dossier extract --jsonl
// output) against the gold in goldPath as score.py does; all keeps claims of
// measure "other".
func ScoreClaims(goldPath, predPath string, all bool) (*ClaimsResult, error) {
	gold, err := readClaimDocs(goldPath)
	if err != nil {
		return nil, err
	}
	predDocs, err := readClaimDocs(predPath)
	if err != nil {
		return nil, err
	}
	pred := map[string]*claimDoc{}
	for i := range predDocs {
		pred[str(predDocs[i].ID)] = &predDocs[i]
	}
	keep := func(m string) bool { return all || m != "other" }
	res := &ClaimsResult{OnCoreMatches: map[string]float64{}, PerMeasure: map[string]map[string]int{}}
	per := func(m string) map[string]int {
		if res.PerMeasure[m] == nil {
			res.PerMeasure[m] = map[string]int{}
		}
		return res.PerMeasure[m]
	}
	var core, value, full int
	acc := map[string]int{}
	for _, g := range gold {
		p := pred[str(g.ID)]
		if p == nil {
			res.MissingDocs++
		}
		var pc, gc []scoredClaim
		if p != nil {
			for _, c := range p.Claims {
				kind := "count"
				if c.Kind != nil {
					kind = *c.Kind
				}
				if kind == "count" && c.Value != nil && c.Value.set && keep(c.measure()) {
					pc = append(pc, c)
				}
			}
		}
		for _, c := range g.Claims {
			if keep(c.measure()) {
				gc = append(gc, c)
			}
		}
		res.Gold += len(gc)
		res.Pred += len(pc)
		for _, c := range gc {
			per(c.measure())["gold"]++
		}
		for _, c := range pc {
			per(c.measure())["pred"]++
		}
		value += len(matchClaims(gc, pc, false))
		pairs := matchClaims(gc, pc, true)
		core += len(pairs)
		for _, ij := range pairs {
			gg, pp := &gc[ij[0]], &pc[ij[1]]
			per(gg.measure())["tp"]++
			sp := sameSource(roleOf(pp.Sources, "speaker"), roleOf(gg.Sources, "speaker"))
			ci := sameSource(roleOf(pp.Sources, "cited"), roleOf(gg.Sources, "cited"))
			var pb, gb *string
			if pp.Value != nil {
				pb = pp.Value.Bound
			}
			if gg.Value != nil {
				gb = gg.Value.Bound
			}
			bd := (pb == nil && gb == nil) || (pb != nil && gb != nil && *pb == *gb)
			acc["speaker"] += b2i(sp)
			acc["cited"] += b2i(ci)
			acc["bound"] += b2i(bd)
			acc["certainty"] += b2i((pp.Certainty == nil && gg.Certainty == nil) || pp.Certainty != nil && gg.Certainty != nil && *pp.Certainty == *gg.Certainty)
			gh := scoreTokens(gg.countedText())
			if len(gh) > 0 {
				for _, w := range scoreTokens(pp.countedText()) {
					if w == gh[len(gh)-1] {
						acc["counted"]++
						break
					}
				}
			}
			if sp && ci && bd {
				full++
			}
		}
	}
	res.Core = prf(core, res.Pred, res.Gold)
	res.Value = prf(value, res.Pred, res.Gold)
	res.Full = prf(full, res.Pred, res.Gold)
	for _, k := range []string{"speaker", "cited", "bound", "certainty", "counted"} {
		if core > 0 {
			res.OnCoreMatches[k] = float64(acc[k]) / float64(core)
		} else {
			res.OnCoreMatches[k] = 0
		}
	}
	return res, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Print writes the result as score.py prints it.
func (r *ClaimsResult) Print(w io.Writer) {
	fmt.Fprintf(w, "gold %d  predicted %d  documents without output %d\n", r.Gold, r.Pred, r.MissingDocs)
	for _, k := range []struct {
		name string
		v    [3]float64
	}{{"core", r.Core}, {"value", r.Value}, {"full", r.Full}} {
		fmt.Fprintf(w, "%-6s P %.3f  R %.3f  F1 %.3f\n", k.name, k.v[0], k.v[1], k.v[2])
	}
	fmt.Fprint(w, "on core matches:")
	for i, k := range []string{"speaker", "cited", "bound", "certainty", "counted"} {
		sep := "  "
		if i == 0 {
			sep = " "
		}
		fmt.Fprintf(w, "%s%s %.3f", sep, k, r.OnCoreMatches[k])
	}
	fmt.Fprintln(w)
	ms := make([]string, 0, len(r.PerMeasure))
	for m := range r.PerMeasure {
		ms = append(ms, m)
	}
	sort.Strings(ms)
	for _, m := range ms {
		c := r.PerMeasure[m]
		fmt.Fprintf(w, "  %-11s gold %4d pred %4d tp %4d\n", m, c["gold"], c["pred"], c["tp"])
	}
}
