package quant

import (
	"math"

	"github.com/dossierhq/dossier"
)

// digits is a number written with digits at the start of a token.
type digits struct {
	v      float64
	n      int  // bytes consumed
	dec    bool // has a decimal point
	commas bool // has thousands separators
	ndig   int  // digits before any decimal point
	ok     bool
}

// parseDigits reads "2,700", "2.7", "-5", "1501" at the start of w.
func parseDigits(w string) digits {
	var d digits
	i := 0
	neg := false
	if i < len(w) && w[i] == '-' {
		neg = true
		i++
	}
	var mant uint64
	frac := 0
	inFrac := false
	for i < len(w) {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			if mant < 1e17 {
				mant = mant*10 + uint64(c-'0')
				if inFrac {
					frac++
				}
			} else if !inFrac {
				// Too many digits to hold exactly: keep the magnitude.
				frac--
			}
			if !inFrac {
				d.ndig++
			}
			d.ok = true
			i++
			continue
		case c == ',' && !inFrac && d.ok && i+1 < len(w) && isDigit(w[i+1]):
			d.commas = true
			i++
			continue
		case c == '.' && !inFrac && d.ok && i+1 < len(w) && isDigit(w[i+1]):
			inFrac = true
			d.dec = true
			i++
			continue
		}
		break
	}
	if !d.ok {
		return d
	}
	d.v = float64(mant) / pow10(frac)
	if neg {
		d.v = -d.v
	}
	d.n = i
	return d
}

func pow10(n int) float64 {
	if n >= 0 && n < len(pow10tab) {
		return pow10tab[n]
	}
	return math.Pow(10, float64(n))
}

var pow10tab = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scaled multiplies v by a scale word and rounds away the binary noise of
// decimals ("2.7 million" is exactly 2700000).
func scaled(v, scale float64) float64 {
	r := v * scale
	if math.Abs(r) >= 1 && math.Abs(r) < 1e15 {
		if q := math.Round(r); math.Abs(r-q) < 1e-6*math.Max(1, math.Abs(r)) {
			return q
		}
	}
	return r
}

// suffix is what follows the digits inside one token: "5th", "27-hundred",
// "25-year-old", "10,000-12,000".
type suffix struct {
	kind  dossier.QuantityKind // "" when the suffix says nothing
	scale float64              // "27-hundred", "5bn"
	high  float64              // second number of "10,000-12,000"
	rng   bool
	min   bool // "100-plus"
	apx   bool // "30-odd"
	skip  bool // not a number worth reporting ("3D")
	unit  string
}

