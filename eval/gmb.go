package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

// GMB scoring: the GMB-derived ner_dataset.csv (Kaggle), read by
// tag.ReadGMB and split by tag.SplitGMB exactly as the trainers split it,
// scored by ner's own GMB evaluation so that the gold mapping has one
// implementation (nlp/ner/doc.go):
//
//	per → PERSON (leading titles such as "Mr." or "President" dropped)
//	org → ORG
//	geo → PLACE
//	gpe → NORP when the span's last GMB POS tag is JJ or it is a demonym
//	      in ner's lexicon ("British", "Iraqis"), else PLACE ("Britain")
//	eve → EVENT
//	art → MISC
//	tim, nat → not scored (a time expression, a natural phenomenon)
//
// Our GPE and LOC are both scored as PLACE: GMB's geo and gpe do not draw
// the same line (geo holds countries and cities as well as regions and
// rivers), so the split cannot be decided from GMB's labels.
//
// The recogniser runs on the gold tokens with the embedded tagger and
// chunker, as the pipeline's entity stage does (the stage also drops a
// leading preposition or conjunction from a name; on the held-out split
// that changes 1 of 4,810 predicted spans).

// GMBFile is the archive inside the gmb-ner-kaggle folder.
const GMBFile = "ner_dataset.csv.zip"

// GMBHeldOut is the share of GMB sentences held out from training by
// tag.SplitGMB with seed tag.GMBSplitSeed.
const GMBHeldOut = 0.05

// GMBTypes are the compared types, in table order.
var GMBTypes = []string{"PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"}

// GMBMapping says how GMB tags and our types meet in the comparison.
var GMBMapping = map[string]string{
	"per": "PERSON (leading titles such as Mr., President dropped from the gold span)",
	"org": "ORG",
	"geo": "PLACE",
	"gpe": "NORP when the last GMB POS tag is JJ or the span is a demonym, else PLACE",
	"eve": "EVENT",
	"art": "MISC",
	"tim": "not scored (time expression)",
	"nat": "not scored (natural phenomenon)",
}

// gmbNotes explain the comparison; they are printed with the result.
func gmbNotes(split string) []string {
	notes := []string{"our GPE and LOC are scored as one type PLACE: GMB's geo/gpe labels do not decide our GPE/LOC split"}
	if split == "all" {
		return append(notes, "all sentences include the 95% training part of tag.SplitGMB, which the POS tagger "+
			"(and the recogniser, when trained with --gmb) learned from; --split heldout scores the 5% no model saw")
	}
	return append(notes, "held out: no model is trained on these sentences (tag.SplitGMB)")
}

// GMBResult is an entity-level (conlleval-style) score on GMB: exact
// token span and compared type, micro-averaged.
type GMBResult struct {
	Split     string            `json:"split"` // "heldout" or "all"
	Sentences int               `json:"sentences"`
	Tokens    int               `json:"tokens"`
	Mapping   map[string]string `json:"mapping"` // GMB tag → compared type
	Notes     []string          `json:"notes"`
	Overall   PRF               `json:"overall"`
	PerType   map[string]PRF    `json:"per_type"`
}

// ReadGMB reads the GMB sentences of split ("heldout", the default when
// empty, or "all") from path: the gmb-ner-kaggle folder or the
// ner_dataset.csv.zip inside it.
func ReadGMB(path, split string) ([]tag.Sentence, error) {
	if split == "" {
		split = "heldout"
	}
	if split != "heldout" && split != "all" {
		return nil, fmt.Errorf("read gmb: unknown split %q (want heldout or all)", split)
	}
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("read gmb: %w", err)
	} else if st.IsDir() {
		path = filepath.Join(path, GMBFile)
	}
	sents, err := tag.ReadGMB(path)
	if err != nil {
		return nil, fmt.Errorf("read gmb %s: %w", path, err)
	}
	if split == "heldout" {
		_, sents = tag.SplitGMB(sents, GMBHeldOut, tag.GMBSplitSeed)
	}
	return sents, nil
}

// ScoreGMB runs r (reading POS and chunk tags from tools) over sents and
// scores its entities against the GMB gold mapped as GMBMapping says.
// split only labels the result.
func ScoreGMB(r *ner.Recognizer, tools ner.Tools, sents []tag.Sentence, split string) GMBResult {
	if split == "" {
		split = "heldout"
	}
	res := GMBResult{Split: split, Sentences: len(sents), Mapping: GMBMapping, Notes: gmbNotes(split)}
	for _, s := range sents {
		res.Tokens += len(s.Words)
	}
	m := r.EvaluateGMB(tools, sents)
	toPRF := func(c ner.Counts) PRF { return newPRF(c.Correct, c.Predicted, c.Gold) }
	res.Overall = toPRF(m.Overall)
	res.PerType = map[string]PRF{}
	for _, t := range GMBTypes {
		res.PerType[t] = PRF{}
	}
	for t, c := range m.Types {
		res.PerType[t] = toPRF(*c)
	}
	return res
}

// GMB reads split of the GMB set at path and scores the embedded models
// on it.
func GMB(path, split string) (GMBResult, error) {
	sents, err := ReadGMB(path, split)
	if err != nil {
		return GMBResult{}, err
	}
	tg, ch, err := tag.Default()
	if err != nil {
		return GMBResult{}, fmt.Errorf("gmb: %w", err)
	}
	r, err := ner.Default()
	if err != nil {
		return GMBResult{}, fmt.Errorf("gmb: %w", err)
	}
	return ScoreGMB(r, ner.Tools{Tagger: tg, Chunker: ch}, sents, split), nil
}

// FormatGMB writes the result as a conlleval-style table with the type
// comparison it used.
func FormatGMB(w io.Writer, m GMBResult) {
	what := "all sentences"
	if m.Split == "heldout" {
		what = fmt.Sprintf("held-out %.0f%% (tag.SplitGMB, seed %d)", GMBHeldOut*100, tag.GMBSplitSeed)
	}
	fmt.Fprintf(w, "GMB NER (exact span + type), %s: %d sentences, %d tokens\n", what, m.Sentences, m.Tokens)
	fmt.Fprintln(w, "compared as:")
	for _, k := range []string{"per", "org", "geo", "gpe", "eve", "art", "tim", "nat"} {
		if v, ok := m.Mapping[k]; ok {
			fmt.Fprintf(w, "  %-4s → %s\n", k, v)
		}
	}
	for _, n := range m.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	writePRFTable(w, &m.Overall, m.PerType, GMBTypes)
}

// writePRFTable writes the overall row (when not nil) and one row per
// type in order, then any other types of perType, sorted.
func writePRFTable(w io.Writer, overall *PRF, perType map[string]PRF, order []string) {
	width := 10
	for t := range perType {
		width = max(width, len(t)+2)
	}
	fmt.Fprintf(w, "%-*s%8s%8s%8s%7s%7s%8s\n", width, "", "P", "R", "F1", "gold", "pred", "correct")
	row := func(name string, r PRF) {
		fmt.Fprintf(w, "%-*s%8.4f%8.4f%8.4f%7d%7d%8d\n", width, name, r.P, r.R, r.F1, r.Gold, r.Predicted, r.Correct)
	}
	if overall != nil {
		row("overall", *overall)
	}
	done := map[string]bool{}
	for _, t := range order {
		if r, ok := perType[t]; ok {
			row(t, r)
			done[t] = true
		}
	}
	for _, t := range sortedKeys(perType) {
		if !done[t] {
			row(t, perType[t])
		}
	}
}
