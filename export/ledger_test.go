package export

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
)

func TestFromLedgerClaim(t *testing.T) {
	c := &dossier.LedgerClaim{
		Claim: dossier.Claim{ID: "c1", Kind: dossier.CountClaim, Measure: dossier.Deaths, Low: 300, High: 300,
			Bound: dossier.Approx, Certainty: dossier.Hedged, When: &dossier.ClaimTime{Value: "2025-01-13"}},
		Document: "d1", Published: time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC), Outlet: "Harbour Daily",
		Text: dossier.ClaimText{Number: "about 300", Counted: "North Korean soldiers", When: "on Monday",
			Sources: []dossier.SourceText{
				{Role: dossier.Speaker, Text: "he", Name: "Lee Seong-kweun", Entity: "person-lee-seong-kweun"},
				{Role: dossier.Cited, Text: "the NIS", Name: "the NIS"},
			}},
	}
	got := FromLedgerClaim(c)
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"published":"2025-01-13"`, `"measure":"deaths"`, `"value":{"low":300,"high":300,"bound":"approx"}`,
		`{"role":"speaker","text":"he","name":"Lee Seong-kweun","entity":"person-lee-seong-kweun"}`,
		`{"role":"cited","text":"the NIS","entity":null}`, `"hedges":[]`, `"when":{"value":"2025-01-13","text":"on Monday"}`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("FromLedgerClaim JSON = %s\nwant it to contain %s", b, want)
		}
	}
	st := FromLedgerClaim(&dossier.LedgerClaim{Claim: dossier.Claim{Kind: dossier.StatementClaim, Measure: dossier.Other},
		Text: dossier.ClaimText{Content: "ready to exchange"}})
	if st.Value != nil || st.Measure != "" || st.Content != "ready to exchange" {
		t.Errorf("FromLedgerClaim(statement) = value %v, measure %q, content %q; want no value or measure, the content", st.Value, st.Measure, st.Content)
	}
}

func TestFromFigure(t *testing.T) {
	f := &dossier.Figure{ID: "f1", Measure: dossier.Casualties, Counted: "North Korean troops",
		Points: []dossier.FigurePoint{
			{FigureValue: dossier.FigureValue{When: "2024-12-23", Low: 1100, High: 1100, Bound: dossier.Approx}},
			{FigureValue: dossier.FigureValue{When: "2024-12-23", Low: 3000, High: 3000, Bound: dossier.Min}, Copies: []string{"d9"}},
		},
		Flags: []dossier.Flag{{Kind: dossier.Disagreement, Reason: "different sources, same date", Points: []int{0, 1}}},
	}
	b, err := json.Marshal(FromFigure(f))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"scope":""`, `"copies":[]`, `"copies":["d9"]`, `"sources":[]`,
		`"flags":[{"kind":"disagreement","reason":"different sources, same date","points":[0,1]}]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("FromFigure JSON = %s\nwant it to contain %s", b, want)
		}
	}
}
