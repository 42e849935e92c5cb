package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

// storyCorpus models the dated facts of the seed story (STORY-FACTS.md)
// with values written here: NIS deaths rising through lawmakers, two
// sources' casualties on the same Monday, deployments in Kursk and Russia.
func storyCorpus() *corpus {
	c := newCorpus()
	c.doc("d1", "2024-11-26", "Capital Wire", "Pentagon: North Korean troops in Russia", "North Korea", "Russia", "troops")
	c.doc("d2", "2024-12-04", "Seoul Daily", "Lawmaker says North Korean soldiers killed", "North Korea", "NIS", "killed")
	c.doc("d3", "2024-12-23", "Han River Times", "Military says 1,100 North Koreans hit", "North Korea", "casualties")
	c.doc("d4", "2024-12-23", "Kyiv Ledger", "Zelenskyy: 3,000 North Koreans killed or wounded", "Zelenskyy", "North Korea", "Kursk")
	c.doc("d5", "2025-01-13", "Pacific Post", "Spy agency: 300 North Korean troops killed", "North Korea", "NIS", "killed")
	c.doc("d6", "2025-04-30", "Seoul Daily", "North Korean deaths reach 600", "North Korea", "NIS", "deaths")
	c.doc("d7", "2025-09-02", "Seoul Daily", "Spy agency: 2,000 North Koreans killed", "North Korea", "NIS", "killed")

	// d1: the Pentagon, 12,000 in Russia.
	pent := c.mention("d1", "Pentagon", dossier.Org, "")
	ru1 := c.mention("d1", "Russia", dossier.GPE, "")
	c.mention("d1", "North Korean", dossier.NORP, "North Korea")
	c.count("d1", "c1", dossier.Deployed, fv(12000, 12000, "min"), "North Korean troops", "", ru1, speaker("the Pentagon", pent))

	// d2: a lawmaker citing the NIS, about 100 killed, nearly 1,000 injured.
	nis2 := c.mention("d2", "National Intelligence Service", dossier.Org, "")
	c.mention("d2", "North Korean", dossier.NORP, "North Korea")
	c.count("d2", "c1", dossier.Deaths, fv(100, 100, "approx"), "North Korean soldiers", "2024-12-04", "",
		speaker("a South Korean lawmaker", ""), cited("the National Intelligence Service", nis2))
	c.count("d2", "c2", dossier.Injured, fv(1000, 1000, "approx"), "others", "2024-12-04", "",
		speaker("a South Korean lawmaker", ""), cited("the National Intelligence Service", nis2))

	// d3 and d4, the same Monday: South Korea's military and Zelenskyy.
	jcs := c.mention("d3", "Joint Chiefs of Staff", dossier.Org, "")
	c.count("d3", "c1", dossier.Casualties, fv(1100, 1100, "approx"), "North Korean soldiers", "2024-12-23", "",
		speaker("South Korea's Joint Chiefs of Staff", jcs))
	zel := c.mention("d4", "Volodymyr Zelenskyy", dossier.Person, "")
	kursk4 := c.mention("d4", "Kursk", dossier.GPE, "")
	c.count("d4", "c1", dossier.Casualties, fv(3000, 3000, "min"), "North Koreans", "2024-12-23", kursk4,
		speaker("Zelenskyy", zel))

	// d5: lawmakers after an NIS briefing; Ukrainian and U.S. officials.
	nis5 := c.mention("d5", "National Intelligence Service", dossier.Org, "")
	c.mention("d5", "Russian", dossier.NORP, "Russia")
	kursk5 := c.mention("d5", "Kursk", dossier.GPE, "")
	lawmakers := []src{speaker("South Korean lawmakers", ""), cited("South Korea's National Intelligence Service", nis5)}
	c.count("d5", "c2", dossier.Deaths, fv(300, 300, "approx"), "North Korean troops", "2025-01-13", "", lawmakers...)
	c.count("d5", "c3", dossier.Injured, fv(2700, 2700, "exact"), "others", "2025-01-13", "", lawmakers...)
	c.count("d5", "c4", dossier.Casualties, fv(3000, 3000, "min"), "North Korean soldiers", "2025-01-13", "", lawmakers...)
	c.count("d5", "c7", dossier.Deployed, fv(11000, 11000, "approx"), "North Korean troops", "2025-01-13", kursk5,
		speaker("Ukrainian and U.S. officials", ""))

	// d6, d7: the NIS via a lawmaker.
	lee6 := c.mention("d6", "Lee Seong-kweun", dossier.Person, "")
	nis6 := c.mention("d6", "NIS", dossier.Org, "")
	c.count("d6", "c1", dossier.Deaths, fv(600, 600, "min"), "soldiers from North Korea", "2025-04-30", "",
		speaker("Lee Seong-kweun", lee6), cited("the NIS", nis6))
	lee7 := c.mention("d7", "Lee Seong-kweun", dossier.Person, "")
	nis7 := c.mention("d7", "National Intelligence Service", dossier.Org, "")
	c.count("d7", "c1", dossier.Deaths, fv(2000, 2000, "approx"), "North Koreans", "2025-09-02", "",
		speaker("Lee", lee7), cited("the spy agency", nis7))
	return c
}

