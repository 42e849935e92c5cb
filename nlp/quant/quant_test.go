package quant

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// want describes one expected quantity. Texts are located in the sentence by
// their first occurrence at or after the previous expectation's number, so
// offsets are checked exactly.
type want struct {
	number  string // text of the number itself
	span    string // with its qualifier; "" = same as number
	low     float64
	high    float64 // 0 = same as low
	bound   dossier.Bound
	kind    dossier.QuantityKind
	measure dossier.Measure // counts only
	counted string          // counts only; "" = the number span
	hedge   string
}

func run(t testing.TB, s string) *nlp.Doc {
	t.Helper()
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	if err := (nlp.Tokenizer{}).Process(d); err != nil {
		t.Fatal(err)
	}
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// find locates sub in s at or after from and returns its byte span.
func find(s, sub string, from int) (dossier.Span, bool) {
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return dossier.Span{}, false
	}
	return dossier.Span{Start: from + i, End: from + i + len(sub)}, true
}

func check(t *testing.T, s string, ws []want, exhaustive bool) {
	t.Helper()
	d := run(t, s)
	from := 0
	used := map[int]bool{}
	for _, w := range ws {
		spanText := w.span
		if spanText == "" {
			spanText = w.number
		}
		sp, ok := find(s, spanText, from)
		if !ok {
			t.Fatalf("%q: span %q not in sentence", s, spanText)
		}
		num, ok := find(s, w.number, sp.Start)
		if !ok || num.End > sp.End {
			t.Fatalf("%q: number %q not inside span %q", s, w.number, spanText)
		}
		from = num.End
		var q *dossier.Quantity
		for k := range d.Quantities {
			if d.Quantities[k].Number == num {
				q = &d.Quantities[k]
				used[k] = true
			}
		}
		if q == nil {
			t.Errorf("%q: no quantity with number %q %v; got %s", s, w.number, num, dump(s, d.Quantities))
			continue
		}
		high := w.high
		if high == 0 {
			high = w.low
		}
		bound := w.bound
		if bound == "" {
			bound = dossier.Exact
		}
		kind := w.kind
		if kind == "" {
			kind = dossier.KindCount
		}
		if q.Span != sp {
			t.Errorf("%q: %q span = %q, want %q", s, w.number, q.Span.Text(s), spanText)
		}
		if q.Low != w.low || q.High != high || q.Bound != bound {
			t.Errorf("%q: %q value = %v-%v %s, want %v-%v %s", s, w.number, q.Low, q.High, q.Bound, w.low, high, bound)
		}
		if q.Kind != kind {
			t.Errorf("%q: %q kind = %s, want %s", s, w.number, q.Kind, kind)
		}
		if w.hedge != "" && q.Hedge != w.hedge {
			t.Errorf("%q: %q hedge = %q, want %q", s, w.number, q.Hedge, w.hedge)
		}
		if kind != dossier.KindCount {
			if q.Measure != "" {
				t.Errorf("%q: %q is a %s but has measure %s", s, w.number, kind, q.Measure)
			}
			continue
		}
		if q.Measure != w.measure {
			t.Errorf("%q: %q measure = %s, want %s", s, w.number, q.Measure, w.measure)
		}
		if w.counted == "" {
			if q.Counted != q.Number {
				t.Errorf("%q: %q counted = %q, want the number itself", s, w.number, q.Counted.Text(s))
			}
		} else if c, ok := find(s, w.counted, num.End); !ok && q.Counted.Text(s) != w.counted || ok && q.Counted != c && q.Counted.Text(s) != w.counted {
			t.Errorf("%q: %q counted = %q, want %q", s, w.number, q.Counted.Text(s), w.counted)
		}
	}
	if exhaustive {
		for k, q := range d.Quantities {
			if !used[k] {
				t.Errorf("%q: unexpected quantity %q (%s %s)", s, q.Span.Text(s), q.Kind, q.Measure)
			}
		}
	}
}

// sentenceCase is one sentence and the quantities expected in it.
type sentenceCase struct {
	s  string
	ws []want
}

// checkCases runs check, strictly, over each case.
func checkCases(t *testing.T, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		check(t, c.s, c.ws, true)
	}
}

func dump(s string, qs []dossier.Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("[" + q.Span.Text(s) + " " + string(q.Kind) + " " + string(q.Measure) + "]")
	}
	return b.String()
}

func TestSeedBehaviour(t *testing.T) {
	// Paraphrases of the seed article.
	checkCases(t, []sentenceCase{
		{"Lawmakers said approximately 300 North Korean troops have been killed and 2,700 others injured in the fighting.", []want{
			{number: "300", span: "approximately 300", low: 300, bound: dossier.Approx, measure: dossier.Deaths, counted: "North Korean troops", hedge: "approximately"},
			{number: "2,700", low: 2700, measure: dossier.Injured, counted: "others"},
		}},
		{"US officials say around 11,000 North Korean troops were deployed to the Russian region of Kursk.", []want{
			{number: "11,000", span: "around 11,000", low: 11000, bound: dossier.Approx, measure: dossier.Deployed, counted: "North Korean troops"},
		}},
		{"One defector swam for six hours to reach the South in 2016.", []want{
			{number: "One", low: 1, measure: dossier.Other, counted: "defector"},
			{number: "six", low: 6, kind: dossier.KindDuration},
			{number: "2016", low: 2016, kind: dossier.KindDate},
		}},
		{"The man was one of two who got away and were later captured by Ukraine.", []want{
			{number: "two", low: 2, measure: dossier.Captured},
		}},
		{"The man was one of two soldiers who escaped.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "soldiers"},
		}},
	})
}

func TestValues(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Rescuers found 2,700 survivors.", []want{{number: "2,700", low: 2700, measure: dossier.Other, counted: "survivors"}}},
		{"The agency counted 1501 infections.", []want{{number: "1501", low: 1501, measure: dossier.Cases, counted: "infections"}}},
		{"Twenty-one people were hurt.", []want{{number: "Twenty-one", low: 21, measure: dossier.Injured, counted: "people"}}},
		{"One hundred and five people died.", []want{{number: "One hundred and five", low: 105, measure: dossier.Deaths, counted: "people"}}},
		{"Some three-thousand people fled.", []want{{number: "three-thousand", span: "Some three-thousand", low: 3000, bound: dossier.Approx, measure: dossier.Displaced, counted: "people"}}},
		{"27-hundred residents were evacuated.", []want{{number: "27-hundred", low: 2700, measure: dossier.Displaced, counted: "residents"}}},
		{"The floods displaced 2.7 million people.", []want{{number: "2.7 million", low: 2700000, measure: dossier.Displaced, counted: "people"}}},
		{"A quarter million people were left homeless.", []want{{number: "A quarter million", low: 250000, measure: dossier.Displaced, counted: "people"}}},
		{"Half a million people have fled the region.", []want{{number: "Half a million", low: 500000, measure: dossier.Displaced, counted: "people"}}},
		{"A dozen soldiers were captured.", []want{{number: "A dozen", low: 12, bound: dossier.Approx, measure: dossier.Captured, counted: "soldiers"}}},
		{"A million people took part in the march.", []want{{number: "A million", low: 1000000, measure: dossier.Other, counted: "people"}}},
		{"Between 10 and 12 miners are missing.", []want{{number: "10 and 12", span: "Between 10 and 12", low: 10, high: 12, bound: dossier.Range, measure: dossier.Missing, counted: "miners"}}},
		{"Analysts say 10,000 to 12,000 soldiers were sent.", []want{{number: "10,000 to 12,000", low: 10000, high: 12000, bound: dossier.Range, measure: dossier.Deployed, counted: "soldiers"}}},
		{"Reports put the figure at 10,000-12,000 troops.", []want{{number: "10,000-12,000", low: 10000, high: 12000, bound: dossier.Range, measure: dossier.Deployed, counted: "troops"}}},
		{"Two or three gunmen were arrested.", []want{{number: "Two or three", low: 2, high: 3, bound: dossier.Range, measure: dossier.Arrested, counted: "gunmen"}}},
		{"The storm forced 3 to 4 million people from their homes.", []want{{number: "3 to 4 million", low: 3000000, high: 4000000, bound: dossier.Range, measure: dossier.Displaced, counted: "people"}}},
	})
}

func TestBounds(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"At least seven people were killed.", []want{{number: "seven", span: "At least seven", low: 7, bound: dossier.Min, measure: dossier.Deaths, counted: "people", hedge: "At least"}}},
		{"More than 3,000 soldiers have been wounded.", []want{{number: "3,000", span: "More than 3,000", low: 3000, bound: dossier.Min, measure: dossier.Injured, counted: "soldiers"}}},
		{"Over 500 firefighters were involved.", []want{{number: "500", span: "Over 500", low: 500, bound: dossier.Min, measure: dossier.Deployed, counted: "firefighters"}}},
		{"The ministry said upwards of 100,000 deaths a year are linked to smog.", []want{{number: "100,000", span: "upwards of 100,000", low: 100000, bound: dossier.Min, measure: dossier.Deaths, counted: "deaths"}}},
		{"Up to 40 hostages are still held.", []want{{number: "40", span: "Up to 40", low: 40, bound: dossier.Max, measure: dossier.Kidnapped, counted: "hostages"}}},
		{"As many as 90 villagers were abducted.", []want{{number: "90", span: "As many as 90", low: 90, bound: dossier.Max, measure: dossier.Kidnapped, counted: "villagers"}}},
		{"Fewer than 20 migrants were detained.", []want{{number: "20", span: "Fewer than 20", low: 20, bound: dossier.Max, measure: dossier.Arrested, counted: "migrants"}}},
		{"Nearly 40 patients tested positive.", []want{{number: "40", span: "Nearly 40", low: 40, bound: dossier.Approx, measure: dossier.Cases, counted: "patients"}}},
		{"An estimated 5,000 families fled.", []want{{number: "5,000", span: "An estimated 5,000", low: 5000, bound: dossier.Approx, measure: dossier.Displaced, counted: "families", hedge: "An estimated"}}},
		{"Some 80 people are missing.", []want{{number: "80", span: "Some 80", low: 80, bound: dossier.Approx, measure: dossier.Missing, counted: "people"}}},
		{"The virus has reportedly infected about 120 sailors.", []want{{number: "120", span: "about 120", low: 120, bound: dossier.Approx, measure: dossier.Cases, counted: "sailors"}}},
		{"Fifty or more rebels surrendered.", []want{{number: "Fifty", span: "Fifty or more", low: 50, bound: dossier.Min, measure: dossier.Captured, counted: "rebels"}}},
		{"Deaths surpassed 1,000 on Friday.", []want{{number: "1,000", low: 1000, bound: dossier.Min, measure: dossier.Deaths, counted: "Deaths"}}},
	})
}

// TestFateOverStatus: a noun that names a state people are in (hostages,
// refugees, soldiers) gives way to what the verb says befell them, past an
// apposition or an adverb between subject and verb.
func TestFateOverStatus(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Five hostages were killed.", []want{{number: "Five", low: 5, bound: dossier.Exact, measure: dossier.Deaths, counted: "hostages"}}},
		{"Three refugees drowned off the coast.", []want{{number: "Three", low: 3, bound: dossier.Exact, measure: dossier.Deaths, counted: "refugees"}}},
		{"Twelve detainees were injured in the riot.", []want{{number: "Twelve", low: 12, bound: dossier.Exact, measure: dossier.Injured, counted: "detainees"}}},
		{"Militants seized five hostages who had been held for weeks.", []want{{number: "five", low: 5, bound: dossier.Exact, measure: dossier.Kidnapped, counted: "hostages"}}},
		{"Militants freed five hostages who had been held for weeks.", []want{{number: "five", low: 5, bound: dossier.Exact, measure: dossier.Other, counted: "hostages"}}}, // held no more
		{"One soldier, Sergeant Ana Ruiz, was killed on Monday.", []want{{number: "One", low: 1, bound: dossier.Exact, measure: dossier.Deaths, counted: "soldier"}}},
		{"Two civilians, a man and a woman, were killed.", []want{{number: "Two", low: 2, bound: dossier.Exact, measure: dossier.Deaths, counted: "civilians"}}},
		{"Ninety airmen from the wing here departed for a deployment.", []want{{number: "Ninety", low: 90, bound: dossier.Exact, measure: dossier.Deployed, counted: "airmen"}}},
		{"The convoy reached 30,000 civilians besieged in the town.", []want{{number: "30,000", low: 30000, bound: dossier.Exact, measure: dossier.Affected, counted: "civilians"}}},
		{"One of our soldiers was killed.", []want{{number: "One", low: 1, bound: dossier.Exact, measure: dossier.Deaths, counted: "our soldiers"}}},
		{"The besieged town received two aid convoys.", []want{{number: "two", low: 2, bound: dossier.Exact, measure: dossier.Other, counted: "aid convoys"}}},
	})
}

