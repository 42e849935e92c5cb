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
		// An -ly adverb ends the phrase after a noun, not inside a modifier.
		{
			s:        "Voters chose 176 directly elected seats.",
			pos:      "NNS VBD CD RB VBN NNS .",
			chunks:   "B-NP B-VP B-NP B-VP I-VP B-NP O",
			num:      "176",
			counted:  "directly elected seats",
			measure:  dossier.Other,
			fallback: "directly elected seats",
		},
		{
			s:        "The clinic treated two other badly injured girls.",
			pos:      "DT NN VBD CD JJ RB JJ NNS .",
			chunks:   "B-NP I-NP B-VP B-NP I-NP B-ADVP B-VP B-NP O",
			num:      "two",
			counted:  "other badly injured girls",
			measure:  dossier.Injured,
			fallback: "other badly injured girls",
		},
		{
			s:        "Two warplanes accidentally violated Turkish airspace.",
			pos:      "CD NNS RB VBD JJ NN .",
			chunks:   "B-NP I-NP B-ADVP B-VP B-NP I-NP O",
			num:      "Two",
			counted:  "warplanes",
			measure:  dossier.Other,
			fallback: "warplanes accidentally",
		},
		// A participle between a singular noun and a plural one is a
		// compound modifier.
		{
			s:        "Officials visited two oil producing regions.",
			pos:      "NNS VBD CD NN VBG NNS .",
			chunks:   "B-NP B-VP B-NP I-NP B-VP B-NP O",
			num:      "two",
			counted:  "oil producing regions",
			measure:  dossier.Other,
			fallback: "oil producing regions",
		},
		// A noun the chunker puts in a verb phrase is still a noun.
		{
			s:        "Troops killed three Hamas militants in raids.",
			pos:      "NNS VBD CD NNP NNS IN NNS .",
			chunks:   "B-NP B-VP B-NP I-NP B-VP B-PP B-NP O",
			num:      "three",
			counted:  "Hamas militants",
			measure:  dossier.Deaths,
			fallback: "Hamas militants",
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

// TestChunksSubjectVerb checks the verb found past a longer subject with
// hand-built tags, and without the chunk layer.
func TestChunksSubjectVerb(t *testing.T) {
	cases := []struct {
		s, pos, chunks string
		num            string
		measure        dossier.Measure // with chunks
		fallback       dossier.Measure // with POS alone
	}{
		// Prepositional phrases the rules do not skip.
		{
			s:        "Four members of a family from the town of Springfield died in the fire.",
			pos:      "CD NNS IN DT NN IN DT NN IN NNP VBD IN DT NN .",
			chunks:   "B-NP I-NP B-PP B-NP I-NP B-PP B-NP I-NP B-PP B-NP B-VP B-PP B-NP I-NP O",
			num:      "Four",
			measure:  dossier.Deaths,
			fallback: dossier.Other,
		},
		// "at the scene" is no object; "at least 30 rebels" is one (below).
		{
			s:        "Four members of a family from the town of Springfield died at the scene.",
			pos:      "CD NNS IN DT NN IN DT NN IN NNP VBD IN DT NN .",
			chunks:   "B-NP I-NP B-PP B-NP I-NP B-PP B-NP I-NP B-PP B-NP B-VP B-PP B-NP I-NP O",
			num:      "Four",
			measure:  dossier.Deaths,
			fallback: dossier.Other,
		},
		// A relative clause.
		{
			s:        "Fifteen protesters who had gathered outside the ministry were detained.",
			pos:      "CD NNS WP VBD VBN IN DT NN VBD VBN .",
			chunks:   "B-NP I-NP B-NP B-VP I-VP B-PP B-NP I-NP B-VP I-VP O",
			num:      "Fifteen",
			measure:  dossier.Arrested,
			fallback: dossier.Arrested, // "were" after a noun, then the fate
		},
		// A participle clause.
		{
			s:        "Three men accused of smuggling weapons across the border were arrested.",
			pos:      "CD NNS VBN IN VBG NNS IN DT NN VBD VBN .",
			chunks:   "B-NP I-NP B-VP B-PP B-VP B-NP B-PP B-NP I-NP B-VP I-VP O",
			num:      "Three",
			measure:  dossier.Arrested,
			fallback: dossier.Other,
		},
		// The verb of a relative clause is not the subject's.
		{
			s:        "Nine workers of the camp where two inmates were killed spoke to reporters.",
			pos:      "CD NNS IN DT NN WRB CD NNS VBD VBN VBD TO NNS .",
			chunks:   "B-NP I-NP B-PP B-NP I-NP B-ADVP B-NP I-NP B-VP I-VP B-VP B-PP B-NP O",
			num:      "Nine",
			measure:  dossier.Other,
			fallback: dossier.Other,
		},
		// An object before a subordinate clause is no subject.
		{
			s:        "Police questioned 40 people after two officers were injured.",
			pos:      "NNS VBD CD NNS IN CD NNS VBD VBN .",
			chunks:   "B-NP B-VP B-NP I-NP B-PP B-NP I-NP B-VP I-VP O",
			num:      "40",
			measure:  dossier.Other,
			fallback: dossier.Other,
		},
		{
			s:        "Reporters met 40 people in the town after two officers were injured.",
			pos:      "NNS VBD CD NNS IN DT NN IN CD NNS VBD VBN .",
			chunks:   "B-NP B-VP B-NP I-NP B-PP B-NP I-NP B-PP B-NP I-NP B-VP I-VP O",
			num:      "40",
			measure:  dossier.Other,
			fallback: dossier.Other,
		},
		// An active verb with an object says what the group did.
		{
			s:        "Hundreds of troops backed by aircraft have killed at least 30 rebels.",
			pos:      "NNS IN NNS VBN IN NN VBP VBN IN JJS CD NNS .",
			chunks:   "B-NP B-PP B-NP B-VP B-PP B-NP B-VP I-VP B-NP I-NP I-NP I-NP O",
			num:      "Hundreds",
			measure:  dossier.Deployed,
			fallback: dossier.Deployed,
		},
		// What may happen or did not happen is no event.
		{
			s:        "About 400 residents living near the dam could be evacuated.",
			pos:      "IN CD NNS VBG IN DT NN MD VB VBN .",
			chunks:   "B-NP I-NP I-NP B-VP B-PP B-NP I-NP B-VP I-VP I-VP O",
			num:      "400",
			measure:  dossier.Other,
			fallback: dossier.Other,
		},
		{
			s:        "Twelve families from the coastal villages were expected to be evacuated.",
			pos:      "CD NNS IN DT JJ NNS VBD VBN TO VB VBN .",
			chunks:   "B-NP I-NP B-PP B-NP I-NP I-NP B-VP I-VP I-VP I-VP I-VP O",
			num:      "Twelve",
			measure:  dossier.Other,
			fallback: dossier.Other,
		},
		{
			s:        "Two women who worked at the mill are believed to have died.",
			pos:      "CD NNS WP VBD IN DT NN VBP VBN TO VB VBN .",
			chunks:   "B-NP I-NP B-NP B-VP B-PP B-NP I-NP B-VP I-VP I-VP I-VP I-VP O",
			num:      "Two",
			measure:  dossier.Deaths,
			fallback: dossier.Deaths, // past the clause to "are … died" (laterFate)
		},
	}
	for _, c := range cases {
		for _, chunks := range []bool{true, false} {
			ch, want := c.chunks, c.measure
			if !chunks {
				ch, want = "", c.fallback
			}
			q := quantity(t, tagged(t, c.s, c.pos, ch), c.num)
			if q.Measure != want {
				t.Errorf("%q (chunks %v): %q measure = %s, want %s", c.s, chunks, c.num, q.Measure, want)
			}
		}
	}
}

// TestChunksLayerMismatch checks that a chunk layer of the wrong length, or
// without a POS layer, is ignored.
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
	// Chunks without POS tags are not read either.
	d = tagged(t, s, "", "B-NP I-NP I-NP I-NP B-VP B-NP I-NP O")
	if q := quantity(t, d, "one"); q.Counted.Text(s) != "incident involved stray dogs" {
		t.Fatalf("without POS: counted = %q", q.Counted.Text(s))
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
		{"Police shot two suspected militants near the border.", "two", "suspected militants", dossier.Casualties},
		{"At least 15 members of the same family died in the fire.", "15", "members of the same family", dossier.Deaths},
		{"Twelve passengers on the night bus from the capital to the coast were injured.", "Twelve", "passengers", dossier.Injured},
		{"Officials said 30 people living in the flooded district were displaced.", "30", "people", dossier.Displaced},
		{"Police questioned 40 people after two officers were injured.", "40", "people", dossier.Other},
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

// TestTitleCase checks a headline in title case, which taggers read as a
// run of proper nouns: its capitals mark no names and its verbs stay verbs.
func TestTitleCase(t *testing.T) {
	for _, c := range []struct {
		s, pos, num, counted string
		measure              dossier.Measure
	}{
		{"Two Men Killed In Crash", "CD NNP NNP IN NNP", "Two", "Men", dossier.Deaths},
		{"Look At Her Response To Learning 6 Soldiers Died", "VB IN PRP$ NNP TO NNP CD NNP NNP", "6", "Soldiers", dossier.Deaths},
		// A participle with its adverb inside the group's phrase (not a
		// headline, but the same tagged harness).
		{"Four members of a recently banned university union had been arrested", "CD NNS IN DT RB VBN NN NN VBD VBN VBN", "Four", "members", dossier.Arrested},
		// A sentence with names in it is no headline.
		{"Two Red Cross workers died in Kabul", "CD NNP NNP NNS VBD IN NNP", "Two", "Red Cross workers", dossier.Deaths},
	} {
		q := quantity(t, tagged(t, c.s, c.pos, ""), c.num)
		if q.Measure != c.measure || q.Counted.Text(c.s) != c.counted {
			t.Errorf("%q: %q measure, counted = %s, %q; want %s, %q", c.s, c.num, q.Measure, q.Counted.Text(c.s), c.measure, c.counted)
		}
	}
}
