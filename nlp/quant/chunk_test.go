package quant

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/tag"
)

// tagged tokenizes s, sets the given space-separated POS and chunk tags
// (none when empty) and runs the stage.
func tagged(t *testing.T, s, pos, chunks string) *nlp.Doc {
	t.Helper()
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	if err := (nlp.Tokenizer{}).Process(d); err != nil {
		t.Fatal(err)
	}
	for _, l := range []struct {
		tags string
		dst  *[]string
	}{{pos, &d.POS}, {chunks, &d.Chunks}} {
		if l.tags == "" {
			continue
		}
		f := strings.Fields(l.tags)
		if len(f) != len(d.Tokens) {
			t.Fatalf("%q: %d tags for %d tokens", s, len(f), len(d.Tokens))
		}
		*l.dst = append(*l.dst, f...)
	}
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// quantity returns the quantity whose number is the text num.
func quantity(t *testing.T, d *nlp.Doc, num string) dossier.Quantity {
	t.Helper()
	for _, q := range d.Quantities {
		if q.Number.Text(d.Text) == num {
			return q
		}
	}
	t.Fatalf("%q: no quantity %q; got %s", d.Text, num, dump(d.Text, d.Quantities))
	return dossier.Quantity{}
}

// TestChunks checks the counted phrase with hand-built POS and chunk tags,
// and without the chunk layer (the rules alone).
func TestChunks(t *testing.T) {
	cases := []struct {
		s, pos, chunks string
		num            string
		counted        string // with chunks
		measure        dossier.Measure
		fallback       string // counted with POS alone
	}{
		// A verb phrase after the head ends the phrase.
		{
			s:        "We have about 40 volunteers actively helping families now.",
			pos:      "PRP VBP IN CD NNS RB VBG NNS RB .",
			chunks:   "B-NP B-VP B-NP I-NP I-NP B-VP I-VP B-NP B-ADVP O",
			num:      "40",
			counted:  "volunteers",
			measure:  dossier.Other,
			fallback: "volunteers actively helping families",
		},
		{
			s:        "It is one popular app using encryption to protect its users.",
			pos:      "PRP VBZ CD JJ NN VBG NN TO VB PRP$ NNS .",
			chunks:   "B-NP B-VP B-NP I-NP I-NP B-VP B-NP B-VP I-VP B-NP I-NP O",
			num:      "one",
			counted:  "popular app",
			measure:  dossier.Other,
			fallback: "popular app using encryption",
		},
		{
			s:        "At least one incident involved stray dogs.",
			pos:      "IN JJS CD NN VBN JJ NNS .",
			chunks:   "B-NP I-NP I-NP I-NP B-VP B-NP I-NP O",
			num:      "one",
			counted:  "incident",
			measure:  dossier.Other,
			fallback: "incident involved stray dogs",
		},
		// So do an adjective or adverb phrase.
		{
			s:        "Why are these three methods useful for farmers?",
			pos:      "WRB VBP DT CD NNS JJ IN NNS .",
			chunks:   "B-ADVP B-VP B-NP I-NP I-NP B-ADJP B-PP B-NP O",
			num:      "three",
			counted:  "methods",
			measure:  dossier.Other,
			fallback: "methods useful",
		},
		{
			s:        "The talks moved one step closer to a deal.",
			pos:      "DT NNS VBD CD NN RBR TO DT NN .",
			chunks:   "B-NP I-NP B-VP B-NP I-NP B-ADVP B-PP B-NP I-NP O",
			num:      "one",
			counted:  "step",
			measure:  dossier.Other,
			fallback: "step closer",
		},
		// A participle the chunker reads as a verb still modifies a noun
		// after an adjective or in a compound.
		{
			s:        "Officials recorded 12 new confirmed cases on Monday.",
			pos:      "NNS VBD CD JJ VBN NNS IN NNP .",
			chunks:   "B-NP B-VP B-NP I-NP B-VP B-NP B-PP B-NP O",
			num:      "12",
			counted:  "new confirmed cases",
			measure:  dossier.Cases,
			fallback: "new confirmed cases",
		},
		{
			s:        "Officials recorded 53 measles related deaths.",
			pos:      "NNS VBD CD NNS VBN NNS .",
			chunks:   "B-NP B-VP B-NP I-NP B-VP B-NP O",
			num:      "53",
			counted:  "measles related deaths",
			measure:  dossier.Deaths,
			fallback: "measles related deaths",
		},
		{
			s:        "Officials reported 41 pledged delegates.",
			pos:      "NNS VBD CD VBN NNS .",
			chunks:   "B-NP B-VP B-NP B-VP B-NP O",
			num:      "41",
			counted:  "pledged delegates",
			measure:  dossier.Other,
			fallback: "pledged delegates",
		},
		// A particle after a verb is no noun: "reached out" is a verb.
		{
			s:        "Maybe five or ten reached out to us.",
			pos:      "RB CD CC CD VBN RP TO PRP .",
			chunks:   "B-ADVP B-NP I-NP I-NP B-VP B-PRT B-PP B-NP O",
			num:      "five or ten",
			counted:  "five or ten",
			measure:  dossier.Other,
			fallback: "five or ten",
		},
		// A word outside any chunk ends the phrase.
		{
			s:        "The planet is 51 Pegasi b, a gas giant.",
			pos:      "DT NN VBZ CD NNP SYM , DT NN NN .",
			chunks:   "B-NP I-NP B-VP B-NP I-NP O O B-NP I-NP I-NP O",
			num:      "51",
			counted:  "Pegasi",
			measure:  dossier.Other,
			fallback: "Pegasi b",
		},
		// Measures are unchanged where the rules already end the phrase.
		{
			s:        "Three soldiers were killed and 20 wounded civilians were taken to hospital.",
			pos:      "CD NNS VBD VBN CC CD JJ NNS VBD VBN TO NN .",
			chunks:   "B-NP I-NP B-VP I-VP O B-NP I-NP I-NP B-VP I-VP B-PP B-NP O",
			num:      "20",
			counted:  "wounded civilians",
			measure:  dossier.Injured,
			fallback: "wounded civilians",
		},
	}
	for _, c := range cases {
		for _, chunks := range []bool{true, false} {
			ch, want := c.chunks, c.counted
			if !chunks {
				ch, want = "", c.fallback
			}
			d := tagged(t, c.s, c.pos, ch)
			q := quantity(t, d, c.num)
			if got := q.Counted.Text(c.s); got != want {
				t.Errorf("%q (chunks %v): %q counted = %q, want %q", c.s, chunks, c.num, got, want)
			}
			if chunks && q.Measure != c.measure {
				t.Errorf("%q: %q measure = %s, want %s", c.s, c.num, q.Measure, c.measure)
			}
		}
	}
}

// TestChunksLayerMismatch checks that a chunk layer of the wrong length is
// ignored.
func TestChunksLayerMismatch(t *testing.T) {
	s := "At least one incident involved stray dogs."
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	_ = (nlp.Tokenizer{}).Process(d)
	d.POS = append(d.POS, strings.Fields("IN JJS CD NN VBN JJ NNS .")...)
	d.Chunks = append(d.Chunks, "B-NP", "I-NP", "I-NP", "I-NP", "B-VP")
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	if q := quantity(t, d, "one"); q.Counted.Text(s) != "incident involved stray dogs" {
		t.Fatalf("counted = %q", q.Counted.Text(s))
	}
}

// TestChunksTagStage runs the trained tagger and chunker before the stage.
func TestChunksTagStage(t *testing.T) {
	st, err := tag.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		s, num, counted string
		measure         dossier.Measure
	}{
		{"We have about 40 volunteers actively helping families now.", "40", "volunteers", dossier.Other},
		{"It is one popular app using encryption to protect its users.", "one", "popular app", dossier.Other},
		{"At least one incident involved stray dogs.", "one", "incident", dossier.Other},
		{"Why are these three methods useful for farmers?", "three", "methods", dossier.Other},
		{"The talks moved one step closer to a deal.", "one", "step", dossier.Other},
		{"Officials recorded 12 new confirmed cases on Monday.", "12", "new confirmed cases", dossier.Cases},
		{"Officials recorded 53 measles related deaths.", "53", "measles related deaths", dossier.Deaths},
		{"Maybe five or ten reached out to us.", "five or ten", "five or ten", dossier.Other},
		{"The floods left 300 displaced people in camps.", "300", "displaced people", dossier.Displaced},
		{"Police shot two suspected militants near the border.", "two", "suspected militants", dossier.Other},
		{"At least 15 members of the same family died in the fire.", "15", "members of the same family", dossier.Deaths},
	}
	for _, c := range cases {
		d := &nlp.Doc{}
		d.Reset(c.s, time.Time{})
		for _, s := range []nlp.Stage{nlp.Tokenizer{}, st, New()} {
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
		}
		q := quantity(t, d, c.num)
		if got := q.Counted.Text(c.s); got != c.counted {
			t.Errorf("%q: %q counted = %q, want %q", c.s, c.num, got, c.counted)
		}
		if q.Measure != c.measure {
			t.Errorf("%q: %q measure = %s, want %s", c.s, c.num, q.Measure, c.measure)
		}
	}
}