// TestWireCopy: forms of agency copy — tables of tolls, earlier values set
// off by commas, "along with", "in custody", "the slayings of".
func TestWireCopy(t *testing.T) {
	checkCases(t, []sentenceCase{
		// How the dead of a killing spree died: not new harm.
		{"Police said 14 women had been killed in the city. Of the eight victims, three were stabbed and two were strangled.", []want{
			{number: "14", low: 14, measure: dossier.Deaths, counted: "women"},
			{number: "eight", low: 8, measure: dossier.Deaths, counted: "victims"},
			{number: "three", low: 3, measure: dossier.Deaths, counted: "victims"},
			{number: "two", low: 2, measure: dossier.Deaths, counted: "victims"},
		}},
		{"KENYA:\nTotal dead: 192\nAmericans: 12\nInjured: 4,877\nTreated and discharged: 4,257\n", []want{
			{number: "192", low: 192, measure: dossier.Deaths},
			{number: "12", low: 12, measure: dossier.Deaths},
			{number: "4,877", low: 4877, measure: dossier.Injured},
			{number: "4,257", low: 4257, measure: dossier.Injured},
		}},
		{"The death toll in the blast, initially 10, has risen to 12.", []want{
			{number: "10", low: 10, measure: dossier.Deaths},
			{number: "12", low: 12, measure: dossier.Deaths, counted: "death toll"},
		}},
		{"Eleven people, none of them foreigners, died in the blast.", []want{
			{number: "Eleven", low: 11, measure: dossier.Deaths, counted: "people"},
			{number: "none", low: 0, measure: dossier.Deaths, counted: "foreigners"},
		}},
		{"Eight of those are in custody.", []want{{number: "Eight", low: 8, measure: dossier.Arrested}}},
		{"The 11 guards were killed, along with five local employees.", []want{
			{number: "11", low: 11, measure: dossier.Deaths, counted: "guards"},
			{number: "five", low: 5, measure: dossier.Deaths, counted: "local employees"},
		}},
		{"A task force began looking into the slayings of 14 women.", []want{{number: "14", low: 14, measure: dossier.Deaths, counted: "women"}}},
		{"Police said 30 migrants were rounded up.", []want{{number: "30", low: 30, measure: dossier.Arrested, counted: "migrants"}}},
		{"More than five million people remain without access to the central water supply.", []want{{number: "five million", span: "More than five million", low: 5000000, bound: dossier.Min, measure: dossier.Affected, counted: "people"}}},
		{"We are saddened that one of our brave soldiers has been killed.", []want{{number: "one", low: 1, measure: dossier.Deaths, counted: "our brave soldiers"}}},
		{"A bomb killed dozens at the embassy. The victims in Nairobi, Kenya, numbered 213.", []want{
			{number: "dozens", low: 24, bound: dossier.Min, measure: dossier.Deaths},
			{number: "213", low: 213, measure: dossier.Deaths},
		}},
		{"Nine were arrested. The bombs went off together. The victims in the capital numbered 213.", []want{
			{number: "Nine", low: 9, measure: dossier.Arrested},
			{number: "213", low: 213, measure: dossier.Deaths},
		}},
		{"A bomb killed dozens at the embassy. The victims of the fraud numbered 300.", []want{
			{number: "dozens", low: 24, bound: dossier.Min, measure: dossier.Deaths},
			{number: "300", low: 300, measure: dossier.Other},
		}},
		{"Some 20,000 GIs have massed near the border.", []want{{number: "20,000", span: "Some 20,000", low: 20000, bound: dossier.Approx, measure: dossier.Deployed, counted: "GIs"}}},
		// Among killings and arrests, cases are criminal cases.
		{"Suspects have been arrested in only four cases.", []want{{number: "four", span: "only four", low: 4, measure: dossier.Other, counted: "cases"}}},
		{"The ministry reported 40 new cases.", []want{{number: "40", low: 40, measure: dossier.Cases, counted: "new cases"}}},
	})
}

// TestGunfire: "shot" says people were hit, killed or wounded; what goes
// with it may say which.
func TestGunfire(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"More than a dozen others also were shot.", []want{{number: "a dozen", span: "More than a dozen", low: 12, bound: dossier.Min, measure: dossier.Casualties, counted: "others"}}},
		{"Three people were fatally shot at a cinema in Lafayette.", []want{{number: "Three", low: 3, measure: dossier.Deaths, counted: "people"}}},
		{"Before the siege the gunman shot a hundred people, killing 49.", []want{
			{number: "a hundred", low: 100, measure: dossier.Casualties, counted: "people"},
			{number: "49", low: 49, measure: dossier.Deaths, counted: "people"},
		}},
		{"The sniper fatally shot two officers and wounded seven others.", []want{
			{number: "two", low: 2, measure: dossier.Deaths, counted: "officers"},
			{number: "seven", low: 7, measure: dossier.Injured, counted: "others"},
		}},
		{"He is one of at least 707 people shot and killed by police this year.", []want{{number: "707", span: "at least 707", low: 707, bound: dossier.Min, measure: dossier.Deaths, counted: "people"}}},
		{"Four soldiers were fatally wounded in the ambush.", []want{{number: "Four", low: 4, measure: dossier.Deaths, counted: "soldiers"}}},
		{"The air force shot down two drones over the lake.", []want{{number: "two", low: 2, measure: dossier.Other, counted: "drones"}}},
		{"The striker shot three goals on Sunday.", []want{{number: "three", low: 3, measure: dossier.Other, counted: "goals"}}},
		{"Police counted 3,210 shooting victims between January and September.", []want{{number: "3,210", low: 3210, measure: dossier.Casualties, counted: "shooting victims"}}},
		// Not gunfire, but found beside it: modifiers joined before their
		// noun, and a participle phrase inside a toll's subject.
		{"The war caused more than 30,000 combat and civilian deaths.", []want{{number: "30,000", span: "more than 30,000", low: 30000, bound: dossier.Min, measure: dossier.Deaths, counted: "combat and civilian deaths"}}},
		{"The number of injured being treated at hospitals stands at 387.", []want{{number: "387", low: 387, measure: dossier.Injured, counted: "injured"}}},
		// Matters, recordings and bullets are not cases, captives or tildes;
		// forces that remain are deployed.
		{"The scandal is one of dozens of cases in Africa in which companies paid bribes.", []want{{number: "dozens", low: 24, bound: dossier.Min, measure: dossier.Other, counted: "cases"}}},
		{"Police have two recordings, one captured by a dashboard camera.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "recordings"},
			{number: "one", low: 1, measure: dossier.Other, counted: "recordings"},
		}},
		{"NEWS IN BRIEF\n\n~ Two cyclists died in a crash on Sunday.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "cyclists"}}},
		{"Two emails sent to the minister were placed in storage.", []want{{number: "Two", low: 2, measure: dossier.Other, counted: "emails"}}},
		{"The 168 Republican National Committee members met on Monday.", []want{{number: "168", low: 168, measure: dossier.Other, counted: "Republican National Committee members"}}},
		{"The governor sent 200 National Guard members to the city.", []want{{number: "200", low: 200, measure: dossier.Deployed, counted: "National Guard members"}}},
		{"The incident was one of four cases that the report highlights.", []want{{number: "four", low: 4, measure: dossier.Other, counted: "cases"}}},
		// The verb before a first object governs the figure after "and".
		{"A suicide bomber killed himself and 31 others at a checkpoint.", []want{{number: "31", low: 31, measure: dossier.Deaths, counted: "others"}}},
		{"The storm killed the driver and four passengers.", []want{{number: "four", low: 4, measure: dossier.Deaths, counted: "passengers"}}},
		{"Twenty-one miners were trapped underground after the explosion.", []want{{number: "Twenty-one", low: 21, measure: dossier.Missing, counted: "miners"}}},
		{"About 5,500 troops will remain in the country through the spring.", []want{{number: "5,500", span: "About 5,500", low: 5500, bound: dossier.Approx, measure: dossier.Deployed, counted: "troops"}}},
	})
}