func values(f *dossier.Figure) []float64 {
	var out []float64
	for _, p := range f.Points {
		out = append(out, p.Low)
	}
	return out
}

func TestDeathsRiseWithoutDecrease(t *testing.T) {
	l := storyCorpus().build()
	f := figureOf(l, dossier.Deaths, "North Korean troops")
	if f == nil {
		t.Fatalf("Build(story) has no deaths · North Korean troops figure; figures: %v", figureNames(l))
	}
	if got, want := values(f), []float64{100, 300, 600, 2000}; !slices.Equal(got, want) {
		t.Errorf("deaths points = %v, want %v", got, want)
	}
	if fl := flagsOf(f, dossier.Decrease); len(fl) != 0 {
		t.Errorf("deaths rising 100 → 2,000 flagged decrease: %+v", fl)
	}
	if f.Latest.When != "2025-09-02" || f.Latest.Low != 2000 || f.Latest.Bound != dossier.Approx {
		t.Errorf("deaths latest = %+v, want 2025-09-02 approx 2000", f.Latest)
	}
	if f.Estimate != (dossier.Estimate{Low: 2000, Best: 2000, High: 2000}) {
		t.Errorf("deaths estimate = %+v, want 2000/2000/2000", f.Estimate)
	}
	// Every NIS point names the agency by its ledger entity.
	nis := entityNamed(l, "National Intelligence Service")
	if nis == nil {
		t.Fatalf("no ledger entity National Intelligence Service")
	}
	for i, p := range f.Points {
		last := p.Sources[len(p.Sources)-1]
		if last.Entity != nis.ID {
			t.Errorf("deaths point %d innermost source = %q (%s), want %s", i, last.Entity, last.Text, nis.ID)
		}
	}
}

func figureNames(l *dossier.Ledger) []string {
	var out []string
	for _, f := range l.Figures {
		out = append(out, string(f.Measure)+" · "+f.Counted+" · "+f.Scope)
	}
	return out
}

func TestCasualtiesDisagreeSameDate(t *testing.T) {
	l := storyCorpus().build()
	f := figureOf(l, dossier.Casualties, "North Korean troops")
	if f == nil {
		t.Fatalf("Build(story) has no casualties · North Korean troops figure; figures: %v", figureNames(l))
	}
	fl := flagsOf(f, dossier.Disagreement)
	if len(fl) != 1 {
		t.Fatalf("casualties disagreement flags = %+v, want 1", fl)
	}
	want := "different sources, same date: about 1,100 vs more than 3,000"
	if fl[0].Reason != want {
		t.Errorf("disagreement reason = %q, want %q", fl[0].Reason, want)
	}
	if len(fl[0].Points) != 2 || f.Points[fl[0].Points[0]].Low != 1100 || f.Points[fl[0].Points[1]].Low != 3000 {
		t.Errorf("disagreement points = %v, want the 1,100 and the 3,000 points", fl[0].Points)
	}
	// 300 killed + 2,700 injured agree with "more than 3,000" casualties.
	if fl := flagsOf(f, dossier.Inconsistent); len(fl) != 0 {
		t.Errorf("casualties over 3,000 vs 300 + 2,700 flagged inconsistent: %+v", fl)
	}
}

