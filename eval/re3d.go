package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// re3d scoring: the Dstl re3d set (98 documents on the Syria/Iraq
// conflict in 7 source folders, each with documents.json and
// entities.json, mongoexport JSON lines that may start with a BOM).
//
// Offsets: an annotation's begin and end count UTF-16 code units of the
// document text (the annotation tool, Baleen, is Java). No re3d document
// has a character outside the Basic Multilingual Plane, so they are also
// code points; measured: text[begin:end] equals value for 4,833 of the
// 4,838 annotations, and none of them would match if the offsets counted
// bytes past the first non-ASCII character. The other 5 are value
// spellings that differ from the text (a newline or curly quotes written
// as a space or straight quotes); their offsets are kept.
//
// Gold: annotations with confidence ≥ Re3dMinConfidence (1,338 of the 4,838
// are below it, 1,276 of them at 0), of the types in Re3dMapping; the same
// span and compared type annotated twice counts once. re3d nests
// annotations ("the city of Mosul" and "Mosul", both Location); every
// distinct span is gold, so a flat recogniser cannot reach recall 1, and
// the result counts the nested spans. re3d also marks pronouns and
// descriptions ("he", "the authorities", "the Minister") as Person or
// Organisation, which a named-entity recogniser does not tag.

// Re3dMinConfidence is the confidence from which a re3d annotation is gold.
const Re3dMinConfidence = 0.5

// Re3dMapping maps re3d entity types to the compared types; re3d types not
// listed are not entity types of ours and are left out.
var Re3dMapping = map[string]string{
	"Person":       "PERSON",
	"Organisation": "ORG",
	"Location":     "PLACE",
	"Nationality":  "NORP",
}

// Re3dOurTypes maps our entity types to the compared types; other types of
// ours are not compared.
var Re3dOurTypes = map[string]string{
	"PERSON": "PERSON",
	"ORG":    "ORG",
	"GPE":    "PLACE",
	"LOC":    "PLACE",
	"FAC":    "PLACE",
	"NORP":   "NORP",
}

// Re3dTypes are the compared types, in table order.
var Re3dTypes = []string{"PERSON", "ORG", "PLACE", "NORP"}