// readSuffix interprets the rest of a number token after its digits.
func readSuffix(rest string, d digits) suffix {
	var s suffix
	if rest == "" {
		return s
	}
	if rest[0] == '-' || rest[0] == '/' {
		if len(rest) > 1 && isDigit(rest[1]) {
			d2 := parseDigits(rest[1:])
			tail := rest[1+d2.n:]
			if rest[0] == '/' {
				s.kind = dossier.KindDate // 9/11, 24/7, 1/2: dates and ratios, never counts
				if !(d.v >= 1 && d.v <= 31 && d2.v >= 1 && d2.v <= 31) {
					s.kind = dossier.KindMeasure
				}
				return s
			}
			if tail != "" {
				if len(tail) > 1 && (tail[0] == '/' || tail[0] == '-') && isDigit(tail[1]) {
					s.kind = dossier.KindDate // 2020-01-13
					if !isYear(d) {
						s.kind = dossier.KindID // 555-123-4567
					}
					return s
				}
				// "10-12-year-old": keep reading the word part.
				sub := readSuffix(tail, d2)
				if sub.kind != "" {
					s = sub
					s.high = d2.v
					s.rng = d2.v > d.v
					return s
				}
				s.kind = dossier.KindID
				return s
			}
			// 2019-20, 1939-1945: years.
			if isYear(d) && (d2.ndig == 2 || isYear(d2)) {
				s.kind = dossier.KindDate
				return s
			}
			// 555-1234: a phone number, not a range.
			if !d.commas && !d2.commas && d.ndig == 3 && d2.ndig == 4 {
				s.kind = dossier.KindID
				return s
			}
			// Scores "3-1" and ranges "10-12".
			s.high = d2.v
			s.rng = d2.v > d.v
			if !s.rng {
				s.kind = dossier.KindID
			}
			return s
		}
		rest = rest[1:]
		return wordSuffix(rest, s)
	}
	if rest == "'s" || rest == "’s" {
		return s
	}
	lw := lowerSmall(rest)
	switch lw {
	case "st", "nd", "rd", "th":
		s.kind = dossier.KindOrdinal
		return s
	case "s":
		s.kind = dossier.KindDate // 1990s; "their 20s" is an age
		if d.v < 100 {
			s.kind = dossier.KindAge
		}
		return s
	case "k":
		s.scale = 1e3
		return s
	case "m", "mn", "mln":
		s.scale = 1e6 // metres unless money; the caller decides
		s.unit = "m"
		return s
	case "bn", "b", "billion":
		s.scale = 1e9
		return s
	case "tn", "trillion":
		s.scale = 1e12
		return s
	case "am", "pm", "a.m.", "p.m.", "hrs", "h", "gmt", "utc":
		s.kind = dossier.KindMeasure
		return s
	case "x":
		s.kind = dossier.KindMeasure
		return s
	case "pc":
		s.kind = dossier.KindPercent
		s.unit = "%"
		return s
	case "p":
		s.kind = dossier.KindMoney
		s.unit = "GBp"
		return s
	}
	if e := lexicon[lw]; e != nil {
		switch {
		case e.f&(fMUnit|fClock) != 0:
			s.kind = dossier.KindMeasure
			s.unit = e.unit
			return s
		case e.f&fTimeUnit != 0:
			s.kind = dossier.KindDuration
			s.unit = e.unit
			return s
		case e.f&fCurrency != 0:
			s.kind = dossier.KindMoney
			s.unit = e.unit
			return s
		case e.f&fScale != 0:
			s.scale = e.num
			return s
		}
	}
	// "3D", "5G", "4K": codes; "10W", "15kHz", "30Mbps": units.
	if len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z' && rest != "W" && rest != "V" {
		s.kind = dossier.KindID
		return s
	}
	s.kind = dossier.KindMeasure
	return s
}

// wordSuffix reads the word part of "27-hundred", "25-year-old", "six-hour",
// "500-strong", "100-plus".
func wordSuffix(rest string, s suffix) suffix {
	part, more := cutHyphen(rest)
	e := lookup(part)
	switch {
	case e != nil && e.f&fScale != 0:
		s.scale = e.num
		if more != "" {
			return wordSuffix(more, s)
		}
		return s
	case e != nil && e.f&fTimeUnit != 0:
		// "25-year-old" is an age; "10-year" a duration.
		s.kind = dossier.KindDuration
		s.unit = e.unit
		if p2, _ := cutHyphen(more); equalFold(p2, "old") {
			s.kind = dossier.KindAge
		}
		return s
	case equalFold(part, "plus"):
		s.min = true
		return s
	case equalFold(part, "odd"):
		s.apx = true
		return s
	case equalFold(part, "strong"), equalFold(part, "member"), equalFold(part, "man"), equalFold(part, "person"):
		return s // "a 500-strong force": still a count
	case e != nil && e.f&fCurrency != 0:
		s.kind = dossier.KindMoney
		s.unit = e.unit
		return s
	case e != nil && e.f&fPercent != 0:
		s.kind = dossier.KindPercent
		return s
	case e != nil && e.f&fOrdinal != 0:
		s.kind = dossier.KindOrdinal
		return s
	}
	// "5.2-magnitude", "3-storey", "10-km": adjectival measures.
	s.kind = dossier.KindMeasure
	if e != nil {
		s.unit = e.unit
	}
	return s
}

