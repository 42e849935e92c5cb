package claim_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

// TestWhen runs the whole pipeline: a claim's date is the date its own
// clause gives the event, else the date of the speech act, else the
// publication date; interval bounds and dates of other clauses are not it.
func TestWhen(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		text, number, want string
	}{
		{"Kirby said on Monday that 30 soldiers took their own lives last month.", "30", "2024-12"},
		{"The ministry said on Monday that 120 soldiers were killed.", "120", "2025-01-13"},
		{"300 soldiers were killed on Sunday night, officials said.", "300", "2025-01-12"},
		{"Officials said 4,000 people have been killed since October.", "4,000", "2025-01-15"},
		{"The military said on Monday that about 1,100 soldiers were killed or wounded since entering combat in December.", "1,100", "2025-01-13"},
		{"The army has sent some 11,000 soldiers to Kursk, the border region that rebels seized last August.", "11,000", "2025-01-15"},
		{"Lee said the army had sent about 15,000 troops, and that some 2,000 wounded soldiers were flown back between January and March.", "15,000", "2025-01-15"},
		// A count over a period holds at its end.
		{"About 2,000 wounded soldiers were flown home between October and December, officials said.", "2,000", "2024-12"},
		{"From 3 March to 9 March 2024, 1,200 cases were recorded, the ministry said.", "1,200", "2024-03-09"},
		{"In December, 80 people were evacuated, the agency said.", "80", "2024-12"},
	}
	for _, tt := range tests {
		a, err := x.Extract(dossier.Document{ID: "t", Text: tt.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		var got *dossier.Claim
		for i, c := range a.Claims {
			if c.Kind == dossier.CountClaim && strings.HasSuffix(c.Number.Text(tt.text), tt.number) {
				got = &a.Claims[i]
			}
		}
		switch {
		case got == nil:
			t.Errorf("Extract(%q): no count claim on %q", tt.text, tt.number)
		case got.When == nil || got.When.Value != tt.want:
			t.Errorf("Extract(%q): claim %q when = %+v, want %s", tt.text, tt.number, got.When, tt.want)
		}
	}
}

// TestConditionalModalIsNoHedge: a modal in a condition after the figure
// does not hedge it; one before it, in the claim's own clause, does. A
// request ("called for", "urging") reports nothing: its figures are the
// outlet's own.
func TestConditionalModalIsNoHedge(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want dossier.Certainty
	}{
		{"Zelenskyy said Ukraine had captured two North Korean soldiers and would return them if Pyongyang could arrange an exchange.", dossier.Reported},
		{"Officials said as many as 40 soldiers may have been killed.", dossier.Hedged},
		{"The watchdog has called for an inquiry into a raid on Friday that killed at least 13 villagers.", dossier.Asserted},
		{"The union is urging talks after the firm cut 3,000 jobs.", dossier.Asserted},
	}
	for _, tt := range tests {
		a, err := x.Extract(dossier.Document{ID: "t", Text: tt.text, Published: time.Date(2025, 1, 12, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []dossier.Certainty
		for _, c := range a.Claims {
			if c.Kind == dossier.CountClaim {
				got = append(got, c.Certainty)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("Extract(%q) count claim certainties = %v, want [%s]", tt.text, got, tt.want)
		}
	}
}

// TestNestedReportIsNotACitation: a speech act nested in the content that
// says something else does not become the figure's cited source.
func TestNestedReportIsNotACitation(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // source texts, outermost first
	}{
		{"The agency said at least 600 soldiers had been killed, its first estimate since the ministry acknowledged the deployment.", []string{"The agency"}},
		{"Lawmakers said about 300 soldiers were killed, citing the intelligence service.", []string{"Lawmakers", "the intelligence service"}},
	}
	for _, tt := range tests {
		a, err := x.Extract(dossier.Document{ID: "t", Text: tt.text, Published: time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range a.Claims {
			if c.Kind == dossier.CountClaim {
				for _, s := range c.Sources {
					got = append(got, s.Span.Text(tt.text))
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Extract(%q) count claim sources = %q, want %q", tt.text, got, tt.want)
		}
	}
}
