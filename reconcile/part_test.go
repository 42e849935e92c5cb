package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

// countIn adds a count claim whose evidence is the sentence ev, with its
// number and counted phrase located in it, so that partOf can read them.
func (c *corpus) countIn(doc, id string, m dossier.Measure, v dossier.FigureValue, ev, number, counted, when string, sources ...src) {
	cl := c.count(doc, id, m, v, counted, when, "", sources...)
	base := cl.Evidence.Start
	cl.Evidence.End = base + len(ev)
	cl.Text.Evidence = ev
	i := strings.Index(ev, number)
	j := strings.Index(ev[max(i, 0)+len(number):], counted) + max(i, 0) + len(number)
	if i < 0 || j < i+len(number) {
		panic("countIn: " + number + " or " + counted + " not in " + ev)
	}
	cl.Number = dossier.Span{Start: base + i, End: base + i + len(number)}
	cl.Counted = dossier.Span{Start: base + j, End: base + j + len(counted)}
	cl.Text.Number = number
}

func TestPartOf(t *testing.T) {
	cases := []struct {
		m                dossier.Measure
		ev, num, counted string
		want             string
	}{
		// Increments, from the words in the number expression.
		{dossier.Deployed, "Minsk is preparing to send 6,000 more soldiers to the front.", "6,000 more", "soldiers", incrementPart},
		{dossier.Deployed, "Minsk sent an additional 3,000 to 4,000 troops.", "an additional 3,000 to 4,000", "troops", incrementPart},
		{dossier.Deaths, "Officials confirmed a further 45 deaths.", "a further 45", "deaths", incrementPart},
		{dossier.Deployed, "More than 6,000 troops were sent.", "More than 6,000", "troops", ""},
		{dossier.Deployed, "Some 500 or more troops were sent.", "500 or more", "troops", ""},
		// Subsets: part of the group moved, treated or freed.
		{dossier.Injured, "He said some 2,000 wounded soldiers had been flown or carried back to the capital between January and March.", "some 2,000", "wounded soldiers", "flown or carried back"},
		{dossier.Injured, "About 400 injured civilians were evacuated to hospitals in the city.", "About 400", "injured civilians", "evacuated"},
		{dossier.Injured, "Some 150 wounded fighters were later taken to hospital in Kazan.", "Some 150", "wounded fighters", "taken"},
		{dossier.Injured, "Nine injured people, who were treated at the scene, went home.", "Nine", "injured people", ""},
		{dossier.Injured, "Nine injured people who were treated at the scene went home.", "Nine", "injured people", "treated"},
		{dossier.Kidnapped, "Forty hostages were released on Sunday.", "Forty", "hostages", "released"},
		// The predicate is the injury itself: a level.
		{dossier.Injured, "At least 24 people have been hospitalised.", "At least 24", "people", ""},
		{dossier.Injured, "Three children were taken to hospital after the crash.", "Three", "children", ""},
		{dossier.Captured, "Twenty soldiers were taken prisoner.", "Twenty", "soldiers", ""},
		{dossier.Injured, "About 2,700 soldiers have been wounded in the fighting.", "About 2,700", "soldiers", ""},
		// The displaced are moved by definition; forces sent are deployed.
		{dossier.Displaced, "About 300 residents were evacuated from the village.", "About 300", "residents", ""},
		{dossier.Deployed, "Some 5,000 troops were sent home.", "Some 5,000", "troops", ""},
	}
	for _, tc := range cases {
		c := newCorpus()
		c.doc("a", "2025-04-30", "A", "t")
		c.countIn("a", "c1", tc.m, fv(1, 1, "exact"), tc.ev, tc.num, tc.counted, "")
		if got := partOf(&c.claims[0]); got != tc.want {
			t.Errorf("partOf(%s %q in %q) = %q, want %q", tc.m, tc.num, tc.ev, got, tc.want)
		}
	}
}