// TestFatesAndStatuses: nouns and verbs that tell what happened to a
// group, and what only seems to.
func TestFatesAndStatuses(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"San Pedro Sula had 1,317 homicides; Caracas had 3,797.", []want{
			{number: "1,317", low: 1317, measure: dossier.Deaths, counted: "homicides"},
			{number: "3,797", low: 3797, measure: dossier.Deaths, counted: "homicides"},
		}},
		// The size of a place is no toll, nor is the whole a ratio runs to.
		{"San Pedro Sula had 1,317 homicides; Caracas, with a population of over 3.2 million, had 3,797.", []want{
			{number: "1,317", low: 1317, measure: dossier.Deaths, counted: "homicides"},
			{number: "3,797", low: 3797, measure: dossier.Deaths, counted: "homicides"},
		}},
		{"The city had 159 homicides to its 318,416 residents.", []want{
			{number: "159", low: 159, measure: dossier.Deaths, counted: "homicides"},
			{number: "318,416", low: 318416, measure: dossier.Other, counted: "residents"},
		}},
		{"As governor he did not stop 11 executions.", []want{{number: "11", low: 11, measure: dossier.Deaths, counted: "executions"}}},
		{"We lost 3,000 people on that day.", []want{{number: "3,000", low: 3000, measure: dossier.Deaths, counted: "people"}}},
		{"I met the families of the four Americans that we lost in the attack.", []want{{number: "four", low: 4, measure: dossier.Deaths, counted: "Americans"}}},
		{"The company lost 300 workers to its rival.", []want{{number: "300", low: 300, measure: dossier.Other, counted: "workers"}}},
		{"Ninety people a day die from gun violence.", []want{{number: "Ninety", low: 90, measure: dossier.Deaths, counted: "people"}}},
		// Staff suspended are affected; officers suspended are disciplined.
		{"The airline will suspend 36,000 staff because of the pandemic.", []want{{number: "36,000", low: 36000, measure: dossier.Affected, counted: "staff"}}},
		{"The force suspended three police officers.", []want{{number: "three", low: 3, measure: dossier.Other, counted: "police officers"}}},
		// People drawing jobless aid are out of work.
		{"In total, 1,307,000 Americans were collecting jobless aid last week.", []want{{number: "1,307,000", low: 1307000, measure: dossier.Affected, counted: "Americans"}}},
		{"Rebels claimed 40 soldiers were killed.", []want{{number: "40", low: 40, measure: dossier.Deaths, counted: "soldiers"}}},
		// Past an inclusion to the group's verb.
		{"Six million homes including 1.5 million in the capital region were affected by the outage.", []want{
			{number: "Six million", low: 6000000, measure: dossier.Affected, counted: "homes"},
			{number: "1.5 million", low: 1500000, measure: dossier.Affected},
		}},
		// A scope adverb between the group and its verb.
		{"Six million homes nationwide were affected by the outage.", []want{{number: "Six million", low: 6000000, measure: dossier.Affected, counted: "homes"}}},
		{"About 270 people have been resettled under the program.", []want{{number: "270", span: "About 270", low: 270, bound: dossier.Approx, measure: dossier.Displaced, counted: "people"}}},
		{"More than a million asylum seekers crossed the border.", []want{{number: "a million", span: "More than a million", low: 1000000, bound: dossier.Min, measure: dossier.Displaced, counted: "asylum seekers"}}},
		// A new status told by the verb outranks the noun's.
		{"Eight refugees were detained at the border.", []want{{number: "Eight", low: 8, measure: dossier.Arrested, counted: "refugees"}}},
		// The verb of the figure before, past places and times.
		{"The attacks killed 130 in Paris last November and 32 in Brussels.", []want{
			{number: "130", low: 130, measure: dossier.Deaths},
			{number: "32", low: 32, measure: dossier.Deaths},
		}},
		// Jobs that go, a loss of jobs; funds and markets are things.
		{"Under the plan 10,000 jobs go and two factories close.", []want{
			{number: "10,000", low: 10000, measure: dossier.Affected, counted: "jobs"},
			{number: "two", low: 2, measure: dossier.Other, counted: "factories"},
		}},
		{"Germany faces a loss of 3,700 jobs.", []want{{number: "3,700", low: 3700, measure: dossier.Affected, counted: "jobs"}}},
		{"The bank suffered the loss of two hedge funds.", []want{{number: "two", low: 2, measure: dossier.Other, counted: "hedge funds"}}},
		{"Millions of drivers are going to be directly affected.", []want{{number: "Millions", low: 2000000, bound: dossier.Min, measure: dossier.Affected, counted: "drivers"}}},
		// Remains are of the dead; a long subject still ends at its toll;
		// a group's fate is that of the group it is among; a figure
		// compared with another shares its measure.
		{"Police found the bodies of at least 20 people who had been shot.", []want{{number: "20", span: "at least 20", low: 20, bound: dossier.Min, measure: dossier.Deaths, counted: "people"}}},
		{"The death toll from an earthquake that hit the region last month has risen to 2,698.", []want{{number: "2,698", low: 2698, measure: dossier.Deaths, counted: "death toll"}}},
		{"Six staffers lost their lives in the attack.", []want{{number: "Six", low: 6, measure: dossier.Deaths, counted: "staffers"}}},
		{"Seventeen staff members were among dozens who died in the attacks.", []want{
			{number: "Seventeen", low: 17, measure: dossier.Deaths, counted: "staff members"},
			{number: "dozens", low: 24, bound: dossier.Min, measure: dossier.Deaths},
		}},
		{"Forty-two staffers were killed last year, compared to 32 the year before.", []want{
			{number: "Forty-two", low: 42, measure: dossier.Deaths, counted: "staffers"},
			{number: "32", low: 32, measure: dossier.Deaths, counted: "staffers"},
		}},
		{"The number of displaced has more than doubled to 45,000.", []want{{number: "45,000", low: 45000, measure: dossier.Displaced, counted: "displaced"}}},
		{"At least 12 of our fighters were martyred.", []want{{number: "12", span: "At least 12", low: 12, bound: dossier.Min, measure: dossier.Deaths, counted: "our fighters"}}},
		{"Police reported no arrests late Monday.", []want{{number: "no", low: 0, measure: dossier.Arrested, counted: "arrests"}}},
		{"Eight hostages were freed, but 11 remain in captivity.", []want{
			{number: "Eight", low: 8, measure: dossier.Other, counted: "hostages"}, // held no more
			{number: "11", low: 11, measure: dossier.Kidnapped, counted: "hostages"},
		}},
		{"Some 2,500 residents were ordered to leave their homes.", []want{{number: "2,500", span: "Some 2,500", low: 2500, bound: dossier.Approx, measure: dossier.Displaced, counted: "residents"}}},
		{"Rescuers are still searching for 14 people who remain unaccounted for.", []want{{number: "14", low: 14, measure: dossier.Missing, counted: "people"}}},
		{"Three dozen protesters were detained.", []want{{number: "Three dozen", low: 36, measure: dossier.Arrested, counted: "protesters"}}},
		// A rate counts no one; speakers are no victims.
		{"The virus has killed 1 in 10 of those infected.", []want{
			{number: "1", low: 1, measure: dossier.Other},
			{number: "10", low: 10, measure: dossier.Other, counted: "those infected"},
		}},
		{"The attack killed four people, two firefighters said.", []want{
			{number: "four", low: 4, measure: dossier.Deaths, counted: "people"},
			{number: "two", low: 2, measure: dossier.Other, counted: "firefighters"},
		}},
		{"Nearly 2 million people still lacked access to clean water.", []want{{number: "2 million", span: "Nearly 2 million", low: 2000000, bound: dossier.Approx, measure: dossier.Affected, counted: "people"}}},
		{"Some 800 families remain in temporary shelters.", []want{{number: "800", span: "Some 800", low: 800, bound: dossier.Approx, measure: dossier.Displaced, counted: "families"}}},
		{"Flights were cancelled, stranding 10,000 passengers.", []want{{number: "10,000", low: 10000, measure: dossier.Affected, counted: "passengers"}}},
		{"Two nuns, who worked as nurses, were found slain in their home.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "nuns"}}},
		{"Two nuns who worked as nurses were found slain in their home.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "nuns"}}},
		{"The clashes left scores dead and hundreds wounded.", []want{
			{number: "scores", low: 40, bound: dossier.Min, measure: dossier.Deaths, counted: "dead"},
			{number: "hundreds", low: 200, bound: dossier.Min, measure: dossier.Injured, counted: "wounded"},
		}},
		// Workers who disappear are missing, not jobs cut; a toll with a
		// clause after it is still a toll.
		{"Five aid workers disappeared on Tuesday.", []want{{number: "Five", low: 5, measure: dossier.Missing, counted: "aid workers"}}},
		{"The death toll now stands at more than 54,000 people, and officials say the rebuilding will take years.", []want{{number: "54,000", span: "more than 54,000", low: 54000, bound: dossier.Min, measure: dossier.Deaths, counted: "people"}}},
		// Cases in a court, delegates won, no figure given, harm of no
		// accident: no tolls.
		{"Justice Kennedy sided with the liberals in two of the term's biggest cases.", []want{{number: "two", low: 2, measure: dossier.Other, counted: "the term's biggest cases"}}},
		{"Clinton had captured 1,944 delegates before the primaries.", []want{{number: "1,944", low: 1944, measure: dossier.Other, counted: "delegates"}}},
		{"The government had no precise estimate of the number of workers who would be laid off.", nil},
		// Hostages and prisoners let go are held no more; the whole of a
		// partitive keeps its status.
		{"A rescue operation freed two hostages held since November.", []want{{number: "two", low: 2, measure: dossier.Other, counted: "hostages"}}},
		{"Five hostages were freed on Sunday.", []want{{number: "Five", low: 5, measure: dossier.Other, counted: "hostages"}}},
		{"Militants say they have released the remaining 23 hostages.", []want{{number: "23", low: 23, measure: dossier.Other, counted: "hostages"}}},
		{"Gunmen seized 12 hostages.", []want{{number: "12", low: 12, measure: dossier.Kidnapped, counted: "hostages"}}},
		{"Two of the 30 hostages were killed.", []want{
			{number: "Two", low: 2, measure: dossier.Deaths, counted: "the 30 hostages"},
			{number: "30", low: 30, measure: dossier.Kidnapped, counted: "hostages"},
		}},
		// A predicate adjective after the head ends the counted phrase; a
		// wound in a part of the body; "the dead included" names the fate.
		{"Aid reached about 165,000 refugees adrift in the forest.", []want{{number: "165,000", span: "about 165,000", low: 165000, bound: dossier.Approx, measure: dossier.Displaced, counted: "refugees"}}},
		{"The two men were hit in the leg.", []want{{number: "two", low: 2, measure: dossier.Injured, counted: "men"}}},
		{"The storm hit 12 villages.", []want{{number: "12", low: 12, measure: dossier.Other, counted: "villages"}}},
		{"Police said the dead included five refugees.", []want{{number: "five", low: 5, measure: dossier.Deaths, counted: "refugees"}}},
		// "No" before a noun of knowledge counts nothing; "no reports of"
		// counts none of what follows.
		{"He claimed to have no memory of the night the senator was shot.", nil},
		{"There were no reports of injuries.", []want{{number: "no", low: 0, measure: dossier.Injured, counted: "injuries"}}},
		{"Abortion is permitted only in two cases: if the mother is at risk, or after rape.", []want{{number: "two", low: 2, measure: dossier.Other, counted: "cases"}}},
		// A part set off after its group shares its fate; a participle
		// inside the group's phrase.
		{"Eight members of a family, five of them children, drowned.", []want{
			{number: "Eight", low: 8, measure: dossier.Deaths, counted: "members of a family"},
			{number: "five", low: 5, measure: dossier.Deaths, counted: "children"},
		}},
		// Past a chain of phrases and a name's initials to the group's verb,
		// and a dateline before it.
		{"LIMA 1996-08-22 Thirteen police officers from the fraud squad of the province have been arrested.", []want{
			{number: "1996-08-22", low: 1996, kind: dossier.KindDate},
			{number: "Thirteen", low: 13, measure: dossier.Arrested, counted: "police officers"},
		}},
		{"Ten rebels from the Workers Party (PKK) were killed in fighting.", []want{{number: "Ten", low: 10, measure: dossier.Deaths, counted: "rebels"}}},
		// From a review: "without any", "an entire family", the group's
		// verb right after the participle phrase, the head of "300 people
		// sick".
		{"The troops took the town without any casualties.", []want{{number: "without any", low: 0, measure: dossier.Casualties, counted: "casualties"}}},
		{"The bomb killed an entire family of five.", []want{{number: "five", low: 5, measure: dossier.Deaths, counted: "family"}}},
		{"Two soldiers wounded later died.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "soldiers"}}},
		// People who need aid are affected.
		{"Nearly 2.6 million people still need emergency assistance.", []want{{number: "2.6 million", span: "Nearly 2.6 million", low: 2.6e6, bound: dossier.Approx, measure: dossier.Affected, counted: "people"}}},
		{"Some 30,000 people are in need of relief aid.", []want{{number: "30,000", span: "Some 30,000", low: 30000, bound: dossier.Approx, measure: dossier.Affected, counted: "people"}}},
		// "a family of five": the family is the five, and shares the fate
		// of the verb before it.
		{"The strike killed a family of five.", []want{{number: "five", low: 5, measure: dossier.Deaths, counted: "family"}}},
		{"Rebels abducted a group of 12 aid workers.", []want{{number: "12", low: 12, measure: dossier.Kidnapped, counted: "aid workers"}}},
		{"He met a group of 12 students.", []want{{number: "12", low: 12, measure: dossier.Other, counted: "students"}}},
		// From a precision audit on unlabelled news: papers held are not
		// people held; "in no way" counts nothing; a work force is staff.
		{"He spoke of thousands of emails held on a private server.", []want{{number: "thousands", low: 2000, bound: dossier.Min, measure: dossier.Other, counted: "emails"}}},
		{"The audits are in no way affected by his decision.", nil},
		{"Cuts fell on the 15,000-member work force.", []want{{number: "15,000-member", low: 15000, measure: dossier.Other}}},
		// Patients in a condition: hurt, or ill in an epidemic.
		{"A bus crashed. Three were listed in critical condition.", []want{{number: "Three", low: 3, measure: dossier.Injured}}},
		{"The measles outbreak spread. Three were listed in poor condition.", []want{{number: "Three", low: 3, measure: dossier.Cases}}},
		// Held by the other side, or by the police.
		{"They would free seven soldiers they hold in the north.", []want{{number: "seven", low: 7, measure: dossier.Captured, counted: "soldiers"}}},
		{"The two men the police hold were questioned.", []want{{number: "two", low: 2, measure: dossier.Arrested, counted: "men"}}},
		// People who caught or developed the disease are cases; a
		// vaccination or an outbreak is no disease caught.
		{"Twelve children caught the virus.", []want{{number: "Twelve", low: 12, measure: dossier.Cases, counted: "children"}}},
		{"Three babies developed serious cases of the disease.", []want{{number: "Three", low: 3, measure: dossier.Cases, counted: "babies"}}},
		{"Five villages developed an outbreak plan.", []want{{number: "Five", low: 5, measure: dossier.Other, counted: "villages"}}},
		// A part of an inclusion with its own fate.
		{"Thirty-six people have died this year, including 19 peasants massacred by police.", []want{
			{number: "Thirty-six", low: 36, measure: dossier.Deaths, counted: "people"},
			{number: "19", low: 19, measure: dossier.Deaths, counted: "peasants"},
		}},
		// Killings told in -ing; lives a massacre claimed, not lives saved.
		{"He is accused of murdering five women.", []want{{number: "five", low: 5, measure: dossier.Deaths, counted: "women"}}},
		{"The massacres claimed the lives of 27 peasants.", []want{{number: "27", low: 27, measure: dossier.Deaths, counted: "peasants"}}},
		{"Doctors saved the lives of 12 children.", []want{{number: "12", low: 12, measure: dossier.Other, counted: "children"}}},
		// The fate told of a group after "and … them"; people living
		// somewhere who were evacuated; held in jail, or for a ransom.
		{"Gunmen dragged 10 men out of their homes and shot them to death.", []want{{number: "10", low: 10, measure: dossier.Deaths, counted: "men out of their homes"}}},
		{"Some 4,500 people living in the capital were evacuated.", []want{{number: "4,500", span: "Some 4,500", low: 4500, bound: dossier.Approx, measure: dossier.Displaced, counted: "people"}}},
		{"About 400 residents living near the dam could be evacuated.", []want{{number: "400", span: "About 400", low: 400, bound: dossier.Approx, measure: dossier.Other, counted: "residents"}}},
		{"The seven were ordered to be held in jail until a hearing.", []want{{number: "seven", low: 7, measure: dossier.Arrested}}},
		{"The two were held for 71 days until relatives paid a ransom.", []want{
			{number: "two", low: 2, measure: dossier.Kidnapped},
			{number: "71", low: 71, kind: dossier.KindDuration},
		}},
		// How bad the injuries were is no count of them; officers taken off
		// duty are not deployed.
		{"None of the injuries were considered life-threatening.", nil},
		{"The government suspended three police officers.", []want{{number: "three", low: 3, measure: dossier.Other, counted: "police officers"}}},
		// People made ill are cases; people in detention are held.
		{"The bad water left 300 people sick.", []want{{number: "300", low: 300, measure: dossier.Cases, counted: "people"}}},
		{"Twelve protesters are in detention.", []want{{number: "Twelve", low: 12, measure: dossier.Arrested, counted: "protesters"}}},
		// Hangings; none harmed "without casualties"; stabbings, one
		// fatal; how the dead died.
		{"Iran has hanged two drug traffickers.", []want{{number: "two", low: 2, measure: dossier.Deaths, counted: "drug traffickers"}}},
		{"The country was suspended after the hanging of nine activists.", []want{{number: "nine", low: 9, measure: dossier.Deaths, counted: "activists"}}},
		{"His troops took the town without casualties.", []want{{number: "without", low: 0, measure: dossier.Casualties, counted: "casualties"}}},
		{"The game ended without a goal.", nil},
		{"Three girls were stabbed, one fatally.", []want{
			{number: "Three", low: 3, measure: dossier.Casualties, counted: "girls"},
			{number: "one", low: 1, measure: dossier.Deaths, counted: "girls"},
		}},
		// A change with a comma after its verb, or a hedge on its old
		// figure, is no range.
		{"The number of casualties has risen, from about 26 a day to about 64 a day.", []want{
			{number: "26", span: "about 26", low: 26, bound: dossier.Approx, measure: dossier.Casualties, counted: "casualties"},
			{number: "64", span: "about 64", low: 64, bound: dossier.Approx, measure: dossier.Casualties, counted: "casualties"},
		}},
		{"The death toll rose from about 12 to 15.", []want{
			{number: "12", span: "about 12", low: 12, bound: dossier.Approx, measure: dossier.Deaths, counted: "death toll"},
			{number: "15", low: 15, measure: dossier.Deaths, counted: "death toll"},
		}},
		// A figure right after a count names a model.
		{"The airline grounded two new 737 jets.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "new 737 jets"},
			{number: "737", low: 737, kind: dossier.KindID},
		}},
		// The members of a force, or of a team of a force's trade, en route.
		{"A 300-strong force was en route to the border.", []want{{number: "300-strong", low: 300, measure: dossier.Deployed, counted: "force"}}},
		{"A 62-member rescue team arrived on Monday.", []want{{number: "62-member", low: 62, measure: dossier.Deployed, counted: "rescue team"}}},
		{"The 23-member squad flew to Paris for the final.", []want{{number: "23-member", low: 23, measure: dossier.Other, counted: "squad"}}},
		{"Allies want a theoretical 100,000-strong force of Arab fighters.", []want{{number: "100,000-strong", low: 100000, measure: dossier.Other, counted: "force of Arab fighters"}}},
		// People who fell ill, report symptoms or are suspected of having
		// the disease are cases.
		{"Twelve children fell ill after the meal.", []want{{number: "Twelve", low: 12, measure: dossier.Cases, counted: "children"}}},
		{"More than 290 people have reported symptoms.", []want{{number: "290", span: "More than 290", low: 290, bound: dossier.Min, measure: dossier.Cases, counted: "people"}}},
		{"Doctors treated 78 people suspected of having the disease.", []want{{number: "78", low: 78, measure: dossier.Cases, counted: "people"}}},
		{"Police arrested ten men suspected of having links to the gang.", []want{{number: "ten", low: 10, measure: dossier.Arrested, counted: "men"}}},
		// A description after the group, then its own fate.
		{"Two youths believed to be supporters of the National Front (NF) had been killed.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "youths"}}},
		{"Two youths believed to be supporters of Mr. Ruiz's National Front had been killed.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "youths"}}},
		// Suicides, people swept away, people taken to hospital.
		{"Three inmates committed suicide last year.", []want{{number: "Three", low: 3, measure: dossier.Deaths, counted: "inmates"}}},
		{"Rescuers searched for 59 trainees who were swept away by the flood.", []want{{number: "59", low: 59, measure: dossier.Missing, counted: "trainees"}}},
		{"Four students were rushed to a nearby hospital.", []want{{number: "Four", low: 4, measure: dossier.Injured, counted: "students"}}},
		{"Dozens of women and children were sent to local hospitals.", []want{{number: "Dozens", low: 24, bound: dossier.Min, measure: dossier.Injured, counted: "women and children"}}},
		{"The army sent 300 soldiers to the border.", []want{{number: "300", low: 300, measure: dossier.Deployed, counted: "soldiers"}}},
		// A death the group's own verb tells outranks the participle
		// phrase before it.
		{"Officials say 22 people injured in the earthquake have died of tetanus.", []want{{number: "22", low: 22, measure: dossier.Deaths, counted: "people"}}},
		{"Two soldiers wounded in the ambush later died.", []want{{number: "Two", low: 2, measure: dossier.Deaths, counted: "soldiers"}}},
		{"Five hostages seized last year were killed.", []want{{number: "Five", low: 5, measure: dossier.Deaths, counted: "hostages"}}},
		{"Twelve people injured in the blast remain in hospital.", []want{{number: "Twelve", low: 12, measure: dossier.Injured, counted: "people"}}},
		{"Hundreds of troops backed by U.S. forces have killed 32 rebels.", []want{
			{number: "Hundreds", low: 200, bound: dossier.Min, measure: dossier.Deployed, counted: "troops"},
			{number: "32", low: 32, measure: dossier.Deaths, counted: "rebels"},
		}},
		// An age before the counted noun, or as it.
		{"Three 20-year-old men were killed.", []want{
			{number: "Three", low: 3, measure: dossier.Deaths, counted: "20-year-old men"},
			{number: "20-year-old", low: 20, kind: dossier.KindAge},
		}},
		{"Wisconsin will be one test case for the campaign.", []want{{number: "one", low: 1, measure: dossier.Other, counted: "test case"}}},
		{"The housing crisis hurt millions of Americans.", []want{{number: "millions", low: 2000000, bound: dossier.Min, measure: dossier.Other, counted: "Americans"}}},
		{"The blast hurt 20 people.", []want{{number: "20", low: 20, measure: dossier.Injured, counted: "people"}}},
		// Owning up to none, or reporting none, is not a count of none.
		{"The government has never acknowledged any casualties.", nil},
		{"The army has not reported any deaths.", nil},
		// Wanted or let go is not held.
		{"Officials are seeking the arrest of 14 fugitives.", []want{{number: "14", low: 14, measure: dossier.Other, counted: "fugitives"}}},
		{"The government freed 1,000 prisoners in the swap.", []want{{number: "1,000", low: 1000, measure: dossier.Other, counted: "prisoners"}}},
	})
}

// TestFatesAcrossForms: fates told in the progressive, past the vessel a
// group was on, by a diagnosis or a treatment, as a reported zero, as the
// dead and missing together, and as a forced move; each beside a near miss
// that keeps its measure.
func TestFatesAcrossForms(t *testing.T) {
	checkCases(t, []sentenceCase{
		// Flight in the progressive is flight; others evacuating is not.
		{"Hundreds of people are fleeing their homes.", []want{{number: "Hundreds", low: 200, bound: dossier.Min, measure: dossier.Displaced, counted: "people"}}},
		{"Thousands of residents were still fleeing the city.", []want{{number: "Thousands", low: 2000, bound: dossier.Min, measure: dossier.Displaced, counted: "residents"}}},
		{"Two hundred firefighters were evacuating residents.", []want{{number: "Two hundred", low: 200, measure: dossier.Other, counted: "firefighters"}}},
		// Past the vessel the group was aboard to its verb; aboard alone
		// tells no fate.
		{"20 people aboard the plane were killed.", []want{{number: "20", low: 20, measure: dossier.Deaths, counted: "people aboard"}}},
		{"All 176 people on board the ferry died.", []want{{number: "176", low: 176, measure: dossier.Deaths, counted: "people on board"}}},
		{"There were 33 people on board the vessel.", []want{{number: "33", low: 33, measure: dossier.Other, counted: "people on board"}}},
		// Diagnosed with an illness: cases, after a verb's object too;
		// a diagnosis of no disease, or a phrase that tells none, is not.
		{"Two people have been diagnosed with the disease.", []want{{number: "Two", low: 2, measure: dossier.Cases, counted: "people"}}},
		{"Officials are looking for two people diagnosed with the illness.", []want{{number: "two", low: 2, measure: dossier.Cases, counted: "people"}}},
		{"Two people have been diagnosed with anxiety.", []want{{number: "Two", low: 2, measure: dossier.Other, counted: "people"}}},
		{"Officials are looking for two people seen near the site.", []want{{number: "two", low: 2, measure: dossier.Other, counted: "people"}}},
		// Treated for a disease, even a suspected one: cases; for burns: hurt.
		{"Seven people are being treated for bird flu.", []want{{number: "Seven", low: 7, measure: dossier.Cases, counted: "people"}}},
		{"Seven people are being treated for what doctors suspect may be bird flu.", []want{{number: "Seven", low: 7, measure: dossier.Cases, counted: "people"}}},
		{"Three people were treated for burns.", []want{{number: "Three", low: 3, measure: dossier.Injured, counted: "people"}}},
		// "no reported casualties" is a zero as "no casualties" is; no
		// reported problems are no figure.
		{"There were no reported casualties.", []want{{number: "no", low: 0, measure: dossier.Casualties, counted: "casualties"}}},
		{"Police said there have been no confirmed casualties from the incident.", []want{{number: "no", low: 0, measure: dossier.Casualties, counted: "confirmed casualties"}}},
		{"There were no reported problems.", nil},
		// The dead and the missing together are casualties; the dead alone
		// are deaths.
		{"Severe flooding left 600 people dead or missing.", []want{{number: "600", low: 600, measure: dossier.Casualties, counted: "people"}}},
		{"Severe flooding left 600 people dead.", []want{{number: "600", low: 600, measure: dossier.Deaths, counted: "people"}}},
		// Forced to relocate is displaced; forced to relocate a thing is not.
		{"Some 100 villagers have been forced to relocate because of rising seas.", []want{{number: "100", span: "Some 100", low: 100, bound: dossier.Approx, measure: dossier.Displaced, counted: "villagers", hedge: "Some"}}},
		{"About 40 companies were forced to relocate production.", []want{{number: "40", span: "About 40", low: 40, bound: dossier.Approx, measure: dossier.Other, counted: "companies"}}},
	})
}

func TestVague(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Dozens of homes were destroyed.", []want{{number: "Dozens", low: 24, bound: dossier.Min, measure: dossier.Other, counted: "homes"}}},
		{"Scores of people were injured.", []want{{number: "Scores", low: 40, bound: dossier.Min, measure: dossier.Injured, counted: "people"}}},
		{"Hundreds of protesters were arrested.", []want{{number: "Hundreds", low: 200, bound: dossier.Min, measure: dossier.Arrested, counted: "protesters"}}},
		{"Thousands have fled the fighting.", []want{{number: "Thousands", low: 2000, bound: dossier.Min, measure: dossier.Displaced}}},
		{"Millions were left without power.", []want{{number: "Millions", low: 2000000, bound: dossier.Min, measure: dossier.Affected}}},
		{"Thousands of villagers are in need of food.", []want{{number: "Thousands", low: 2000, bound: dossier.Min, measure: dossier.Affected, counted: "villagers"}}},
		// Jailed is sentenced (the guide's "sentenced smugglers" are other), not arrested.
		{"Nine men were jailed for fraud.", []want{{number: "Nine", low: 9, bound: dossier.Exact, measure: dossier.Other, counted: "men"}}},
		{"Thousands of villagers live in the valley.", []want{{number: "Thousands", low: 2000, bound: dossier.Min, measure: dossier.Other, counted: "villagers"}}},
		{"Several thousand people gathered in the square.", []want{{number: "Several thousand", low: 2000, bound: dossier.Min, measure: dossier.Other, counted: "people"}}},
		{"Tens of thousands of residents were evacuated.", []want{{number: "Tens of thousands", low: 20000, bound: dossier.Min, measure: dossier.Displaced, counted: "residents"}}},
		{"Hundreds of thousands of refugees crossed the border.", []want{{number: "Hundreds of thousands", low: 200000, bound: dossier.Min, measure: dossier.Displaced, counted: "refugees"}}},
		// Not numbers at all.
		{"Several people and many others were hurt; a number of cars burned.", nil},
	})
}

