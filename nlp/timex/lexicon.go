package timex

import (
	"strings"

	"github.com/dossierhq/dossier/text"
)

// kind is the class of one token as far as temporal expressions care.
type kind uint8

const (
	kNone       kind = iota
	kMonth           // v = 1..12
	kWeekday         // v = 1..7, Monday = 1 (ISO)
	kSeason          // v = season index (spring … winter)
	kNum             // a number word or a digit token: f is its value
	kFuzzy           // few, several, many: an unspecified count (X)
	kA               // a, an
	kCouple          // couple
	kHalf            // half
	kUnit            // v = unit
	kDayPart         // v = part of day
	kRel             // v = relLast, relThis, relNext, relPast, relComing …
	kAgo             // ago
	kAfter           // earlier, later, before, after (following a duration)
	kMod             // early, late, mid …: the mod of the TIMEX3, its value unchanged
	kThe             // the
	kDay             // v = offset from publication: today, yesterday, tomorrow
	kTonight         // tonight
	kRef             // v = refPresent, refPast, refFuture
	kSetAdv          // daily, weekly …: v = unit
	kEvery           // every, each
	kPer             // per
	kApprox          // about, around, nearly …
	kMore            // more, less, fewer
	kThan            // than
	kAt              // at
	kLeast           // least, most
	kUp              // up
	kTo              // to, through, until
	kAmPm            // v = 0 a.m., 1 p.m.
	kNoon            // v = hour: noon 12, midnight 24
	kTZ              // EST, GMT …
	kFiscal          // fiscal
	kOf              // of
	kAnd             // and
	kOr              // or
	kComma           // ,
	kColon           // :
	kPunct           // other punctuation
	kQuote           // ' or ’ (as in '90s)
	kIn              // in
	kOn              // on
	kFor             // for, over, within: prepositions before bare plural durations
	kPosWord         // end, beginning, start, middle: "the end of"
	kTimes           // times, once, twice
	kDecadeWord      // a decade word: "nineties"
	kCentury         // century (as "20th century"); the unit is also kUnit
	kFuture          // a future marker for the sentence: will, 'll, shall
	kAdjDur          // straight, consecutive, full, additional, more …: between a number and its unit
	kRight           // right (right now)
	kThese           // these (these days)
	kTime            // time (at the time)
	kWeekend         // weekend
	kFutureWord      // future (the future, the near future)
	kNear            // near
	kDozens          // dozens, scores: an unspecified count before "of"
	kHoliday         // v = holiday
	kOther           // any other word
)

// Units, ordered from small to large.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalfYear
	uYear
	uDecade
	uCentury
	uMillennium
)

// Relative words.
const (
	relNone = iota
	relLast
	relThis
	relNext
	relPast     // past, previous: duration-ish, "the past two weeks"
	relComing   // coming, upcoming
	relRecent   // recent
	relFirst    // first: "the first nine months"
	relLatest   // latest
	relCurrent  // current
	relFollow   // following
	relPrevious // previous, preceding
)

// References to the present, past and future.
const (
	refPresent = iota + 1
	refPast
	refFuture
)

// Mods; their exact kind is not part of the TIMEX3 value.
const (
	modEarly = iota + 1
	modLate
	modMid
	modEarlier
	modLater
)

// Holidays.
const (
	hChristmas = iota + 1
	hThanksgiving
	hEaster
	hHalloween
	hElection
	hLabor
	hMemorial
	hIndependence
	hNewYear
	hValentine
)

// Parts of the day in TIMEX3 notation, by index.
var dayParts = [...]string{"", "MO", "AF", "EV", "NI", "DT"}

// Seasons in TIMEX3 notation, by index.
var seasons = [...]string{"SP", "SU", "FA", "WI"}

// tok is one classified token.
type tok struct {
	k      kind
	v      int8    // subtype: month, weekday, unit, rel …
	ord    int8    // ordinal value (first = 1, 3rd = 3), 0 when none
	plural bool    // a plural unit: years
	cap    bool    // starts with an upper-case letter
	pre    bool    // carries a mod prefix inside the token (mid-August)
	pm     mod     // that prefix's mod
	digits int8    // for digit tokens: number of digits, -1 if not a plain integer
	u      int8    // for compounds: the unit of "five-year"
	f      float64 // number value
	// Compounds that make a whole expression on their own.
	cmp  compound
	y, m int16 // ISO dates and ranges
	d    int8
	y2   int16
	sep  int // byte offset of the range's separator inside the token
}

