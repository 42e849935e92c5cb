// Package timex is the pipeline stage that finds temporal expressions and
// normalises them to TIMEX3 values against the publication date, following
// the TempEval-3 (TimeML) conventions for spans and values: "on Monday" ->
// "Monday" 2025-01-13, "last month" -> 2024-12, "six hours" -> PT6H, "every
// week" -> P1W (SET), "now" -> PRESENT_REF.
//
// It works over tokens with a small lexicon; there is no regular expression
// on the hot path and no allocation per expression once warm.
//
// Relative expressions lean to the past, as news does, unless the words
// near them speak of the future ("will", "expected to", "next", "until"):
//   - a weekday is the nearest one on or before publication ("on Monday"),
//     or on or after it in a future context;
//   - a month without a year is the most recent one, allowing up to two
//     months ahead ("in August" in January is last August, "in March" this
//     March);
//   - a day of a month without a year falls from 275 days before to 90 days
//     after publication (from 14 days before, in a future context);
//   - a quarter without a year is the publication year's, except the fourth
//     quarter named in the first, which is last year's results.
//
// When the publication date is unknown, relative expressions keep their
// granularity with unknown digits written as X, as TimeML does: "last
// month" -> XXXX-XX, "on Monday" -> XXXX-WXX-1, "in August" -> XXXX-08,
// "yesterday" -> XXXX-XX-XX; absolute dates, durations and PRESENT_REF are
// unaffected.
package timex

import (
	"strings"
	"sync"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/text"
)

// Stage finds and normalises temporal expressions. It is safe for
// concurrent use.
type Stage struct {
	pool sync.Pool
}

// New returns the stage.
func New() *Stage {
	return &Stage{pool: sync.Pool{New: func() any { return new(parser) }}}
}

func (*Stage) Name() string        { return "timex" }
func (*Stage) Requires() nlp.Layer { return nlp.Tokens | nlp.Sentences }
func (*Stage) Provides() nlp.Layer { return nlp.Times }

// Process appends d's temporal expressions to d.Times in text order.
func (s *Stage) Process(d *nlp.Doc) error {
	p := s.pool.Get().(*parser)
	p.run(d)
	p.doc = nil
	s.pool.Put(p)
	return nil
}

// Find is a convenience for callers outside a pipeline: it tokenises text,
// runs the stage and returns the expressions.
func Find(text string, published time.Time) []dossier.Timex {
	var d nlp.Doc
	d.Reset(text, published)
	_ = nlp.Tokenizer{}.Process(&d) // never fails
	_ = defaultStage.Process(&d)    // never fails
	return d.Times
}

var defaultStage = New()

// parser holds the scratch state for one document.
type parser struct {
	doc    *nlp.Doc
	toks   []tok
	lo, hi int // token range of the current sentence
	pub    time.Time
	hasPub bool
	pos    int  // first token of the expression being read
	fut    int8 // its tense: -1 past, 0 unknown, 1 future
	futPos int  // pos+1 for which fut holds, 0 for none
	buf    []byte
	values map[string]string // interned values: the same few recur
	lastQ  cal               // the last quarter named in the document
	inFrom bool              // reading the anchor of "two days after …"
}

// intern returns b as a string, reusing an earlier copy when there is one,
// so that steady-state processing does not allocate per expression.
func (p *parser) intern(b []byte) string {
	if s, ok := p.values[string(b)]; ok {
		return s
	}
	s := string(b)
	if p.values == nil {
		p.values = make(map[string]string, 64)
	}
	if len(p.values) < 4096 {
		p.values[s] = s
	}
	return s
}

func (p *parser) run(d *nlp.Doc) {
	p.doc = d
	p.lastQ = cal{}
	p.pub = d.Published
	p.hasPub = !d.Published.IsZero()
	if p.hasPub {
		p.pub = time.Date(p.pub.Year(), p.pub.Month(), p.pub.Day(), 12, 0, 0, 0, time.UTC)
	}
	if cap(p.toks) < len(d.Tokens) {
		p.toks = make([]tok, len(d.Tokens), len(d.Tokens)+len(d.Tokens)/4)
	}
	p.toks = p.toks[:len(d.Tokens)]
	for i, t := range d.Tokens {
		if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
			p.toks[i] = tok{k: kPunct}
			continue
		}
		p.toks[i] = classify(d.Text[t.Start:t.End], t.Kind)
	}
	if len(d.Sentences) == 0 {
		p.sentence(0, len(d.Tokens))
		return
	}
	for _, s := range d.Sentences {
		if s.First < 0 || s.Last > len(d.Tokens) || s.First >= s.Last {
			continue
		}
		p.sentence(s.First, s.Last)
	}
}

// t returns token i's class, or a none token outside the sentence.
func (p *parser) t(i int) tok {
	if i < p.lo || i >= p.hi {
		return tok{}
	}
	return p.toks[i]
}

// word returns the text of token i.
func (p *parser) word(i int) string {
	if i < p.lo || i >= p.hi {
		return ""
	}
	t := p.doc.Tokens[i]
	return p.doc.Text[t.Start:t.End]
}

// is reports whether token i is w, ignoring ASCII case.
func (p *parser) is(i int, w string) bool {
	return strings.EqualFold(p.word(i), w)
}

// future reports whether the expression being read (at p.pos) speaks of
// the future.
func (p *parser) future() bool { return p.tense() > 0 }

// tense says whether the expression being read speaks of the future (1),
// the past (-1) or neither (0). The nearest tense cue decides: first looking
// left, towards the verb the expression most often modifies ("said
// Friday", "will meet on Friday"), then right ("on Friday, it will").
func (p *parser) tense() int {
	if p.futPos == p.pos+1 {
		return int(p.fut)
	}
	p.futPos, p.fut = p.pos+1, 0
	// "until Saturday", "through June": an end point, usually ahead.
	// "Until Thursday, they had not …" looks back, though.
	if b := p.pos - 1; b >= p.lo && (p.is(b, "until") || p.is(b, "till") || p.is(b, "through")) {
		p.fut = 1
		for i := p.pos + 1; i < p.hi && i <= p.pos+5; i++ {
			if p.tenseCue(i) < 0 {
				p.fut = -1
				break
			}
		}
		return int(p.fut)
	}
	for i, n := p.pos-1, 0; i >= p.lo && n < 12; i, n = i-1, n+1 {
		if c := p.tenseCue(i); c != 0 {
			p.fut = int8(c)
			return c
		}
	}
	for i, n := p.pos+1, 0; i < p.hi && n < 8; i, n = i+1, n+1 {
		if c := p.tenseCue(i); c != 0 {
			p.fut = int8(c)
			return c
		}
	}
	return 0
}

// tenseCue says whether token i marks the future (1), the past (-1) or
// neither (0).
func (p *parser) tenseCue(i int) int {
	t := p.toks[i]
	switch t.k {
	case kFuture:
		return 1
	case kRel:
		if t.v == relNext || t.v == relComing {
			return 1
		}
		if t.v == relLast {
			return -1
		}
		return 0
	case kAgo:
		return -1
	case kMod:
		// "as early as next week"
		if p.is(i-1, "as") && p.is(i+1, "as") && p.is(i, "early") {
			return 1
		}
		return 0
	case kOther, kTo:
	default:
		return 0
	}
	w := p.word(i)
	if len(w) < 3 || len(w) > 16 {
		return 0
	}
	var buf [16]byte
	lw := text.AppendLower(buf[:0], w)
	switch string(lw) {
	case "going":
		if p.t(i+1).k == kTo {
			return 1
		}
		return 0
	case "upcoming", "tomorrow", "effective":
		return 1
	case "soon", "early":
		// "as soon as Tuesday", "as early as next week"
		if p.is(i-1, "as") && p.is(i+1, "as") {
			return 1
		}
		return 0
	case "is", "are":
		// "is to resume trading Tuesday"
		if p.t(i+1).k == kTo {
			return 1
		}
		return 0
	case "expected", "expects", "expect", "scheduled", "plans", "plan", "planned", "due", "intends", "aims", "hopes", "set":
		// "plans to", "set for", "due in": the noun ("the plan", "a set")
		// says nothing of the time.
		if n := p.t(i + 1); n.k == kTo || n.k == kFor || n.k == kIn && strings.EqualFold(string(lw), "due") {
			return 1
		}
		return 0
	case "need", "indeed", "speed", "feed", "seed", "proceed", "exceed", "succeed", "bed", "red", "shed", "weed", "breed", "greed", "hundred", "united", "limited", "based", "related", "so-called", "alleged", "detailed", "advanced", "experienced", "concerned", "interested", "dedicated":
		return 0
	case "said", "was", "were", "had", "did", "told", "came", "went", "made", "took", "met", "began", "left", "got", "gave", "held", "fell", "rose", "won", "lost", "saw", "found", "sent", "brought", "thought", "paid", "kept", "led", "ran", "spent", "stood", "struck", "wrote", "spoke", "became", "broke", "chose", "drove", "grew", "knew", "sold", "flew", "fled", "shot", "fought", "caught", "taught", "sought", "bought", "built", "felt", "heard", "meant", "slid", "sank", "swore", "threw", "withdrew", "wore", "hid", "bid", "quit", "arose", "awoke", "forgot", "froze", "rode", "rang", "sang", "stole", "stuck", "swam", "woke", "won't":
		if string(lw) == "won't" {
			return 1
		}
		return -1
	}
	if n := len(lw); n >= 5 && lw[n-2] == 'e' && lw[n-1] == 'd' {
		// "is due to be published", "has been postponed": a participle
		// after a form of "be" says nothing of the time.
		switch b := p.word(i - 1); {
		case strings.EqualFold(b, "be"), strings.EqualFold(b, "been"), strings.EqualFold(b, "being"), strings.EqualFold(b, "is"), strings.EqualFold(b, "are"):
			return 0
		}
		return -1
	}
	return 0
}

// span is a found expression before it is appended.
type span struct {
	first, end int // tokens [first,end)
	sb, se     int // byte offsets when they differ from the tokens' (0 = use tokens)
	typ        dossier.TimexType
	val        string
	mod        mod
}

func (p *parser) sentence(lo, hi int) {
	p.lo, p.hi, p.futPos = lo, hi, 0
	for i := lo; i < hi; {
		// A year range inside one token ("2009-2010") makes two expressions.
		if t := p.toks[i]; t.cmp == cmpYearPair {
			tk := p.doc.Tokens[i]
			p.emit(span{first: i, end: i + 1, sb: tk.Start, se: tk.Start + t.sep, typ: dossier.Date, val: p.yearValue(int(t.y))})
			p.emit(span{first: i, end: i + 1, sb: tk.Start + t.sep + 1, se: tk.End, typ: dossier.Date, val: p.yearValue(int(t.y2))})
			i++
			continue
		}
		if s, ok := p.match(i); ok && s.end > i {
			p.emit(s)
			i = s.end
			continue
		}
		i++
	}
}

