package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// The PolNeAR attribution scorer, as ../shared/eval/polnear.py defines it:
// gold from the lowest-numbered annotator's brat file, Discuss/Discard
// flags excluding attributions, spans in code points, and one-to-one pnGreedy
// pairing by token F1 ≥ 0.5 for source, cue, content and whole triples.

// PolNeARAtt is one attribution as pieces of [start,end) code-point offsets
// per role; a nil role is missing.
type PolNeARAtt struct {
	Source, Cue, Content [][2]int
}

func (a *PolNeARAtt) role(r int) [][2]int {
	switch r {
	case 0:
		return a.Source
	case 1:
		return a.Cue
	}
	return a.Content
}

var polnearRoles = [3]string{"source", "cue", "content"}

// PolNeARDoc is one gold document.
type PolNeARDoc struct {
	ID        string
	Text      string
	Annotator string
	Gold      []PolNeARAtt
	Excluded  []PolNeARAtt // overlapping a Discuss or Discard flag
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	P         float64 `json:"P"`
	R         float64 `json:"R"`
	F1        float64 `json:"F1"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
}

// newPRF returns precision, recall and F1 of tp correct out of nPred
// predicted and nGold gold items (0 where undefined), as every reference
// scorer computes them.
func newPRF(tp, nPred, nGold int) PRF {
	var p, r, f float64
	if nPred > 0 {
		p = float64(tp) / float64(nPred)
	}
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: p, R: r, F1: f, Gold: nGold, Predicted: nPred, Correct: tp}
}

// PolNeARRole holds a role's overlap and exact scores.
type PolNeARRole struct {
	Overlap PRF `json:"overlap"`
	Exact   PRF `json:"exact"`
}

// PolNeARResult mirrors `polnear.py score --json`.
type PolNeARResult struct {
	Documents          int         `json:"documents"`
	Gold               int         `json:"gold"`
	Predicted          int         `json:"predicted"`
	ExcludedGold       int         `json:"excluded_gold"`
	IgnoredPredictions int         `json:"ignored_predictions"`
	Triple             PRF         `json:"triple"`
	Source             PolNeARRole `json:"source"`
	Cue                PolNeARRole `json:"cue"`
	Content            PolNeARRole `json:"content"`
}

// PolNeAR scores run, which returns the attributions of one article's text
// (byte offsets), on split (test, dev, train) of the PolNeAR data in dataDir
// (the corpus's data/ folder, or the folder holding it).
func PolNeAR(dataDir, split string, run func(text string) ([]dossier.Attribution, error)) (PolNeARResult, error) {
	docs, err := LoadPolNeAR(dataDir, split)
	if err != nil {
		return PolNeARResult{}, err
	}
	preds := make(map[string][]PolNeARAtt, len(docs))
	for _, d := range docs {
		atts, err := run(d.Text)
		if err != nil {
			return PolNeARResult{}, fmt.Errorf("polnear: %s: %w", d.ID, err)
		}
		preds[d.ID] = PolNeARAttributions(d.Text, atts)
	}
	return ScorePolNeAR(docs, preds), nil
}

// PolNeARAttributions converts attributions with byte offsets into text to
// code-point pieces; an empty source is missing.
func PolNeARAttributions(text string, atts []dossier.Attribution) []PolNeARAtt {
	o := export.NewOffsets(text)
	cp := func(s dossier.Span) [2]int { return [2]int{o.At(s.Start), o.At(s.End)} }
	out := make([]PolNeARAtt, 0, len(atts))
	for _, a := range atts {
		var p PolNeARAtt
		if a.Source.Span.Len() > 0 {
			p.Source = [][2]int{cp(a.Source.Span)}
		}
		if a.Cue.Len() > 0 {
			p.Cue = [][2]int{cp(a.Cue)}
		}
		for _, c := range a.Content {
			if c.Len() > 0 {
				p.Content = append(p.Content, cp(c))
			}
		}
		out = append(out, p)
	}
	return out
}

// resolvePolNeARDir accepts the corpus's data/ folder or the folder above it.
func resolvePolNeARDir(dataDir, split string) string {
	if _, err := os.Stat(filepath.Join(dataDir, split, "text")); err != nil {
		if _, err := os.Stat(filepath.Join(dataDir, "data", split, "text")); err == nil {
			return filepath.Join(dataDir, "data")
		}
	}
	return dataDir
}

// LoadPolNeAR reads split's texts and, for each, the gold of the .ann file
// with the lowest annotator id, as polnear.py make does.
func LoadPolNeAR(dataDir, split string) ([]PolNeARDoc, error) {
	dataDir = resolvePolNeARDir(dataDir, split)
	textDir := filepath.Join(dataDir, split, "text")
	annDir := filepath.Join(dataDir, split, "attributions")
	annNames, err := os.ReadDir(annDir)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	type pair struct{ article, annotator string }
	var pairs []pair
	for _, e := range annNames {
		n := e.Name()
		if !strings.HasSuffix(n, ".ann") {
			continue
		}
		base := n[:len(n)-4]
		k := strings.LastIndexByte(base, '_')
		if k < 0 {
			continue // polnear.py would fail on such a name; nothing to pair it with
		}
		pairs = append(pairs, pair{base[:k], base[k+1:]})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].article != pairs[j].article {
			return pairs[i].article < pairs[j].article
		}
		return pairs[i].annotator < pairs[j].annotator
	})
	anns := map[string]string{}
	for _, p := range pairs {
		if _, ok := anns[p.article]; !ok {
			anns[p.article] = p.annotator
		}
	}
	texts, err := os.ReadDir(textDir)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	var articles []string
	for _, e := range texts {
		if n := e.Name(); strings.HasSuffix(n, ".txt") {
			articles = append(articles, n[:len(n)-4])
		}
	}
	sort.Strings(articles)
	docs := make([]PolNeARDoc, 0, len(articles))
	for _, art := range articles {
		b, err := os.ReadFile(filepath.Join(textDir, art+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		who, ok := anns[art]
		if !ok {
			return nil, fmt.Errorf("polnear: %s: no .ann file for %s", annDir, art)
		}
		kept, excl, err := readPolNeARAnn(filepath.Join(annDir, art+"_"+who+".ann"))
		if err != nil {
			return nil, err
		}
		docs = append(docs, PolNeARDoc{ID: art, Text: string(b), Annotator: who, Gold: kept, Excluded: excl})
	}
	return docs, nil
}

type pnBratSpan struct {
	typ    string
	pieces [][2]int
}

// readPolNeARAnn reads a brat file: E lines tie T spans by role; events
// without a cue or a content are unfinished and skipped; those touching a
// Discuss/Discard flag are excluded.
func readPolNeARAnn(path string) (kept, excluded []PolNeARAtt, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	spans := map[string]pnBratSpan{}
	var events [][][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		switch {
		case pnIsBratID(cols[0], 'T') && len(cols) >= 3:
			typ, loc, _ := strings.Cut(cols[1], " ")
			var ps [][2]int
			for _, p := range strings.Split(loc, ";") {
				xs := strings.Fields(p)
				if len(xs) != 2 {
					return nil, nil, fmt.Errorf("polnear: %s: bad span %q", path, p)
				}
				s, e1 := strconv.Atoi(xs[0])
				e, e2 := strconv.Atoi(xs[1])
				if e1 != nil || e2 != nil {
					return nil, nil, fmt.Errorf("polnear: %s: bad span %q", path, p)
				}
				ps = append(ps, [2]int{s, e})
			}
			spans[cols[0]] = pnBratSpan{typ, ps}
		case pnIsBratID(cols[0], 'E') && len(cols) >= 2:
			var args [][]string
			for _, a := range strings.Fields(cols[1]) {
				args = append(args, strings.Split(a, ":"))
			}
			events = append(events, args)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("polnear: %s: %w", path, err)
	}
	var flags [][2]int
	for _, s := range spans {
		if s.typ == "Discuss" || s.typ == "Discard" {
			flags = append(flags, s.pieces...)
		}
	}
	roleOf := map[string]int{"Source": 0, "Cue": 1, "Content": 2, "Content2": 2}
	for _, args := range events {
		if len(args) == 0 || len(args[0]) < 2 {
			continue
		}
		var roles [3][][2]int
		for _, a := range args[1:] {
			if len(a) < 2 {
				continue
			}
			r, ok := roleOf[a[0]]
			if !ok {
				continue
			}
			sp, ok := spans[a[1]]
			if !ok {
				return nil, nil, fmt.Errorf("polnear: %s: unknown span %s", path, a[1])
			}
			roles[r] = append(roles[r], sp.pieces...)
		}
		for r := range roles {
			pnSortPieces(roles[r])
		}
		att := PolNeARAtt{Source: roles[0], Cue: roles[1], Content: roles[2]}
		if len(att.Cue) == 0 || len(att.Content) == 0 {
			continue
		}
		all := append(append(append(append([][2]int{}, spans[args[0][1]].pieces...), att.Source...), att.Cue...), att.Content...)
		if pnOverlaps(flags, all) {
			excluded = append(excluded, att)
		} else {
			kept = append(kept, att)
		}
	}
	return kept, excluded, nil
}

func pnIsBratID(s string, c byte) bool {
	if len(s) < 2 || s[0] != c {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func pnSortPieces(p [][2]int) {
	sort.Slice(p, func(i, j int) bool {
		if p[i][0] != p[j][0] {
			return p[i][0] < p[j][0]
		}
		return p[i][1] < p[j][1]
	})
}

func pnOverlaps(a, b [][2]int) bool {
	for _, x := range a {
		for _, y := range b {
			if x[0] < y[1] && y[0] < x[1] {
				return true
			}
		}
	}
	return false
}

// ReadPolNeARPredictions reads prediction JSONL: {"id", "attributions":
// [{"source","cue","content"}]} where each role is null, {start,end} or a
// list of them, in code points.
func ReadPolNeARPredictions(r io.Reader) (map[string][]PolNeARAtt, error) {
	preds := map[string][]PolNeARAtt{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var obj struct {
			ID           *string                      `json:"id"`
			Attributions []map[string]json.RawMessage `json:"attributions"`
		}
		if err := json.Unmarshal(b, &obj); err != nil || obj.ID == nil {
			return nil, fmt.Errorf("polnear: line %d: bad prediction line: %v", line, err)
		}
		atts := make([]PolNeARAtt, 0, len(obj.Attributions))
		for _, a := range obj.Attributions {
			var p PolNeARAtt
			for r, name := range polnearRoles {
				ps, err := pnPredPieces(a[name])
				if err != nil {
					return nil, fmt.Errorf("polnear: line %d: bad prediction line: %v", line, err)
				}
				switch r {
				case 0:
					p.Source = ps
				case 1:
					p.Cue = ps
				case 2:
					p.Content = ps
				}
			}
			atts = append(atts, p)
		}
		preds[*obj.ID] = atts
	}
	return preds, sc.Err()
}

// pnPredPieces reads a role as polnear.py's pieces(): sorted, empty pieces
// dropped, nil when nothing is left.
func pnPredPieces(raw json.RawMessage) ([][2]int, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, nil
	}
	type se struct {
		Start, End *float64
	}
	var list []se
	if raw[0] == '[' {
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, err
		}
	} else {
		var one se
		if err := json.Unmarshal(raw, &one); err != nil {
			return nil, err
		}
		if raw[0] == '{' && len(bytes.TrimSpace(raw[1:len(raw)-1])) == 0 {
			return nil, nil // {} is falsy in Python: no span
		}
		list = []se{one}
	}
	var out [][2]int
	for _, p := range list {
		if p.Start == nil || p.End == nil {
			return nil, fmt.Errorf("span without start or end")
		}
		s, e := int(*p.Start), int(*p.End)
		if e > s {
			out = append(out, [2]int{s, e})
		}
	}
	pnSortPieces(out)
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// WritePolNeARPredictions writes one prediction line.
func WritePolNeARPredictions(w io.Writer, id string, atts []PolNeARAtt) error {
	type se struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	conv := func(p [][2]int) any {
		switch len(p) {
		case 0:
			return nil
		case 1:
			return se{p[0][0], p[0][1]}
		}
		out := make([]se, len(p))
		for i, x := range p {
			out[i] = se{x[0], x[1]}
		}
		return out
	}
	type line struct {
		Source  any `json:"source"`
		Cue     any `json:"cue"`
		Content any `json:"content"`
	}
	lines := make([]line, len(atts))
	for i, a := range atts {
		lines[i] = line{conv(a.Source), conv(a.Cue), conv(a.Content)}
	}
	b, err := json.Marshal(struct {
		ID           string `json:"id"`
		Attributions []line `json:"attributions"`
	}{id, lines})
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// pnUnits is a sorted set of scoring units: token indices (≥ 0) or, for a
// span without \w, non-space character positions encoded as -(k+1).
type pnUnits []int

// pnDoc holds a text's \w+ tokens in code points.
type pnDoc struct {
	text   []rune
	tokens [][2]int
	starts []int
}

func newPNDoc(s string) *pnDoc {
	d := &pnDoc{text: []rune(s)}
	for i := 0; i < len(d.text); {
		if !pnIsWord(d.text[i]) {
			i++
			continue
		}
		j := i
		for j < len(d.text) && pnIsWord(d.text[j]) {
			j++
		}
		d.tokens = append(d.tokens, [2]int{i, j})
		d.starts = append(d.starts, i)
		i = j
	}
	return d
}

// pnIsWord is Python's \w on str: letters, numbers, underscore.
func pnIsWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// pnIsSpace is Python's str.isspace.
func pnIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// units returns the tokens a span overlaps, or its non-space characters
// when it overlaps none.
func (d *pnDoc) units(span [][2]int) pnUnits {
	var out pnUnits
	for _, p := range span {
		s, e := p[0], p[1]
		lo := max(sort.SearchInts(d.starts, s+1)-1, 0) // bisect_right - 1
		hi := sort.SearchInts(d.starts, e)             // bisect_left
		for i := lo; i < hi; i++ {
			if d.tokens[i][1] > s {
				out = append(out, i)
			}
		}
	}
	if len(out) == 0 {
		return d.chars(span)
	}
	return pnDedupe(out)
}

func (d *pnDoc) chars(span [][2]int) pnUnits {
	var out pnUnits
	for _, p := range span {
		for k := max(p[0], 0); k < min(p[1], len(d.text)); k++ {
			if !pnIsSpace(d.text[k]) {
				out = append(out, -(k + 1))
			}
		}
	}
	return pnDedupe(out)
}

func pnDedupe(u pnUnits) pnUnits {
	sort.Ints(u)
	n := 0
	for i, x := range u {
		if i == 0 || x != u[n-1] {
			u[n] = x
			n++
		}
	}
	return u[:n]
}

func pnIntersect(a, b pnUnits) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func pnEqual(a, b pnUnits) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// pnTF1 is the token F1 of two unit sets; two empty sets are the same span.
func pnTF1(a, b pnUnits) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return float64(2*pnIntersect(a, b)) / float64(len(a)+len(b))
}

// pnGreedy pairs gold and predicted items one to one, best similarity first
// (ties by gold then prediction index), and returns the number of pairs.
func pnGreedy(nGold, nPred int, sim func(i, j int) (float64, bool)) int {
	type cand struct {
		s    float64
		i, j int
	}
	var cands []cand
	for i := 0; i < nGold; i++ {
		for j := 0; j < nPred; j++ {
			if s, ok := sim(i, j); ok {
				cands = append(cands, cand{s, i, j})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		a, b := cands[x], cands[y]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.i != b.i {
			return a.i < b.i
		}
		return a.j < b.j
	})
	usedG := make([]bool, nGold)
	usedP := make([]bool, nPred)
	n := 0
	for _, c := range cands {
		if !usedG[c.i] && !usedP[c.j] {
			usedG[c.i], usedP[c.j] = true, true
			n++
		}
	}
	return n
}

// ScorePolNeAR scores predictions (code points, by document id) against the
// gold documents. A document without predictions predicts nothing.
func ScorePolNeAR(docs []PolNeARDoc, preds map[string][]PolNeARAtt) PolNeARResult {
	var c struct {
		gold, pred, excluded, ignored, triple int
		role                                  [3]struct{ gold, pred, overlap, exact int }
	}
	for _, d := range docs {
		doc := newPNDoc(d.Text)
		gold := d.Gold
		var pred []PolNeARAtt
		for _, p := range preds[d.ID] {
			if len(p.Cue) > 0 && pnAnyCueOverlap(p.Cue, d.Excluded) && !pnAnyCueOverlap(p.Cue, gold) {
				c.ignored++
				continue
			}
			pred = append(pred, p)
		}
		// Unit sets per side, attribution and role; nil marks a missing role.
		gu := make([][3]pnUnits, len(gold))
		pu := make([][3]pnUnits, len(pred))
		gHas := make([][3]bool, len(gold))
		pHas := make([][3]bool, len(pred))
		for i := range gold {
			for r := 0; r < 3; r++ {
				if sp := gold[i].role(r); len(sp) > 0 {
					gu[i][r], gHas[i][r] = doc.units(sp), true
				}
			}
		}
		for j := range pred {
			for r := 0; r < 3; r++ {
				if sp := pred[j].role(r); len(sp) > 0 {
					pu[j][r], pHas[j][r] = doc.units(sp), true
				}
			}
		}
		for r := 0; r < 3; r++ {
			var gi, pj []int
			for i := range gold {
				if gHas[i][r] {
					gi = append(gi, i)
				}
			}
			for j := range pred {
				if pHas[j][r] {
					pj = append(pj, j)
				}
			}
			c.role[r].gold += len(gi)
			c.role[r].pred += len(pj)
			c.role[r].overlap += pnGreedy(len(gi), len(pj), func(i, j int) (float64, bool) {
				s := pnTF1(gu[gi[i]][r], pu[pj[j]][r])
				return s, s >= 0.5
			})
			gx := make([]pnUnits, len(gi))
			px := make([]pnUnits, len(pj))
			for k, i := range gi {
				gx[k] = doc.chars(gold[i].role(r))
			}
			for k, j := range pj {
				px[k] = doc.chars(pred[j].role(r))
			}
			c.role[r].exact += pnGreedy(len(gi), len(pj), func(i, j int) (float64, bool) {
				return 1, pnEqual(gx[i], px[j])
			})
		}
		c.triple += pnGreedy(len(gold), len(pred), func(i, j int) (float64, bool) {
			sum, lo := 0.0, 1.0
			for r := 0; r < 3; r++ {
				var s float64
				a, b := gu[i][r], pu[j][r]
				if gHas[i][r] && pHas[j][r] && len(a) > 0 && len(b) > 0 {
					s = pnTF1(a, b)
				} else if gHas[i][r] == pHas[j][r] && pnEqual(a, b) {
					s = 1 // both missing, or both empty sets
				}
				sum += s
				lo = min(lo, s)
			}
			return sum / 3, lo >= 0.5
		})
		c.gold += len(gold)
		c.pred += len(pred)
		c.excluded += len(d.Excluded)
	}
	res := PolNeARResult{
		Documents: len(docs), Gold: c.gold, Predicted: c.pred, ExcludedGold: c.excluded,
		IgnoredPredictions: c.ignored, Triple: newPRF(c.triple, c.pred, c.gold),
	}
	roles := [3]*PolNeARRole{&res.Source, &res.Cue, &res.Content}
	for r, x := range c.role {
		roles[r].Overlap = newPRF(x.overlap, x.pred, x.gold)
		roles[r].Exact = newPRF(x.exact, x.pred, x.gold)
	}
	return res
}

func pnAnyCueOverlap(cue [][2]int, atts []PolNeARAtt) bool {
	for i := range atts {
		if pnOverlaps(cue, atts[i].Cue) {
			return true
		}
	}
	return false
}

// WriteTable prints the result as polnear.py's report does.
func (m PolNeARResult) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "PolNeAR attribution: %d documents, %d gold attributions (%d excluded as Discuss/Discard), %d predicted (%d more ignored on excluded cues)\n",
		m.Documents, m.Gold, m.ExcludedGold, m.Predicted, m.IgnoredPredictions)
	fmt.Fprintf(w, "%9s%26s%24s\n", "", "overlap (token F1 >= 0.5)", "exact")
	fmt.Fprintf(w, "%9s%8s%8s%8s%8s%8s%8s%7s%7s\n", "", "P", "R", "F1", "P", "R", "F1", "gold", "pred")
	for i, r := range [3]PolNeARRole{m.Source, m.Cue, m.Content} {
		o, x := r.Overlap, r.Exact
		fmt.Fprintf(w, "%-9s%8.4f%8.4f%8.4f%8.4f%8.4f%8.4f%7d%7d\n", polnearRoles[i], o.P, o.R, o.F1, x.P, x.R, x.F1, o.Gold, o.Predicted)
	}
	t := m.Triple
	fmt.Fprintf(w, "%-9s%8.4f%8.4f%8.4f%24s%7d%7d\n", "triple", t.P, t.R, t.F1, "", t.Gold, t.Predicted)
}

// PolNeARAgreement scores PolNeAR's annotators against each other on the
// articles of split that two or more annotated: the lowest-numbered
// annotator's attributions are the gold (as LoadPolNeAR reads them) and
// every other annotator's kept attributions are one prediction each, all
// pooled into one score. It is the ceiling a system can be expected to
// reach under the same scorer.
func PolNeARAgreement(dataDir, split string) (PolNeARResult, error) {
	docs, err := LoadPolNeAR(dataDir, split)
	if err != nil {
		return PolNeARResult{}, err
	}
	dataDir = resolvePolNeARDir(dataDir, split)
	annDir := filepath.Join(dataDir, split, "attributions")
	entries, err := os.ReadDir(annDir)
	if err != nil {
		return PolNeARResult{}, fmt.Errorf("polnear: %w", err)
	}
	annotators := map[string][]string{} // article -> annotators
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".ann") {
			continue
		}
		base := n[:len(n)-4]
		if k := strings.LastIndexByte(base, '_'); k >= 0 {
			annotators[base[:k]] = append(annotators[base[:k]], base[k+1:])
		}
	}
	var pairs []PolNeARDoc
	preds := map[string][]PolNeARAtt{}
	for _, d := range docs {
		who := annotators[d.ID]
		sort.Strings(who)
		for _, other := range who {
			if other == d.Annotator {
				continue
			}
			kept, _, err := readPolNeARAnn(filepath.Join(annDir, d.ID+"_"+other+".ann"))
			if err != nil {
				return PolNeARResult{}, err
			}
			pair := d
			pair.ID = d.ID + "_" + other
			pairs = append(pairs, pair)
			preds[pair.ID] = kept
		}
	}
	if len(pairs) == 0 {
		return PolNeARResult{}, fmt.Errorf("polnear: no article of %s has two annotators", split)
	}
	return ScorePolNeAR(pairs, preds), nil
}
