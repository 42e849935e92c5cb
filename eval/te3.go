package eval

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// TE3Doc is one TempEval-3 TimeML document read the way the reference
// scorer (te3.py make) reads it: Text is the content of <TEXT> with every
// tag removed and every character kept, entities decoded.
type TE3Doc struct {
	ID        string // file name, e.g. "AP_20130322.tml"
	Title     string
	Published time.Time // the DCT; zero when the file has none
	Text      string
	Gold      []TE3Timex
}

// TE3Timex is one temporal expression with offsets in code points of the
// document text, as the TE3 JSON files and scorer use them.
type TE3Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Text  string `json:"text,omitempty"`
}

// TE3PRF is precision, recall and F1.
type TE3PRF struct {
	P  float64 `json:"P"`
	R  float64 `json:"R"`
	F1 float64 `json:"F1"`
}

// TE3Result holds the TempEval-3 timex metrics, with the field names of
// te3.py score --json.
type TE3Result struct {
	Split          string  `json:"split,omitempty"`
	Documents      int     `json:"documents"`
	Gold           int     `json:"gold"`
	Predicted      int     `json:"predicted"`
	StrictMatches  int     `json:"strict_matches"`
	RelaxedMatches int     `json:"relaxed_matches"`
	Strict         TE3PRF  `json:"strict"`
	Relaxed        TE3PRF  `json:"relaxed"`
	TypeAccuracy   float64 `json:"type_accuracy"`
	ValueAccuracy  float64 `json:"value_accuracy"`
	TypeF1         float64 `json:"type_F1"`
	ValueF1        float64 `json:"value_F1"`
}

// ReadTE3 reads every *.tml file in dir, sorted by name.
func ReadTE3(dir string) ([]TE3Doc, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("te3: %w", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tml") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("te3: %s: no .tml files", dir)
	}
	sort.Strings(names)
	docs := make([]TE3Doc, 0, len(names))
	for _, n := range names {
		f, err := os.Open(filepath.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("te3: %w", err)
		}
		d, err := ReadTML(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("te3: %s: %w", n, err)
		}
		d.ID = n
		docs = append(docs, d)
	}
	return docs, nil
}

// ReadTML reads one TimeML document. Only TIMEX3 inside <TEXT> are gold;
// the one inside <DCT> gives the publication date.
func ReadTML(r io.Reader) (TE3Doc, error) {
	var doc TE3Doc
	dec := xml.NewDecoder(r)
	dec.Strict = true
	var (
		path     []string // open elements
		text     strings.Builder
		runes    int   // code points written to text
		open     []int // start (code points) of open TIMEX3 elements inside TEXT
		openAttr []TE3Timex
		inText   bool
		sawText  bool
		title    strings.Builder
		inTitle  int
	)
	for {
		tk, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return doc, fmt.Errorf("xml: %w", err)
		}
		switch t := tk.(type) {
		case xml.StartElement:
			name := t.Name.Local
			path = append(path, name)
			switch {
			case name == "TEXT" && !inText && !sawText:
				inText, sawText = true, true
			case name == "TITLE" && !inText:
				inTitle++
			case name == "TIMEX3" && inText:
				var x TE3Timex
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						x.Type = a.Value
					case "value":
						x.Value = a.Value
					}
				}
				open = append(open, runes)
				openAttr = append(openAttr, x)
			case name == "TIMEX3" && len(path) >= 2 && path[len(path)-2] == "DCT":
				for _, a := range t.Attr {
					if a.Name.Local == "value" {
						v := a.Value
						if len(v) > 10 {
							v = v[:10]
						}
						if p, err := time.Parse("2006-01-02", v); err == nil {
							doc.Published = p
						}
					}
				}
			}
		case xml.EndElement:
			name := t.Name.Local
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			switch {
			case name == "TEXT" && inText && !te3Contains(path, "TEXT"):
				inText = false
			case name == "TITLE" && inTitle > 0:
				inTitle--
			case name == "TIMEX3" && inText && len(open) > 0:
				x := openAttr[len(openAttr)-1]
				x.Start, x.End = open[len(open)-1], runes
				open, openAttr = open[:len(open)-1], openAttr[:len(openAttr)-1]
				doc.Gold = append(doc.Gold, x)
			}
		case xml.CharData:
			if inText {
				text.Write(t)
				runes += utf8.RuneCount(t)
			} else if inTitle > 0 {
				title.Write(t)
			}
		}
	}
	if !sawText {
		return doc, fmt.Errorf("no <TEXT> element")
	}
	doc.Text = text.String()
	doc.Title = title.String()
	// Gold text, for error reports; te3.py lists timexes in closing order,
	// which is the order they were appended.
	for i := range doc.Gold {
		doc.Gold[i].Text = te3RuneSlice(doc.Text, doc.Gold[i].Start, doc.Gold[i].End)
	}
	return doc, nil
}