type compound uint8

const (
	cmpNone      compound = iota
	cmpDur                // five-year, 16-hour, two-week: a duration of f units u
	cmpQuarter            // third-quarter: ord quarter
	cmpHalf               // first-half
	cmpYearAgo            // year-earlier, year-ago
	cmpISO                // 2025-01-13
	cmpYearPair           // 2009-2010
	cmpDecade             // 1990s, 90s: f is the decade's first year
	cmpTimeOfDay          // 3pm: f hour
	cmpFraction           // 1/2
	cmpYearMonth          // 2025-01
	cmpYearEnd            // year-end
	cmpAge                // three-year-old: an age of f units u
)

// lexicon maps a lower-cased word to its class.
var lexicon = map[string]tok{}

func add(k kind, v int, words ...string) {
	for _, w := range words {
		lexicon[w] = tok{k: k, v: int8(v)}
	}
}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
		{"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(kMonth, i+1, ws...)
	}
	// Short forms (Sun, Wed, Sat) are left out: in prose they are mostly
	// names and words.
	days := [][]string{{"monday"}, {"tuesday", "tues"}, {"wednesday"}, {"thursday", "thurs"}, {"friday"}, {"saturday"}, {"sunday"}}
	for i, ws := range days {
		add(kWeekday, i+1, ws...)
		for _, w := range ws[:1] {
			t := tok{k: kWeekday, v: int8(i + 1), plural: true}
			lexicon[w+"s"] = t
		}
	}
	add(kSeason, 0, "spring")
	add(kSeason, 1, "summer")
	add(kSeason, 2, "fall", "autumn")
	add(kSeason, 3, "winter")
	for _, s := range [...]string{"springs", "summers", "falls", "autumns", "winters"} {
		t := lexicon[strings.TrimSuffix(s, "s")]
		t.plural = true
		lexicon[s] = t
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		lexicon[w] = tok{k: kNum, f: float64(i), digits: -1}
	}
	tens := []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		lexicon[w] = tok{k: kNum, f: float64(30 + 10*i), digits: -1}
	}
	lexicon["hundred"] = tok{k: kNum, f: 100, digits: -1}
	lexicon["thousand"] = tok{k: kNum, f: 1000, digits: -1}
	lexicon["dozen"] = tok{k: kNum, f: 12, digits: -1}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
		"twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"}
	for i, w := range ords {
		if i > 0 {
			lexicon[w] = tok{k: kOther, ord: int8(i)}
		}
	}
	add(kFuzzy, 0, "few", "several", "many", "some", "numerous")
	add(kA, 0, "a", "an")
	add(kCouple, 0, "couple")
	add(kHalf, 0, "half")
	units := []struct {
		u  int
		ws []string
	}{
		// No short forms: "SEC", "Min" are names far more often than units.
		{uSecond, []string{"second"}}, {uMinute, []string{"minute"}}, {uHour, []string{"hour"}},
		{uDay, []string{"day"}}, {uWeek, []string{"week"}}, {uMonth, []string{"month"}}, {uQuarter, []string{"quarter"}},
		{uYear, []string{"year"}}, {uDecade, []string{"decade"}}, {uCentury, []string{"century"}}, {uMillennium, []string{"millennium"}},
	}
	for _, u := range units {
		for _, w := range u.ws {
			lexicon[w] = tok{k: kUnit, v: int8(u.u)}
		}
		plural := u.ws[0] + "s"
		if u.u == uCentury {
			plural = "centuries"
		}
		if u.u == uMillennium {
			plural = "millennia"
		}
		lexicon[plural] = tok{k: kUnit, v: int8(u.u), plural: true}
	}
	lexicon["second"] = tok{k: kUnit, v: uSecond, ord: 2}
	lexicon["weekend"] = tok{k: kWeekend, v: uWeekend}
	lexicon["weekends"] = tok{k: kWeekend, v: uWeekend, plural: true}
	add(kDayPart, 1, "morning")
	add(kDayPart, 2, "afternoon")
	add(kDayPart, 3, "evening")
	add(kDayPart, 4, "night", "overnight")
	for i, w := range []string{"mornings", "afternoons", "evenings", "nights"} {
		lexicon[w] = tok{k: kDayPart, v: int8(i + 1), plural: true}
	}
	add(kRel, relLast, "last")
	add(kRel, relThis, "this")
	add(kRel, relNext, "next")
	add(kRel, relPast, "past")
	add(kRel, relPrevious, "previous", "preceding", "prior")
	add(kRel, relComing, "coming", "upcoming")
	add(kRel, relRecent, "recent")
	add(kRel, relLatest, "latest")
	add(kRel, relCurrent, "current")
	add(kRel, relFollow, "following", "ensuing", "subsequent")
	lexicon["first"] = tok{k: kRel, v: relFirst, ord: 1}
	add(kAgo, 0, "ago")
	add(kAfter, 0, "earlier", "later", "before", "after", "afterward", "afterwards", "since")
	add(kMod, modEarly, "early")
	add(kMod, modLate, "late")
	add(kMod, modMid, "mid", "middle")
	add(kThe, 0, "the")
	add(kDay, 0, "today")
	add(kDay, -1, "yesterday")
	add(kDay, 1, "tomorrow")
	add(kTonight, 0, "tonight")
	add(kRef, refPresent, "now", "currently", "nowadays", "presently")
	// "previously", "formerly" and "soon" are TIMEX3 too, but TE3 gold
	// leaves most of them out.
	add(kRef, refPast, "recently", "lately")
	add(kSetAdv, uDay, "daily")
	add(kSetAdv, uWeek, "weekly")
	add(kSetAdv, uMonth, "monthly")
	add(kSetAdv, uYear, "annually", "yearly")
	add(kSetAdv, uHour, "hourly")
	add(kSetAdv, uQuarter, "quarterly")
	lexicon["nightly"] = tok{k: kSetAdv, v: -4} // a part of day, not a unit
	add(kEvery, 0, "every", "each")
	add(kPer, 0, "per")
	add(kApprox, 0, "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under", "only", "just", "barely", "mere", "another", "within")
	add(kMore, 0, "more", "less", "fewer")
	add(kThan, 0, "than")
	add(kAt, 0, "at")
	add(kLeast, 0, "least", "most")
	add(kUp, 0, "up")
	add(kTo, 0, "to", "through", "until", "till", "-", "–", "—")
	add(kAmPm, 0, "a.m.", "a.m", "am")
	add(kAmPm, 1, "p.m.", "p.m", "pm")
	add(kNoon, 12, "noon", "midday")
	add(kNoon, 24, "midnight")
	add(kTZ, 0, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt", "ct")
	add(kFiscal, 0, "fiscal")
	add(kOf, 0, "of")
	add(kAnd, 0, "and")
	add(kOr, 0, "or")
	add(kIn, 0, "in", "during", "since", "by", "from", "until")
	add(kOn, 0, "on")
	add(kFor, 0, "for")
	add(kPosWord, 1, "end")
	add(kPosWord, 2, "beginning", "start")
	add(kPosWord, 3, "middle")
	add(kPosWord, 4, "rest", "remainder")
	add(kTimes, 0, "times", "once", "twice", "thrice")
	add(kFuture, 0, "will", "'ll", "’ll", "shall", "wo", "would", "should")
	add(kAdjDur, 0, "straight", "consecutive", "full", "additional", "long", "trading", "business", "calendar", "successive", "extra", "whole", "entire")
	add(kRight, 0, "right")
	add(kThese, 0, "these")
	add(kTime, 0, "time")
	add(kFutureWord, 0, "future")
	add(kHoliday, hChristmas, "christmas")
	add(kHoliday, hThanksgiving, "thanksgiving")
	add(kHoliday, hEaster, "easter")
	add(kHoliday, hHalloween, "halloween")
	add(kHoliday, hElection, "election")
	add(kHoliday, hLabor, "labor")
	add(kHoliday, hMemorial, "memorial")
	add(kHoliday, hIndependence, "independence")
	add(kHoliday, hNewYear, "new")
	add(kHoliday, hValentine, "valentine")
	add(kNear, 0, "near")
	add(kDozens, 0, "dozens", "scores", "hundreds")
	// Decade words: v is the decade's digit in the 1900s.
	add(kDecadeWord, 9, "nineties")
	add(kDecadeWord, 8, "eighties")
	add(kDecadeWord, 7, "seventies")
	add(kDecadeWord, 6, "sixties")
}

