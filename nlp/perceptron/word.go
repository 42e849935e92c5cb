package perceptron

// Word holds the hashes of one token's surface forms, computed once per
// token so that context features can reuse them. All hashes are of bytes;
// Set does not allocate.
type Word struct {
	Exact uint64    // the normalised word
	Lower uint64    // the normalised word, ASCII lower case
	Shape uint64    // Xxxx-style shape, runs longer than 2 collapsed
	Pre   [4]uint64 // lower-case prefixes of 1..4 bytes (the whole word when shorter)
	Suf   [4]uint64 // lower-case suffixes of 1..4 bytes
	Flags Flags
	Len   uint8 // length in bytes, at most 255
}

// Flags describe a token's characters.
type Flags uint16

const (
	Title     Flags = 1 << iota // first letter upper case, some lower
	Upper                       // all letters upper case (at least one letter)
	Lower                       // all letters lower case (at least one letter)
	HasDigit                    // contains a digit
	AllDigit                    // only digits
	HasHyphen                   // contains '-'
	HasPeriod                   // contains '.'
	HasAlpha                    // contains a letter (ASCII or not)
	Punct                       // no letters or digits
	NonASCII                    // contains a byte >= 0x80
	HasUpper                    // contains an ASCII upper-case letter
)

// Normalize maps typographic variants to the forms the training corpora use:
// curly quotes to straight ones, dashes to "--", "’s" to "'s". It returns s
// itself or a constant, never a new string.
func Normalize(s string) string {
	if isASCII(s) {
		return s
	}
	switch s {
	case "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb":
		return "\""
	case "\u2018", "\u2019":
		return "'"
	case "\u2013", "\u2014", "\u2015":
		return "--"
	case "\u2026":
		return "..."
	case "\u2019s", "\u2019S":
		return "'s"
	case "n\u2019t", "N\u2019T":
		return "n't"
	case "\u2019re":
		return "'re"
	case "\u2019ve":
		return "'ve"
	case "\u2019ll":
		return "'ll"
	case "\u2019d":
		return "'d"
	case "\u2019m":
		return "'m"
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Set computes the hashes of s (which should already be normalised).
func (w *Word) Set(s string) {
	var flags Flags
	exact, lower, shape := Seed, Seed, Seed
	var last byte
	run := 0
	upper, lowerN, alpha := 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		exact = HashByte(exact, c)
		lc := lowerByte(c)
		lower = HashByte(lower, lc)
		var sc byte
		switch {
		case 'A' <= c && c <= 'Z':
			sc = 'X'
			upper++
			alpha++
		case 'a' <= c && c <= 'z':
			sc = 'x'
			lowerN++
			alpha++
		case '0' <= c && c <= '9':
			sc = 'd'
			flags |= HasDigit
		case c >= 0x80:
			flags |= NonASCII
			if c >= 0xc0 { // a rune's first byte: count it as a letter
				sc = 'u'
				alpha++
			} else {
				continue
			}
		default:
			sc = c
			switch c {
			case '-':
				flags |= HasHyphen
			case '.':
				flags |= HasPeriod
			}
		}
		if sc == last {
			run++
		} else {
			run = 1
			last = sc
		}
		if run <= 2 {
			shape = HashByte(shape, sc)
		}
	}
	if upper > 0 {
		flags |= HasUpper
	}
	if alpha > 0 {
		flags |= HasAlpha
		switch {
		case upper == alpha:
			flags |= Upper
		case lowerN == alpha:
			flags |= Lower
		}
		if len(s) > 0 && 'A' <= s[0] && s[0] <= 'Z' && lowerN > 0 {
			flags |= Title
		}
	} else if flags&HasDigit == 0 {
		flags |= Punct
	}
	if flags&HasDigit != 0 && alpha == 0 && flags&(HasHyphen|HasPeriod) == 0 {
		allDigit := true
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				allDigit = false
				break
			}
		}
		if allDigit {
			flags |= AllDigit
		}
	}
	w.Exact, w.Lower, w.Shape, w.Flags = exact, lower, shape, flags
	w.Len = uint8(min(len(s), 255))
	for k := 0; k < 4; k++ {
		n := min(k+1, len(s))
		p, q := Seed, Seed
		for i := 0; i < n; i++ {
			p = HashByte(p, lowerByte(s[i]))
			q = HashByte(q, lowerByte(s[len(s)-n+i]))
		}
		w.Pre[k], w.Suf[k] = p, q
	}
}
