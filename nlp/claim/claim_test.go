package claim

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// span returns the byte span of the n-th occurrence (from 1) of sub in s.
func span(t *testing.T, s, sub string, n int) dossier.Span {
	t.Helper()
	off := 0
	for k := 1; ; k++ {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", sub, n, s)
		}
		if k == n {
			return dossier.Span{Start: off + i, End: off + i + len(sub)}
		}
		off += i + len(sub)
	}
}

func TestCountClaims(t *testing.T) {
	pub := time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)
	const text = "Lawmakers said on Monday that about 300 soldiers were killed and 2,700 others injured in Kursk, where fighting began in August. Nine people died."
	var d nlp.Doc
	d.Reset(text, pub)
	if err := (nlp.Tokenizer{}).Process(&d); err != nil {
		t.Fatal(err)
	}
	s := func(sub string) dossier.Span { return span(t, text, sub, 1) }
	d.Entities = []dossier.Entity{{ID: "e1", Span: s("Kursk"), Type: dossier.GPE, Canonical: "Kursk"}}
	d.Times = []dossier.Timex{
		{Span: s("Monday"), Type: dossier.Date, Value: "2025-01-13"},
		{Span: s("August"), Type: dossier.Date, Value: "2024-08"},
	}
	d.Quantities = []dossier.Quantity{
		{Span: s("about 300"), Number: s("300"), Low: 300, High: 300, Bound: dossier.Approx, Kind: dossier.KindCount, Counted: s("soldiers"), Hedge: "about", Measure: dossier.Deaths},
		{Span: s("2,700"), Number: s("2,700"), Low: 2700, High: 2700, Bound: dossier.Exact, Kind: dossier.KindCount, Counted: s("others"), Measure: dossier.Injured},
		{Span: s("Nine"), Number: s("Nine"), Low: 9, High: 9, Bound: dossier.Exact, Kind: dossier.KindCount, Counted: s("people"), Measure: dossier.Deaths},
	}
	content := dossier.Span{Start: s("that").Start, End: s("August").End}
	d.Attributions = []dossier.Attribution{{
		Source: dossier.Mention{Span: s("Lawmakers")}, Cue: s("said"), Content: []dossier.Span{content},
		Hedges: []dossier.Span{s("about")},
	}}
	st := &Stage{}
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, fake(nlp.Entities|nlp.Times|nlp.Quantities|nlp.Attributions), st)
	if err != nil {
		t.Fatalf("NewPipeline = %v", err)
	}
	_ = p
	if err := st.Process(&d); err != nil {
		t.Fatal(err)
	}
	type want struct {
		number, certainty, speaker, when, where string
		hedges                                  int
	}
	wants := []want{
		{"about 300", "hedged", "Lawmakers", "2025-01-13", "Kursk", 1},
		{"2,700", "reported", "Lawmakers", "2025-01-13", "Kursk", 0},
		{"Nine", "asserted", "", "2025-01-13", "", 0},
	}
	if len(d.Claims) != len(wants) {
		t.Fatalf("Process made %d claims, want %d", len(d.Claims), len(wants))
	}
	for i, w := range wants {
		c := d.Claims[i]
		got := want{number: c.Number.Text(text), certainty: string(c.Certainty), hedges: len(c.Hedges)}
		if len(c.Sources) > 0 {
			got.speaker = c.Sources[0].Span.Text(text)
		}
		if c.When != nil {
			got.when = c.When.Value
		}
		if c.Where != nil {
			got.where = c.Where.Span.Text(text)
		}
		if got != w {
			t.Errorf("claim %d = %+v, want %+v", i, got, w)
		}
		if c.Evidence.Text(text) == "" || !c.Evidence.Contains(c.Number) {
			t.Errorf("claim %d evidence %v does not hold its number %v", i, c.Evidence, c.Number)
		}
	}
}

func TestCitedOnlyIsSpeaker(t *testing.T) {
	const text = "According to the ministry, 12 people were arrested."
	var d nlp.Doc
	d.Reset(text, time.Time{})
	(nlp.Tokenizer{}).Process(&d)
	s := func(sub string) dossier.Span { return span(t, text, sub, 1) }
	d.Quantities = []dossier.Quantity{{Span: s("12"), Number: s("12"), Low: 12, High: 12, Bound: dossier.Exact, Kind: dossier.KindCount, Counted: s("people"), Measure: dossier.Arrested}}
	d.Attributions = []dossier.Attribution{{Cue: s("According to"), Cited: []dossier.Mention{{Span: s("the ministry")}}, Content: []dossier.Span{{Start: s("12").Start, End: s("arrested").End}}}}
	(&Stage{}).Process(&d)
	if len(d.Claims) != 1 || len(d.Claims[0].Sources) != 1 || d.Claims[0].Sources[0].Role != dossier.Speaker ||
		d.Claims[0].Sources[0].Span.Text(text) != "the ministry" || d.Claims[0].Certainty != dossier.Reported || d.Claims[0].When != nil {
		t.Errorf("Process(%q) = %+v, want one reported claim with speaker \"the ministry\" and no date", text, d.Claims)
	}
}

type fake nlp.Layer

func (f fake) Name() string           { return "fake" }
func (f fake) Requires() nlp.Layer    { return 0 }
func (f fake) Provides() nlp.Layer    { return nlp.Layer(f) }
func (f fake) Process(*nlp.Doc) error { return nil }

func TestHedgedMinimumAndCountYears(t *testing.T) {
	const text = "At least about 2000 people fled, and 1720 had been discharged."
	var d nlp.Doc
	d.Reset(text, time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC))
	(nlp.Tokenizer{}).Process(&d)
	s := func(sub string) dossier.Span { return span(t, text, sub, 1) }
	d.Quantities = []dossier.Quantity{
		{Span: s("At least about 2000"), Number: s("2000"), Low: 2000, High: 2000, Bound: dossier.Min, Kind: dossier.KindCount, Hedge: "At least about", Measure: dossier.Displaced},
		{Span: s("1720"), Number: s("1720"), Low: 1720, High: 1720, Bound: dossier.Exact, Kind: dossier.KindCount, Measure: dossier.Other},
	}
	d.Times = []dossier.Timex{{Span: s("1720"), Type: dossier.Date, Value: "1720"}}
	(&Stage{}).Process(&d)
	if len(d.Claims) != 2 {
		t.Fatalf("Process made %d claims, want 2", len(d.Claims))
	}
	if c := d.Claims[0]; c.Certainty != dossier.Hedged || c.Bound != dossier.Min {
		t.Errorf("claim %q: certainty %s bound %s, want hedged min", c.Number.Text(text), c.Certainty, c.Bound)
	}
	if c := d.Claims[1]; c.When == nil || c.When.Value != "2020-05-01" {
		t.Errorf("claim %q: when %+v, want the publication date, not the count read as a year", c.Number.Text(text), c.When)
	}
}