// ageable lists what an age can be of in a duration: "a three-year-old
// conflict" is a stretch of time, "a 6-year-old boy" is a person's age,
// which TimeML leaves out.
var ageable = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`conflict war wars dispute ban law laws policy alliance treaty agreement deal feud
		insurgency rebellion uprising crisis campaign investigation probe blockade siege occupation
		ceasefire cease-fire truce regime moratorium embargo strike boycott standoff stand-off struggle
		fight battle civil case program programme partnership relationship tradition rivalry peace
		freeze lockdown shutdown drought fighting invasion offensive operation mission dictatorship rule
		marriage career record company firm institution organization organisation party movement union
		pact accord constitution system building bridge plant reactor dam ship aircraft plane jet fleet
		effort search hunt quest debate scandal trial lawsuit suit contract monopoly protest protests
		revolution republic dynasty empire government administration presidency reign tenure leadership
		exile detention captivity imprisonment sentence practice restriction restrictions sanctions`) {
		ageable[w] = true
	}
}

// hyphen reports whether r separates the parts of a compound word.
func isHyphen(c byte) bool { return c == '-' }

// classify fills t for the token word w of kind k.
func classify(w string, k text.Kind) tok {
	switch k {
	case text.Punct, text.Dash:
		if w == "," {
			return tok{k: kComma}
		}
		if w == ":" {
			return tok{k: kColon}
		}
		if k == text.Dash {
			return tok{k: kTo}
		}
		return tok{k: kPunct}
	case text.OpenQuote, text.CloseQuote:
		if w == "'" || w == "’" || w == "‘" {
			return tok{k: kQuote}
		}
		return tok{k: kPunct}
	case text.Symbol, text.URL:
		return tok{k: kPunct}
	}
	if len(w) > 32 {
		return tok{k: kOther}
	}
	var buf [32]byte
	lw := text.AppendLower(buf[:0], w)
	t, ok := lexicon[string(lw)]
	if !ok && len(lw) > 1 && lw[len(lw)-1] == '.' {
		t, ok = lexicon[string(lw[:len(lw)-1])]
	}
	if !ok {
		t = parseSpecial(lw)
	}
	if c := w[0]; c >= 'A' && c <= 'Z' {
		t.cap = true
	}
	return t
}