func TestZero(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"No one was killed in the attack.", []want{{number: "No one", low: 0, measure: dossier.Deaths}}},
		{"No soldiers were injured.", []want{{number: "No", low: 0, measure: dossier.Injured, counted: "soldiers"}}},
		{"The army reported no casualties.", []want{{number: "no", low: 0, measure: dossier.Casualties, counted: "casualties"}}},
		{"No arrests have been made.", []want{{number: "No", low: 0, measure: dossier.Arrested, counted: "arrests"}}},
		{"None of the passengers were hurt.", []want{{number: "None", low: 0, measure: dossier.Injured, counted: "the passengers"}}},
		// A zero without a measure is not reported.
		{"No decision has been made and no comment was given.", nil},
		{"There were no more than 40 guards.", []want{{number: "40", span: "no more than 40", low: 40, bound: dossier.Max, measure: dossier.Deployed, counted: "guards"}}},
	})
}

func TestKinds(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The donors pledged $5 million and 3 million euros.", []want{
			{number: "5 million", span: "$5 million", low: 5e6, kind: dossier.KindMoney},
			{number: "3 million", low: 3e6, kind: dossier.KindMoney},
		}},
		{"Fuel costs rose 5% in May, or 5 percent a year.", []want{
			{number: "5", low: 5, kind: dossier.KindPercent},
			{number: "5", low: 5, kind: dossier.KindPercent},
		}},
		{"The victim, aged 25, was a 19-year-old's neighbour.", []want{
			{number: "25", low: 25, kind: dossier.KindAge},
			{number: "19-year-old", low: 19, kind: dossier.KindAge},
		}},
		{"The attack happened on the 5th of May 2019, not on June 3.", []want{
			{number: "5th", low: 5, kind: dossier.KindDate},
			{number: "2019", low: 2019, kind: dossier.KindDate},
			{number: "3", low: 3, kind: dossier.KindDate},
		}},
		{"The talks lasted three years and the siege six hours.", []want{
			{number: "three", low: 3, kind: dossier.KindDuration},
			{number: "six", low: 6, kind: dossier.KindDuration},
		}},
		{"It was the fourth crash this year and the second in 12 days.", []want{
			{number: "fourth", low: 4, kind: dossier.KindOrdinal},
			{number: "second", low: 2, kind: dossier.KindOrdinal},
			{number: "12", low: 12, kind: dossier.KindDuration},
		}},
		{"Flight 370 and Route 66 are cited in Resolution 2254.", []want{
			{number: "370", low: 370, kind: dossier.KindID},
			{number: "66", low: 66, kind: dossier.KindID},
			{number: "2254", low: 2254, kind: dossier.KindID},
		}},
		{"A 5.2 magnitude quake struck 10 km away at 3 p.m., when it was 30 degrees.", []want{
			{number: "5.2", low: 5.2, kind: dossier.KindMeasure},
			{number: "10", low: 10, kind: dossier.KindMeasure},
			{number: "3", low: 3, kind: dossier.KindMeasure},
			{number: "30", low: 30, kind: dossier.KindMeasure},
		}},
		{"Call 555-1234 before 19:30.", []want{
			{number: "555-1234", low: 555, kind: dossier.KindID},
			{number: "19:30", low: 19, kind: dossier.KindMeasure},
		}},
	})
}

