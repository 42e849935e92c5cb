package ner

import (
	"sort"

	"github.com/dossierhq/dossier/nlp/tag"
)

// Counts are entity-level counts for precision and recall.
type Counts struct{ Correct, Predicted, Gold int }

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Correct += o.Correct
	c.Predicted += o.Predicted
	c.Gold += o.Gold
}

// P returns precision.
func (c Counts) P() float64 {
	if c.Predicted == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Predicted)
}

// R returns recall.
func (c Counts) R() float64 {
	if c.Gold == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Gold)
}

// F1 returns the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Result is an entity-level evaluation, overall and per type.
type Result struct {
	Overall Counts
	Types   map[string]*Counts
}

// TypeNames returns the evaluated types in order.
func (r Result) TypeNames() []string {
	names := make([]string, 0, len(r.Types))
	for t := range r.Types {
		names = append(names, t)
	}
	sort.Strings(names)
	return names
}

// Score adds one sentence's gold and predicted typed spans (exact match).
func (r *Result) Score(gold, pred []tag.Span) {
	if r.Types == nil {
		r.Types = map[string]*Counts{}
	}
	get := func(t string) *Counts {
		c := r.Types[t]
		if c == nil {
			c = &Counts{}
			r.Types[t] = c
		}
		return c
	}
	seen := map[tag.Span]bool{}
	for _, g := range gold {
		get(g.Type).Gold++
		r.Overall.Gold++
		seen[g] = true
	}
	done := map[tag.Span]bool{}
	for _, p := range pred {
		if done[p] {
			continue
		}
		done[p] = true
		get(p.Type).Predicted++
		r.Overall.Predicted++
		if seen[p] {
			get(p.Type).Correct++
			r.Overall.Correct++
		}
	}
}

// CoNLLType maps an output type to its CoNLL-2003 class as the reference
// scorer does, or "" for types CoNLL ignores.
func CoNLLType(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	case "NORP", "EVENT", "MISC", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT":
		return "MISC"
	}
	return ""
}

// EvaluateCoNLL tags, chunks and recognises sents and scores the entities
// against their CoNLL NER column with types mapped by CoNLLType.
func (r *Recognizer) EvaluateCoNLL(tools Tools, sents []tag.Sentence) Result {
	var res Result
	var spans []Span
	for _, s := range sents {
		pos, chunks := tools.run(s.Words)
		spans = r.Recognize(s.Words, pos, chunks, spans[:0])
		var pred []tag.Span
		for _, sp := range spans {
			if t := CoNLLType(string(sp.Type)); t != "" {
				pred = append(pred, tag.Span{Start: sp.Start, End: sp.End, Type: t})
			}
		}
		res.Score(tag.SpansBIO(s.NER), pred)
	}
	return res
}

// EvaluateGMB scores the recogniser on GMB sentences against the gold
// mapped to model types (see doc.go); PLACE stands for GPE and LOC.
func (r *Recognizer) EvaluateGMB(tools Tools, sents []tag.Sentence) Result {
	var res Result
	var spans []Span
	for _, s := range sents {
		pos, chunks := tools.run(s.Words)
		spans = r.Recognize(s.Words, pos, chunks, spans[:0])
		var pred, gold []tag.Span
		for _, sp := range spans {
			t := string(sp.Type)
			if t == "GPE" || t == "LOC" {
				t = "PLACE"
			}
			pred = append(pred, tag.Span{Start: sp.Start, End: sp.End, Type: t})
		}
		for _, g := range gmbSpans(s) {
			gold = append(gold, tag.Span{Start: g.start, End: g.end, Type: modelTypes[g.typ]})
		}
		res.Score(gold, pred)
	}
	return res
}

func (tl Tools) run(words []string) (pos, chunks []string) {
	pos = make([]string, len(words))
	chunks = make([]string, len(words))
	tl.Tagger.Tag(words, pos)
	tl.Chunker.Chunk(words, pos, chunks)
	return pos, chunks
}