// parseSpecial classifies words the lexicon does not list: numbers,
// ordinals, decades, ISO dates and hyphenated compounds.
func parseSpecial(w []byte) tok {
	if len(w) == 0 {
		return tok{k: kOther}
	}
	if isDigit(w[0]) {
		if t, ok := parseNumeric(w); ok {
			return t
		}
		if t, ok := parseCompound(w); ok {
			return t
		}
		return tok{k: kOther}
	}
	if t, ok := parseCompound(w); ok {
		return t
	}
	return tok{k: kOther}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseNumeric reads 90, 1,000, 2.5, 1990s, 21st, 3pm, 1/2, 2025-01-13, 1/13/2025.
func parseNumeric(w []byte) (tok, bool) {
	n, i := 0, 0
	digits := 0
	comma := false
	for i < len(w) && (isDigit(w[i]) || w[i] == ',' && i+1 < len(w) && isDigit(w[i+1])) {
		if w[i] == ',' {
			comma = true
		} else {
			if digits < 12 {
				n = n*10 + int(w[i]-'0')
			}
			digits++
		}
		i++
	}
	rest := w[i:]
	if len(rest) == 0 {
		d := int8(digits)
		if comma {
			d = -1
		}
		return tok{k: kNum, f: float64(n), digits: d}, true
	}
	switch string(rest) {
	case "s", "'s", "’s":
		if !comma && (digits == 4 && n%10 == 0) {
			return tok{k: kNum, cmp: cmpDecade, f: float64(n), digits: 4}, true
		}
		if !comma && digits == 2 && n%10 == 0 {
			return tok{k: kNum, cmp: cmpDecade, f: float64(1900 + n), digits: 2}, true
		}
	case "st", "nd", "rd", "th":
		if !comma && n > 0 && n < 128 {
			return tok{k: kOther, ord: int8(n)}, true
		}
	case "am", "a.m.", "a.m":
		if n >= 1 && n <= 12 {
			return tok{k: kNum, cmp: cmpTimeOfDay, f: float64(n % 12), digits: int8(digits)}, true
		}
	case "pm", "p.m.", "p.m":
		if n >= 1 && n <= 12 {
			return tok{k: kNum, cmp: cmpTimeOfDay, f: float64(n%12 + 12), digits: int8(digits)}, true
		}
	}
	if comma {
		return tok{}, false
	}
	switch rest[0] {
	case '.':
		// 13.01.2025: day, month, year as much of Europe writes them.
		if a, b, c, nc := splitNums(w, '.'); nc == 3 && a >= 1 && a <= 31 && b >= 1 && b <= 12 && c >= 1000 && c <= 2999 {
			return tok{k: kNum, cmp: cmpISO, y: int16(c), m: int16(b), d: int8(a), digits: -1}, true
		}
		// 2.5
		f := float64(n)
		scale := 0.1
		j := 1
		for j < len(rest) && isDigit(rest[j]) {
			f += float64(rest[j]-'0') * scale
			scale /= 10
			j++
		}
		if j == len(rest) && j > 1 {
			return tok{k: kNum, f: f, digits: -1}, true
		}
	case '/':
		a, b, c, nc := splitNums(w, '/')
		switch {
		case nc == 2 && digits <= 2 && b > 0 && a < b && b <= 16:
			return tok{k: kNum, cmp: cmpFraction, f: float64(a) / float64(b), digits: -1}, true
		case nc == 3 && a >= 1 && a <= 12 && b >= 1 && b <= 31:
			y := c
			if y < 100 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			if y >= 1000 && y <= 2999 {
				return tok{k: kNum, cmp: cmpISO, y: int16(y), m: int16(a), d: int8(b), digits: -1}, true
			}
		}
	case '-':
		a, b, c, nc := splitNums(w, '-')
		switch {
		case nc == 3 && digits == 4 && b >= 1 && b <= 12 && c >= 1 && c <= 31:
			return tok{k: kNum, cmp: cmpISO, y: int16(a), m: int16(b), d: int8(c), digits: -1}, true
		case nc == 2 && digits == 4 && a >= 1000 && a <= 2999:
			if b >= 1000 && b <= 2999 && b > a {
				return tok{k: kNum, cmp: cmpYearPair, y: int16(a), y2: int16(b), sep: 4, digits: -1}, true
			}
			if b < 100 && b > a%100 && len(w) == 7 {
				return tok{k: kNum, cmp: cmpYearPair, y: int16(a), y2: int16(a - a%100 + b), sep: 4, digits: -1}, true
			}
		}
	}
	return tok{}, false
}

// splitNums reads up to three integers separated by sep; nc is how many,
// or 0 when w has anything else in it.
func splitNums(w []byte, sep byte) (a, b, c, nc int) {
	var v [3]int
	k, have := 0, false
	for _, ch := range w {
		switch {
		case isDigit(ch):
			if v[k] < 100000 {
				v[k] = v[k]*10 + int(ch-'0')
			}
			have = true
		case ch == sep && have && k < 2:
			k++
			have = false
		default:
			return 0, 0, 0, 0
		}
	}
	if !have {
		return 0, 0, 0, 0
	}
	return v[0], v[1], v[2], k + 1
}

// parseCompound reads hyphenated words: five-year, 16-hour, third-quarter,
// two-and-a-half, twenty-five, mid-August, year-earlier, 8-month-old.
func parseCompound(w []byte) (tok, bool) {
	h := -1
	for i, c := range w {
		if isHyphen(c) {
			h = i
			break
		}
	}
	if h <= 0 || h == len(w)-1 {
		return tok{}, false
	}
	head, rest := w[:h], w[h+1:]
	// mid-August, early-1990s, late-night: a mod prefix on a word.
	switch string(head) {
	case "mid", "early", "late":
		t := classify(string(rest), text.Word)
		if t.k == kMonth || t.k == kSeason || t.k == kDayPart || t.k == kWeekday || t.k == kNum && (t.digits == 4 || t.cmp == cmpDecade) || t.k == kUnit && !t.plural {
			t.pre = true
			t.cap = false
			t.pm = mMid
			switch string(head) {
			case "early":
				t.pm = mStart
			case "late":
				t.pm = mEnd
			}
			return t, true
		}
		return tok{}, false
	case "almost", "nearly", "about", "over", "some", "roughly":
		// almost-three-year-old: the duration with its mod.
		t := classify(string(rest), text.Word)
		if t.cmp == cmpDur || t.cmp == cmpAge {
			t.pm = approxMod(string(head))
			return t, true
		}
		return tok{}, false
	case "year":
		switch string(rest) {
		case "earlier", "ago", "before":
			return tok{k: kOther, cmp: cmpYearAgo}, true
		case "end":
			return tok{k: kOther, cmp: cmpYearEnd}, true
		}
	}
	// A number, possibly itself hyphenated: twenty-five, two-and-a-half.
	if f, n, ok := compoundNumber(w); ok {
		if n == len(w) {
			return tok{k: kNum, f: f, digits: -1}, true
		}
		rest = w[n+1:]
		// five-year, 16-hour, 8-month-old, three-day-long
		u, tail := rest, []byte(nil)
		for i, c := range rest {
			if isHyphen(c) {
				u, tail = rest[:i], rest[i+1:]
				break
			}
		}
		ut, ok := lexicon[string(u)]
		// "five-year" and "day-long" are durations; "6-year-old" is an age
		// (a duration only of things: "a three-year-old conflict");
		// "three-quarters" is a fraction.
		if ok && ut.k == kUnit && !ut.plural && (tail == nil || string(tail) == "long") {
			return tok{k: kOther, cmp: cmpDur, f: f, u: ut.v}, true
		}
		if ok && ut.k == kUnit && !ut.plural && string(tail) == "old" {
			return tok{k: kOther, cmp: cmpAge, f: f, u: ut.v}, true
		}
		return tok{}, false
	}
	// third-quarter, first-half
	if ot, ok := lexicon[string(head)]; ok && ot.ord > 0 {
		switch string(rest) {
		case "quarter":
			if ot.ord <= 4 {
				return tok{k: kOther, cmp: cmpQuarter, ord: ot.ord}, true
			}
		case "half":
			if ot.ord <= 2 {
				return tok{k: kOther, cmp: cmpHalf, ord: ot.ord}, true
			}
		}
	}
	// day-long, decades-long
	if string(rest) == "long" {
		if ut, ok := lexicon[string(head)]; ok && ut.k == kUnit {
			f := 1.0
			if ut.plural {
				f = -1
			}
			return tok{k: kOther, cmp: cmpDur, f: f, u: ut.v}, true
		}
	}
	return tok{}, false
}

// compoundNumber reads a hyphenated number at the start of w and returns its
// value and the byte length it used: twenty-five, two-and-a-half, 16, 1.5.
func compoundNumber(w []byte) (float64, int, bool) {
	// Split into parts on hyphens.
	var parts [8][]byte
	np, s := 0, 0
	for i := 0; i <= len(w) && np < len(parts); i++ {
		if i == len(w) || isHyphen(w[i]) {
			parts[np] = w[s:i]
			np++
			s = i + 1
		}
	}
	val, used, end := 0.0, false, 0
	off := 0
	for p := 0; p < np; p++ {
		part := parts[p]
		next := off + len(part)
		switch {
		case len(part) > 0 && isDigit(part[0]) && !used:
			t, ok := parseNumeric(part)
			if !ok || t.k != kNum || t.cmp != cmpNone {
				return 0, 0, false
			}
			val, used, end = t.f, true, next
		case string(part) == "and" && used && p+2 < np && string(parts[p+1]) == "a" && string(parts[p+2]) == "half":
			val += 0.5
			end = off + len(part) + 1 + len(parts[p+1]) + 1 + len(parts[p+2])
			p += 2
			next = end
		default:
			t, ok := lexicon[string(part)]
			if !ok || t.k != kNum || t.f >= 100 {
				if used {
					return val, end, true
				}
				return 0, 0, false
			}
			if used && !(val >= 20 && val < 100 && int(val)%10 == 0 && t.f < 10) {
				return val, end, true
			}
			val, used, end = val+t.f, true, next
		}
		off = next + 1
	}
	if !used {
		return 0, 0, false
	}
	return val, end, true
}