func te3Contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// runeSlice returns s[start:end] counted in code points.
func te3RuneSlice(s string, start, end int) string {
	i, b, e := 0, -1, len(s)
	for off := range s {
		if i == start {
			b = off
		}
		if i == end {
			e = off
			break
		}
		i++
	}
	if b < 0 {
		return ""
	}
	return s[b:e]
}

// TE3FromTimexes converts byte-offset expressions over text to code-point
// offsets, as JSON output and the scorer use them. Expressions outside the
// text are dropped.
func TE3FromTimexes(text string, xs []dossier.Timex) []TE3Timex {
	out := make([]TE3Timex, 0, len(xs))
	o := export.NewOffsets(text)
	for _, x := range xs {
		if x.Span.Start < 0 || x.Span.End > len(text) || x.Span.Start > x.Span.End {
			continue
		}
		s, e := o.At(x.Span.Start), o.At(x.Span.End)
		out = append(out, TE3Timex{Start: s, End: e, Type: string(x.Type), Value: x.Value})
	}
	return out
}

// ScoreTE3 scores predictions (by document id) against the gold exactly as
// te3.py score does. A document with no predictions predicts nothing.
func ScoreTE3(docs []TE3Doc, pred map[string][]TE3Timex) TE3Result {
	var r TE3Result
	r.Documents = len(docs)
	typeOK, valueOK := 0, 0
	for _, d := range docs {
		gold, ps := d.Gold, pred[d.ID]
		r.Gold += len(gold)
		r.Predicted += len(ps)
		// Strict: each predicted span used once.
		used := make([]bool, len(ps))
		for _, g := range gold {
			for j, p := range ps {
				if !used[j] && p.Start == g.Start && p.End == g.End {
					used[j] = true
					r.StrictMatches++
					break
				}
			}
		}
		for _, pr := range te3RelaxedPairs(gold, ps) {
			g, p := gold[pr[0]], ps[pr[1]]
			r.RelaxedMatches++
			if strings.ToUpper(p.Type) == g.Type {
				typeOK++
			}
			if strings.TrimSpace(p.Value) == g.Value {
				valueOK++
			}
		}
	}
	r.Strict = te3PRF(r.StrictMatches, r.Predicted, r.Gold)
	r.Relaxed = te3PRF(r.RelaxedMatches, r.Predicted, r.Gold)
	if r.RelaxedMatches > 0 {
		r.TypeAccuracy = float64(typeOK) / float64(r.RelaxedMatches)
		r.ValueAccuracy = float64(valueOK) / float64(r.RelaxedMatches)
	}
	r.TypeF1 = r.Relaxed.F1 * r.TypeAccuracy
	r.ValueF1 = r.Relaxed.F1 * r.ValueAccuracy
	return r
}

// te3RelaxedPairs pairs overlapping gold and predicted spans one to one,
// greedily by overlap length, then nearest boundaries, then index.
func te3RelaxedPairs(gold, pred []TE3Timex) [][2]int {
	type cand struct{ ov, dist, i, j int }
	var cs []cand
	for i, g := range gold {
		for j, p := range pred {
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if ov > 0 {
				cs = append(cs, cand{ov, te3Abs(g.Start-p.Start) + te3Abs(g.End-p.End), i, j})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		x, y := cs[a], cs[b]
		if x.ov != y.ov {
			return x.ov > y.ov
		}
		if x.dist != y.dist {
			return x.dist < y.dist
		}
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j < y.j
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cs {
		if !usedG[c.i] && !usedP[c.j] {
			usedG[c.i], usedP[c.j] = true, true
			out = append(out, [2]int{c.i, c.j})
		}
	}
	return out
}

func te3Abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func te3PRF(tp, nPred, nGold int) TE3PRF {
	m := newPRF(tp, nPred, nGold)
	return TE3PRF{P: m.P, R: m.R, F1: m.F1}
}

// TE3Predict runs run over every document and returns its expressions in
// code points, by document id.
func TE3Predict(docs []TE3Doc, run func(text string, published time.Time) ([]dossier.Timex, error)) (map[string][]TE3Timex, error) {
	out := make(map[string][]TE3Timex, len(docs))
	for _, d := range docs {
		xs, err := run(d.Text, d.Published)
		if err != nil {
			return nil, fmt.Errorf("te3: %s: %w", d.ID, err)
		}
		out[d.ID] = TE3FromTimexes(d.Text, xs)
	}
	return out, nil
}

// TE3Splits maps each split of the TempEval-3 release to its folder under
// the tempeval3 root: the platinum set is the test, TBAQ-cleaned is split
// by source into train (TimeBank) and dev (AQUAINT); tbaq is both.
var TE3Splits = map[string]string{
	"test":  "Evaluation/te3-platinum",
	"train": "Training/TBAQ-cleaned/TimeBank",
	"dev":   "Training/TBAQ-cleaned/AQUAINT",
	"tbaq":  "Training/TBAQ-cleaned",
}

// TE3SplitDir resolves where split's documents are. root is either the
// tempeval3 folder (split picks the part; "" means test) or a folder of
// .tml files itself, which takes no split.
func TE3SplitDir(root, split string) (string, error) {
	if hasTML(root) {
		if split != "" {
			return "", dossier.Errorf(dossier.EINVALID, "te3: %s holds .tml files itself: --split %q does not apply", root, split)
		}
		return root, nil
	}
	if split == "" {
		split = "test"
	}
	sub, ok := TE3Splits[split]
	if !ok {
		return "", dossier.Errorf(dossier.EINVALID, "te3: unknown --split %q (want test, dev, train or tbaq)", split)
	}
	dir := filepath.Join(root, filepath.FromSlash(sub))
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", dossier.Errorf(dossier.EINVALID, "te3: %s: no %s folder (want the tempeval3 folder of ../shared/data/raw)", root, sub)
	}
	return dir, nil
}

func hasTML(dir string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tml") {
			return true
		}
	}
	return false
}