// TestPartsBesideLevels checks that increments and subsets make series of
// their own beside the levels of their group: they are not points of the
// levels, take no part in the levels' latest value, and raise no decrease;
// a true decrease of the levels is still flagged.
func TestPartsBesideLevels(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t")
	c.doc("b", "2025-03-27", "B", "t")
	c.doc("c", "2025-04-30", "C", "t")
	c.doc("d", "2025-09-02", "D", "t")
	for _, d := range []string{"a", "b", "c", "d"} {
		c.mention(d, "Belarusian", dossier.NORP, "Belarus")
	}
	agency := func(doc string) []src {
		return []src{speaker("a lawmaker", ""), cited("the spy agency", c.mention(doc, "Spy Agency", dossier.Org, ""))}
	}
	c.countIn("a", "c1", dossier.Deployed, fv(11000, 11000, "approx"), "About 11,000 Belarusian troops were sent.", "About 11,000", "Belarusian troops", "", agency("a")...)
	c.countIn("a", "c2", dossier.Injured, fv(2700, 2700, "exact"), "Some 2,700 Belarusian soldiers were wounded.", "2,700", "Belarusian soldiers", "", agency("a")...)
	c.countIn("b", "c1", dossier.Deployed, fv(3000, 4000, "range"), "Belarus sent an additional 3,000 to 4,000 Belarusian troops.", "an additional 3,000 to 4,000", "Belarusian troops", "", agency("b")...)
	c.countIn("c", "c1", dossier.Deployed, fv(15000, 15000, "approx"), "About 15,000 Belarusian troops were sent in all.", "About 15,000", "Belarusian troops", "", agency("c")...)
	c.countIn("c", "c2", dossier.Injured, fv(2000, 2000, "approx"), "Some 2,000 wounded Belarusian soldiers were flown home.", "Some 2,000", "wounded Belarusian soldiers", "", agency("c")...)
	c.countIn("d", "c1", dossier.Deployed, fv(2000, 2000, "exact"), "Belarus will send 2,000 more Belarusian troops.", "2,000 more", "Belarusian troops", "", agency("d")...)
	l := c.build()

	levels := figureOf(l, dossier.Deployed, "Belarusian troops")
	if levels == nil {
		t.Fatalf("no deployed · Belarusian troops figure; figures: %v", figureNames(l))
	}
	if got := values(levels); !slices.Equal(got, []float64{11000, 15000}) {
		t.Errorf("deployed levels = %v, want [11000 15000]", got)
	}
	if levels.Latest.Low != 15000 {
		t.Errorf("deployed latest = %v, want 15000", levels.Latest.Low)
	}
	more := figureOf(l, dossier.Deployed, "additional Belarusian troops")
	if more == nil {
		t.Fatalf("no deployed · additional Belarusian troops figure; figures: %v", figureNames(l))
	}
	if got := values(more); !slices.Equal(got, []float64{3000, 2000}) {
		t.Errorf("deployed increments = %v, want [3000 2000]", got)
	}
	if more.ID == levels.ID {
		t.Errorf("increments and levels share the figure id %s", more.ID)
	}

	injured := figureOf(l, dossier.Injured, "Belarusian troops")
	if injured == nil {
		t.Fatalf("no injured · Belarusian troops figure; figures: %v", figureNames(l))
	}
	if got := values(injured); !slices.Equal(got, []float64{2700}) {
		t.Errorf("injured levels = %v, want [2700]", got)
	}
	if fl := flagsOf(injured, dossier.Decrease); len(fl) != 0 {
		t.Errorf("injured flagged decrease for a subset flown home: %+v", fl)
	}
	if f := figureOf(l, dossier.Injured, "Belarusian troops flown home"); f == nil || len(f.Points) != 1 || f.Points[0].Low != 2000 {
		t.Errorf("injured · Belarusian troops flown home = %+v, want one point of 2,000; figures: %v", f, figureNames(l))
	}

	// The same source later saying fewer were wounded at all is a decrease.
	c.countIn("d", "c2", dossier.Injured, fv(1500, 1500, "exact"), "Some 1,500 Belarusian soldiers have been wounded.", "1,500", "Belarusian soldiers", "", agency("d")...)
	injured = figureOf(c.build(), dossier.Injured, "Belarusian troops")
	if injured == nil || len(flagsOf(injured, dossier.Decrease)) != 1 {
		t.Errorf("injured 2,700 then 1,500 from the same source: decrease flags = %+v, want one", injured)
	}
}