func TestDeploymentScopes(t *testing.T) {
	l := storyCorpus().build()
	f := figureOf(l, dossier.Deployed, "North Korean troops")
	if f == nil {
		t.Fatalf("no deployed · North Korean troops figure; figures: %v", figureNames(l))
	}
	// Kursk and Russia: one country and a place in it, one figure.
	if f.Scope != "Russia" || len(f.Points) != 2 {
		t.Errorf("deployed figure scope %q with %d points, want Russia with 2 (Kursk and Russia)", f.Scope, len(f.Points))
	}
}

func TestInconsistentCasualties(t *testing.T) {
	tests := []struct {
		name       string
		casualties dossier.FigureValue
		flagged    bool
		reason     string
	}{
		{"over 3,000", fv(3000, 3000, "min"), false, ""},
		{"about 3,000", fv(3000, 3000, "approx"), false, ""},
		{"5,000", fv(5000, 5000, "exact"), true,
			"casualties 5,000 vs deaths about 300 + injured 2,700 = about 3,000 (same article)"},
		{"up to 1,000", fv(1000, 1000, "max"), true,
			"casualties up to 1,000 vs deaths about 300 + injured 2,700 = about 3,000 (same article)"},
	}
	for _, tc := range tests {
		c := newCorpus()
		c.doc("a", "2025-01-13", "Pacific Post", "t")
		c.mention("a", "North Korean", dossier.NORP, "North Korea")
		c.count("a", "c1", dossier.Deaths, fv(300, 300, "approx"), "North Korean troops", "", "", speaker("lawmakers", ""))
		c.count("a", "c2", dossier.Injured, fv(2700, 2700, "exact"), "others", "", "", speaker("lawmakers", ""))
		c.claims[1].Evidence = c.claims[0].Evidence
		c.count("a", "c3", dossier.Casualties, tc.casualties, "North Korean troops", "", "", speaker("lawmakers", ""))
		l := c.build()
		f := figureOf(l, dossier.Casualties, "North Korean troops")
		if f == nil {
			t.Fatalf("%s: no casualties figure; figures: %v", tc.name, figureNames(l))
		}
		fl := flagsOf(f, dossier.Inconsistent)
		if got := len(fl) > 0; got != tc.flagged {
			t.Errorf("%s: 300 + 2,700 vs %s casualties flagged = %v, want %v (%+v)", tc.name, describe(tc.casualties), got, tc.flagged, fl)
			continue
		}
		if tc.flagged && fl[0].Reason != tc.reason {
			t.Errorf("%s: reason = %q, want %q", tc.name, fl[0].Reason, tc.reason)
		}
	}
}

func TestDecreaseFlagged(t *testing.T) {
	tests := []struct {
		name    string
		later   dossier.FigureValue
		source  string
		flagged bool
	}{
		{"lower, same source", fv(400, 400, "exact"), "Health Ministry", true},
		{"within bounds of about 600", fv(560, 560, "exact"), "Health Ministry", false},
		{"higher, same source", fv(900, 900, "exact"), "Health Ministry", false},
		{"lower, other source", fv(400, 400, "exact"), "Red Cross", false},
	}
	for _, tc := range tests {
		c := newCorpus()
		c.doc("a", "2025-04-30", "A", "t")
		c.doc("b", "2025-05-10", "B", "t")
		ma := c.mention("a", "Health Ministry", dossier.Org, "")
		mb := c.mention("b", tc.source, dossier.Org, "")
		c.count("a", "c1", dossier.Deaths, fv(600, 600, "approx"), "civilians", "", "", speaker("the Health Ministry", ma))
		c.count("b", "c1", dossier.Deaths, tc.later, "civilians", "", "", speaker("the "+tc.source, mb))
		l := c.build()
		f := figureOf(l, dossier.Deaths, "civilians")
		if f == nil {
			t.Fatalf("%s: no deaths · civilians figure; figures: %v", tc.name, figureNames(l))
		}
		fl := flagsOf(f, dossier.Decrease)
		if got := len(fl) > 0; got != tc.flagged {
			t.Errorf("%s: about 600 then %s flagged decrease = %v, want %v (%+v)", tc.name, describe(tc.later), got, tc.flagged, fl)
		}
		if tc.flagged && !strings.Contains(fl[0].Reason, "400 on 2025-05-10 after about 600 on 2025-04-30") {
			t.Errorf("%s: decrease reason = %q", tc.name, fl[0].Reason)
		}
	}
	// A measure that is not cumulative may go down.
	c := newCorpus()
	c.doc("a", "2025-04-30", "A", "t")
	c.doc("b", "2025-05-10", "B", "t")
	c.count("a", "c1", dossier.Deployed, fv(15000, 15000, "exact"), "North Korean troops", "", "", speaker("officials", ""))
	c.count("b", "c1", dossier.Deployed, fv(11000, 11000, "exact"), "North Korean troops", "", "", speaker("officials", ""))
	f := figureOf(c.build(), dossier.Deployed, "North Korean troops")
	if f == nil || len(flagsOf(f, dossier.Decrease)) != 0 {
		t.Errorf("deployed going down flagged decrease: %+v", f)
	}
}