func (p *parser) emit(s span) {
	sp := dossier.Span{Start: s.sb, End: s.se}
	if s.se == 0 {
		sp = p.doc.Span(s.first, s.end)
	}
	if sp.End <= sp.Start {
		return
	}
	p.doc.Times = append(p.doc.Times, dossier.Timex{Span: sp, Type: s.typ, Value: s.val, Mod: modNames[s.mod]})
}

func (p *parser) yearValue(y int) string {
	p.buf = appendPad(p.buf[:0], y, 4)
	return p.intern(p.buf)
}

func (p *parser) calValue(c cal) string {
	p.buf = c.appendValue(p.buf[:0])
	return p.intern(p.buf)
}

func (p *parser) durValue(n float64, u int) string {
	p.buf = appendDuration(p.buf[:0], n, u)
	return p.intern(p.buf)
}

// prefix is what may stand before the core of an expression.
type prefix struct {
	end    int  // first token of the core
	approx bool // about, nearly, more than, at least …
	the    bool // the
	mod    bool // early, late, mid, earlier, later, the end of …
	mv     mod  // the TIMEX3 mod the words give, if any
}

// mod is a TIMEX3 mod attribute.
type mod uint8

const (
	mNone mod = iota
	mApprox
	mLessThan
	mMoreThan
	mEqualOrLess
	mEqualOrMore
	mStart
	mMid
	mEnd
)