func cutHyphen(s string) (string, string) {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

func isYear(d digits) bool {
	return !d.commas && !d.dec && d.ndig == 4 && d.v >= 1000 && d.v <= 2100
}

// lowerSmall lower-cases a short ASCII string without allocating when it is
// already lower case; only used on short suffixes.
func lowerSmall(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			if e := lookup(s); e != nil {
				return e.word
			}
			b := make([]byte, len(s))
			for j := 0; j < len(s); j++ {
				c := s[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[j] = c
			}
			return string(b)
		}
	}
	return s
}

// wordNum is one number word or hyphenated compound ("twenty-one",
// "three-thousand"). cat is the category of the last part; rest is what
// follows the number parts inside the compound ("year-old" of
// "three-year-old").
type wordNum struct {
	v        float64
	cat      flag // fUnit, fTeen, fTen, fScale or 0 when mixed
	parts    int
	rest     string
	ordinal  bool
	hasScale bool
	ok       bool
}

func readWordNumber(w string) wordNum {
	var r wordNum
	total, cur := 0.0, 0.0
	last := flag(0)
	s := w
	// A leading "almost-"/"nearly-" does not hide the number.
	if p, more := cutHyphen(s); more != "" {
		if e := lookup(p); e != nil && e.f&fApprox != 0 && e.f&(fUnit|fTeen|fTen) == 0 {
			s = more
		}
	}
	for s != "" {
		p, more := cutHyphen(s)
		// "three-and-a-half", "two-and-a-quarter": a fraction after a
		// unit, teen or ten.
		if r.parts > 0 && last != fScale && equalFold(p, "and") {
			if f, rest := andAFraction(more); f > 0 {
				cur += f
				s = rest
				continue
			}
		}
		e := lookup(p)
		if e == nil {
			break
		}
		switch {
		case e.f&(fUnit|fTeen) != 0:
			if last&(fUnit|fTeen) != 0 || last == fTen && e.f&fTeen != 0 {
				goto done
			}
			cur += e.num
			last = e.f & (fUnit | fTeen)
		case e.f&fTen != 0:
			if last&(fUnit|fTeen|fTen) != 0 {
				goto done
			}
			cur += e.num
			last = fTen
		case e.f&fScale != 0:
			if r.parts == 0 && more != "" {
				// "million-and-a-half"
				if a, m2 := cutHyphen(more); equalFold(a, "and") && e.num >= 1000 {
					if f, rest := andAFraction(m2); f > 0 {
						total = (1 + f) * e.num
						r.parts++
						r.hasScale = true
						last = fUnit // a whole number, not a bare scale word
						s = rest
						goto done
					}
				}
				goto done // "hundred-year" is no number
			}
			if cur == 0 {
				cur = 1
			}
			if e.num == 100 {
				cur *= 100
			} else {
				total += cur * e.num
				cur = 0
			}
			last = fScale
			r.hasScale = true
		case e.f&fOrdinal != 0 && r.parts > 0 && last == fTen:
			// twenty-first
			cur += e.num
			r.ordinal = true
			r.parts++
			s = more
			goto done
		default:
			goto done
		}
		r.parts++
		s = more
	}
done:
	if r.parts == 0 {
		return r
	}
	r.v = total + cur
	r.cat = last
	r.rest = s
	r.ok = true
	return r
}

// andAFraction reads "a-half" or "a-quarter" (what follows "and-" in
// "three-and-a-half") and returns the fraction and the rest of the word.
func andAFraction(s string) (float64, string) {
	a, more := cutHyphen(s)
	if !equalFold(a, "a") {
		return 0, s
	}
	p, rest := cutHyphen(more)
	switch {
	case equalFold(p, "half"):
		return 0.5, rest
	case equalFold(p, "quarter"):
		return 0.25, rest
	}
	return 0, s
}
