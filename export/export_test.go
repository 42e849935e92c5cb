package export

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

func TestOffsetsAt(t *testing.T) {
	tests := []struct {
		text string
		b    int
		want int
	}{
		{"abc", 2, 2},
		{"Korea’s troops", len("Korea’s"), 7},
		{"“Kim”", len("“Kim"), 4},
		{"naïve", 3, 2}, // inside ï maps to its code point
		{"abc", 99, 3},
		{"abc", -1, 0},
	}
	for _, tt := range tests {
		if got := NewOffsets(tt.text).At(tt.b); got != tt.want {
			t.Errorf("NewOffsets(%q).At(%d) = %d, want %d", tt.text, tt.b, got, tt.want)
		}
	}
}

func TestFromAnalysis(t *testing.T) {
	text := "“We left,” said the soldier. He added that 2,700 others were hurt in Kursk."
	at := func(sub string) dossier.Span {
		i := strings.Index(text, sub)
		return dossier.Span{Start: i, End: i + len(sub)}
	}
	a := &dossier.Analysis{
		Document: dossier.Document{ID: "d1", Text: text},
		Entities: []dossier.Entity{{ID: "e1", Span: at("Kursk"), Type: dossier.GPE, Canonical: "Kursk"}},
		Claims: []dossier.Claim{{
			ID: "c1", Kind: dossier.CountClaim, Measure: dossier.Injured, Low: 2700, High: 2700, Bound: dossier.Exact,
			Number: at("2,700"), Counted: at("others"), Cue: at("added"), Certainty: dossier.Reported,
			Sources:  []dossier.Source{{Role: dossier.Speaker, Mention: dossier.Mention{Span: at("He"), Antecedent: at("the soldier")}}},
			Where:    &dossier.ClaimPlace{Span: at("Kursk"), Entity: "e1"},
			Evidence: at("He added that 2,700 others were hurt in Kursk."),
		}},
	}
	b, err := json.Marshal(FromAnalysis(a))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Claims []struct {
			Number  Span
			Sources []struct {
				Start, End int
				Text       string
				Resolved   string
				Entity     *string
			}
			Value Value
			Where struct {
				Text   string
				Entity string
			}
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	c := got.Claims[0]
	if string(runes[c.Number.Start:c.Number.End]) != "2,700" || c.Number.Text != "2,700" {
		t.Errorf("number = %+v, want the code-point span of \"2,700\"", c.Number)
	}
	s := c.Sources[0]
	if string(runes[s.Start:s.End]) != "He" || s.Resolved != "the soldier" || s.Entity != nil {
		t.Errorf("source = %+v, want \"He\" resolved to \"the soldier\" with no entity", s)
	}
	if c.Value != (Value{2700, 2700, "exact"}) || c.Where.Text != "Kursk" || c.Where.Entity != "e1" {
		t.Errorf("value %+v where %+v, want 2700 exact in Kursk (e1)", c.Value, c.Where)
	}
}
