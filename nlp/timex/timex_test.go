package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// pub is a Monday.
var pub = time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)

// want is one expected expression. Its byte span is where text first
// occurs in the input after the previous expected one.
type want struct {
	text  string
	typ   dossier.TimexType
	value string
}

func run(t *testing.T, s string, published time.Time) []dossier.Timex {
	t.Helper()
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, New())
	if err != nil {
		t.Fatal(err)
	}
	var d nlp.Doc
	d.Reset(s, published)
	if err := p.Run(&d); err != nil {
		t.Fatal(err)
	}
	return d.Times
}

func TestTimex(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// The seed cases.
		{"The ministry said on Monday that talks resumed.", []want{{"Monday", dossier.Date, "2025-01-13"}}},
		{"Some soldiers took their own lives last month, he said.", []want{{"last month", dossier.Date, "2024-12"}}},
		{"The troops arrived in August.", []want{{"August", dossier.Date, "2024-08"}}},
		{"The offensive began last fall.", []want{{"last fall", dossier.Date, "2024-FA"}}},
		{"The plant closed in 2016.", []want{{"2016", dossier.Date, "2016"}}},
		{"Of the patients, 1720 had been discharged by 2016.", []want{{"2016", dossier.Date, "2016"}}},
		{"The fighting lasted six hours.", []want{{"six hours", dossier.Duration, "PT6H"}}},
		{"Elections were held in December.", []want{{"December", dossier.Date, "2024-12"}}},
		// Absolute dates.
		{"It was signed on January 13, 2025, in Kyiv.", []want{{"January 13, 2025", dossier.Date, "2025-01-13"}}},
		{"It was signed on Jan. 13 in Kyiv.", []want{{"Jan. 13", dossier.Date, "2025-01-13"}}},
		{"It was signed on 13 January 2025.", []want{{"13 January 2025", dossier.Date, "2025-01-13"}}},
		{"Filed 2025-01-13 and 1/13/2025.", []want{{"2025-01-13", dossier.Date, "2025-01-13"}, {"1/13/2025", dossier.Date, "2025-01-13"}}},
		{"It opened in May 2010.", []want{{"May 2010", dossier.Date, "2010-05"}}},
		{"Prices may rise.", nil},
		{"The club grew in the 1990s.", []want{{"the 1990s", dossier.Date, "199"}}},
		{"The pandemic of 2009-2010 was mild.", []want{{"2009", dossier.Date, "2009"}, {"2010", dossier.Date, "2010"}}},
		// Weekdays and days.
		{"He will speak next Monday.", []want{{"next Monday", dossier.Date, "2025-01-20"}}},
		{"Talks ended on Friday.", []want{{"Friday", dossier.Date, "2025-01-10"}}},
		{"Talks will resume on Friday.", []want{{"Friday", dossier.Date, "2025-01-17"}}},
		{"Yesterday it rained; today it is dry and tomorrow it snows.", []want{
			{"Yesterday", dossier.Date, "2025-01-12"}, {"today", dossier.Date, "2025-01-13"}, {"tomorrow", dossier.Date, "2025-01-14"}}},
		{"Shelling resumed tonight.", []want{{"tonight", dossier.Time, "2025-01-13TNI"}}},
		{"Shelling resumed Sunday night.", []want{{"Sunday night", dossier.Time, "2025-01-12TNI"}}},
		// Relative units.
		{"Casualties rose last week.", []want{{"last week", dossier.Date, "2025-W02"}}},
		{"Casualties rose last year but this year fell.", []want{{"last year", dossier.Date, "2024"}, {"this year", dossier.Date, "2025"}}},
		{"Elections are due next year.", []want{{"next year", dossier.Date, "2026"}}},
		{"It will open this summer.", []want{{"this summer", dossier.Date, "2025-SU"}}},
		{"Profit rose in the third quarter.", []want{{"the third quarter", dossier.Date, "2025-Q3"}}},
		{"The camp opened three days ago.", []want{{"three days ago", dossier.Date, "2025-01-10"}}},
		{"The camp opened four years ago.", []want{{"four years ago", dossier.Date, "2021"}}},
		{"Prices rose earlier this year.", []want{{"earlier this year", dossier.Date, "2025"}}},
		{"It happened in early December.", []want{{"early December", dossier.Date, "2024-12"}}},
		// Durations.
		{"The siege lasted three years.", []want{{"three years", dossier.Duration, "P3Y"}}},
		{"He served two-and-a-half years.", []want{{"two-and-a-half years", dossier.Duration, "P2Y6M"}}},
		{"The worst flu in a decade.", []want{{"a decade", dossier.Duration, "P10Y"}}},
		{"Prices rose over the past two weeks.", []want{{"the past two weeks", dossier.Duration, "P2W"}}},
		{"It took about 90 days.", []want{{"about 90 days", dossier.Duration, "P90D"}}},
		{"A five-year plan.", []want{{"five-year", dossier.Duration, "P5Y"}}},
		{"They waited half an hour.", []want{{"half an hour", dossier.Duration, "PT30M"}}},
		// Times.
		{"The strike hit at 3 p.m. and ended at 10:35 a.m. Tuesday.", []want{
			{"3 p.m.", dossier.Time, "2025-01-13T15:00"}, {"10:35 a.m. Tuesday", dossier.Time, "2025-01-07T10:35"}}},
		// Sets.
		{"Patrols run every week and talks are held daily.", []want{{"every week", dossier.Set, "P1W"}, {"daily", dossier.Set, "P1D"}}},
		{"Shots are given each Thursday.", []want{{"each Thursday", dossier.Set, "XXXX-WXX-4"}}},
		// References.
		{"The troops are now in Kursk and currently hold it.", []want{
			{"now", dossier.Date, "PRESENT_REF"}, {"currently", dossier.Date, "PRESENT_REF"}}},
		{"Prices recently fell.", []want{{"recently", dossier.Date, "PAST_REF"}}},
		{"In the past, and in the near future.", []want{{"the past", dossier.Date, "PAST_REF"}, {"the near future", dossier.Date, "FUTURE_REF"}}},
		// Context: quarters, holidays, ages, rates, names.
		{"Profit fell from a year earlier in the fourth quarter.", []want{{"a year earlier", dossier.Date, "2023-Q4"}, {"the fourth quarter", dossier.Date, "2024-Q4"}}},
		{"The boy was found on Thanksgiving Day and returned at Christmas.", []want{{"Thanksgiving Day", dossier.Date, "2024-11-28"}, {"Christmas", dossier.Date, "2024-12-25"}}},
		{"The 6-year-old boy and his 52 years old father.", nil},
		{"It costs $2 million a year and flights run twice a week.", []want{{"a week", dossier.Set, "P1W"}}},
		{"Jan Kavan signed for the Czech Republic.", nil},
		{"Sales rose in June last year and will rise by the end of the month.", []want{{"June last year", dossier.Date, "2024-06"}, {"the end of the month", dossier.Date, "2025-01"}}},
		{"Fighting stopped over the weekend.", []want{{"the weekend", dossier.Date, "2025-W02-WE"}}},
		{"The law dates from nineteen ninety-six.", []want{{"nineteen ninety-six", dossier.Date, "1996"}}},
		{"The unit was sold at year-end.", []want{{"year-end", dossier.Date, "2025"}}},
		{"The vote is due to be held in March.", []want{{"March", dossier.Date, "2025-03"}}},
		{"A ceasefire was agreed on Dec. 20.", []want{{"Dec. 20", dossier.Date, "2024-12-20"}}},
		{"Talks are set for Feb. 3.", []want{{"Feb. 3", dossier.Date, "2025-02-03"}}},
		{"The match was postponed until 15:00 GMT Saturday.", []want{{"15:00 GMT Saturday", dossier.Time, "2025-01-18T15:00"}}},
		{"Three days later the town fell.", []want{{"Three days", dossier.Duration, "P3D"}}},
		{"Sales fell in the second half of 2024 and will recover in next year's first quarter.", []want{{"the second half of 2024", dossier.Date, "2024-H2"}, {"next year's first quarter", dossier.Date, "2026-Q1"}}},
		{"The Sunday Times said so; the deal was signed 13.01.2025.", []want{{"13.01.2025", dossier.Date, "2025-01-13"}}},
		{"Until Thursday, they had not named him.", []want{{"Thursday", dossier.Date, "2025-01-09"}}},
		// Not times.
		{"About 2,000 troops and 1500 tanks.", nil},
		{"He is a second-rate player.", nil},
	}
	for _, tc := range tests {
		got := run(t, tc.in, pub)
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %d expressions %s, want %d", tc.in, len(got), show(tc.in, got), len(tc.want))
			continue
		}
		from := 0
		for i, w := range tc.want {
			g := got[i]
			at := strings.Index(tc.in[from:], w.text)
			if at < 0 {
				t.Fatalf("%q: bad test, no %q", tc.in, w.text)
			}
			wantSpan := dossier.Span{Start: from + at, End: from + at + len(w.text)}
			from = wantSpan.End
			if g.Span != wantSpan || g.Type != w.typ || g.Value != w.value {
				t.Errorf("%q: got %s, want %q [%d,%d) %s %s", tc.in, show(tc.in, got[i:i+1]), w.text, wantSpan.Start, wantSpan.End, w.typ, w.value)
			}
		}
	}
}