func TestMeasures(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"A gunman killed three people and injured three others.", []want{
			{number: "three", low: 3, measure: dossier.Deaths, counted: "people"},
			{number: "three", low: 3, measure: dossier.Injured, counted: "others"},
		}},
		{"The quake killed one and injured eight people.", []want{
			{number: "one", low: 1, measure: dossier.Deaths, counted: "people"},
			{number: "eight", low: 8, measure: dossier.Injured, counted: "people"},
		}},
		{"Police said twelve protesters were arrested and two officers were hurt.", []want{
			{number: "twelve", low: 12, measure: dossier.Arrested, counted: "protesters"},
			{number: "two", low: 2, measure: dossier.Injured, counted: "officers"},
		}},
		{"At least 40 were killed or wounded in the shelling.", []want{
			{number: "40", span: "At least 40", low: 40, bound: dossier.Min, measure: dossier.Casualties},
		}},
		{"The official toll listed nine civilians, four soldiers and one police officer among the dead.", []want{
			{number: "nine", low: 9, measure: dossier.Deaths, counted: "civilians"},
			{number: "four", low: 4, measure: dossier.Deaths, counted: "soldiers"},
			{number: "one", low: 1, measure: dossier.Deaths, counted: "police officer"},
		}},
		{"The confirmed deaths are eleven villagers, three soldiers, and one member of the border guard.", []want{
			{number: "eleven", low: 11, measure: dossier.Deaths, counted: "villagers"},
			{number: "three", low: 3, measure: dossier.Deaths, counted: "soldiers"},
			{number: "one", low: 1, measure: dossier.Deaths, counted: "member of the border guard"},
		}},
		{"The mayor claimed 60 residents were wounded, as were eight from the fire service.", []want{
			{number: "60", low: 60, measure: dossier.Injured, counted: "residents"},
			{number: "eight", low: 8, measure: dossier.Injured, counted: "the fire service"},
		}},
		{"The death toll has risen to 57.", []want{{number: "57", low: 57, measure: dossier.Deaths, counted: "death toll"}}},
		{"The number of infections in the camp climbed to 212.", []want{{number: "212", low: 212, measure: dossier.Cases, counted: "infections"}}},
		{"Officers said 412 suspects in 19 countries were detained.", []want{
			{number: "412", low: 412, measure: dossier.Arrested, counted: "suspects"},
			{number: "19", low: 19, measure: dossier.Other, counted: "countries"},
		}},
		{"The outbreak has 80 confirmed cases of the disease.", []want{{number: "80", low: 80, measure: dossier.Cases, counted: "confirmed cases of the disease"}}},
		{"The hurricane claimed about 400 lives.", []want{{number: "400", span: "about 400", low: 400, bound: dossier.Approx, measure: dossier.Deaths, counted: "lives"}}},
		{"The 50 workers infected included 12 nurses.", []want{
			{number: "50", low: 50, measure: dossier.Cases, counted: "workers infected"},
			{number: "12", low: 12, measure: dossier.Cases, counted: "nurses"},
		}},
		{"Gunmen abducted 30 students; 14 bodies were recovered and 200 families were evacuated.", []want{
			{number: "30", low: 30, measure: dossier.Kidnapped, counted: "students"},
			{number: "14", low: 14, measure: dossier.Deaths, counted: "bodies"},
			{number: "200", low: 200, measure: dossier.Displaced, counted: "families"},
		}},
		{"The coalition conducted 17 strikes and destroyed four tanks.", []want{
			{number: "17", low: 17, measure: dossier.Other, counted: "strikes"},
			{number: "four", low: 4, measure: dossier.Other, counted: "tanks"},
		}},
		{"The earlier toll of 31 dead was revised.", []want{{number: "31", low: 31, measure: dossier.Deaths, counted: "dead"}}},
		{"Officials condemned the murder of hundreds of people.", []want{{number: "hundreds", low: 200, bound: dossier.Min, measure: dossier.Deaths, counted: "people"}}},
		{"Britain is sending an additional 250 soldiers to train the army.", []want{{number: "250", span: "an additional 250", low: 250, measure: dossier.Deployed, counted: "soldiers"}}},
		{"Some 30 soldiers took their own lives rather than surrender.", []want{{number: "30", span: "Some 30", low: 30, bound: dossier.Approx, measure: dossier.Deaths, counted: "soldiers"}}},
		{"About 1,200 marines had arrived at the port by Friday.", []want{{number: "1,200", span: "About 1,200", low: 1200, bound: dossier.Approx, measure: dossier.Deployed, counted: "marines"}}},
		{"Nearly 5,000 tourists arrived on the island.", []want{{number: "5,000", span: "Nearly 5,000", low: 5000, bound: dossier.Approx, measure: dossier.Other, counted: "tourists"}}},
		{"He offered to hand back the two soldiers his forces captured on Saturday.", []want{{number: "two", low: 2, measure: dossier.Captured, counted: "soldiers"}}},
		{"At least 90 people were hurt, including 12 who were killed.", []want{
			{number: "90", span: "At least 90", low: 90, bound: dossier.Min, measure: dossier.Injured, counted: "people"},
			{number: "12", low: 12, measure: dossier.Deaths},
		}},
		{"The attack left 6 people dead and 30 wounded.", []want{
			{number: "6", low: 6, measure: dossier.Deaths, counted: "people"},
			{number: "30", low: 30, measure: dossier.Injured, counted: "wounded"},
		}},
		{"Two aid workers remain missing and one person was taken hostage.", []want{
			{number: "Two", low: 2, measure: dossier.Missing, counted: "aid workers"},
			{number: "one", low: 1, measure: dossier.Kidnapped, counted: "person"},
		}},
		{"A soldier was killed on Tuesday.", nil},
	})
}

func TestStageContract(t *testing.T) {
	s := New()
	if s.Name() != "quant" || s.Requires() != nlp.Tokens|nlp.Sentences || s.Provides() != nlp.Quantities {
		t.Fatal("stage contract changed")
	}
	if _, err := nlp.NewPipeline(nlp.Tokenizer{}, s); err != nil {
		t.Fatal(err)
	}
	// Bad offsets must not crash the stage.
	d := &nlp.Doc{}
	d.Reset("300 troops", time.Time{})
	_ = (nlp.Tokenizer{}).Process(d)
	d.Tokens[0].End = 99
	d.Sentences[0].Last = 42
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
}

func TestPOSOptional(t *testing.T) {
	// With a POS layer the results on simple text stay the same.
	s := "Police said 20 people were arrested."
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	_ = (nlp.Tokenizer{}).Process(d)
	tags := []string{"NNS", "VBD", "CD", "NNS", "VBD", "VBN", "."}
	if len(tags) != len(d.Tokens) {
		t.Fatalf("%d tokens", len(d.Tokens))
	}
	d.POS = append(d.POS, tags...)
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quantities) != 1 || d.Quantities[0].Measure != dossier.Arrested || d.Quantities[0].Counted.Text(s) != "people" {
		t.Fatalf("got %s", dump(s, d.Quantities))
	}
}

func FuzzQuant(f *testing.F) {
	for _, s := range []string{
		"approximately 300 North Korean troops have been killed and 2,700 others injured",
		"between 10 and 12 of them, 10,000-12,000, no one, none of the",
		"a quarter of a million, half a, tens of, 27-hundred-year-old, 5th of May 2019",
		"$5m, US$ 5bn, 9/11, 1939-1945, 555-123-4567, 19:00, [4], -5 degrees",
		"one-third twenty-first almost-three-year-old 1,2,3 2.7.3 0900",
		"", "a", "No", "\xff\xfe300", "300 \u2013 400 troops",
	} {
		f.Add(s)
	}
	st := New()
	f.Fuzz(func(t *testing.T, s string) {
		d := &nlp.Doc{}
		d.Reset(s, time.Time{})
		_ = (nlp.Tokenizer{}).Process(d)
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quantities {
			if q.Span.Start < 0 || q.Span.End > len(s) || q.Span.Start > q.Span.End {
				t.Fatalf("bad span %v", q.Span)
			}
			if !q.Span.Contains(q.Number) {
				t.Fatalf("number %v outside span %v in %q", q.Number, q.Span, s)
			}
			if q.Low > q.High {
				t.Fatalf("low > high in %q", s)
			}
		}
	})
}

func TestNewsPatterns(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Officials confirmed 48 new cases, bringing the total to 2,310.", []want{
			{number: "48", low: 48, measure: dossier.Cases, counted: "new cases"},
			{number: "2,310", low: 2310, measure: dossier.Cases, counted: "new cases"},
		}},
		{"The blaze destroyed 120 homes and forced 900 villagers to flee.", []want{
			{number: "120", low: 120, measure: dossier.Other, counted: "homes"},
			{number: "900", low: 900, measure: dossier.Displaced, counted: "villagers"},
		}},
		{"About 90 firefighters fought the fire overnight.", []want{
			{number: "90", span: "About 90", low: 90, bound: dossier.Approx, measure: dossier.Deployed, counted: "firefighters"},
		}},
		{"The pair were among nine sailors who drowned off the coast.", []want{
			{number: "nine", low: 9, measure: dossier.Deaths, counted: "sailors"},
		}},
		{"At least five, including two teenagers, died in the crash.", []want{
			{number: "five", span: "At least five", low: 5, bound: dossier.Min, measure: dossier.Deaths},
			{number: "two", low: 2, measure: dossier.Deaths, counted: "teenagers"},
		}},
		{"One guard was, according to the company, among the dead.", []want{
			{number: "One", low: 1, measure: dossier.Deaths, counted: "guard"},
		}},
		{"By Friday 16 bodies had been found, ten men and six women, the coroner said.", []want{
			{number: "16", low: 16, measure: dossier.Deaths, counted: "bodies"},
			{number: "ten", low: 10, measure: dossier.Deaths, counted: "men"},
			{number: "six", low: 6, measure: dossier.Deaths, counted: "women"},
		}},
		{"Forty people or more were hurt in the stampede.", []want{
			{number: "Forty", low: 40, bound: dossier.Min, measure: dossier.Injured, counted: "people"},
		}},
		{"The flooding raised the death toll from eight to 13.", []want{
			{number: "eight", low: 8, measure: dossier.Deaths, counted: "death toll"},
			{number: "13", low: 13, measure: dossier.Deaths, counted: "death toll"},
		}},
		{"Three of the gunman's victims died and two others were badly hurt.", []want{
			{number: "Three", low: 3, measure: dossier.Deaths, counted: "the gunman's victims"},
			{number: "two", low: 2, measure: dossier.Injured, counted: "others"},
		}},
		{"Guests said about 150 people were at the wedding, six of whom were injured.", []want{
			{number: "150", span: "about 150", low: 150, bound: dossier.Approx, measure: dossier.Other, counted: "people"},
			{number: "six", low: 6, measure: dossier.Injured, counted: "people"},
		}},
		{"One passenger was pronounced dead at the scene and the other four were taken to hospital.", []want{
			{number: "One", low: 1, measure: dossier.Deaths, counted: "passenger"},
			{number: "four", low: 4, measure: dossier.Injured, counted: "passenger"},
		}},
		{"The rebels stormed the hotel, taking dozens of guests hostage.", []want{
			{number: "dozens", low: 24, bound: dossier.Min, measure: dossier.Kidnapped, counted: "guests"},
		}},
		{"The shelling killed 25 people, among them eight children.", []want{
			{number: "25", low: 25, measure: dossier.Deaths, counted: "people"},
			{number: "eight", low: 8, measure: dossier.Deaths, counted: "children"},
		}},
		{"The ministry said the fatalities included three nurses and one doctor.", []want{
			{number: "three", low: 3, measure: dossier.Deaths, counted: "nurses"},
			{number: "one", low: 1, measure: dossier.Deaths, counted: "doctor"},
		}},
		{"Witnesses said the attacker wounded a guard and three shoppers.", []want{
			{number: "three", low: 3, measure: dossier.Injured, counted: "shoppers"},
		}},
		{"Four tourists and a guide were injured.", []want{
			{number: "Four", low: 4, measure: dossier.Injured, counted: "tourists"},
		}},
		{"Nineteen pupils with minor injuries were treated at the scene.", []want{
			{number: "Nineteen", low: 19, measure: dossier.Injured, counted: "pupils"},
		}},
		{"Since June more than 900 people - most of them farmers - have been killed.", []want{
			{number: "900", span: "more than 900", low: 900, bound: dossier.Min, measure: dossier.Deaths, counted: "people"},
		}},
		{"Gunmen shot dead four miners and stabbed to death two guards.", []want{
			{number: "four", low: 4, measure: dossier.Deaths, counted: "miners"},
			{number: "two", low: 2, measure: dossier.Deaths, counted: "guards"},
		}},
		{"Nearly 300,000 Sudanese are registered as refugees in Chad.", []want{
			{number: "300,000", span: "Nearly 300,000", low: 300000, bound: dossier.Approx, measure: dossier.Displaced, counted: "Sudanese"},
		}},
		{"About 5,000 of the district's population of 40,000 have fled.", []want{
			{number: "5,000", span: "About 5,000", low: 5000, bound: dossier.Approx, measure: dossier.Displaced, counted: "the district's population"},
			// A population sets the scene: no figure of its own.
		}},
		{"Eleven members of one family died in the blaze.", []want{
			{number: "Eleven", low: 11, measure: dossier.Deaths, counted: "members of one family"},
		}},
		{"None of the 80 crew members were hurt.", []want{
			{number: "None", low: 0, measure: dossier.Injured, counted: "the 80 crew members"},
			{number: "80", low: 80, measure: dossier.Other, counted: "crew members"},
		}},
		{"In one case, two clerks were shot dead.", []want{
			{number: "two", low: 2, measure: dossier.Deaths, counted: "clerks"},
		}},
		{"The two French police officers were found guilty.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "French police officers"},
		}},
		{"Kyiv says Moscow has lost about 90,000 soldiers and 3,000 tanks.", []want{
			{number: "90,000", span: "about 90,000", low: 90000, bound: dossier.Approx, measure: dossier.Casualties, counted: "soldiers"},
			{number: "3,000", low: 3000, measure: dossier.Other, counted: "tanks"},
		}},
		{"Six climbers suffered minor injuries and 14 were treated for burns.", []want{
			{number: "Six", low: 6, measure: dossier.Injured, counted: "climbers"},
			{number: "14", low: 14, measure: dossier.Injured, counted: "climbers"},
		}},
		{"Thirty aid workers were held hostage; about 700 residents were forced from their homes.", []want{
			{number: "Thirty", low: 30, measure: dossier.Kidnapped, counted: "aid workers"},
			{number: "700", span: "about 700", low: 700, bound: dossier.Approx, measure: dossier.Displaced, counted: "residents"},
		}},
		{"Some 800 families took refuge in schools, and 90,000 homes were without power.", []want{
			{number: "800", span: "Some 800", low: 800, bound: dossier.Approx, measure: dossier.Displaced, counted: "families"},
			{number: "90,000", low: 90000, measure: dossier.Affected, counted: "homes"},
		}},
		{"The protest drew about 4,000 people; 31 were detained.", []want{
			{number: "4,000", span: "about 4,000", low: 4000, bound: dossier.Approx, measure: dossier.Other, counted: "people"},
			{number: "31", low: 31, measure: dossier.Arrested, counted: "people"},
		}},
	})
}

