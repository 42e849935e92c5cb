package quant

import (
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/tag"
)

// TestForcesSentAndPresent checks two ways a text says forces are
// deployed without a passive "were deployed": the group as the object of a
// relative clause without "that" ("the 11,000 troops Pyongyang first
// sent"), and forces said to be somewhere ("are in Russia", "remain in",
// "were already there"). Each sentence runs on the rules alone and with
// the POS and chunk layers, which may read the clause into the counted
// phrase.
func TestForcesSentAndPresent(t *testing.T) {
	st, err := tag.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		s, num, counted, cue string
		measure              dossier.Measure
	}{
		// Object relatives: the verb after the clause's subject says
		// what happened to the group, and the group ends at its noun.
		{"Casualties passed 900 out of the roughly 7,500 troops Minsk first sent to the front.", "7,500", "troops", "sent", dossier.Deployed},
		{"The 1,500 soldiers Ankara dispatched last spring have come home.", "1,500", "soldiers", "dispatched", dossier.Deployed},
		{"Half of the 9,000 troops South Sudan sent north have been wounded.", "9,000", "troops", "sent", dossier.Deployed},
		{"Most of the 300 soldiers the army had deployed there were conscripts.", "300", "soldiers", "deployed", dossier.Deployed},
		{"Of the 8,000 marines the navy deployed, half were reservists.", "8,000", "marines", "deployed", dossier.Deployed},
		{"The 40 observers the mission sent to the border reported calm.", "40", "observers", "sent", dossier.Deployed},
		{"The two pilots the rebels captured were shown on television.", "two", "pilots", "captured", dossier.Captured},
		// Presence: forces in a place are deployed; other people are not.
		{"About 2,500 American soldiers are stationed in Iraq.", "2,500", "American soldiers", "stationed", dossier.Deployed},
		{"Some 900 foreign troops remain in the province.", "900", "foreign troops", "", dossier.Deployed},
		{"Roughly 4,000 combat engineers are in the border zone now.", "4,000", "combat engineers", "", dossier.Deployed},
		{"About 300 military engineers were still there in May.", "300", "military engineers", "", dossier.Deployed},
		{"Nearly 600 combat engineers were already there, clearing mines.", "600", "combat engineers", "", dossier.Deployed},
		{"Some 200 army medics remained inside the city.", "200", "army medics", "", dossier.Deployed},
		{"An estimated 1,500 military advisers stay in the country.", "1,500", "military advisers", "", dossier.Deployed},
		{"About 5,000 seasonal workers are in the region.", "5,000", "seasonal workers", "", dossier.Other},
		{"Around 600 civil engineers are in the capital.", "600", "civil engineers", "", dossier.Other},
		{"About 300 people were there when the doors opened.", "300", "people", "", dossier.Other},
	}
	for _, c := range cases {
		for _, withTags := range []bool{false, true} {
			d := &nlp.Doc{}
			d.Reset(c.s, time.Time{})
			stages := []nlp.Stage{nlp.Tokenizer{}, New()}
			if withTags {
				stages = []nlp.Stage{nlp.Tokenizer{}, st, New()}
			}
			for _, s := range stages {
				if err := s.Process(d); err != nil {
					t.Fatal(err)
				}
			}
			q := quantity(t, d, c.num)
			if q.Measure != c.measure {
				t.Errorf("%q (tags %v): %q measure = %s, want %s", c.s, withTags, c.num, q.Measure, c.measure)
			}
			if got := q.Counted.Text(c.s); got != c.counted {
				t.Errorf("%q (tags %v): %q counted = %q, want %q", c.s, withTags, c.num, got, c.counted)
			}
			if got := q.Cue.Text(c.s); c.cue != "" && got != c.cue {
				t.Errorf("%q (tags %v): %q cue = %q, want %q", c.s, withTags, c.num, got, c.cue)
			}
		}
	}
}