func TestWireCopies(t *testing.T) {
	c := newCorpus()
	c.doc("orig", "2025-01-13", "Wire", "t")
	c.doc("copy1", "2025-01-13", "Paper One", "t")
	c.doc("copy2", "2025-01-14", "Paper Two", "t")
	c.doc("other", "2025-01-14", "Paper Three", "t")
	c.copyOf("copy1", "orig").copyOf("copy2", "copy1")
	for _, d := range []string{"orig", "copy1", "copy2"} {
		c.count(d, "c1", dossier.Deployed, fv(11000, 11000, "approx"), "North Korean troops", "2025-01-13", "", speaker("officials", ""))
	}
	// A copy that changed the figure is a point of its own.
	c.count("copy2", "c2", dossier.Injured, fv(2700, 2700, "exact"), "civilians", "", "", speaker("officials", ""))
	c.count("orig", "c2", dossier.Injured, fv(2500, 2500, "exact"), "civilians", "", "", speaker("officials", ""))
	c.count("other", "c1", dossier.Missing, fv(40, 40, "exact"), "fishermen", "", "", speaker("the coast guard", ""))
	l := c.build()

	f := figureOf(l, dossier.Deployed, "North Korean troops")
	if f == nil || len(f.Points) != 1 {
		t.Fatalf("deployed figure = %+v, want one point with its copies", f)
	}
	if got := f.Points[0].Copies; !slices.Equal(got, []string{"copy1", "copy2"}) {
		t.Errorf("deployed point copies = %v, want [copy1 copy2]", got)
	}
	fl := flagsOf(f, dossier.CopiesOnly)
	if len(fl) != 1 || fl[0].Reason != "known only from one article (orig) and 2 copies of it" {
		t.Errorf("copies-only flags = %+v, want one: known only from one article (orig) and 2 copies of it", fl)
	}
	inj := figureOf(l, dossier.Injured, "civilians")
	if inj == nil || len(inj.Points) != 2 || len(flagsOf(inj, dossier.CopiesOnly)) != 0 {
		t.Errorf("injured figure = %+v, want two points (2,500 and the changed 2,700), not copies-only", inj)
	}
	// One article with no copies is not copies-only.
	if m := figureOf(l, dossier.Missing, "fishermen"); m == nil || len(m.Flags) != 0 {
		t.Errorf("missing · fishermen = %+v, want a figure with no flags", m)
	}
}

func TestFigureIDsStable(t *testing.T) {
	a := storyCorpus().build()
	c := storyCorpus()
	// Reversed input order gives the same figures.
	slices.Reverse(c.docs)
	b := c.build()
	if len(a.Figures) != len(b.Figures) {
		t.Fatalf("figures: %d then %d", len(a.Figures), len(b.Figures))
	}
	for i := range a.Figures {
		if a.Figures[i].ID != b.Figures[i].ID || a.Figures[i].Counted != b.Figures[i].Counted {
			t.Errorf("figure %d: %s %q then %s %q", i, a.Figures[i].ID, a.Figures[i].Counted, b.Figures[i].ID, b.Figures[i].Counted)
		}
	}
}