func show(s string, xs []dossier.Timex) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString("{" + x.Span.Text(s) + " " + string(x.Type) + " " + x.Value + "}")
	}
	return b.String()
}

func TestNoPublicationDate(t *testing.T) {
	tests := []struct{ in, text, value string }{
		{"It rose last month.", "last month", "XXXX-XX"},
		{"It fell on Monday.", "Monday", "XXXX-WXX-1"},
		{"It fell in August.", "August", "XXXX-08"},
		{"It fell yesterday.", "yesterday", "XXXX-XX-XX"},
		{"It fell last fall.", "last fall", "XXXX-FA"},
		{"It fell in August 2016.", "August 2016", "2016-08"},
		{"It lasted six hours.", "six hours", "PT6H"},
		{"It is now over.", "now", "PRESENT_REF"},
	}
	for _, tc := range tests {
		got := run(t, tc.in, time.Time{})
		if len(got) != 1 || got[0].Span.Text(tc.in) != tc.text || got[0].Value != tc.value {
			t.Errorf("%q: got %s, want %s %s", tc.in, show(tc.in, got), tc.text, tc.value)
		}
	}
}

// TestRobust feeds odd input: nothing may panic and every span must lie
// inside the text, in order.
func TestRobust(t *testing.T) {
	inputs := []string{"", " ", "\xff\xfe", "May", "last", "the", "2016-", "-2016", "1/2/", "99/99/9999", "3:", ":30 p.m.",
		"every", "a", "the past two", "2009-2010-2011", "mid-", "twenty-", "two-and-a", "10:99 a.m.", "0 p.m.", "Jan. 32, 2025",
		"the 0th century", "early-", "five-years-old-long", "Feb. 30", "'90s", "31st of February", strings.Repeat("last week ", 1000),
		"two days after", "two days after three days after January 13", "a day before Feb. 30", "almost-", "almost-three-year-old",
		"last year's", "last year's August 32", "since", "since May", "nearly-six-month-old", strings.Repeat("one day after ", 300) + "May 1, 2020"}
	for _, in := range inputs {
		for _, p := range []time.Time{pub, {}} {
			xs := run(t, in, p)
			prev := 0
			for _, x := range xs {
				if x.Span.Start < prev || x.Span.End > len(in) || x.Span.Start >= x.Span.End {
					t.Errorf("%q: bad span %+v", in, x.Span)
				}
				prev = x.Span.End
			}
		}
	}
}