func TestNonCounts(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Prices rose from $40 to $55 million, or 1.2m tonnes of grain.", []want{
			{number: "40", span: "$40", low: 40, kind: dossier.KindMoney},
			{number: "55 million", span: "$55 million", low: 55e6, kind: dossier.KindMoney},
			{number: "1.2m", low: 1.2e6, kind: dossier.KindMeasure},
		}},
		{"Analysts expect $40 to $55 million and 35m users.", []want{
			{number: "40 to $55 million", span: "$40 to $55 million", low: 40e6, high: 55e6, bound: dossier.Range, kind: dossier.KindMoney},
			{number: "35m", low: 35e6, measure: dossier.Other, counted: "users"},
		}},
		{"The range is between $62 and $68 per share.", []want{
			{number: "62 and $68", span: "between $62 and $68", low: 62, high: 68, bound: dossier.Range, kind: dossier.KindMoney},
		}},
		{"Fees range from 1 per cent to 1.5 per cent.", []want{
			{number: "1 per cent to 1.5", low: 1, high: 1.5, bound: dossier.Range, kind: dossier.KindPercent},
		}},
		{"The lawyer, Maria Lopez, 52, said the 2019 figures were wrong.", []want{
			{number: "52", low: 52, kind: dossier.KindAge},
			{number: "2019", low: 2019, kind: dossier.KindDate},
		}},
		{"Footage captured two gangs fighting; the driver, Tom Reed (34), was unhurt.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "gangs"},
			{number: "34", low: 34, kind: dossier.KindAge},
		}},
		{"The bank moved to 575 Harbour Road in Leeds.", []want{
			{number: "575", low: 575, kind: dossier.KindID},
		}},
		{"It is twenty-eight thousand six hundred forty-two kilometres away.", []want{
			{number: "twenty-eight thousand six hundred forty-two", low: 28642, kind: dossier.KindMeasure},
		}},
		{"There are four to five thousand workers.", []want{
			{number: "four to five thousand", low: 4000, high: 5000, bound: dossier.Range, measure: dossier.Other, counted: "workers"},
		}},
		{"It was minus 40 degrees, and the ship sailed 300 nautical miles [3].", []want{
			{number: "40", low: -40, kind: dossier.KindMeasure},
			{number: "300", low: 300, kind: dossier.KindMeasure},
			{number: "3", low: 3, kind: dossier.KindID},
		}},
		{"The S&P 500 and the iPhone 15 both rose 2%.", []want{
			{number: "500", low: 500, kind: dossier.KindID},
			{number: "15", low: 15, kind: dossier.KindID},
			{number: "2", low: 2, kind: dossier.KindPercent},
		}},
		{"Two thirds of the voters backed the plan.", nil},
	})
}

// TestChangesAndContext covers toll updates, subjects of "exceeded", vague
// "scores", fractions, negated zeros, "N out of M", people under rubble,
// hospital patients by document context, clause-local verbs, apposition
// and victims of a deadly event.
func TestChangesAndContext(t *testing.T) {
	checkCases(t, []sentenceCase{
		// 1. "from X to Y" after a toll or change word is two figures.
		{"New finds pushed the confirmed death toll from nine to 23.", []want{
			{number: "nine", low: 9, measure: dossier.Deaths, counted: "confirmed death toll"},
			{number: "23", low: 23, measure: dossier.Deaths, counted: "confirmed death toll"},
		}},
		{"The toll climbed from 4 to 7 overnight.", []want{
			{number: "4", low: 4, measure: dossier.Deaths, counted: "toll"},
			{number: "7", low: 7, measure: dossier.Deaths, counted: "toll"},
		}},
		{"Between 15 and 18 climbers are missing.", []want{
			{number: "15 and 18", span: "Between 15 and 18", low: 15, high: 18, bound: dossier.Range, measure: dossier.Missing, counted: "climbers"},
		}},
		{"Officials said 15 to 18 climbers are missing.", []want{
			{number: "15 to 18", low: 15, high: 18, bound: dossier.Range, measure: dossier.Missing, counted: "climbers"},
		}},
		{"The toll rose to 12, up from nine on Monday.", []want{
			{number: "12", low: 12, measure: dossier.Deaths, counted: "toll"},
			{number: "nine", low: 9, measure: dossier.Deaths, counted: "toll"},
		}},
		// 2. A toll noun as the subject of exceeded/surpassed.
		{"Several unofficial death tolls, compiled by local activists, exceeded 250.", []want{
			{number: "250", low: 250, bound: dossier.Min, measure: dossier.Deaths, counted: "Several unofficial death tolls", hedge: "exceeded"},
		}},
		{"By Sunday the death toll had topped 1,200.", []want{
			{number: "1,200", low: 1200, bound: dossier.Min, measure: dossier.Deaths, hedge: "topped", counted: "death toll"},
		}},
		// 3. "scores" as a vague plural.
		{"Four guards died and scores more were hurt.", []want{
			{number: "Four", low: 4, measure: dossier.Deaths, counted: "guards"},
			{number: "scores", low: 40, bound: dossier.Min, measure: dossier.Injured, counted: "guards"},
		}},
		{"Scores were wounded in the clashes.", []want{
			{number: "Scores", low: 40, bound: dossier.Min, measure: dossier.Injured},
		}},
		{"The scores were level at half time.", nil},
		// 4. "-and-a-half" number words.
		{"Lebanon hosts a million refugees, down from a peak of nearly two-and-a-half million.", []want{
			{number: "a million", low: 1e6, measure: dossier.Displaced, counted: "refugees"},
			{number: "two-and-a-half million", span: "nearly two-and-a-half million", low: 2.5e6, bound: dossier.Approx, measure: dossier.Displaced, counted: "refugees"},
		}},
		{"Four and a half thousand residents fled.", []want{
			{number: "Four and a half thousand", low: 4500, measure: dossier.Displaced, counted: "residents"},
		}},
		{"One and a half million people were affected.", []want{
			{number: "One and a half million", low: 1.5e6, measure: dossier.Affected, counted: "people"},
		}},
		{"The two-and-a-half-year-old girl was unhurt.", []want{
			{number: "two-and-a-half-year-old", low: 2.5, kind: dossier.KindAge},
		}},
		// 5. Negated zeros.
		{"Not a single Dutch soldier was lost.", nil}, // a zero with no measure is no figure
		{"Not a single civilian life was lost.", []want{
			{number: "Not a single", low: 0, measure: dossier.Deaths, counted: "civilian life"},
		}},
		{"Not one passenger was injured.", []want{
			{number: "Not one", low: 0, measure: dossier.Injured, counted: "passenger"},
		}},
		{"The navy is not holding any pirate detainees.", []want{
			{number: "not holding any", low: 0, measure: dossier.Captured, counted: "pirate detainees"},
		}},
		{"Hospitals did not report any deaths.", nil}, // silence, not none
		{"Nobody was killed and none were injured.", []want{
			{number: "Nobody", low: 0, measure: dossier.Deaths},
			{number: "none", low: 0, measure: dossier.Injured},
		}},
		{"The firm did not report any losses.", nil},
		{"He was not one to complain.", nil},
		{"It was not one but two blasts.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "blasts"},
		}},
		// 6. "N out of M" and "tested … positive".
		{"Doctors tested 9 out of 15 suspected cases positive for cholera.", []want{
			{number: "9", low: 9, measure: dossier.Cases, counted: "suspected cases"},
			{number: "15", low: 15, measure: dossier.Other, counted: "suspected cases"},
		}},
		{"The clinic tested 12 workers positive.", []want{
			{number: "12", low: 12, measure: dossier.Cases, counted: "workers"},
		}},
		// 7. People under the rubble are missing.
		{"Officials feared possibly between 20 and 25 people under the rubble.", []want{
			{number: "20 and 25", span: "between 20 and 25", low: 20, high: 25, bound: dossier.Range, measure: dossier.Missing, counted: "people"},
		}},
		{"Nine miners were trapped under the debris.", []want{
			{number: "Nine", low: 9, measure: dossier.Missing, counted: "miners"},
		}},
		{"Crews searched under the rubble of 12 homes.", []want{
			{number: "12", low: 12, measure: dossier.Other, counted: "homes"},
		}},
		// 8. Hospital patients: injured after a crash, other in an epidemic.
		{"The coach overturned on the highway. 27 were reported hospitalised with four seriously injured.", []want{
			{number: "27", low: 27, measure: dossier.Injured},
			{number: "four", low: 4, measure: dossier.Injured},
		}},
		{"Twelve passengers were treated in hospital.", []want{
			{number: "Twelve", low: 12, measure: dossier.Injured, counted: "passengers"},
		}},
		{"The outbreak has reached 900 cases. Of these, 212 persons were hospitalized and 40 have died.", []want{
			{number: "900", low: 900, measure: dossier.Cases, counted: "cases"},
			{number: "212", low: 212, measure: dossier.Other, counted: "persons"},
			{number: "40", low: 40, measure: dossier.Deaths, counted: "persons"},
		}},
		{"During the flu pandemic a train derailed. 30 people were hospitalised.", []want{
			{number: "30", low: 30, measure: dossier.Injured, counted: "people"},
		}},
		{"In some cases, 12 people were hospitalised after the crash.", []want{
			{number: "12", low: 12, measure: dossier.Injured, counted: "people"},
		}},
		// 9. The verb of the number's own clause wins.
		{"Two French tourists were killed in the crash, and five more were injured.", []want{
			{number: "Two", low: 2, measure: dossier.Deaths, counted: "French tourists"},
			{number: "five", low: 5, measure: dossier.Injured, counted: "French tourists"},
		}},
		{"The shelling killed three soldiers while eleven others were wounded.", []want{
			{number: "three", low: 3, measure: dossier.Deaths, counted: "soldiers"},
			{number: "eleven", low: 11, measure: dossier.Injured, counted: "others"},
		}},
		// 10. Apposition, "among the dead", bodies and victims.
		{"At least nine, including three infants, drowned.", []want{
			{number: "nine", span: "At least nine", low: 9, bound: dossier.Min, measure: dossier.Deaths},
			{number: "three", low: 3, measure: dossier.Deaths, counted: "infants"},
		}},
		{"One pilot was, the airline said, among the injured.", []want{
			{number: "One", low: 1, measure: dossier.Injured, counted: "pilot"},
		}},
		{"Divers had recovered 14 bodies, eight men and six children.", []want{
			{number: "14", low: 14, measure: dossier.Deaths, counted: "bodies"},
			{number: "eight", low: 8, measure: dossier.Deaths, counted: "men"},
			{number: "six", low: 6, measure: dossier.Deaths, counted: "children"},
		}},
		{"A gunman killed five people at a market. Police named the five victims on Friday.", []want{
			{number: "five", low: 5, measure: dossier.Deaths, counted: "people"},
			{number: "five", low: 5, measure: dossier.Deaths, counted: "victims"},
		}},
		{"A gunman killed five people. Two victims were rescued from the building.", []want{
			{number: "five", low: 5, measure: dossier.Deaths, counted: "people"},
			{number: "Two", low: 2, measure: dossier.Other, counted: "victims"},
		}},
		{"A mortar hit the school on Monday, killing 9 pupils. The victims included two teachers.", []want{
			{number: "9", low: 9, measure: dossier.Deaths, counted: "pupils"},
			{number: "two", low: 2, measure: dossier.Deaths, counted: "teachers"},
		}},
		{"Searchers had found 16 bodies: ten men and six women.", []want{
			{number: "16", low: 16, measure: dossier.Deaths, counted: "bodies"},
			{number: "ten", low: 10, measure: dossier.Deaths, counted: "men"},
			{number: "six", low: 6, measure: dossier.Deaths, counted: "women"},
		}},
		{"The governor raised the toll to 44 from 38.", []want{
			{number: "44", low: 44, measure: dossier.Deaths, counted: "toll"},
			{number: "38", low: 38, measure: dossier.Deaths, counted: "toll"},
		}},
		{"Casualties ranged from 30 to 50 fighters.", []want{
			{number: "30 to 50", low: 30, high: 50, bound: dossier.Range, measure: dossier.Casualties, counted: "fighters"},
		}},
		{"The gunman shot five people dead; all but one victim was a student.", []want{
			{number: "five", low: 5, measure: dossier.Deaths, counted: "people"},
			{number: "one", low: 1, measure: dossier.Other, counted: "victim"},
		}},
		{"When she was two-and-a-half, she could read.", []want{
			{number: "two-and-a-half", low: 2.5, kind: dossier.KindMeasure},
		}},
		{"A landslide buried the village, killing 30. Among the victims were 12 children.", []want{
			{number: "30", low: 30, measure: dossier.Deaths},
			{number: "12", low: 12, measure: dossier.Deaths, counted: "children"},
		}},
		{"The suspects range in age from 19 to 64.", []want{
			{number: "19 to 64", low: 19, high: 64, bound: dossier.Range, kind: dossier.KindAge},
		}},
		{"Nine, five of them students, drowned.", []want{
			{number: "Nine", low: 9, measure: dossier.Deaths},
			{number: "five", low: 5, measure: dossier.Deaths, counted: "students"},
		}},
		{"Two nurses were among those killed.", []want{
			{number: "Two", low: 2, measure: dossier.Deaths, counted: "nurses"},
		}},
		{"Three Canadians were among the 40 hostages.", []want{
			{number: "Three", low: 3, measure: dossier.Kidnapped, counted: "Canadians"},
			{number: "40", low: 40, measure: dossier.Kidnapped, counted: "hostages"},
		}},
		{"Twenty bodies were found - 15 men and five women.", []want{
			{number: "Twenty", low: 20, measure: dossier.Deaths, counted: "bodies"},
			{number: "15", low: 15, measure: dossier.Deaths, counted: "men"},
			{number: "five", low: 5, measure: dossier.Deaths, counted: "women"},
		}},
		{"The remains of eight climbers were recovered.", []want{
			{number: "eight", low: 8, measure: dossier.Deaths, counted: "climbers"},
		}},
		{"Three of the dead were foreigners; they were two Germans, one from Spain, and a fourth from Peru.", []want{
			{number: "Three", low: 3, measure: dossier.Deaths, counted: "the dead"},
			{number: "two", low: 2, measure: dossier.Deaths, counted: "Germans"},
			{number: "one", low: 1, measure: dossier.Deaths, counted: "Spain"},
			{number: "fourth", low: 4, kind: dossier.KindOrdinal},
		}},
		{"Fifty people attended; they were 20 men and 30 women.", []want{
			{number: "Fifty", low: 50, measure: dossier.Other, counted: "people"},
			{number: "20", low: 20, measure: dossier.Other, counted: "men"},
			{number: "30", low: 30, measure: dossier.Other, counted: "women"},
		}},
		{"Fraudsters targeted 300 victims across the country.", []want{
			{number: "300", low: 300, measure: dossier.Other, counted: "victims"},
		}},
	})
}