// TE3 reads the TimeML files of split under root (see TE3SplitDir), runs
// run on each document with its creation time as the publication date and
// scores the result.
func TE3(root, split string, run func(text string, published time.Time) ([]dossier.Timex, error)) (TE3Result, error) {
	dir, err := TE3SplitDir(root, split)
	if err != nil {
		return TE3Result{}, err
	}
	docs, err := ReadTE3Tree(dir)
	if err != nil {
		return TE3Result{}, err
	}
	pred, err := TE3Predict(docs, run)
	if err != nil {
		return TE3Result{}, err
	}
	r := ScoreTE3(docs, pred)
	r.Split = split
	if r.Split == "" && dir != root {
		r.Split = "test"
	}
	return r, nil
}

// ReadTE3Tree reads dir's .tml files, or when it has none, those of every
// directory below it, with ids made of the path under dir.
func ReadTE3Tree(dir string) ([]TE3Doc, error) {
	docs, err := ReadTE3(dir)
	if err == nil {
		return docs, nil
	}
	var all []TE3Doc
	werr := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() || p == dir {
			return nil
		}
		ds, err := ReadTE3(p)
		if err != nil {
			return nil // a directory without .tml files
		}
		rel, _ := filepath.Rel(dir, p)
		for i := range ds {
			ds[i].ID = filepath.ToSlash(filepath.Join(rel, ds[i].ID))
		}
		all = append(all, ds...)
		return nil
	})
	if werr != nil {
		return nil, fmt.Errorf("te3: %w", werr)
	}
	if len(all) == 0 {
		return nil, err
	}
	return all, nil
}

// WriteTE3 prints r as te3.py score does, then as JSON.
func WriteTE3(w io.Writer, r TE3Result) error {
	var b strings.Builder
	if err := WriteTE3Table(&b, r); err != nil {
		return err
	}
	js, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return fmt.Errorf("te3: %w", err)
	}
	b.Write(js)
	b.WriteByte('\n')
	_, err = io.WriteString(w, b.String())
	return err
}

// WriteTE3Table prints r as te3.py score does.
func WriteTE3Table(w io.Writer, r TE3Result) error {
	split := ""
	if r.Split != "" {
		split = " (" + r.Split + ")"
	}
	return writeTimexTable(w, "TempEval-3 timex"+split, r)
}

// writeTimexTable prints r under the heading name.
func writeTimexTable(w io.Writer, name string, r TE3Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents, %d gold, %d predicted\n", name, r.Documents, r.Gold, r.Predicted)
	fmt.Fprintf(&b, "%-16s%8s%8s%8s  matches\n", "", "P", "R", "F1")
	fmt.Fprintf(&b, "%-16s%8.4f%8.4f%8.4f  %d\n", "strict span", r.Strict.P, r.Strict.R, r.Strict.F1, r.StrictMatches)
	fmt.Fprintf(&b, "%-16s%8.4f%8.4f%8.4f  %d\n", "relaxed span", r.Relaxed.P, r.Relaxed.R, r.Relaxed.F1, r.RelaxedMatches)
	fmt.Fprintf(&b, "type accuracy  %.4f   type F1  %.4f   (on relaxed matches)\n", r.TypeAccuracy, r.TypeF1)
	fmt.Fprintf(&b, "value accuracy %.4f   value F1 %.4f   (TE3 ranking score)\n", r.ValueAccuracy, r.ValueF1)
	_, err := io.WriteString(w, b.String())
	return err
}