func FuzzTimex(f *testing.F) {
	for _, s := range []string{"on Monday, January 13, 2025 at 3 p.m.", "the past two-and-a-half years", "every other week", "2009-2010", "the '90s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		xs := Find(s, pub)
		prev := 0
		for _, x := range xs {
			if x.Span.Start < prev || x.Span.End > len(s) || x.Span.Start >= x.Span.End {
				t.Fatalf("%q: bad span %+v", s, x.Span)
			}
			prev = x.Span.End
		}
	})
}

// TestNewsForms covers each form the times stage must read (issue 4, items
// 1-3) against one publication date, Wednesday 12 March 2025: the span in
// bytes, the type, the value and the mod.
func TestNewsForms(t *testing.T) {
	wed := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	type x struct {
		text  string
		typ   dossier.TimexType
		value string
		mod   string
	}
	tests := []struct {
		in   string
		want []x
	}{
		// 1. Explicit dates.
		{"Talks opened on Jan. 13 in Geneva.", []x{{"Jan. 13", dossier.Date, "2025-01-13", ""}}},
		{"Talks opened on 13 January 2025 in Geneva.", []x{{"13 January 2025", dossier.Date, "2025-01-13", ""}}},
		{"The order is dated 2025-01-13.", []x{{"2025-01-13", dossier.Date, "2025-01-13", ""}}},
		{"Talks opened on January 13th.", []x{{"January 13th", dossier.Date, "2025-01-13", ""}}},
		{"A vote is expected in mid-March.", []x{{"mid-March", dossier.Date, "2025-03", "MID"}}},
		{"The group grew in the 1990s.", []x{{"the 1990s", dossier.Date, "199", ""}}},
		{"Shelling intensified in early December.", []x{{"early December", dossier.Date, "2024-12", "START"}}},
		{"Sales peaked in last year's August.", []x{{"last year's August", dossier.Date, "2024-08", ""}}},
		{"Sales peaked in August of last year.", []x{{"August of last year", dossier.Date, "2024-08", ""}}},
		{"The war began in late February 2022.", []x{{"late February 2022", dossier.Date, "2022-02", "END"}}},
		// 2. Relative and deictic, by tense.
		{"He said on Monday that troops were killed.", []x{{"Monday", dossier.Date, "2025-03-10", ""}}},
		{"He will speak on Monday.", []x{{"Monday", dossier.Date, "2025-03-17", ""}}},
		{"Yesterday the toll rose.", []x{{"Yesterday", dossier.Date, "2025-03-11", ""}}},
		{"It fell last week and will rise next week.", []x{{"last week", dossier.Date, "2025-W10", ""}, {"next week", dossier.Date, "2025-W12", ""}}},
		{"It fell last month and will rise next month.", []x{{"last month", dossier.Date, "2025-02", ""}, {"next month", dossier.Date, "2025-04", ""}}},
		{"It fell last year and will rise next year.", []x{{"last year", dossier.Date, "2024", ""}, {"next year", dossier.Date, "2026", ""}}},
		{"It will open this fall.", []x{{"this fall", dossier.Date, "2025-FA", ""}}},
		{"The offensive began last fall.", []x{{"last fall", dossier.Date, "2024-FA", ""}}},
		{"The troops arrived in August.", []x{{"August", dossier.Date, "2024-08", ""}}},
		{"The troops will arrive in August.", []x{{"August", dossier.Date, "2025-08", ""}}},
		{"Prices fell earlier this month.", []x{{"earlier this month", dossier.Date, "2025-03", "START"}}},
		{"Fighting has gone on since October.", []x{{"October", dossier.Date, "2024-10", ""}}},
		{"The town fell two days after January 13.", []x{{"two days after January 13", dossier.Date, "2025-01-15", ""}}},
		{"The town fell a week before March 2, 2024.", []x{{"a week before March 2, 2024", dossier.Date, "2024-02-24", ""}}},
		// 3. Durations, sets, times of day, fuzzy values, quarters, seasons,
		// decades, centuries.
		{"The siege lasted six hours.", []x{{"six hours", dossier.Duration, "PT6H", ""}}},
		{"The war lasted three years.", []x{{"three years", dossier.Duration, "P3Y", ""}}},
		{"The almost-three-year-old conflict goes on.", []x{{"almost-three-year-old", dossier.Duration, "P3Y", "LESS_THAN"}}},
		{"A nearly three-year-old war and a 6-year-old boy.", []x{{"nearly three-year-old", dossier.Duration, "P3Y", "LESS_THAN"}}},
		{"More than three years and at least 72 hours.", []x{{"More than three years", dossier.Duration, "P3Y", "MORE_THAN"}, {"at least 72 hours", dossier.Duration, "PT72H", "EQUAL_OR_MORE"}}},
		{"It took about 90 days.", []x{{"about 90 days", dossier.Duration, "P90D", "APPROX"}}},
		{"A five-year plan.", []x{{"five-year", dossier.Duration, "P5Y", ""}}},
		{"Patrols run every week and meet monthly.", []x{{"every week", dossier.Set, "P1W", ""}, {"monthly", dossier.Set, "P1M", ""}}},
		{"The shift starts at 3 p.m. and ends at 17:30.", []x{{"3 p.m.", dossier.Time, "2025-03-12T15:00", ""}, {"17:30", dossier.Time, "2025-03-12T17:30", ""}}},
		{"Shelling resumed on Sunday night.", []x{{"Sunday night", dossier.Time, "2025-03-09TNI", ""}}},
		{"Prices recently fell, and are now rising.", []x{{"recently", dossier.Date, "PAST_REF", ""}, {"now", dossier.Date, "PRESENT_REF", ""}}},
		{"Profits rose in the third quarter.", []x{{"the third quarter", dossier.Date, "2025-Q3", ""}}},
		{"It will open in spring.", []x{{"spring", dossier.Date, "2025-SP", ""}}},
		{"The town was founded in the 19th century.", []x{{"the 19th century", dossier.Date, "18", ""}}},
		{"It closed at the end of the month.", []x{{"the end of the month", dossier.Date, "2025-03", "END"}}},
		{"It closed about six years ago.", []x{{"about six years ago", dossier.Date, "2019", "APPROX"}}},
	}
	for _, tc := range tests {
		got := run(t, tc.in, wed)
		if len(got) != len(tc.want) {
			t.Errorf("Find(%q) = %s, want %d expressions", tc.in, show(tc.in, got), len(tc.want))
			continue
		}
		from := 0
		for i, w := range tc.want {
			at := strings.Index(tc.in[from:], w.text)
			if at < 0 {
				t.Fatalf("bad test: %q has no %q", tc.in, w.text)
			}
			sp := dossier.Span{Start: from + at, End: from + at + len(w.text)}
			from = sp.End
			want := dossier.Timex{Span: sp, Type: w.typ, Value: w.value, Mod: w.mod}
			if got[i] != want {
				t.Errorf("Find(%q)[%d] = %+v %q, want %+v %q", tc.in, i, got[i], got[i].Span.Text(tc.in), want, w.text)
			}
		}
	}
}