// TestBareCounted checks the noun a bare figure takes from its sentence.
func TestBareCounted(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The bus hit a crowd, killing five pedestrians and injuring nine more.", []want{
			{number: "five", low: 5, measure: dossier.Deaths, counted: "pedestrians"},
			{number: "nine", low: 9, measure: dossier.Injured, counted: "pedestrians"},
		}},
		{"About 80 workers were inside the plant, three of whom were hurt.", []want{
			{number: "80", span: "About 80", low: 80, bound: dossier.Approx, measure: dossier.Other, counted: "workers"},
			{number: "three", low: 3, measure: dossier.Injured, counted: "workers"},
		}},
		{"Twelve miners were rescued and two remain missing.", []want{
			{number: "Twelve", low: 12, measure: dossier.Other, counted: "miners"},
			{number: "two", low: 2, measure: dossier.Missing, counted: "miners"},
		}},
		{"The ship carried 240 people, nine of them crew members.", []want{
			{number: "240", low: 240, measure: dossier.Other, counted: "people"},
			{number: "nine", low: 9, measure: dossier.Other, counted: "crew members"},
		}},
		// Events are no group of people.
		{"There were two riots that week, one in the capital killing four.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "riots"},
			{number: "one", low: 1, measure: dossier.Other, counted: "riots"},
			{number: "four", low: 4, measure: dossier.Deaths},
		}},
		{"Some 2,000 soldiers, police officers and militiamen joined the assault.", []want{
			{number: "2,000", span: "Some 2,000", low: 2000, bound: dossier.Approx, measure: dossier.Deployed, counted: "soldiers, police officers and militiamen"},
		}},
		{"The flood killed 40 people, mostly farmers and herders.", []want{
			{number: "40", low: 40, measure: dossier.Deaths, counted: "people"},
		}},
		{"Health workers logged new cases of cholera, including 31 on Friday.", []want{
			{number: "31", low: 31, measure: dossier.Cases, counted: "new cases of cholera"},
		}},
		{"The ferry sank with 88 people on board.", []want{
			{number: "88", low: 88, measure: dossier.Other, counted: "people on board"},
		}},
		{"Rangers found 12 pelts and three live tortoises.", []want{
			{number: "12", low: 12, measure: dossier.Other, counted: "pelts"},
			{number: "three", low: 3, measure: dossier.Other, counted: "live tortoises"},
		}},
		{"The council has the largest number of women, 41, since 1990.", []want{
			{number: "41", low: 41, measure: dossier.Other, counted: "women"},
			{number: "1990", low: 1990, kind: dossier.KindDate},
		}},
		{"In the raids, 12 were detained.", []want{
			{number: "12", low: 12, measure: dossier.Arrested},
		}},
		// A different group: the object of another verb keeps its number.
		{"Three suspects were arrested and charged with killing two.", []want{
			{number: "Three", low: 3, measure: dossier.Arrested, counted: "suspects"},
			{number: "two", low: 2, measure: dossier.Deaths},
		}},
	})
}

// TestAppositionAndLists checks figures whose measure comes from a phrase
// they stand beside rather than from their own verb.
func TestAppositionAndLists(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The wounded hikers, two women and a man, were flown to a clinic.", []want{
			{number: "two", low: 2, measure: dossier.Injured, counted: "women"},
		}},
		{"Police said the dead, four men and a child, were all from the village.", []want{
			{number: "four", low: 4, measure: dossier.Deaths, counted: "men"},
		}},
		// A prepositional phrase is no apposition.
		{"Apart from the deaths, 20 stayed at home.", []want{
			{number: "20", low: 20, measure: dossier.Other},
		}},
		{"Ten people were hurt, including the pilot and co-pilot, and one mechanic on the tarmac.", []want{
			{number: "Ten", low: 10, measure: dossier.Injured, counted: "people"},
			{number: "one", low: 1, measure: dossier.Injured, counted: "mechanic"},
		}},
		{"Volunteers between the ages of 18 and 25 took part.", []want{
			{number: "18 and 25", span: "between the ages of 18 and 25", low: 18, high: 25, bound: dossier.Range, kind: dossier.KindAge},
		}},
		{"Nine residents were treated for smoke inhalation.", []want{
			{number: "Nine", low: 9, measure: dossier.Injured, counted: "residents"},
		}},
		// The verb before the first conjunct reaches past an age in it.
		{"Officers detained a 19-year-old woman and three men at the port.", []want{
			{number: "19-year-old", low: 19, kind: dossier.KindAge},
			{number: "three", low: 3, measure: dossier.Arrested, counted: "men"},
		}},
	})
}

// TestAgentsAndTallies checks figures that do something rather than suffer
// it, and figures that add to the tally before them.
func TestAgentsAndTallies(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Two gunmen killed three guards.", []want{
			{number: "Two", low: 2, measure: dossier.Other, counted: "gunmen"},
			{number: "three", low: 3, measure: dossier.Deaths, counted: "guards"},
		}},
		{"Four storms killed them.", []want{
			{number: "Four", low: 4, measure: dossier.Other, counted: "storms"},
		}},
		// A perfect is active too, and a hedged figure is an object.
		{"Two gunmen have killed three guards.", []want{
			{number: "Two", low: 2, measure: dossier.Other, counted: "gunmen"},
			{number: "three", low: 3, measure: dossier.Deaths, counted: "guards"},
		}},
		{"Two bombers killed at least four guards.", []want{
			{number: "Two", low: 2, measure: dossier.Other, counted: "bombers"},
			{number: "four", span: "at least four", low: 4, bound: dossier.Min, measure: dossier.Deaths, counted: "guards"},
		}},
		// A hedged time phrase is no object.
		{"Seven miners have died over the past three years.", []want{
			{number: "Seven", low: 7, measure: dossier.Deaths, counted: "miners"},
			{number: "three", low: 3, kind: dossier.KindDuration},
		}},
		{"Three hikers injured the same day were airlifted.", []want{
			{number: "Three", low: 3, measure: dossier.Injured, counted: "hikers"},
		}},
		{"Some 500 families fled their villages.", []want{
			{number: "500", span: "Some 500", low: 500, bound: dossier.Approx, measure: dossier.Displaced, counted: "families"},
		}},
		{"The ministry said 5,100 cases have been confirmed so far, with 240 reported on Sunday.", []want{
			{number: "5,100", low: 5100, measure: dossier.Cases, counted: "cases"},
			{number: "240", low: 240, measure: dossier.Cases, counted: "cases"},
		}},
	})
}

// TestTollsAndWholes checks tolls named away from their figure, figures that
// are the whole of a part, and "one of" partitives.
func TestTollsAndWholes(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The global number of infections topped two million in May.", []want{
			{number: "two million", low: 2e6, bound: dossier.Min, measure: dossier.Cases, counted: "infections", hedge: "topped"},
		}},
		{"Infections in the worst-hit state, Ohio, are totalling about 9,000.", []want{
			{number: "9,000", span: "about 9,000", low: 9000, bound: dossier.Approx, measure: dossier.Cases, counted: "Infections", hedge: "about"},
		}},
		{"Peru, the country with the highest number of drowning deaths, recorded 400; Chile, the nation with the most deaths, had 300.", []want{
			{number: "400", low: 400, measure: dossier.Other},
			{number: "300", low: 300, measure: dossier.Deaths, counted: "deaths"},
		}},
		{"The virus sickened 900 of the province's 50,000 residents.", []want{
			{number: "900", low: 900, measure: dossier.Cases, counted: "the province's 50,000 residents"},
			{number: "50,000", low: 50000, measure: dossier.Other, counted: "residents"},
		}},
		{"The clinic reported 80 active cases and 45 recovered cases.", []want{
			{number: "80", low: 80, measure: dossier.Cases, counted: "active cases"},
			{number: "45", low: 45, measure: dossier.Other, counted: "recovered cases"},
		}},
		{"A man opened fire on the guests, and one of them died at the scene.", []want{
			{number: "one", low: 1, measure: dossier.Deaths},
		}},
		{"One of the hostages was freed on Monday.", nil},
		{"One of the dead was a nurse.", nil},
		{"The prize went to Ana Ruiz, one of the divers who died in the storm.", nil},
	})
}

// TestRepeatedFigures checks a figure named again in a later sentence.
func TestRepeatedFigures(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Nine hikers were injured in the fall. All nine are in stable condition.", []want{
			{number: "Nine", low: 9, measure: dossier.Injured, counted: "hikers"},
			{number: "nine", low: 9, measure: dossier.Injured},
		}},
		{"A gunman killed five people. Four of the victims were students. Police said the four students were shot in a classroom.", []want{
			{number: "five", low: 5, measure: dossier.Deaths, counted: "people"},
			{number: "Four", low: 4, measure: dossier.Deaths, counted: "the victims"},
			{number: "four", low: 4, measure: dossier.Deaths, counted: "students"},
		}},
		// Victims after an epidemic's deaths are the dead, whatever cases
		// were told in between.
		{"The virus has killed six people. Officials reported 40 new cases. Three of the victims were nurses.", []want{
			{number: "six", low: 6, measure: dossier.Deaths, counted: "people"},
			{number: "40", low: 40, measure: dossier.Cases, counted: "new cases"},
			{number: "Three", low: 3, measure: dossier.Deaths, counted: "the victims"},
		}},
		// Another noun, or the object of another verb, is another group.
		{"Two soldiers were killed on Monday. The two leaders met on Tuesday.", []want{
			{number: "Two", low: 2, measure: dossier.Deaths, counted: "soldiers"},
			{number: "two", low: 2, measure: dossier.Other, counted: "leaders"},
		}},
		{"Rangers arrested six poachers. A guard had seen the six near the fence.", []want{
			{number: "six", low: 6, measure: dossier.Arrested, counted: "poachers"},
			{number: "six", low: 6, measure: dossier.Other},
		}},
		// An ordinal singling one member out of the group names the group
		// again, even a few sentences on.
		{"Police say the gang killed four tourists. The bodies were found in a lake. Divers searched for days. The town held a vigil. The last of the four was named on Sunday.", []want{
			{number: "four", low: 4, measure: dossier.Deaths, counted: "tourists"},
			{number: "four", low: 4, measure: dossier.Deaths},
		}},
		{"Police say the gang killed four tourists. The youngest victim of the four was a student.", []want{
			{number: "four", low: 4, measure: dossier.Deaths, counted: "tourists"},
			{number: "four", low: 4, measure: dossier.Deaths},
		}},
	})
}