// Re3dEntity is one re3d annotation with its offsets in code points
// ([Start,End)).
type Re3dEntity struct {
	ID         string  `json:"id"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
}

// Re3dDoc is one re3d document with every annotation of it, in file order.
type Re3dDoc struct {
	ID       string
	Source   string // the sub-folder, e.g. "CENTCOM"
	Title    string
	Text     string
	Entities []Re3dEntity
}

// ReadRe3d reads the re3d set under dir: every sub-folder holding a
// documents.json and an entities.json (or dir itself when it holds them).
// Documents come in folder order, then file order.
func ReadRe3d(dir string) ([]Re3dDoc, error) {
	var folders []string
	if _, err := os.Stat(filepath.Join(dir, "documents.json")); err == nil {
		folders = []string{dir}
	} else {
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("read re3d: %w", err)
		}
		for _, e := range ents {
			sub := filepath.Join(dir, e.Name())
			if _, err := os.Stat(filepath.Join(sub, "documents.json")); e.IsDir() && err == nil {
				folders = append(folders, sub)
			}
		}
		if len(folders) == 0 {
			return nil, fmt.Errorf("read re3d: no folder with a documents.json under %s", dir)
		}
	}
	var out []Re3dDoc
	for _, f := range folders {
		docs, err := readRe3dFolder(f)
		if err != nil {
			return nil, err
		}
		out = append(out, docs...)
	}
	return out, nil
}

func readRe3dFolder(dir string) ([]Re3dDoc, error) {
	source := filepath.Base(dir)
	df, err := os.Open(filepath.Join(dir, "documents.json"))
	if err != nil {
		return nil, fmt.Errorf("read re3d: %w", err)
	}
	defer df.Close()
	docs, err := ParseRe3dDocuments(df)
	if err != nil {
		return nil, fmt.Errorf("read re3d %s/documents.json: %w", source, err)
	}
	for i := range docs {
		docs[i].Source = source
	}
	ef, err := os.Open(filepath.Join(dir, "entities.json"))
	if err != nil {
		return nil, fmt.Errorf("read re3d: %w", err)
	}
	defer ef.Close()
	if err := ParseRe3dEntities(ef, docs); err != nil {
		return nil, fmt.Errorf("read re3d %s/entities.json: %w", source, err)
	}
	return docs, nil
}

// re3dDecoder returns a JSON decoder over r after a leading BOM.
func re3dDecoder(r io.Reader) *json.Decoder {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	return json.NewDecoder(br)
}

// ParseRe3dDocuments parses a documents.json (mongoexport JSON lines: _id,
// title, text, …).
func ParseRe3dDocuments(r io.Reader) ([]Re3dDoc, error) {
	dec := re3dDecoder(r)
	var out []Re3dDoc
	for n := 1; ; n++ {
		var obj struct {
			ID    string `json:"_id"`
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := dec.Decode(&obj); errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("document %d: %w", n, err)
		}
		if obj.ID == "" {
			return nil, fmt.Errorf("document %d: no _id", n)
		}
		out = append(out, Re3dDoc{ID: obj.ID, Title: obj.Title, Text: obj.Text})
	}
}

// ParseRe3dEntities parses an entities.json (mongoexport JSON lines: _id,
// documentId, begin, end, type, value, confidence) and appends each
// annotation to its document in docs, with its UTF-16 offsets turned into
// code points. An annotation of an unknown document or with offsets
// outside its text is an error.
func ParseRe3dEntities(r io.Reader, docs []Re3dDoc) error {
	byID := map[string]int{}
	for i, d := range docs {
		byID[d.ID] = i
	}
	cps := map[int][]int{} // document → code point index of each UTF-16 offset
	dec := re3dDecoder(r)
	for n := 1; ; n++ {
		var obj struct {
			ID         string   `json:"_id"`
			DocumentID string   `json:"documentId"`
			Begin      *int     `json:"begin"`
			End        *int     `json:"end"`
			Type       string   `json:"type"`
			Value      string   `json:"value"`
			Confidence *float64 `json:"confidence"`
		}
		if err := dec.Decode(&obj); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("entity %d: %w", n, err)
		}
		i, ok := byID[obj.DocumentID]
		if !ok {
			return fmt.Errorf("entity %d (%s): unknown document %q", n, obj.ID, obj.DocumentID)
		}
		if obj.Begin == nil || obj.End == nil || obj.Confidence == nil {
			return fmt.Errorf("entity %d (%s): begin, end and confidence are required", n, obj.ID)
		}
		cp, ok := cps[i]
		if !ok {
			cp = utf16CodePoints(docs[i].Text)
			cps[i] = cp
		}
		b, e := *obj.Begin, *obj.End
		if b < 0 || e < b || e >= len(cp) || cp[b] < 0 || cp[e] < 0 {
			return fmt.Errorf("entity %d (%s): offsets [%d,%d) are not in the text (%d UTF-16 units)",
				n, obj.ID, b, e, len(cp)-1)
		}
		docs[i].Entities = append(docs[i].Entities, Re3dEntity{
			ID: obj.ID, Start: cp[b], End: cp[e], Type: obj.Type, Value: obj.Value, Confidence: *obj.Confidence,
		})
	}
}

// utf16CodePoints returns, for each UTF-16 offset 0..len(utf16(s)) of s,
// the code point offset, or -1 inside a surrogate pair.
func utf16CodePoints(s string) []int {
	out := make([]int, 0, len(s)+1)
	n := 0
	for _, r := range s {
		out = append(out, n)
		if utf16.RuneLen(r) == 2 {
			out = append(out, -1)
		}
		n++
	}
	return append(out, n)
}

// Re3dResult is an entity-level (conlleval-style) score on re3d: exact
// span (code points) and compared type, micro-averaged.
type Re3dResult struct {
	Documents     int               `json:"documents"`
	Annotations   int               `json:"annotations"`       // every annotation read
	LowConfidence int               `json:"below_confidence"`  // confidence < Re3dMinConfidence
	NotCompared   map[string]int    `json:"not_compared"`      // confident annotations of types left out
	Duplicates    int               `json:"duplicates"`        // the same span and compared type again
	Nested        int               `json:"nested"`            // gold spans overlapping another of the same type
	ValueMismatch int               `json:"value_mismatch"`    // gold whose value differs from the text at its offsets
	Invalid       int               `json:"invalid,omitempty"` // offsets outside the text (skipped)
	Mapping       map[string]string `json:"mapping"`           // re3d type → compared type
	OurTypes      map[string]string `json:"our_types"`         // our type → compared type
	Notes         []string          `json:"notes"`
	Overall       PRF               `json:"overall"`
	PerType       map[string]PRF    `json:"per_type"`
	PerSource     map[string]PRF    `json:"per_source"`
	// Overlap is a looser score for reading the exact one: a prediction is
	// correct when it overlaps a gold span of the same type not matched
	// yet (one to one, in text order).
	Overlap PRF `json:"overlap"`
}

// re3dNotes explain the comparison; they are printed with the result.
var re3dNotes = []string{
	"offsets: re3d counts UTF-16 units (= code points here); ours are bytes, converted with export.Offsets",
	"our GPE, LOC and FAC are scored as one type PLACE against re3d Location",
	"re3d Person and Organisation include pronouns and descriptions (\"he\", \"the authorities\"), which we do not tag",
	"re3d's confident reading is often the longer phrase (\"the Syrian people\" Organisation, \"the city of Mosul\"); " +
		"the inner names are in the file at confidence 0, so an exact inner prediction counts as wrong",
	"re3d often marks a country acting as an agent as Organisation (\"Australia\", \"Iraq\"), our GPE",
}

type re3dKey struct {
	s, e int
	t    string
}

// Re3dGold returns the gold entities of d in compared types and code
// points: confident annotations of mapped types, each span and type once,
// in file order. The counts of what was left out go to res when it is not
// nil.
func Re3dGold(d Re3dDoc, res *Re3dResult) []CoNLLEntity {
	if res == nil {
		res = &Re3dResult{}
	}
	if res.NotCompared == nil {
		res.NotCompared = map[string]int{}
	}
	var out []CoNLLEntity
	seen := map[re3dKey]bool{}
	var cp []int // code point → byte offset, built on demand
	for _, e := range d.Entities {
		res.Annotations++
		if e.Confidence < Re3dMinConfidence {
			res.LowConfidence++
			continue
		}
		t, ok := Re3dMapping[e.Type]
		if !ok {
			res.NotCompared[e.Type]++
			continue
		}
		k := re3dKey{e.Start, e.End, t}
		if seen[k] {
			res.Duplicates++
			continue
		}
		seen[k] = true
		if cp == nil {
			cp = codePointBytes(d.Text)
		}
		if e.Start < 0 || e.Start > e.End || e.End >= len(cp) {
			res.Invalid++
			continue
		}
		text := d.Text[cp[e.Start]:cp[e.End]]
		if text != e.Value {
			res.ValueMismatch++
		}
		out = append(out, CoNLLEntity{Start: e.Start, End: e.End, Type: t, Text: text})
	}
	for i, a := range out {
		for j, b := range out {
			if i != j && a.Type == b.Type && a.Start < b.End && b.Start < a.End {
				res.Nested++
				break
			}
		}
	}
	return out
}

// codePointBytes returns the byte offset of each code point offset
// 0..RuneCount(s) of s.
func codePointBytes(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// ScoreRe3d scores predicted entities (code points, our types) per
// document id against the gold of docs (Re3dGold): exact span and
// compared type, repeated predictions counted once, micro-averaged. A
// document without predictions predicts nothing.
func ScoreRe3d(docs []Re3dDoc, pred map[string][]CoNLLEntity) Re3dResult {
	res := Re3dResult{
		Documents: len(docs), NotCompared: map[string]int{},
		Mapping: Re3dMapping, OurTypes: Re3dOurTypes, Notes: re3dNotes,
	}
	type counts struct{ tp, pred, gold int }
	byType, bySource := map[string]*counts{}, map[string]*counts{}
	get := func(m map[string]*counts, k string) *counts {
		c := m[k]
		if c == nil {
			c = &counts{}
			m[k] = c
		}
		return c
	}
	var all counts
	overlapTP := 0
	for _, d := range docs {
		gold := map[re3dKey]bool{}
		src := get(bySource, d.Source)
		golds := Re3dGold(d, &res)
		matched := make([]bool, len(golds))
		for _, e := range golds {
			gold[re3dKey{e.Start, e.End, e.Type}] = true
			get(byType, e.Type).gold++
			src.gold++
			all.gold++
		}
		ps := map[re3dKey]bool{}
		for _, e := range pred[d.ID] {
			t, ok := Re3dOurTypes[e.Type]
			if !ok {
				continue
			}
			k := re3dKey{e.Start, e.End, t}
			if ps[k] {
				continue
			}
			ps[k] = true
			c := get(byType, t)
			c.pred++
			src.pred++
			all.pred++
			if gold[k] {
				c.tp++
				src.tp++
				all.tp++
			}
			if i := re3dOverlap(golds, matched, k); i >= 0 {
				matched[i] = true
				overlapTP++
			}
		}
	}
	res.Overlap = newPRF(overlapTP, all.pred, all.gold)
	res.Overall = newPRF(all.tp, all.pred, all.gold)
	res.PerType = map[string]PRF{}
	for _, t := range Re3dTypes {
		res.PerType[t] = PRF{}
	}
	for t, c := range byType {
		res.PerType[t] = newPRF(c.tp, c.pred, c.gold)
	}
	res.PerSource = map[string]PRF{}
	for s, c := range bySource {
		res.PerSource[s] = newPRF(c.tp, c.pred, c.gold)
	}
	return res
}

// re3dOverlap returns the gold span of type k.t to match k with: the same
// span if it is there and free, else the first free one overlapping k;
// -1 for none.
func re3dOverlap(golds []CoNLLEntity, matched []bool, k re3dKey) int {
	first := -1
	for i, g := range golds {
		if matched[i] || g.Type != k.t || g.Start >= k.e || k.s >= g.End {
			continue
		}
		if g.Start == k.s && g.End == k.e {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// Re3dEntities converts our entities (byte offsets into text) to code
// points.
func Re3dEntities(text string, ents []dossier.Entity) []CoNLLEntity {
	off := export.NewOffsets(text)
	out := make([]CoNLLEntity, 0, len(ents))
	for _, e := range ents {
		out = append(out, CoNLLEntity{
			Start: off.At(e.Span.Start), End: off.At(e.Span.End), Type: string(e.Type),
			Text: text[e.Span.Start:e.Span.End],
		})
	}
	return out
}

// PredictRe3d runs run (the pipeline: text in, our entities with byte
// offsets out) on every document and returns the entities in code points
// by document id.
func PredictRe3d(docs []Re3dDoc, run func(text string) ([]dossier.Entity, error)) (map[string][]CoNLLEntity, error) {
	pred := map[string][]CoNLLEntity{}
	for _, d := range docs {
		ents, err := run(d.Text)
		if err != nil {
			return nil, fmt.Errorf("predict re3d %s/%s: %w", d.Source, d.ID, err)
		}
		pred[d.ID] = Re3dEntities(d.Text, ents)
	}
	return pred, nil
}

// Re3d reads the re3d set under dir, runs run on every document
// (PredictRe3d) and scores the entities.
func Re3d(dir string, run func(text string) ([]dossier.Entity, error)) (Re3dResult, error) {
	docs, err := ReadRe3d(dir)
	if err != nil {
		return Re3dResult{}, err
	}
	pred, err := PredictRe3d(docs, run)
	if err != nil {
		return Re3dResult{}, err
	}
	return ScoreRe3d(docs, pred), nil
}

// FormatRe3d writes the result as a conlleval-style table with the type
// comparison it used.
func FormatRe3d(w io.Writer, m Re3dResult) {
	fmt.Fprintf(w, "re3d NER (exact span + type): %d documents, %d annotations, %d below confidence %.1f, "+
		"%d duplicates, %d nested, %d values differing from the text\n",
		m.Documents, m.Annotations, m.LowConfidence, Re3dMinConfidence, m.Duplicates, m.Nested, m.ValueMismatch)
	fmt.Fprintln(w, "compared as:")
	for _, k := range sortedStrings(m.Mapping) {
		var ours []string
		for _, o := range sortedStrings(m.OurTypes) {
			if m.OurTypes[o] == m.Mapping[k] {
				ours = append(ours, o)
			}
		}
		fmt.Fprintf(w, "  %-13s → %-7s ← ours %v\n", k, m.Mapping[k], ours)
	}
	if len(m.NotCompared) > 0 {
		fmt.Fprint(w, "not compared (no entity type of ours):")
		for _, k := range sortedStrings(m.NotCompared) {
			fmt.Fprintf(w, " %s %d", k, m.NotCompared[k])
		}
		fmt.Fprintln(w)
	}
	for _, n := range m.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	writePRFTable(w, &m.Overall, m.PerType, Re3dTypes)
	o := m.Overlap
	fmt.Fprintf(w, "overlap   %8.4f%8.4f%8.4f%7d%7d%8d  (same type, spans overlap: how much is span convention)\n",
		o.P, o.R, o.F1, o.Gold, o.Predicted, o.Correct)
	if len(m.PerSource) > 0 {
		fmt.Fprintln(w, "by source (all compared types):")
		writePRFTable(w, nil, m.PerSource, nil)
	}
}

// sortedStrings returns the keys of m in order.
func sortedStrings[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