// TestIncrements checks that a count adding to an earlier figure takes
// the words that say so into its expression, so that its claim reads as
// an increment and not as a level; "more" after a figure of another
// measure means others, and bounds stay bounds.
func TestIncrements(t *testing.T) {
	cases := []struct {
		s    string
		ws   []want
		incr []bool // Increment of each quantity's expression, in order
	}{
		{"Pyongyang was preparing to send 6,000 more soldiers and engineers to the front.", []want{
			{number: "6,000", span: "6,000 more", low: 6000, measure: dossier.Deployed, counted: "soldiers and engineers"},
		}, []bool{true}},
		{"The agency said Minsk had sent an additional 3,000 to 4,000 troops since January.", []want{
			{number: "3,000 to 4,000", span: "an additional 3,000 to 4,000", low: 3000, high: 4000, bound: dossier.Range, measure: dossier.Deployed, counted: "troops"},
		}, []bool{true}},
		{"Ankara sent 2,000 to 2,500 additional soldiers in March.", []want{
			{number: "2,000 to 2,500", span: "2,000 to 2,500 additional", low: 2000, high: 2500, bound: dossier.Range, measure: dossier.Deployed, counted: "soldiers"},
		}, []bool{true}},
		{"The ministry deployed another 1,200 police officers to the capital.", []want{
			{number: "1,200", span: "another 1,200", low: 1200, measure: dossier.Deployed, counted: "police officers"},
		}, []bool{true}},
		{"Officials confirmed a further 45 deaths overnight.", []want{
			{number: "45", span: "a further 45", low: 45, measure: dossier.Deaths, counted: "deaths"},
		}, []bool{true}},
		{"Three people died on Monday and two more died on Tuesday.", []want{
			{number: "Three", low: 3, measure: dossier.Deaths, counted: "people"},
			{number: "two", span: "two more", low: 2, measure: dossier.Deaths, counted: "people"},
		}, []bool{false, true}},
		// Others, not an increment: the figure before has another measure.
		{"Two hikers were killed in the storm, and five more were injured.", []want{
			{number: "Two", low: 2, measure: dossier.Deaths, counted: "hikers"},
			{number: "five", low: 5, measure: dossier.Injured, counted: "hikers"},
		}, []bool{false, false}},
		{"Three of the victims died at the scene. At least eight more people were taken to hospital.", []want{
			{number: "Three", low: 3, measure: dossier.Deaths, counted: "the victims"},
			{number: "eight", span: "At least eight", low: 8, bound: dossier.Min, measure: dossier.Injured, counted: "people"},
		}, []bool{false, false}},
		{"Three people were wounded on Monday. Officials confirmed a further 45 deaths.", []want{
			{number: "Three", low: 3, measure: dossier.Injured, counted: "people"},
			{number: "45", span: "a further 45", low: 45, measure: dossier.Deaths, counted: "deaths"},
		}, []bool{false, true}},
		// Forces sent are added whatever harm came before.
		{"The army has lost 4,000 soldiers and is sending 3,000 more to the front.", []want{
			{number: "4,000", low: 4000, measure: dossier.Casualties, counted: "soldiers"},
			{number: "3,000", span: "3,000 more", low: 3000, measure: dossier.Deployed, counted: "soldiers"},
		}, []bool{false, true}},
		{"At least 30 people were killed and dozens more injured in the blast.", []want{
			{number: "30", span: "At least 30", low: 30, bound: dossier.Min, measure: dossier.Deaths, counted: "people"},
			{number: "dozens", low: 24, bound: dossier.Min, measure: dossier.Injured, counted: "injured"},
		}, []bool{false, false}},
		{"Troops killed 90 fighters and took 140 more prisoners.", []want{
			{number: "90", low: 90, measure: dossier.Deaths, counted: "fighters"},
			{number: "140", low: 140, measure: dossier.Captured, counted: "prisoners"},
		}, []bool{false, false}},
		// Bounds.
		{"More than 6,000 troops were sent, and 500 or more were stationed nearby.", []want{
			{number: "6,000", span: "More than 6,000", low: 6000, bound: dossier.Min, measure: dossier.Deployed, counted: "troops"},
			{number: "500", span: "500 or more", low: 500, bound: dossier.Min, measure: dossier.Deployed, counted: "troops"},
		}, []bool{false, false}},
	}
	for _, c := range cases {
		check(t, c.s, c.ws, true)
		d := run(t, c.s)
		for i, q := range d.Quantities {
			if i < len(c.incr) {
				if got := Increment(q.Span.Text(c.s)); got != c.incr[i] {
					t.Errorf("%q: Increment(%q) = %v, want %v", c.s, q.Span.Text(c.s), got, c.incr[i])
				}
			}
		}
	}
}