// TestSingles checks "one" that picks out a person or thing instead of
// counting, and legal counts.
func TestSingles(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"One resident told reporters the water rose fast.", nil},
		{"One local paper, the Courier, said the mayor had resigned.", nil},
		{"On one occasion the guards fired into the air.", nil},
		{"The suspect faces one count of murder and three counts of arson.", nil},
		{"1. Preliminary figures from the ministry.", []want{{number: "1", low: 1, kind: dossier.KindID}}},
		{"The gang carried two rifles; one was a hunting gun.", []want{
			{number: "two", low: 2, measure: dossier.Other, counted: "rifles"},
		}},
		{"He pleaded guilty to nine felony charges.", nil},
		{"Site 9 has long been closed to the public.", []want{{number: "9", low: 9, kind: dossier.KindID}}},
		{"A bystander grabbed the knife and one woman tackled Smith to the ground.", []want{
			{number: "one", low: 1, measure: dossier.Other, counted: "woman"},
		}},
		{"One resident was injured.", []want{
			{number: "One", low: 1, measure: dossier.Injured, counted: "resident"},
		}},
		{"Near the border, one drone struck a depot.", []want{
			{number: "one", low: 1, measure: dossier.Other, counted: "drone"},
		}},
	})
}

// TestSceneNumbers checks numbers that are no counted figure.
func TestSceneNumbers(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The village has a population of about 900 people.", nil},
		{"One out of every hundred patients needs surgery.", []want{{number: "One", low: 1, kind: dossier.KindMeasure}}},
		{"Anyone with information can reach police by calling 101.", []want{{number: "101", low: 101, kind: dossier.KindID}}},
		{"She was 19 and studied law.", []want{{number: "19", low: 19, kind: dossier.KindAge}}},
		{"After three more days of talks, the strike ended.", []want{{number: "three", low: 3, kind: dossier.KindDuration}}},
		{"Organisers expected one-to-two hundred marchers.", []want{
			{number: "one-to-two hundred", low: 100, high: 200, bound: dossier.Range, measure: dossier.Other, counted: "marchers"},
		}},
		{"Two million people signed up and a further million-and-a-half registered interest.", []want{
			{number: "Two million", low: 2e6, measure: dossier.Other, counted: "people"},
			{number: "million-and-a-half", low: 1.5e6, measure: dossier.Other, counted: "people"},
		}},
		{"The flood covered 60 square miles (~155 km2).", []want{
			{number: "60", low: 60, kind: dossier.KindMeasure},
			{number: "155", span: "~155", low: 155, bound: dossier.Approx, kind: dossier.KindMeasure},
		}},
		{"Free shots were offered to those under 19 and to women between 20 and 35.", []want{
			{number: "19", span: "under 19", low: 19, bound: dossier.Max, kind: dossier.KindAge},
			{number: "20 and 35", span: "between 20 and 35", low: 20, high: 35, bound: dossier.Range, kind: dossier.KindAge},
		}},
		{"Schools closed on March 4 and 5.", []want{
			{number: "4", low: 4, kind: dossier.KindDate},
			{number: "5", low: 5, kind: dossier.KindDate},
		}},
		{"A guard, one Petrov, raised the alarm.", nil},
		{"In all, 1250 patients were hospitalised and 1100 have gone home.", []want{
			{number: "1250", low: 1250, measure: dossier.Injured, counted: "patients"},
			{number: "1100", low: 1100, measure: dossier.Other, counted: "patients"},
		}},
		{"Repairs will cost between US$2 and 3 billion.", []want{
			{number: "2 and 3 billion", span: "between US$2 and 3 billion", low: 2e9, high: 3e9, bound: dossier.Range, kind: dossier.KindMoney},
		}},
		// Ages: the later items of a list after "aged", and an age "now".
		{"The victims were aged six, eleven, 40 and 71.", []want{
			{number: "six", low: 6, kind: dossier.KindAge},
			{number: "eleven", low: 11, kind: dossier.KindAge},
			{number: "40", low: 40, kind: dossier.KindAge},
			{number: "71", low: 71, kind: dossier.KindAge},
		}},
		{"All on board — the pilot aged 52, his son aged 19, and two others — died.", []want{
			{number: "52", low: 52, kind: dossier.KindAge},
			{number: "19", low: 19, kind: dossier.KindAge},
			{number: "two", low: 2, measure: dossier.Deaths, counted: "others"},
		}},
		{"A judge jailed Ann Cole, now 31, for six years.", []want{
			{number: "31", low: 31, kind: dossier.KindAge},
			{number: "six", low: 6, kind: dossier.KindDuration},
		}},
	})
}

// TestQualifierEdges checks qualifiers that stack and verbs that look like
// qualifiers.
func TestQualifierEdges(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The video drew at least about three million views.", []want{
			{number: "three million", span: "at least about three million", low: 3e6, bound: dossier.Min, measure: dossier.Other, counted: "views"},
		}},
		{"The buyer takes over about 900 staff.", []want{
			{number: "900", span: "over about 900", low: 900, bound: dossier.Approx, measure: dossier.Other, counted: "staff"},
		}},
		{"The organisers estimated 5,000 people took part.", []want{
			{number: "5,000", low: 5000, measure: dossier.Other, counted: "people"},
		}},
		{"An estimated 5,000 people took part.", []want{
			{number: "5,000", span: "An estimated 5,000", low: 5000, bound: dossier.Approx, measure: dossier.Other, counted: "people"},
		}},
	})
}

// TestJobLosses checks that people who lose their jobs are affected, and
// that jobs created or held, and the whole workforce, are not.
func TestJobLosses(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The carmaker said it will cut 8,000 jobs across Europe.", []want{
			{number: "8,000", low: 8000, measure: dossier.Affected, counted: "jobs"},
		}},
		{"The airline plans to axe about 2,500 jobs in Spain, 900 in Italy and 300 in Portugal.", []want{
			{number: "2,500", span: "about 2,500", low: 2500, bound: dossier.Approx, measure: dossier.Affected, counted: "jobs"},
			{number: "900", low: 900, measure: dossier.Affected, counted: "jobs"},
			{number: "300", low: 300, measure: dossier.Affected, counted: "jobs"},
		}},
		{"Roughly 6,000 factory jobs will be eliminated by the end of the decade.", []want{
			{number: "6,000", span: "Roughly 6,000", low: 6000, bound: dossier.Approx, measure: dossier.Affected, counted: "factory jobs"},
		}},
		{"The steelmaker announced 1,200 job cuts on Tuesday.", []want{
			{number: "1,200", low: 1200, measure: dossier.Affected, counted: "job cuts"},
		}},
		{"Some 450 workers will lose their jobs when the mill closes.", []want{
			{number: "450", span: "Some 450", low: 450, bound: dossier.Approx, measure: dossier.Affected, counted: "workers"},
		}},
		{"The bank laid off 700 employees last month.", []want{
			{number: "700", low: 700, measure: dossier.Affected, counted: "employees"},
		}},
		{"About 300 staff were laid off after the merger.", []want{
			{number: "300", span: "About 300", low: 300, bound: dossier.Approx, measure: dossier.Affected, counted: "staff"},
		}},
		{"The union condemned the layoffs of 2,000 miners.", []want{
			{number: "2,000", low: 2000, measure: dossier.Affected, counted: "miners"},
		}},
		{"The group confirmed 3,500 redundancies.", []want{
			{number: "3,500", low: 3500, measure: dossier.Affected, counted: "redundancies"},
		}},
		{"Job losses at the plant totalled 900.", []want{
			{number: "900", low: 900, measure: dossier.Affected, counted: "Job losses"},
		}},
		{"The firm furloughed 80,000 employees during the closure.", []want{
			{number: "80,000", low: 80000, measure: dossier.Affected, counted: "employees"},
		}},
		{"The shutdown has left 420,000 federal workers without pay.", []want{
			{number: "420,000", low: 420000, measure: dossier.Affected, counted: "federal workers"},
		}},
		{"The company will close 14 plants and cut 30,000 jobs.", []want{
			{number: "14", low: 14, measure: dossier.Other, counted: "plants"},
			{number: "30,000", low: 30000, measure: dossier.Affected, counted: "jobs"},
		}},
		{"The cut of about 1,500 would leave a workforce of 20,000 employees.", []want{
			{number: "1,500", span: "about 1,500", low: 1500, bound: dossier.Approx, measure: dossier.Other},
			{number: "20,000", low: 20000, measure: dossier.Other, counted: "employees"},
		}},
		{"The retailer will create 5,000 new jobs this year.", []want{
			{number: "5,000", low: 5000, measure: dossier.Other, counted: "new jobs"},
		}},
		{"The plant employs 3,000 workers.", []want{
			{number: "3,000", low: 3000, measure: dossier.Other, counted: "workers"},
		}},
		{"Five workers have cut the ribbon at the new plant.", []want{
			{number: "Five", low: 5, measure: dossier.Other, counted: "workers"},
		}},
	})
}

// TestForcesMoved checks that forces moved to a place are deployed, while
// civilians moved from their homes are displaced.
func TestForcesMoved(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Some 2,000 troops were moved to the border region.", []want{
			{number: "2,000", span: "Some 2,000", low: 2000, bound: dossier.Approx, measure: dossier.Deployed, counted: "troops"},
		}},
		{"About 500 soldiers were transferred to the southern front.", []want{
			{number: "500", span: "About 500", low: 500, bound: dossier.Approx, measure: dossier.Deployed, counted: "soldiers"},
		}},
		{"The ministry relocated 400 soldiers to the eastern base.", []want{
			{number: "400", low: 400, measure: dossier.Deployed, counted: "soldiers"},
		}},
		{"Nearly 900 police officers were redeployed to the stadium.", []want{
			{number: "900", span: "Nearly 900", low: 900, bound: dossier.Approx, measure: dossier.Deployed, counted: "police officers"},
		}},
		{"Around 1,200 villagers were moved to temporary camps.", []want{
			{number: "1,200", span: "Around 1,200", low: 1200, bound: dossier.Approx, measure: dossier.Displaced, counted: "villagers"},
		}},
		{"Over 5,000 residents were relocated after the flood.", []want{
			{number: "5,000", span: "Over 5,000", low: 5000, bound: dossier.Min, measure: dossier.Displaced, counted: "residents"},
		}},
	})
}

// TestAppositiveFigures checks a figure set off by commas after its
// subject, and "one" as a pronoun for a thing.
func TestAppositiveFigures(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"Half of the patients admitted, more than 300 people, have died since March.", []want{
			{number: "300", span: "more than 300", low: 300, bound: dossier.Min, measure: dossier.Deaths, counted: "people"},
		}},
		{"The crowd, some 5,000 people, was dispersed by police.", []want{
			{number: "5,000", span: "some 5,000", low: 5000, bound: dossier.Approx, measure: dossier.Other, counted: "people"},
		}},
		{"He said the handover would be one that is executed quickly.", nil},
		{"A new filter is one which is cleaned daily.", nil},
		// A figure in a dash aside that lists the subject takes the verb
		// after the closing dash.
		{"Everyone in the van — the driver, a nurse and six patients — drowned.", []want{
			{number: "six", low: 6, measure: dossier.Deaths, counted: "patients"},
		}},
		{"Three people — two guards and a cook — were injured in the blast.", []want{
			{number: "Three", low: 3, measure: dossier.Injured, counted: "people"},
			{number: "two", low: 2, measure: dossier.Injured, counted: "guards"},
		}},
	})
}

// TestUtilityCuts checks those a cut in power or water leaves without it.
func TestUtilityCuts(t *testing.T) {
	checkCases(t, []sentenceCase{
		{"The gale knocked out power to 9,500 homes.", []want{
			{number: "9,500", low: 9500, measure: dossier.Affected, counted: "homes"},
		}},
		{"Crews cut the water supply to about 2,000 residents on Friday.", []want{
			{number: "2,000", span: "about 2,000", low: 2000, bound: dossier.Approx, measure: dossier.Affected, counted: "residents", hedge: "about"},
		}},
		{"The blaze cut electric supply to some 40,000 people.", []want{
			{number: "40,000", span: "some 40,000", low: 40000, bound: dossier.Approx, measure: dossier.Affected, counted: "people", hedge: "some"},
		}},
		// Delivering a utility is no cut.
		{"The army trucked water to 300 villages.", []want{
			{number: "300", low: 300, measure: dossier.Other, counted: "villages"},
		}},
	})
}