var modNames = [...]string{"", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END"}

// approxMod is the mod of a kApprox word, as the TimeML guidelines give
// them: "almost", "nearly" and "under" fall short, "over" goes beyond.
func approxMod(w string) mod {
	switch {
	case strings.EqualFold(w, "almost"), strings.EqualFold(w, "nearly"), strings.EqualFold(w, "under"):
		return mLessThan
	case strings.EqualFold(w, "over"):
		return mMoreThan
	case strings.EqualFold(w, "about"), strings.EqualFold(w, "around"), strings.EqualFold(w, "roughly"),
		strings.EqualFold(w, "approximately"), strings.EqualFold(w, "some"):
		return mApprox
	case strings.EqualFold(w, "within"):
		return mEqualOrLess
	}
	return mNone
}

func (p *parser) prefix(i int) prefix {
	pr := prefix{end: i}
	j := i
	for steps := 0; steps < 4; steps++ {
		t := p.t(j)
		switch t.k {
		case kApprox:
			if p.is(j, "some") && (p.t(j+1).k == kUnit || p.t(j+1).k == kRel) {
				return pr // "some years": a count, read by number
			}
			if p.is(j, "over") || p.is(j, "within") || p.is(j, "under") {
				// "over the past two years": TE3 leaves the preposition out.
				if n := p.t(j + 1); n.k == kThe || n.k == kRel {
					return pr
				}
			}
			pr.approx = true
			if m := approxMod(p.word(j)); m != mNone {
				pr.mv = m
			}
			j++
		case kMore:
			if p.t(j+1).k != kThan {
				return pr
			}
			pr.approx = true
			pr.mv = mMoreThan
			if !p.is(j, "more") {
				pr.mv = mLessThan
			}
			j += 2
		case kAt:
			if p.t(j+1).k != kLeast {
				return pr
			}
			pr.approx = true
			pr.mv = mEqualOrMore
			if p.is(j+1, "most") {
				pr.mv = mEqualOrLess
			}
			j += 2
		case kUp:
			if p.t(j+1).k != kTo {
				return pr
			}
			pr.approx = true
			pr.mv = mEqualOrLess
			j += 2
		case kA:
			if p.is(j+1, "mere") || p.is(j+1, "full") {
				pr.approx = true
				j += 2
				continue
			}
			return pr
		case kThe:
			if pr.the {
				return pr
			}
			pr.the = true
			j++
		case kMod:
			pr.mod = true
			pr.mv = [...]mod{modEarly: mStart, modLate: mEnd, modMid: mMid}[t.v]
			j++
		case kAfter:
			// "earlier this year", "later this month"
			if !(p.is(j, "earlier") || p.is(j, "later")) {
				return pr
			}
			if n := p.t(j + 1); n.k != kRel && n.k != kMonth && n.k != kDay && n.k != kMod {
				return pr
			}
			pr.mod = true
			pr.mv = mStart
			if p.is(j, "later") {
				pr.mv = mEnd
			}
			j++
		case kPosWord:
			if p.t(j+1).k != kOf || p.is(j, "rest") || p.is(j, "remainder") {
				return pr
			}
			pr.mod = true
			pr.mv = [...]mod{1: mEnd, 2: mStart, 3: mMid}[t.v]
			pr.the = false // "the end of" takes the whole phrase
			j += 2
		default:
			return pr
		}
		pr.end = j
	}
	return pr
}

// match finds an expression starting at token i.
func (p *parser) match(i int) (span, bool) {
	t := p.toks[i]
	// Fast reject: most tokens can start nothing.
	switch t.k {
	case kNone, kOther, kPunct, kComma, kColon, kAnd, kOr, kOf, kIn, kOn, kFor, kTo, kThan, kFuture, kAdjDur, kQuote, kTZ, kAmPm, kTimes:
		if t.cmp == cmpNone && t.ord == 0 {
			return span{}, false
		}
	}
	pr := p.prefix(i)
	j := pr.end
	p.pos = i
	if j >= p.hi {
		return span{}, false
	}
	s, ok := p.core(j, pr)
	if !ok {
		return span{}, false
	}
	s.first = i
	if s.mod == mNone {
		s.mod = pr.mv
		if s.mod == mNone {
			s.mod = p.t(j).pm // mid-August, almost-three-year-old
		}
	}
	return s, true
}

// category of a core expression, to check which prefixes it takes.
type category uint8

const (
	catDate category = iota + 1
	catDur
	catAgo
	catTime
	catRef
	catSet
	catTheDate // a date that takes "the" (the 1990s, the third quarter)
	catAdj     // a duration used as an adjective (a five-year plan): no article
)

func (pr prefix) allows(c category) bool {
	switch c {
	case catDate:
		return !pr.approx && !pr.the
	case catTheDate:
		return !pr.approx
	case catDur:
		return !pr.mod
	case catAdj:
		return !pr.mod && !pr.the
	case catAgo:
		return !pr.mod
	case catTime:
		return !pr.the || pr.mod
	case catRef, catSet:
		return !pr.approx && !pr.mod
	}
	return false
}

// core reads the expression proper at token j; pr says what precedes it.
func (p *parser) core(j int, pr prefix) (span, bool) {
	var best span
	found := false
	// The longest reading wins; among equals, the first tried.
	try := func(s span, c category, ok bool) {
		if !ok || !pr.allows(c) {
			return
		}
		if !found || s.end > best.end {
			best, found = s, true
		}
	}
	t := p.t(j)
	switch t.k {
	case kMonth:
		try(p.monthDate(j, pr))
	case kWeekday:
		try(p.weekday(j))
	case kSeason:
		try(p.season(j, pr))
	case kRel:
		try(p.relative(j, pr))
		try(p.duration(j, pr))
		try(p.ref(j, pr))
		if t.ord > 0 {
			try(p.quarter(j)) // the first half
		}
	case kDay, kTonight:
		try(p.day(j))
	case kRef, kRight, kThese, kFutureWord, kNear:
		try(p.ref(j, pr))
	case kSetAdv, kEvery, kPer:
		try(p.set(j))
	case kNoon:
		try(p.timeOfDay(j))
	case kDecadeWord:
		try(p.year(j))
	case kUnit, kWeekend:
		try(p.duration(j, pr))
		try(p.unitDate(j, pr))
		if t.ord > 0 {
			try(p.quarter(j)) // the second half
		}
	case kFiscal:
		try(p.year(j))
		try(p.quarter(j))
		try(p.unitDate(j, pr))
	case kAdjDur:
		try(p.unitDate(j, pr))
	case kHoliday:
		try(p.holiday(j, 0))
	case kDayPart:
		try(p.dayPart(j, pr))
	case kA:
		try(p.duration(j, pr))
		try(p.set(j))
	default:
		if t.k == kNum || t.k == kFuzzy || t.k == kCouple || t.k == kHalf || t.k == kDozens || t.k == kApprox || t.cmp == cmpDur {
			try(p.duration(j, pr))
		}
		if t.k == kNum {
			try(p.timeOfDay(j))
			try(p.year(j))
			try(p.dayMonth(j))
		}
		if t.ord > 0 {
			try(p.quarter(j))
			try(p.year(j))
			try(p.dayMonth(j))
		}
		switch t.cmp {
		case cmpQuarter, cmpHalf:
			try(p.quarter(j))
		case cmpYearAgo:
			try(p.yearAgo(j))
		case cmpYearEnd:
			try(p.unitDate(j, pr))
		case cmpISO, cmpYearMonth:
			try(p.iso(j))
		case cmpDecade:
			try(p.year(j))
		case cmpTimeOfDay:
			try(p.timeOfDay(j))
		case cmpAge:
			try(p.age(j))
		}
	}
	return best, found
}

// ---- dates by name

// isMonthWord checks the context of a month word that is also a common word
// (May, March): it must be capitalised and look like a date.
func (p *parser) isMonth(j int) bool {
	t := p.t(j)
	if t.k != kMonth {
		return false
	}
	if t.pre {
		return true
	}
	if !t.cap {
		return false
	}
	// "Jan Kavan": a short form without its period wants a number after it.
	if w := p.word(j); len(w) <= 4 && w[len(w)-1] != '.' && !(t.v == 5 || t.v == 6 || t.v == 7 && len(w) == 4) {
		n := p.t(j + 1)
		return n.k == kNum && n.cmp == cmpNone && n.digits > 0 || n.ord > 0
	}
	if t.v != 5 && t.v != 3 {
		return true
	}
	n := p.t(j + 1)
	if n.k == kNum && n.cmp == cmpNone && n.digits > 0 || n.ord > 0 {
		return true
	}
	switch p.t(j - 1).k {
	case kIn, kOf, kRel, kMod, kTo, kAnd, kOr, kComma, kOn, kThe:
		if p.is(j, "may") && p.t(j-1).k == kComma {
			return false
		}
		return true
	}
	return false
}

// dayNum reads a day of the month at j: 13, 13th.
func (p *parser) dayNum(j int) (int, bool) {
	t := p.t(j)
	if t.k == kNum && t.cmp == cmpNone && t.digits > 0 && t.digits <= 2 && t.f >= 1 && t.f <= 31 {
		return int(t.f), true
	}
	if t.ord >= 1 && t.ord <= 31 && t.k != kRel {
		return int(t.ord), true
	}
	return 0, false
}

// yearNum reads a year at j: 2016, '95.
func (p *parser) yearNum(j int) (int, int, bool) {
	t := p.t(j)
	if t.k == kNum && t.cmp == cmpNone && t.digits == 4 && t.f >= 1000 && t.f <= 2999 {
		return int(t.f), j + 1, true
	}
	if t.k == kQuote {
		if n := p.t(j + 1); n.k == kNum && n.cmp == cmpNone && n.digits == 2 {
			y := 1900 + int(n.f)
			if y < 1940 {
				y += 100
			}
			return y, j + 2, true
		}
	}
	return 0, j, false
}

// monthDate reads January 13, 2025; Jan. 13; January 2025; August.
func (p *parser) monthDate(j int, pr prefix) (span, category, bool) {
	if !p.isMonth(j) {
		return span{}, 0, false
	}
	m := int(p.t(j).v)
	c := newCal(gMonth)
	c.m = m
	end := j + 1
	if d, ok := p.dayNum(j + 1); ok {
		c.g, c.d = gDay, d
		end = j + 2
		k := end
		if p.t(k).k == kComma {
			k++
		}
		if y, e, ok := p.yearNum(k); ok {
			c.y = y
			end = e
		} else {
			c.y = p.inferDayYear(m, d)
		}
		return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catDate, true
	}
	k := j + 1
	if p.t(k).k == kOf || p.t(k).k == kComma {
		k++
	}
	if y, e, ok := p.yearNum(k); ok {
		c.y = y
		end = e
	} else if y, ok := p.relYear(k); ok {
		// "June last year", "January this year", "August of last year"
		c.y = y
		end = k + 2
	} else {
		c.y = p.inferMonthYear(m)
	}
	// "the 13th of January" is read by dayMonth; "the August" is not a date.
	return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catDate, true
}

// relYear reads "last year", "this year", "next year" at j as a year.
func (p *parser) relYear(j int) (int, bool) {
	r, u := p.t(j), p.t(j+1)
	if r.k != kRel || u.k != kUnit || u.v != uYear || u.plural {
		return 0, false
	}
	off := 0
	switch r.v {
	case relLast, relPrevious:
		off = -1
	case relNext, relComing:
		off = 1
	case relThis, relCurrent:
	default:
		return 0, false
	}
	if !p.hasPub {
		return -1, true
	}
	return p.pub.Year() + off, true
}

// dayMonth reads 13 January 2025, the 13th of January.
func (p *parser) dayMonth(j int) (span, category, bool) {
	d, ok := p.dayNum(j)
	if !ok {
		return span{}, 0, false
	}
	k := j + 1
	if p.t(k).k == kOf {
		k++
	}
	if !p.isMonth(k) || p.t(k).pre {
		return span{}, 0, false
	}
	m := int(p.t(k).v)
	c := newCal(gDay)
	c.m, c.d = m, d
	end := k + 1
	if y, e, ok := p.yearNum(end); ok {
		c.y, end = y, e
	} else if p.t(end).k == kComma {
		if y, e, ok := p.yearNum(end + 1); ok {
			c.y, end = y, e
		} else {
			c.y = p.inferDayYear(m, d)
		}
	} else {
		c.y = p.inferDayYear(m, d)
	}
	return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
}

// iso reads 2025-01-13 and 1/13/2025.
func (p *parser) iso(j int) (span, category, bool) {
	t := p.t(j)
	if t.m < 1 || t.m > 12 || t.d < 1 || t.d > 31 {
		return span{}, 0, false
	}
	c := newCal(gDay)
	c.y, c.m, c.d = int(t.y), int(t.m), int(t.d)
	return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catDate, true
}

// weekday reads Monday, Monday morning, Thursday, April 6, Mondays.
func (p *parser) weekday(j int) (span, category, bool) {
	t := p.t(j)
	if !t.cap && !t.pre {
		return span{}, 0, false
	}
	wd := int(t.v)
	// "The Sunday Times", "the Monday Night game": a name.
	if n := p.t(j + 1); p.t(j-1).k == kThe && n.cap && n.k != kMonth && n.k != kWeekday && n.k != kDayPart && n.k != kNum {
		return span{}, 0, false
	}
	if t.plural {
		c := newCal(gDay)
		c.wd = wd
		end := j + 1
		if n := p.t(j + 1); n.k == kDayPart {
			c.part = int(n.v)
			end++
		}
		return span{end: end, typ: dossier.Set, val: p.calValue(c)}, catSet, true
	}
	// "Thursday, April 6": the date says it all.
	k := j + 1
	if p.t(k).k == kComma {
		k++
	}
	if p.isMonth(k) {
		if _, ok := p.dayNum(k + 1); ok {
			if s, c, ok := p.monthDate(k, prefix{}); ok {
				return s, c, true
			}
		}
	}
	if d, ok := p.dayNum(k); ok && p.isMonth(k+1) {
		if s, c, ok := p.dayMonth(k); ok && d > 0 {
			return s, c, true
		}
	}
	if n := p.t(j + 1); n.k == kDayPart && n.plural && !p.is(j+1, "overnight") {
		// "Tuesday nights": every Tuesday night.
		c := newCal(gDay)
		c.wd, c.part = wd, int(n.v)
		return span{end: j + 2, typ: dossier.Set, val: p.calValue(c)}, catSet, true
	}
	rel := 0
	if w := p.word(j + 1); w == "'s" || w == "’s" {
		rel = -2 // "Wednesday's ruling": an event reported, so on or before publication
	}
	c := p.weekdayCal(wd, rel)
	end := j + 1
	typ := dossier.Date
	if n := p.t(j + 1); n.k == kDayPart && !n.plural {
		c.part = int(n.v)
		end++
		typ = dossier.Time
	}
	return span{end: end, typ: typ, val: p.calValue(c)}, catDate, true
}

// weekdayCal resolves weekday wd: rel -1 the last one before publication,
// -2 the last one on or before it, > 0 the next one after it, 0 by the
// tense of the sentence (on or before publication unless it speaks of the
// future).
func (p *parser) weekdayCal(wd, rel int) cal {
	if !p.hasPub {
		c := newCal(gDay)
		c.y, c.wd = -1, wd
		return c
	}
	pw := isoWeekday(p.pub)
	var delta int
	switch {
	case rel == 2: // this: the same ISO week
		delta = wd - pw
	case rel == -2:
		delta = -((pw - wd + 7) % 7)
	case rel < 0:
		delta = -((pw - wd + 7) % 7)
		if delta == 0 {
			delta = -7
		}
	case rel > 0:
		delta = (wd - pw + 7) % 7
		if delta == 0 {
			delta = 7
		}
	default:
		if p.future() {
			delta = (wd - pw + 7) % 7
		} else {
			delta = -((pw - wd + 7) % 7)
		}
	}
	return dayCal(p.pub.AddDate(0, 0, delta))
}

// since reports whether the expression being read follows "since", which
// makes it a start in the past.
func (p *parser) since() bool { return p.is(p.pos-1, "since") }

// inferMonthYear picks the year of a month named without one: the most
// recent on or before publication, or the next on or after it when the
// sentence speaks of the future.
func (p *parser) inferMonthYear(m int) int {
	if !p.hasPub {
		return -1
	}
	py, pm := p.pub.Year(), int(p.pub.Month())
	if p.since() {
		// "since October": a start already past.
		if m <= pm {
			return py
		}
		return py - 1
	}
	if p.future() {
		if m >= pm {
			return py
		}
		return py + 1
	}
	// A month just ahead is likelier this year's than last year's.
	if m <= pm || m-pm <= monthAhead {
		return py
	}
	return py - 1
}

// monthAhead is how many months after publication a month named in a past
// sentence may still lie, measured on TBAQ.
const monthAhead = 2

// inferDayYear is inferMonthYear for a day of a month.
func (p *parser) inferDayYear(m, d int) int {
	if !p.hasPub {
		return -1
	}
	// The occurrence nearest publication, shifted by the tense of the
	// sentence: a past sentence accepts a date up to `ahead` days after
	// publication, a future one up to `behind` days before it.
	ahead, behind := inferAhead, inferBehind
	// A past-tense cue is not used: measured on TBAQ, trusting it loses
	// more dates announced ahead than it wins.
	switch {
	case p.since():
		ahead, behind = 0, 365
	case p.future():
		ahead, behind = 300, 14
	}
	py := p.pub.Year()
	for _, y := range [...]int{py, py - 1, py + 1} {
		t := time.Date(y, time.Month(m), min(d, 28), 12, 0, 0, 0, time.UTC).AddDate(0, 0, max(d-28, 0))
		days := int(t.Sub(p.pub).Hours() / 24)
		if days <= ahead && days >= -behind {
			return y
		}
	}
	return py
}

// Tuning of inferDayYear, measured on TBAQ.
const inferAhead, inferBehind = 90, 275

// season reads fall, the fall, fall 2012, the summer of 2012.
func (p *parser) season(j int, pr prefix) (span, category, bool) {
	t := p.t(j)
	if t.plural {
		return span{}, 0, false
	}
	k := j + 1
	if p.t(k).k == kOf {
		k++
	}
	c := newCal(gSeason)
	c.q = int(t.v)
	end := j + 1
	// "British Summer Time", "Arab Spring": names.
	if t.cap && (p.t(j+1).cap && p.t(j+1).k != kNum || p.t(j-1).cap && p.t(j-1).k == kOther && j-1 > p.lo) {
		return span{}, 0, false
	}
	if y, e, ok := p.yearNum(k); ok {
		c.y, end = y, e
	} else {
		// "fall" and "spring" are verbs too: want a determiner or preposition.
		switch p.t(j - 1).k {
		case kThe, kIn, kMod, kPosWord, kOf:
		default:
			if !t.pre && !t.cap {
				return span{}, 0, false
			}
		}
		c = p.seasonCal(c.q, 0)
	}
	return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
}

// seasonCal resolves season s (0 spring … 3 winter); rel as in weekdayCal,
// with 2 for "this" (the publication year's).
func (p *parser) seasonCal(s, rel int) cal {
	c := newCal(gSeason)
	c.q = s
	if !p.hasPub {
		c.y = -1
		return c
	}
	py, pm := p.pub.Year(), int(p.pub.Month())
	// The current season and its year; January and February are the winter
	// that began the year before.
	cur, cy := (pm-3+12)%12/3, py
	if pm < 3 {
		cy = py - 1
	}
	key := func(y, s int) int { return y*4 + s }
	now := key(cy, cur)
	switch rel {
	case 2:
		c.y = py
	case -1:
		y := cy
		for key(y, s) >= now {
			y--
		}
		c.y = y
	case 1:
		y := cy
		for key(y, s) <= now {
			y++
		}
		c.y = y
	default:
		y := cy
		if p.future() {
			for key(y, s) < now {
				y++
			}
		} else {
			for key(y, s) > now {
				y--
			}
		}
		c.y = y
	}
	return c
}

// ---- relative expressions

// relative reads last month, this week, next year, last fall, last June,
// last Monday, this morning, the past week.
func (p *parser) relative(j int, pr prefix) (span, category, bool) {
	r := int(p.t(j).v)
	n := p.t(j + 1)
	dir := 0
	switch r {
	case relLast, relPrevious, relLatest:
		dir = -1
	case relThis, relCurrent:
		dir = 2
	case relNext, relComing, relFollow:
		dir = 1
	case relPast, relRecent:
		dir = -1
	default:
		return span{}, 0, false
	}
	end := j + 2
	cat := catDate
	if pr.the {
		cat = catTheDate
	}
	if n.k == kFiscal && p.t(j+2).k == kUnit { // the current fiscal year
		n = p.t(j + 2)
		end++
	}
	// "current market conditions": TE3 marks the adjective itself as the
	// present ("a recent filing" it marks less often than not).
	if r == relCurrent && n.k != kUnit && n.k != kWeekend && n.k != kFiscal && !pr.the {
		return span{end: j + 1, typ: dossier.Date, val: "PRESENT_REF"}, catDate, true
	}
	if r == relLatest && p.is(j+1, "period") {
		// "the latest period": the quarter reported on, in results news.
		return span{end: end, typ: dossier.Date, val: p.calValue(p.reportedQuarter())}, cat, true
	}
	switch n.k {
	case kUnit, kWeekend:
		if n.plural {
			if r == relRecent && n.v == uYear {
				// TE3 writes "recent years" as a past reference.
				return span{end: end, typ: dossier.Date, val: "PAST_REF"}, cat, true
			}
			return span{}, 0, false
		}
		u := int(n.v)
		// "the past decade", "the next decade", "the coming century": a
		// stretch of time; "the past year" is still last year.
		if u >= uDecade && r != relLast && r != relThis && r != relCurrent {
			return span{end: end, typ: dossier.Duration, val: p.durValue(1, u)}, catDur, true
		}
		if (r == relComing || r == relFollow) && pr.the && u < uDecade && u != uYear && u != uMonth {
			return span{end: end, typ: dossier.Duration, val: p.durValue(1, u)}, catDur, true
		}
		if r == relRecent {
			return span{}, 0, false
		}
		if u == uQuarter && r == relLatest {
			// "the latest quarter": the one reported on.
			c := p.reportedQuarter()
			return span{end: end, typ: dossier.Date, val: p.calValue(c)}, cat, true
		}
		c, ok := p.unitCal(u, dir)
		if !ok {
			return span{}, 0, false
		}
		// "next year's first quarter", "last year's second half"
		if u == uYear && (p.word(end) == "'s" || p.word(end) == "’s") {
			if qs, _, ok := p.quarter(end + 1); ok {
				if t := p.t(end + 1); t.ord > 0 {
					g := gQuarter
					if t.cmp == cmpHalf || p.t(end+2).k == kHalf {
						g = gHalf
					}
					qc := newCal(g)
					qc.y, qc.q = c.y, int(t.ord)
					if g == gQuarter && qc.y >= 0 {
						p.lastQ = qc
					}
					return span{end: qs.end, typ: dossier.Date, val: p.calValue(qc)}, cat, true
				}
			}
			// "last year's August", "this year's March 3"
			if m := p.t(end + 1); m.k == kMonth && m.cap {
				mc := newCal(gMonth)
				mc.y, mc.m = c.y, int(m.v)
				e := end + 2
				if d, ok := p.dayNum(e); ok {
					mc.g, mc.d = gDay, d
					e++
				}
				return span{end: e, typ: dossier.Date, val: p.calValue(mc)}, cat, true
			}
		}
		if u == uQuarter && c.y >= 0 {
			p.lastQ = c
		}
		return span{end: end, typ: dossier.Date, val: p.calValue(c)}, cat, true
	case kMonth:
		if !n.cap {
			return span{}, 0, false
		}
		c := newCal(gMonth)
		c.m = int(n.v)
		c.y = -1
		if p.hasPub {
			py, pm := p.pub.Year(), int(p.pub.Month())
			switch dir {
			case -1:
				c.y = py
				if c.m >= pm {
					c.y--
				}
			case 1:
				c.y = py
				if c.m <= pm {
					c.y++
				}
			default:
				c.y = py
			}
		}
		// "last Oct. 23"
		if d, ok := p.dayNum(j + 2); ok {
			c.g, c.d = gDay, d
			end++
		}
		return span{end: end, typ: dossier.Date, val: p.calValue(c)}, cat, true
	case kSeason:
		c := p.seasonCal(int(n.v), dir)
		return span{end: end, typ: dossier.Date, val: p.calValue(c)}, cat, true
	case kHoliday:
		if s, c, ok := p.holiday(j+1, dir); ok {
			return s, c, true
		}
	case kWeekday:
		if !n.cap || n.plural {
			return span{}, 0, false
		}
		c := p.weekdayCal(int(n.v), dir)
		typ := dossier.Date
		if d := p.t(j + 2); d.k == kDayPart && !d.plural {
			c.part = int(d.v)
			typ = dossier.Time
			end++
		}
		return span{end: end, typ: typ, val: p.calValue(c)}, cat, true
	case kDayPart:
		if n.plural {
			return span{}, 0, false
		}
		c := newCal(gDay)
		c.y, c.m, c.d = -1, -1, -1
		if p.hasPub {
			off := 0
			if dir == -1 || dir == 1 {
				off = dir
			}
			c = dayCal(p.pub.AddDate(0, 0, off))
		}
		c.part = int(n.v)
		return span{end: end, typ: dossier.Time, val: p.calValue(c)}, cat, true
	}
	return span{}, 0, false
}

// unitCal resolves "last/this/next UNIT"; dir -1, 2 (this) or 1.
func (p *parser) unitCal(u, dir int) (cal, bool) {
	off := dir
	if dir == 2 {
		off = 0
	}
	if !p.hasPub {
		switch u {
		case uDay:
			c := newCal(gDay)
			c.y, c.m, c.d = -1, -1, -1
			return c, true
		case uWeek, uWeekend:
			c := newCal(gWeek)
			if u == uWeekend {
				c.g = gWeekend
			}
			c.wy = -1
			return c, true
		case uMonth:
			c := newCal(gMonth)
			c.y, c.m = -1, -1
			return c, true
		case uQuarter:
			return cal{}, false
		case uYear:
			c := newCal(gYear)
			c.y = -1
			return c, true
		}
		return cal{}, false
	}
	switch u {
	case uDay:
		return dayCal(p.pub.AddDate(0, 0, off)), true
	case uWeek:
		return weekCal(p.pub.AddDate(0, 0, 7*off)), true
	case uWeekend:
		// The weekend of the publication week, or the one before/after it.
		c := weekCal(p.pub.AddDate(0, 0, 7*off))
		c.g = gWeekend
		return c, true
	case uMonth:
		t := time.Date(p.pub.Year(), p.pub.Month()+time.Month(off), 1, 12, 0, 0, 0, time.UTC)
		c := newCal(gMonth)
		c.y, c.m = t.Year(), int(t.Month())
		return c, true
	case uQuarter:
		q := (int(p.pub.Month())-1)/3 + off
		y := p.pub.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		c := newCal(gQuarter)
		c.y, c.q = y, q+1
		return c, true
	case uYear:
		c := newCal(gYear)
		c.y = p.pub.Year() + off
		return c, true
	case uDecade:
		c := newCal(gDecade)
		c.y = p.pub.Year() + 10*off
		return c, true
	case uCentury:
		c := newCal(gCentury)
		c.y = p.pub.Year() + 100*off
		return c, true
	}
	return cal{}, false
}

// unitDate reads dates named by a bare unit, which are safe to read only
// in set phrases: "the quarter", "the weekend", "the year", "the full
// year", "the end of the month", "year-end", "by year's end".
func (p *parser) unitDate(j int, pr prefix) (span, category, bool) {
	t := p.t(j)
	if t.cmp == cmpYearEnd {
		c, _ := p.unitCal(uYear, 2)
		return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	}
	// "by the end of year"
	if !pr.the && pr.mod && t.k == kUnit && !t.plural && (t.v == uYear || t.v == uMonth) && p.t(j-1).k == kOf {
		c, _ := p.unitCal(int(t.v), 2)
		return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catDate, true
	}
	// "year end", "year's end"
	if t.k == kUnit && t.v == uYear && !t.plural && !pr.the {
		k := j + 1
		if p.doc.Tokens[k-1].End < len(p.doc.Text) && k < p.hi && (p.word(k) == "'s" || p.word(k) == "’s") {
			k++
		}
		if p.t(k).k == kPosWord && p.t(k).v == 1 {
			c, _ := p.unitCal(uYear, 2)
			return span{end: k + 1, typ: dossier.Date, val: p.calValue(c)}, catDate, true
		}
		return span{}, 0, false
	}
	if !pr.the {
		return span{}, 0, false
	}
	k := j
	if t.k == kFiscal || t.k == kAdjDur && (p.is(j, "full") || p.is(j, "calendar") || p.is(j, "entire") || p.is(j, "whole")) {
		k++
		t = p.t(k)
	} else if t.k == kAdjDur {
		return span{}, 0, false
	}
	if t.plural {
		return span{}, 0, false
	}
	switch {
	case t.k == kUnit && t.v == uQuarter:
		if p.t(k+1).k == kOf || pr.mod {
			return span{}, 0, false
		}
		c := p.lastQ
		if c.g != gQuarter {
			c = p.reportedQuarter()
		}
		return span{end: k + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	case t.k == kUnit && t.v == uYear:
		// "the year 2000", "the year two thousand"
		if y, e, ok := p.yearNum(k + 1); ok {
			c := newCal(gYear)
			c.y = y
			return span{end: e, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
		}
		if n := p.t(k + 1); n.k == kNum && n.f == 2 && n.digits < 0 && p.t(k+2).k == kNum && p.t(k+2).f == 1000 {
			c := newCal(gYear)
			c.y = 2000
			return span{end: k + 3, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
		}
		// "the year ended Aug. 31" is a fiscal year: a stretch of time.
		if n := p.word(k + 1); strings.EqualFold(n, "ended") || strings.EqualFold(n, "ending") || strings.EqualFold(n, "ends") || strings.EqualFold(n, "through") {
			return span{end: k + 1, typ: dossier.Duration, val: p.durValue(1, uYear)}, catDur, true
		}
		if p.t(k+1).k == kAfter || p.t(k+1).k == kOf {
			return span{}, 0, false // "the year before", "the year of the dragon"
		}
		c, _ := p.unitCal(uYear, 2)
		return span{end: k + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	case t.k == kUnit && (t.v == uMonth || t.v == uWeek || t.v == uDay) && pr.mod && k == j:
		// "the end of the month"
		c, _ := p.unitCal(int(t.v), 2)
		return span{end: k + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	case t.k == kWeekend && k == j:
		c := newCal(gWeekend)
		c.wy = -1
		if p.hasPub {
			// The weekend just past, or the coming one when the text says so
			// or publication falls on it.
			wd := isoWeekday(p.pub)
			day := p.pub.AddDate(0, 0, -wd) // last Sunday
			if wd >= 6 || p.future() {
				day = p.pub.AddDate(0, 0, 7-wd)
			}
			c = weekCal(day)
			c.g = gWeekend
		}
		return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	}
	return span{}, 0, false
}

// holiday reads Christmas, Thanksgiving Day, Easter, Election Day, New
// Year's Day; rel as in weekdayCal.
func (p *parser) holiday(j, rel int) (span, category, bool) {
	t := p.t(j)
	if !t.cap {
		return span{}, 0, false
	}
	h := int(t.v)
	end := j + 1
	day := func(k int) bool { return p.is(k, "day") }
	switch h {
	case hChristmas:
		if day(end) {
			end++
		} else if p.is(end, "eve") {
			h, end = -hChristmas, end+1
		}
	case hThanksgiving, hEaster, hHalloween:
		if day(end) || h == hEaster && p.is(end, "sunday") {
			end++
		}
	case hElection, hLabor, hMemorial, hIndependence:
		if !day(end) || !p.t(end).cap {
			return span{}, 0, false
		}
		end++
	case hNewYear:
		// New Year's Day, New Year's Eve
		if !p.is(end, "year") || !(p.word(end+1) == "'s" || p.word(end+1) == "’s") {
			return span{}, 0, false
		}
		switch {
		case day(end + 2):
		case p.is(end+2, "eve"):
			h = -hNewYear
		default:
			return span{}, 0, false
		}
		end += 3
	case hValentine:
		if !(p.word(end) == "'s" || p.word(end) == "’s") || !day(end+1) {
			return span{}, 0, false
		}
		end += 2
	}
	c := newCal(gDay)
	c.y, c.m, c.d = -1, -1, -1
	if p.hasPub {
		py := p.pub.Year()
		at := func(y int) time.Time {
			m, d := holidayDate(h, y)
			return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		}
		y := py
		switch {
		case rel < 0:
			if !at(y).Before(p.pub) {
				y--
			}
		case rel > 0:
			if !at(y).After(p.pub) {
				y++
			}
		case rel == 2:
		case p.future():
			if at(y).Before(p.pub) {
				y++
			}
		default:
			if at(y).After(p.pub) {
				y--
			}
		}
		d := at(y)
		c.y, c.m, c.d = d.Year(), int(d.Month()), d.Day()
	} else if m, d := holidayDate(h, 2001); m > 0 && h != hEaster && h != hThanksgiving && h != hElection && h != hLabor && h != hMemorial {
		c.m, c.d = m, d
	}
	return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catDate, true
}

// holidayDate is the month and day of holiday h in year y (negative h: its
// eve).
func holidayDate(h, y int) (int, int) {
	nth := func(m, wd, n int) int { // n-th weekday wd (ISO) of month m; n < 0 counts from the end
		if n > 0 {
			first := isoWeekday(time.Date(y, time.Month(m), 1, 12, 0, 0, 0, time.UTC))
			return 1 + (wd-first+7)%7 + 7*(n-1)
		}
		last := time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC)
		return last.Day() - (isoWeekday(last)-wd+7)%7
	}
	switch h {
	case hChristmas:
		return 12, 25
	case -hChristmas:
		return 12, 24
	case hNewYear:
		return 1, 1
	case -hNewYear:
		return 12, 31
	case hHalloween:
		return 10, 31
	case hIndependence:
		return 7, 4
	case hValentine:
		return 2, 14
	case hThanksgiving:
		return 11, nth(11, 4, 4)
	case hLabor:
		return 9, nth(9, 1, 1)
	case hMemorial:
		return 5, nth(5, 1, -1)
	case hElection:
		return 11, nth(11, 1, 1) + 1
	case hEaster:
		// Anonymous Gregorian algorithm.
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		hh := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - hh - k) % 7
		m := (a + 11*hh + 22*l) / 451
		month := (hh + l - 7*m + 114) / 31
		day := (hh+l-7*m+114)%31 + 1
		return month, day
	}
	return 0, 0
}

// dayPart reads "mid-afternoon", "late morning", "in the morning",
// "mid-afternoon yesterday": a part of the publication day or of the day
// named after it.
func (p *parser) dayPart(j int, pr prefix) (span, category, bool) {
	t := p.t(j)
	if t.plural || p.is(j, "overnight") {
		return span{}, 0, false
	}
	if !t.pre && !pr.mod && !(pr.the && p.t(j-2).k == kIn) {
		return span{}, 0, false
	}
	c := newCal(gDay)
	c.y, c.m, c.d = -1, -1, -1
	if p.hasPub {
		c = dayCal(p.pub)
	}
	end := j + 1
	switch n := p.t(end); {
	case n.k == kDay && p.hasPub:
		c = dayCal(p.pub.AddDate(0, 0, int(n.v)))
		end++
	case n.k == kWeekday && n.cap && !n.plural:
		c = p.weekdayCal(int(n.v), 0)
		end++
	}
	c.part = int(t.v)
	return span{end: end, typ: dossier.Time, val: p.calValue(c)}, catTime, true
}

// reportedQuarter is the quarter a text most likely reports on: the last
// one named, or else the one before publication.
func (p *parser) reportedQuarter() cal {
	if p.lastQ.g == gQuarter {
		return p.lastQ
	}
	c := newCal(gQuarter)
	c.y = -1
	c.q = 1
	if p.hasPub {
		c, _ = p.unitCal(uQuarter, -1)
	}
	return c
}

// sentenceQuarter returns the quarter number named in the current sentence
// (third-quarter, the second quarter), or 0.
func (p *parser) sentenceQuarter() (q int, any bool) {
	for i := p.lo; i < p.hi; i++ {
		t := p.toks[i]
		switch {
		case t.cmp == cmpQuarter:
			return int(t.ord), true
		case t.k == kUnit && t.v == uQuarter:
			any = true
			if o := p.t(i - 1); o.ord >= 1 && o.ord <= 4 {
				return int(o.ord), true
			}
		case t.k == kOther && (p.is(i, "period") || p.is(i, "quarterly")):
			any = true
		}
	}
	return 0, any
}

// day reads today, yesterday, tomorrow (each possibly with a part of the
// day) and tonight.
func (p *parser) day(j int) (span, category, bool) {
	t := p.t(j)
	var c cal
	if p.hasPub {
		c = dayCal(p.pub.AddDate(0, 0, int(t.v)))
	} else {
		c = newCal(gDay)
		c.y, c.m, c.d = -1, -1, -1
	}
	if t.k == kTonight {
		c.part = 4
		return span{end: j + 1, typ: dossier.Time, val: p.calValue(c)}, catDate, true
	}
	end := j + 1
	typ := dossier.Date
	if n := p.t(j + 1); n.k == kDayPart && !n.plural {
		c.part = int(n.v)
		end++
		typ = dossier.Time
	}
	return span{end: end, typ: typ, val: p.calValue(c)}, catDate, true
}

// ref reads now, currently, recently, the past, the future, right now,
// these days, at the time.
func (p *parser) ref(j int, pr prefix) (span, category, bool) {
	t := p.t(j)
	switch t.k {
	case kRef:
		v := "PRESENT_REF"
		switch t.v {
		case refPast:
			v = "PAST_REF"
		case refFuture:
			v = "FUTURE_REF"
		}
		if pr.the {
			return span{}, 0, false
		}
		return span{end: j + 1, typ: dossier.Date, val: v}, catRef, true
	case kRight:
		if p.t(j+1).k == kRef && p.t(j+1).v == refPresent {
			return span{end: j + 2, typ: dossier.Date, val: "PRESENT_REF"}, catRef, true
		}
	case kThese:
		if p.t(j+1).k == kUnit && p.t(j+1).v == uDay && p.t(j+1).plural {
			return span{end: j + 2, typ: dossier.Date, val: "PRESENT_REF"}, catRef, true
		}
	case kRel:
		// "the past" with no unit after it.
		if t.v == relPast && pr.the {
			n := p.t(j + 1)
			if n.k != kUnit && n.k != kNum && n.k != kFuzzy && n.k != kA && n.k != kCouple && n.cmp == cmpNone && n.k != kWeekend {
				return span{end: j + 1, typ: dossier.Date, val: "PAST_REF"}, catTheDate, true
			}
		}
	case kFutureWord:
		if pr.the {
			return span{end: j + 1, typ: dossier.Date, val: "FUTURE_REF"}, catTheDate, true
		}
		// "future losses" is FUTURE_REF in TimeML, but TE3 gold marks few.
	case kNear:
		if pr.the && p.t(j+1).k == kFutureWord {
			return span{end: j + 2, typ: dossier.Date, val: "FUTURE_REF"}, catTheDate, true
		}
	}
	return span{}, 0, false
}

// ---- numbers and durations

// number reads a count at j: 90, six, a, an, a few, several, a couple of,
// two and a half, twenty five, 5 1/2, half a. n < 0 means unspecified.
func (p *parser) number(j int) (n float64, end int, ok bool) {
	t := p.t(j)
	switch t.k {
	case kNum:
		if t.cmp != cmpNone {
			return 0, j, false
		}
		n, end = t.f, j+1
		nx := p.t(end)
		// twenty five
		if t.digits < 0 && n >= 20 && n < 100 && int(n)%10 == 0 && nx.k == kNum && nx.digits < 0 && nx.f < 10 && nx.f > 0 {
			n += nx.f
			end++
			nx = p.t(end)
		}
		// two hundred, a dozen
		if nx.k == kNum && nx.digits < 0 && (nx.f == 100 || nx.f == 1000) {
			n *= nx.f
			end++
			nx = p.t(end)
		}
		// 5 1/2
		if nx.k == kNum && nx.cmp == cmpFraction {
			n += nx.f
			end++
			nx = p.t(end)
		}
		// two and a half
		if nx.k == kAnd && p.t(end+1).k == kA && p.t(end+2).k == kHalf && n == float64(int(n)) {
			n += 0.5
			end += 3
		}
		return n, end, true
	case kA:
		nx := p.t(j + 1)
		switch nx.k {
		case kFuzzy:
			if p.is(j+1, "few") {
				return -1, j + 2, true
			}
		case kCouple:
			end = j + 2
			if p.t(end).k == kOf {
				end++
			}
			return 2, end, true
		case kNum:
			if nx.digits < 0 && (nx.f == 12 || nx.f == 100 || nx.f == 1000) {
				return nx.f, j + 2, true
			}
		case kHalf:
			return 0.5, j + 2, true
		}
		return 1, j + 1, true
	case kFuzzy:
		return -1, j + 1, true
	case kApprox:
		if p.is(j, "some") {
			return -1, j + 1, true
		}
	case kCouple:
		end = j + 1
		if p.t(end).k == kOf {
			end++
		}
		return 2, end, true
	case kHalf:
		if p.t(j+1).k == kA {
			return 0.5, j + 2, true
		}
	case kDozens:
		if p.t(j+1).k == kOf {
			return -1, j + 2, true
		}
	}
	return 0, j, false
}

// duration reads six hours, two-and-a-half years, a decade, the past two
// weeks, several months, five-year, and the dates "four years ago" and "a
// year earlier".
func (p *parser) duration(j int, pr prefix) (span, category, bool) {
	rel := 0
	if t := p.t(j); t.k == kRel {
		switch t.v {
		case relPast, relLast, relNext, relComing, relFirst, relPrevious, relFollow, relRecent, relLatest:
			rel = int(t.v)
			j++
		default:
			return span{}, 0, false
		}
		// "the next 12 to 18 months", "the next two weeks or so"
	}
	t := p.t(j)
	if t.cmp == cmpDur {
		// "a five-year plan": TE3 leaves the article out.
		return span{end: j + 1, typ: dossier.Duration, val: p.durValue(t.f, int(t.u))}, catAdj, true
	}
	n, k, ok := p.number(j)
	if !ok {
		// recent weeks, coming months, the past years: an unspecified count.
		if (rel == relRecent || rel == relComing || rel == relPast || rel == relNext || rel == relLast) && t.k == kUnit && t.plural {
			return p.durationEnd(j+1, -1, int(t.v), rel, pr)
		}
		// Bare plural units after a preposition: "for years", "in weeks".
		if rel == 0 && t.k == kUnit && t.plural && t.v >= uMinute {
			prev := p.t(j - 1).k
			if prev == kOther {
				switch w := p.word(j - 1); {
				case strings.EqualFold(w, "take"), strings.EqualFold(w, "takes"), strings.EqualFold(w, "took"), strings.EqualFold(w, "taking"), strings.EqualFold(w, "last"), strings.EqualFold(w, "lasted"), strings.EqualFold(w, "lasts"), strings.EqualFold(w, "spent"), strings.EqualFold(w, "spend"):
					prev = kFor
				}
			}
			switch prev {
			case kFor, kApprox, kIn, kAfter:
				if p.t(j+1).k == kOf && t.v != uYear {
					return span{}, 0, false
				}
				return p.durationEnd(j+1, -1, int(t.v), rel, pr)
			}
			if p.t(j+1).k == kAgo {
				return span{end: j + 2, typ: dossier.Date, val: "PAST_REF"}, catAgo, true
			}
			// "days before the surgery", "minutes after the blast"
			if a := p.t(j + 1); a.k == kAfter && !p.is(j+1, "since") && p.t(j-1).k != kThe {
				return span{end: j + 1, typ: dossier.Duration, val: p.durValue(-1, int(t.v))}, catDur, true
			}
		}
		return span{}, 0, false
	}
	// Range: "12 to 18 months", "two or three weeks".
	if nx := p.t(k); (nx.k == kTo || nx.k == kOr) && k > j {
		// TE3 writes a range's value as unspecified (PXM); "two or three"
		// keeps the first.
		if n2, k2, ok := p.number(k + 1); ok && n2 >= 0 && p.t(k2).k == kUnit {
			if nx.k == kTo {
				n = -1
			}
			k = k2
		}
	}
	// "two more weeks", "ten straight days", "eight trading days"
	for steps := 0; steps < 2; steps++ {
		if a := p.t(k); a.k == kAdjDur || a.k == kMore {
			k++
		}
	}
	u := p.t(k)
	if u.k != kUnit && u.k != kWeekend {
		return span{}, 0, false
	}
	// "the 1988 quarter" names a year's quarter.
	if t := p.t(j); t.k == kNum && t.digits == 4 && !u.plural {
		return span{}, 0, false
	}
	// "a second" is a unit; "a year" alone is a duration only with a count
	// word we trust: a, an, one, digits, number words.
	if n == 1 && u.plural || n > 1 && !u.plural && p.t(k+1).k != kOf && !(u.v == uHour || u.v == uYear) {
		// "two year" happens ("a two year term"); "one years" does not.
		if n == 1 {
			return span{}, 0, false
		}
	}
	// "a second group", "a quarter of the market": an ordinal and a
	// fraction, not durations.
	if p.t(j).k == kA && (u.v == uSecond || u.v == uQuarter) {
		return span{}, 0, false
	}
	// "$2 million a year", "four flights a week": a rate; TE3 mostly leaves
	// these out ("twice a year" is read as a set).
	if p.t(j).k == kA && k == j+1 && p.isRateHead(j-1) && p.t(k+1).k != kAgo && p.t(k+1).k != kAfter {
		return span{}, 0, false
	}
	// "the 1988 second quarter": an ordinal.
	if u.v == uSecond && (p.t(k+1).k == kUnit && p.t(k+1).v == uQuarter || p.t(k+1).k == kHalf) {
		return span{}, 0, false
	}
	k++
	// "a year and a half"
	if p.t(k).k == kAnd && p.t(k+1).k == kA && p.t(k+2).k == kHalf && n >= 1 && n == float64(int(n)) {
		n += 0.5
		k += 3
	}
	return p.durationEnd(k, n, int(u.v), rel, pr)
}

// age reads "three-year-old" before what can last ("conflict", "ban"):
// the thing's duration so far. Ages of people are not expressions.
func (p *parser) age(j int) (span, category, bool) {
	t := p.t(j)
	n := p.word(j + 1)
	if len(n) == 0 || len(n) > 16 || n[0] < 'a' || n[0] > 'z' {
		return span{}, 0, false
	}
	var buf [16]byte
	if !ageable[string(text.AppendLower(buf[:0], n))] {
		return span{}, 0, false
	}
	return span{end: j + 1, typ: dossier.Duration, val: p.durValue(t.f, int(t.u))}, catAdj, true
}

// isRateHead reports whether token i is what a rate counts: "$2 million
// (a year)", "700 seats (a week)", "24 hours (a day)", "5% (a year)".
func (p *parser) isRateHead(i int) bool {
	t := p.t(i)
	switch t.k {
	case kNum, kTimes:
		return true
	case kUnit:
		return t.plural
	case kPunct:
		return p.word(i) == "%"
	case kOther:
		w := p.word(i)
		if strings.EqualFold(w, "million") || strings.EqualFold(w, "billion") || strings.EqualFold(w, "percent") || strings.EqualFold(w, "cents") || strings.EqualFold(w, "dollars") {
			return true
		}
		n := len(w)
		if n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && w[0] >= 'a' && w[0] <= 'z' {
			switch {
			case strings.EqualFold(w, "does"), strings.EqualFold(w, "says"), strings.EqualFold(w, "takes"), strings.EqualFold(w, "lasts"), strings.EqualFold(w, "always"), strings.EqualFold(w, "perhaps"), strings.EqualFold(w, "towards"), strings.EqualFold(w, "seems"), strings.EqualFold(w, "needs"):
				return false
			}
			return true
		}
	}
	return false
}

// durationEnd finishes a duration at k: "ago" and "earlier" make it a date.
func (p *parser) durationEnd(k int, n float64, u, rel int, pr prefix) (span, category, bool) {
	// "52 years old", "children ages 6 months and older": ages, which TE3
	// does not annotate.
	if p.is(k, "old") || p.is(k, "older") || p.is(k, "of") && p.is(k+1, "age") {
		return span{}, 0, false
	}
	// "the next two years or so", "a week or so ago"
	if p.t(k).k == kOr && p.is(k+1, "so") {
		k += 2
	}
	nx := p.t(k)
	if rel == 0 && nx.k == kAgo {
		return p.agoDate(k+1, n, u, -1)
	}
	// "a year earlier" is a date; "three days later" counts from a time in
	// the story, so TE3 marks only the duration.
	if rel == 0 && nx.k == kAfter && (p.is(k, "earlier") || p.is(k, "later")) && u >= uMonth {
		dir := -1
		if p.is(k, "later") {
			dir = 1
		}
		if p.t(k+1).k == kThan {
			return span{end: k, typ: dossier.Duration, val: p.durValue(n, u)}, catDur, true
		}
		return p.agoDate(k+1, n, u, dir)
	}
	if rel == 0 && p.is(k, "from") && p.t(k+1).k == kRef && p.t(k+1).v == refPresent {
		return p.agoDate(k+2, n, u, 1)
	}
	if rel == 0 && n > 0 && nx.k == kAfter && (p.is(k, "after") || p.is(k, "before")) {
		if s, ok := p.fromDate(k, n, u); ok {
			return s, catAgo, true
		}
	}
	return span{end: k, typ: dossier.Duration, val: p.durValue(n, u)}, catDur, true
}

// fromDate reads "(two days) after January 13", "(a week) before
// Monday": the date n units u after or before (token k) a date named
// right after it, at that date's granularity.
func (p *parser) fromDate(k int, n float64, u int) (span, bool) {
	if n != float64(int(n)) || u < uDay || u == uWeekend || u == uQuarter || u == uHalfYear || u > uYear {
		return span{}, false
	}
	for i := p.pos; i < k; i++ {
		if p.is(i, "trading") || p.is(i, "business") || p.is(i, "working") {
			return span{}, false // not calendar days
		}
	}
	if p.inFrom {
		return span{}, false // one anchor deep: no chains to walk again and again
	}
	p.inFrom = true
	a, ok := p.core(k+1, prefix{end: k + 1})
	p.inFrom = false
	if !ok || a.typ != dossier.Date || a.mod != mNone {
		return span{}, false
	}
	dir := 1
	if p.is(k, "before") {
		dir = -1
	}
	v, ok := shiftDate(a.val, int(n)*dir, u)
	if !ok {
		return span{}, false
	}
	p.buf = append(p.buf[:0], v...)
	return span{end: a.end, typ: dossier.Date, val: p.intern(p.buf)}, true
}

// shiftDate moves the calendar value v (YYYY-MM-DD, YYYY-MM or YYYY) by n
// units u, keeping its granularity; ok is false when the unit is finer
// than the value (days from a month) or v is no calendar value.
func shiftDate(v string, n, u int) (string, bool) {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < '0' || c > '9') && c != '-' {
			return "", false
		}
	}
	var t time.Time
	var err error
	layout := ""
	switch len(v) {
	case 10:
		layout = "2006-01-02"
	case 7:
		layout = "2006-01"
		if u < uMonth {
			return "", false
		}
	case 4:
		layout = "2006"
		if u < uYear {
			return "", false
		}
	default:
		return "", false
	}
	if t, err = time.Parse(layout, v); err != nil {
		return "", false
	}
	switch u {
	case uDay:
		t = t.AddDate(0, 0, n)
	case uWeek:
		t = t.AddDate(0, 0, 7*n)
	case uMonth:
		t = t.AddDate(0, n, 0)
	case uYear:
		t = t.AddDate(n, 0, 0)
	}
	return t.Format(layout), true
}

// agoDate is the date n units before (dir -1) or after (1) publication, at
// the unit's granularity.
func (p *parser) agoDate(end int, n float64, u, dir int) (span, category, bool) {
	if n < 0 {
		v := "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
		return span{end: end, typ: dossier.Date, val: v}, catAgo, true
	}
	if !p.hasPub {
		c, _ := p.unitCal(u, 0)
		if c.g == gNone {
			c = newCal(gYear)
			c.y = -1
		}
		return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catAgo, true
	}
	k := int(n)
	if float64(k) != n {
		// Fractions go to months or days.
		switch u {
		case uYear:
			k, u = int(n*12+0.5), uMonth
		case uMonth:
			k, u = int(n*30+0.5), uDay
		case uWeek:
			k, u = int(n*7+0.5), uDay
		}
	}
	k *= dir
	var c cal
	switch u {
	case uSecond, uMinute, uHour:
		// Hours ago is still today, as far as a date goes.
		var d time.Duration
		switch u {
		case uSecond:
			d = time.Second
		case uMinute:
			d = time.Minute
		default:
			d = time.Hour
		}
		c = dayCal(p.pub.Add(time.Duration(k) * d))
	case uDay:
		c = dayCal(p.pub.AddDate(0, 0, k))
	case uWeek:
		c = weekCal(p.pub.AddDate(0, 0, 7*k))
	case uWeekend:
		c = weekCal(p.pub.AddDate(0, 0, 7*k))
		c.g = gWeekend
	case uMonth:
		t := time.Date(p.pub.Year(), p.pub.Month()+time.Month(k), 1, 12, 0, 0, 0, time.UTC)
		c = newCal(gMonth)
		c.y, c.m = t.Year(), int(t.Month())
	case uQuarter:
		t := time.Date(p.pub.Year(), p.pub.Month()+time.Month(3*k), 1, 12, 0, 0, 0, time.UTC)
		c = newCal(gQuarter)
		c.y, c.q = t.Year(), (int(t.Month())-1)/3+1
	case uYear:
		c = newCal(gYear)
		c.y = p.pub.Year() + k
		if k == -1 {
			c = p.yearBefore()
		}
	case uDecade:
		c = newCal(gYear)
		c.y = p.pub.Year() + 10*k
	case uCentury:
		c = newCal(gYear)
		c.y = p.pub.Year() + 100*k
	default:
		return span{}, 0, false
	}
	return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catAgo, true
}

// yearAgo reads "year-earlier", "year-ago", "the year-ago quarter": the
// year before publication, or in a sentence about quarterly results the
// same quarter a year before.
func (p *parser) yearAgo(j int) (span, category, bool) {
	end := j + 1
	n := p.t(end)
	if n.ord >= 1 && n.ord <= 4 && p.t(end+1).k == kUnit && p.t(end+1).v == uQuarter {
		// "the year-ago third quarter"
		c := newCal(gQuarter)
		c.q = int(n.ord)
		c.y = -1
		if p.hasPub {
			c.y = p.pub.Year() - 1
		}
		return span{end: end + 2, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	}
	if n.k == kUnit && n.v == uQuarter && !n.plural || p.is(end, "period") {
		end++
	}
	return span{end: end, typ: dossier.Date, val: p.calValue(p.yearBefore())}, catTheDate, true
}

// yearBefore is the year before publication, or the quarter a year before
// the one the sentence reports on when it speaks of quarters.
func (p *parser) yearBefore() cal {
	c := newCal(gYear)
	c.y = -1
	if p.hasPub {
		c.y = p.pub.Year() - 1
	}
	if q, any := p.sentenceQuarter(); any || p.lastQ.g == gQuarter {
		// A year before the quarter reported on.
		c.g = gQuarter
		if q == 0 {
			r := p.reportedQuarter()
			q = r.q
			if r.y >= 0 {
				c.y = r.y - 1
			}
		} else if y := p.inferQuarterYear(gQuarter, q); y >= 0 {
			c.y = y - 1
		}
		c.q = q
	}
	return c
}

// ---- years, decades, centuries, quarters

// year reads 2016, fiscal 2016, the 1990s, the '90s, the nineties, the 20th
// century.
func (p *parser) year(j int) (span, category, bool) {
	t := p.t(j)
	switch {
	case t.k == kFiscal:
		if y, e, ok := p.yearNum(j + 1); ok {
			c := newCal(gYear)
			c.y = y
			return span{end: e, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
		}
		return span{}, 0, false
	case t.k == kDecadeWord:
		c := newCal(gDecade)
		c.y = 1900 + 10*int(t.v)
		return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	case t.cmp == cmpDecade:
		c := newCal(gDecade)
		c.y = int(t.f)
		if t.digits == 2 && p.t(j-1).k != kQuote && !p.t(j-1).pre && p.t(j-1).k != kThe && p.t(j-1).k != kMod {
			return span{}, 0, false // "his 90s": an age
		}
		return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
	case t.ord > 0:
		if n := p.t(j + 1); n.k == kUnit && n.v == uCentury && !n.plural {
			c := newCal(gCentury)
			c.y = (int(t.ord) - 1) * 100
			return span{end: j + 2, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
		}
		return span{}, 0, false
	case t.k == kNum && t.digits < 0 && (t.f == 19 || t.f == 20) && p.t(j+1).k == kNum && p.t(j+1).digits < 0 && p.t(j+1).f >= 10 && p.t(j+1).f < 100:
		// "nineteen ninety-six", "nineteen ninety six"
		y, end := int(t.f)*100+int(p.t(j+1).f), j+2
		if n := p.t(end); y%10 == 0 && n.k == kNum && n.digits < 0 && n.f > 0 && n.f < 10 {
			y += int(n.f)
			end++
		}
		c := newCal(gYear)
		c.y = y
		return span{end: end, typ: dossier.Date, val: p.calValue(c)}, catDate, true
	case t.k == kNum && t.cmp == cmpNone && t.digits == 4:
		y := int(t.f)
		if y < 1000 || y > 2100 {
			return span{}, 0, false
		}
		// "the 1988 third quarter", "1990 first-half"
		if s, c, ok := p.quarter(j + 1); ok {
			q := p.t(j + 1).ord
			g := gQuarter
			if t1 := p.t(j + 1); t1.cmp == cmpHalf || t1.k != kFiscal && p.t(j+2).k == kHalf {
				g = gHalf
			}
			if q > 0 && p.t(j+1).k != kFiscal {
				cc := newCal(g)
				cc.y, cc.q = y, int(q)
				s.val = p.calValue(cc)
				if g == gQuarter {
					p.lastQ = cc
				}
				return s, c, true
			}
		}
		// "the 1988 quarter", "the 1988 period": that year's quarter the
		// sentence reports on.
		if n := p.t(j + 1); p.t(j-1).k == kThe && (n.k == kUnit && n.v == uQuarter && !n.plural || p.is(j+1, "period")) {
			q, _ := p.sentenceQuarter()
			if q == 0 {
				q = p.reportedQuarter().q
			}
			c := newCal(gQuarter)
			c.y, c.q = y, q
			return span{end: j + 2, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
		}
		if !p.looksLikeYear(j) {
			return span{}, 0, false
		}
		c := newCal(gYear)
		c.y = y
		return span{end: j + 1, typ: dossier.Date, val: p.calValue(c)}, catDate, true
	}
	return span{}, 0, false
}

// looksLikeYear checks the context of a four-digit number: "in 2016" is a
// year, "2016 troops" is not.
func (p *parser) looksLikeYear(j int) bool {
	prev := p.t(j - 1)
	y := p.t(j).f
	switch prev.k {
	case kApprox, kMore, kThan, kNum:
		return false
	case kPunct:
		w := p.word(j - 1)
		if w == "$" || w == "#" || w == "€" || w == "£" {
			return false
		}
	}
	if w := p.word(j - 1); strings.EqualFold(w, "No.") || strings.EqualFold(w, "number") || strings.EqualFold(w, "page") || strings.EqualFold(w, "route") || strings.EqualFold(w, "flight") {
		return false
	}
	// "a 1996 law", "the 1992 protests": a determiner before a recent
	// number makes it a year.
	det := (prev.k == kA || prev.k == kThe) && y >= 1900 && y <= 2040
	if prev.k == kA && !det {
		return false
	}
	next := p.t(j + 1)
	switch next.k {
	case kUnit, kFuzzy:
		return false
	case kOther:
		w := p.word(j + 1)
		if strings.EqualFold(w, "percent") || strings.EqualFold(w, "people") || strings.EqualFold(w, "men") || strings.EqualFold(w, "women") || strings.EqualFold(w, "troops") {
			return false
		}
		if !det && len(w) > 2 && w[len(w)-1] == 's' && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-2] != 's' {
			return false
		}
		// A plural verb after a bare number makes it a count of people:
		// "and 1720 had been discharged", "1500 were evacuated".
		if !det && (strings.EqualFold(w, "had") || strings.EqualFold(w, "have") || strings.EqualFold(w, "were") || strings.EqualFold(w, "are")) {
			return false
		}
	case kPunct:
		if w := p.word(j + 1); w == "%" {
			return false
		}
	}
	return true
}

// quarter reads the third quarter, third-quarter, the fiscal first quarter,
// the first half of 2025.
func (p *parser) quarter(j int) (span, category, bool) {
	k := j
	if p.t(k).k == kFiscal {
		k++
	}
	t := p.t(k)
	var g gran
	var q int
	switch {
	case t.cmp == cmpQuarter:
		g, q = gQuarter, int(t.ord)
		k++
	case t.cmp == cmpHalf:
		g, q = gHalf, int(t.ord)
		k++
	case t.ord >= 1 && t.ord <= 4 && p.t(k+1).k == kUnit && p.t(k+1).v == uQuarter && !p.t(k+1).plural:
		g, q = gQuarter, int(t.ord)
		k += 2
	case t.ord >= 1 && t.ord <= 2 && p.t(k+1).k == kHalf:
		g, q = gHalf, int(t.ord)
		k += 2
	case t.ord >= 1 && t.ord <= 4 && p.t(k+1).k == kFiscal && p.t(k+2).k == kUnit && p.t(k+2).v == uQuarter:
		g, q = gQuarter, int(t.ord)
		k += 3
	default:
		return span{}, 0, false
	}
	c := newCal(g)
	c.q = q
	// "of 2025", "2025", "of fiscal 2025", "of this year"
	e := k
	if p.t(e).k == kOf {
		e++
	}
	if p.t(e).k == kFiscal {
		e++
	}
	if y, ee, ok := p.yearNum(e); ok {
		c.y = y
		k = ee
	} else if p.t(k).k == kOf && p.t(k+1).k == kRel && p.t(k+2).k == kUnit && p.t(k+2).v == uYear {
		dir := 0
		switch p.t(k + 1).v {
		case relLast, relPrevious:
			dir = -1
		case relNext, relComing:
			dir = 1
		}
		c.y = -1
		if p.hasPub {
			c.y = p.pub.Year() + dir
		}
		k += 3
	} else {
		c.y = p.inferQuarterYear(g, q)
	}
	if g == gQuarter && c.y >= 0 {
		p.lastQ = c
	}
	return span{end: k, typ: dossier.Date, val: p.calValue(c)}, catTheDate, true
}

// inferQuarterYear is the publication year, except for the fourth quarter
// (or second half) named in the first quarter of a year, which is last
// year's unless the sentence speaks of the future: results are reported
// after the quarter ends.
func (p *parser) inferQuarterYear(g gran, q int) int {
	if !p.hasPub {
		return -1
	}
	py, pq := p.pub.Year(), (int(p.pub.Month())-1)/3+1
	last := 4
	if g == gHalf {
		last, pq = 2, (pq+1)/2
	}
	if q == last && pq == 1 && !p.future() {
		return py - 1
	}
	return py
}

// ---- times of day

// timeOfDay reads 3 p.m., 10:35 a.m., 15:00 GMT, noon, 3pm, and an anchor
// after it: 10 p.m. Wednesday, 5 p.m. EST Nov. 9, noon Thursday.
func (p *parser) timeOfDay(j int) (span, category, bool) {
	t := p.t(j)
	hh, mm := -1, 0
	k := j
	switch {
	case t.k == kNoon:
		hh, k = int(t.v), j+1
	case t.cmp == cmpTimeOfDay:
		hh, k = int(t.f), j+1
	case t.k == kNum && t.cmp == cmpNone && t.digits >= 1 && t.digits <= 2 && t.f <= 24:
		h := int(t.f)
		k = j + 1
		colon := false
		if p.t(k).k == kColon {
			m := p.t(k + 1)
			if m.k != kNum || m.cmp != cmpNone || m.digits != 2 || m.f > 59 {
				return span{}, 0, false
			}
			if p.t(k+2).k == kColon { // 3:07:35 is a running time
				return span{}, 0, false
			}
			mm, k, colon = int(m.f), k+2, true
		}
		if a := p.t(k); a.k == kAmPm && h >= 1 && h <= 12 {
			h %= 12
			if a.v == 1 {
				h += 12
			}
			k++
		} else if !colon || !(p.t(k).k == kTZ || p.t(k).k == kAmPm) {
			if !colon || p.t(j-1).k != kAt {
				return span{}, 0, false
			}
		}
		hh = h
	default:
		return span{}, 0, false
	}
	if p.t(k).k == kTZ {
		k++
	}
	// Anchor: "Wednesday", "today", "Nov. 9".
	var c cal
	anchored := false
	a := k
	if p.t(a).k == kComma && (p.isMonth(a+1) || p.t(a+1).k == kWeekday) {
		a++
	}
	switch n := p.t(a); {
	case n.k == kWeekday && n.cap && !n.plural:
		c, k, anchored = p.weekdayCal(int(n.v), 0), a+1, true
	case n.k == kDay:
		if p.hasPub {
			c = dayCal(p.pub.AddDate(0, 0, int(n.v)))
		} else {
			c = newCal(gDay)
			c.y, c.m, c.d = -1, -1, -1
		}
		k, anchored = a+1, true
	case p.isMonth(a):
		if d, ok := p.dayNum(a + 1); ok {
			c = newCal(gDay)
			c.m, c.d = int(n.v), d
			k = a + 2
			if y, e, ok := p.yearNum(k); ok {
				c.y, k = y, e
			} else if p.t(k).k == kComma {
				if y, e, ok := p.yearNum(k + 1); ok {
					c.y, k = y, e
				} else {
					c.y = p.inferDayYear(c.m, d)
				}
			} else {
				c.y = p.inferDayYear(c.m, d)
			}
			anchored = true
		}
	}
	if !anchored {
		// "Friday at 3 p.m.", "yesterday at noon": the day before it.
		b := j - 1
		if p.t(b).k == kAt {
			b--
		}
		switch n := p.t(b); {
		case n.k == kWeekday && n.cap && !n.plural:
			c = p.weekdayCal(int(n.v), 0)
		case n.k == kDay && p.hasPub:
			c = dayCal(p.pub.AddDate(0, 0, int(n.v)))
		default:
			if p.hasPub {
				c = dayCal(p.pub)
			} else {
				c = newCal(gDay)
				c.y, c.m, c.d = -1, -1, -1
			}
		}
	}
	c.hh, c.mm = hh, mm
	return span{end: k, typ: dossier.Time, val: p.calValue(c)}, catTime, true
}

// ---- sets

// freeAfter reports whether token i can follow an adverb that ends a phrase:
// punctuation, a conjunction or a preposition, not a noun it would modify.
func (p *parser) freeAfter(i int) bool {
	if i >= p.hi {
		return true
	}
	switch p.t(i).k {
	case kPunct, kComma, kColon, kAnd, kOr, kIn, kOn, kFor, kTo, kAt, kOf, kThe, kA, kQuote, kApprox, kAfter, kFuture, kNum, kRel, kDay, kMonth, kWeekday:
		return true
	case kOther:
		switch w := p.word(i); {
		case strings.EqualFold(w, "as"), strings.EqualFold(w, "with"), strings.EqualFold(w, "but"), strings.EqualFold(w, "while"), strings.EqualFold(w, "because"),
			strings.EqualFold(w, "when"), strings.EqualFold(w, "than"), strings.EqualFold(w, "if"), strings.EqualFold(w, "is"), strings.EqualFold(w, "are"), strings.EqualFold(w, "was"), strings.EqualFold(w, "were"):
			return true
		}
	}
	return p.doc.Tokens[i].Kind != 1 // text.Word
}

// set reads daily, weekly, every week, each Thursday, every morning, twice
// a year (the "a year"), per year.
func (p *parser) set(j int) (span, category, bool) {
	t := p.t(j)
	switch t.k {
	case kSetAdv:
		// "its quarterly dividend" is an adjective TE3 leaves out, unlike
		// "his daily life".
		if t.v == uQuarter && !p.freeAfter(j+1) {
			return span{}, 0, false
		}
		if t.v < 0 { // nightly
			c := newCal(gDay)
			c.y, c.m, c.d, c.part = -1, -1, -1, int(-t.v)
			return span{end: j + 1, typ: dossier.Set, val: p.calValue(c)}, catSet, true
		}
		return span{end: j + 1, typ: dossier.Set, val: p.durValue(1, int(t.v))}, catSet, true
	case kA, kPer:
		// "twice a year", "three times a week", "per year"
		if t.k == kA && p.t(j-1).k != kTimes {
			return span{}, 0, false
		}
		if u := p.t(j + 1); u.k == kUnit && !u.plural && u.v >= uMinute {
			return span{end: j + 2, typ: dossier.Set, val: p.durValue(1, int(u.v))}, catSet, true
		}
		return span{}, 0, false
	case kEvery:
		k := j + 1
		if p.is(k, "other") {
			k++
		}
		n := p.t(k)
		switch n.k {
		case kUnit, kWeekend:
			if n.plural {
				return span{}, 0, false
			}
			v := 1.0
			if p.is(j+1, "other") {
				v = 2
			}
			return span{end: k + 1, typ: dossier.Set, val: p.durValue(v, int(n.v))}, catSet, true
		case kWeekday:
			c := newCal(gDay)
			c.wd = int(n.v)
			end := k + 1
			if d := p.t(end); d.k == kDayPart {
				c.part = int(d.v)
				end++
			}
			return span{end: end, typ: dossier.Set, val: p.calValue(c)}, catSet, true
		case kMonth:
			c := newCal(gMonth)
			c.y, c.m = -1, int(n.v)
			return span{end: k + 1, typ: dossier.Set, val: p.calValue(c)}, catSet, true
		case kDayPart:
			c := newCal(gDay)
			c.y, c.m, c.d, c.part = -1, -1, -1, int(n.v)
			return span{end: k + 1, typ: dossier.Set, val: p.calValue(c)}, catSet, true
		case kSeason:
			c := newCal(gSeason)
			c.y, c.q = -1, int(n.v)
			return span{end: k + 1, typ: dossier.Set, val: p.calValue(c)}, catSet, true
		case kNum:
			if nv, e, ok := p.number(k); ok && nv > 0 {
				if u := p.t(e); u.k == kUnit {
					return span{end: e + 1, typ: dossier.Set, val: p.durValue(nv, int(u.v))}, catSet, true
				}
			}
		}
	}
	return span{}, 0, false
}