func TestGroupsFromContext(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t", "North Korea", "troops")
	c.doc("b", "2025-01-14", "B", "t", "North Korea", "troops")
	c.doc("c", "2025-01-15", "C", "t", "North Korea", "troops")
	c.mention("a", "North Korean", dossier.NORP, "North Korea")
	nk := c.mentionAt("b", "North Korean", dossier.NORP, "North Korea", 5)
	_ = nk
	// "12,000 troops": the one nationality the corpus gives troops.
	c.count("a", "c1", dossier.Deployed, fv(12000, 12000, "exact"), "troops", "", "", speaker("officials", ""))
	c.count("a", "c2", dossier.Deployed, fv(11000, 11000, "approx"), "North Korean troops", "", "", speaker("officials", ""))
	// "North Korean soldiers ... have suffered several hundred
	// casualties": the passage's one nationality.
	cl := c.count("b", "c1", dossier.Casualties, fv(200, 200, "min"), "casualties", "", "", speaker("a U.S. official", ""))
	cl.Evidence = dossier.Span{Start: 0, End: 120}
	// "North Korean casualties" counts North Koreans.
	c.count("c", "c1", dossier.Casualties, fv(3000, 3000, "min"), "North Korean casualties", "", "", speaker("lawmakers", ""))
	c.count("c", "c2", dossier.Deaths, fv(300, 300, "approx"), "North Korean soldiers", "", "", speaker("lawmakers", ""))
	l := c.build()
	if f := figureOf(l, dossier.Deployed, "North Korean troops"); f == nil || len(f.Points) != 2 {
		t.Errorf("deployed · North Korean troops = %+v, want 2 points (troops and North Korean troops); figures %v", f, figureNames(l))
	}
	if f := figureOf(l, dossier.Casualties, "North Korean troops"); f == nil || len(f.Points) != 2 {
		t.Errorf("casualties · North Korean troops = %+v, want 2 points; figures %v", f, figureNames(l))
	}
}

func TestHomeIsNotScope(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-04-30", "A", "t")
	c.mention("a", "Russian", dossier.NORP, "Russia")
	ru := c.mention("a", "Russia", dossier.GPE, "")
	nk := c.mention("a", "North Korea", dossier.GPE, "")
	c.count("a", "c1", dossier.Deaths, fv(600, 600, "approx"), "North Korean soldiers", "", ru, speaker("lawmakers", ""))
	// Wounded flown home to North Korea: the same group, not a new scope.
	c.count("a", "c2", dossier.Injured, fv(2000, 2000, "approx"), "North Korean soldiers", "", nk, speaker("lawmakers", ""))
	l := c.build()
	for _, f := range l.Figures {
		if f.Scope != "Russia" {
			t.Errorf("figure %s · %s has scope %q, want Russia", f.Measure, f.Counted, f.Scope)
		}
	}
}

func TestCumulativeGrowthIsNoDisagreement(t *testing.T) {
	tests := []struct {
		name          string
		first, second dossier.FigureValue
		secondDate    string
		measure       dossier.Measure
		flagged       bool
	}{
		{"deaths grow in 10 days", fv(1100, 1100, "approx"), fv(3800, 3800, "exact"), "2025-01-02", dossier.Deaths, false},
		{"deaths fall in 10 days", fv(3800, 3800, "exact"), fv(1100, 1100, "approx"), "2025-01-02", dossier.Deaths, true},
		{"deaths differ the same day", fv(1100, 1100, "approx"), fv(3800, 3800, "exact"), "2024-12-23", dossier.Deaths, true},
		{"deployed differ in 10 days", fv(11000, 11000, "exact"), fv(15000, 15000, "exact"), "2025-01-02", dossier.Deployed, true},
		{"deployed range agrees", fv(10000, 12000, "range"), fv(11000, 11000, "approx"), "2025-01-02", dossier.Deployed, false},
		{"deployed far apart", fv(11000, 11000, "exact"), fv(15000, 15000, "exact"), "2025-03-02", dossier.Deployed, false},
	}
	for _, tc := range tests {
		c := newCorpus()
		c.doc("a", "2024-12-23", "A", "t")
		c.doc("b", tc.secondDate, "B", "t")
		c.count("a", "c1", tc.measure, tc.first, "civilians", "", "", speaker("the army", ""))
		c.count("b", "c1", tc.measure, tc.second, "civilians", "", "", speaker("the ministry", ""))
		f := figureOf(c.build(), tc.measure, "civilians")
		if f == nil {
			t.Fatalf("%s: no figure", tc.name)
		}
		if got := len(flagsOf(f, dossier.Disagreement)) > 0; got != tc.flagged {
			t.Errorf("%s: %s then %s flagged disagreement = %v, want %v (%+v)", tc.name,
				describe(tc.first), describe(tc.second), got, tc.flagged, f.Flags)
		}
	}
}
