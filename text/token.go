// Package text splits news English into tokens and sentences. Every token and
// sentence is a [Start,End) byte range into the original string, which is
// never copied or rewritten.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Word       Kind = iota + 1 // letters, possibly with hyphens, apostrophes or digits
	Number                     // 2,700  2.7  1990  27-hundred starts as Number
	Punct                      // . , ; : ! ? ( ) and the like
	OpenQuote                  // “ ‘ and straight quotes that open
	CloseQuote                 // ” ’ and straight quotes that close
	Dash                       // – — --
	URL                        // http://…, www.…, e-mail addresses
	Symbol                     // $ € £ % & # @ and other symbols
	Abbrev                     // U.S. Dr. Jan. J. (the period belongs to the token)
	Clitic                     // 's n't 're 've 'll 'd 'm split off a word
)

var kindNames = [...]string{"", "Word", "Number", "Punct", "OpenQuote", "CloseQuote", "Dash", "URL", "Symbol", "Abbrev", "Clitic"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Token is one token: bytes [Start,End) of the text.
type Token struct {
	Start, End int
	Kind       Kind
}

// Text returns the token's text in s.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Tokenize appends the tokens of s to dst and returns the extended slice.
// It never allocates beyond growing dst. Invalid UTF-8 bytes become
// one-byte Symbol tokens, so offsets stay exact.
func Tokenize(s string, dst []Token) []Token {
	i := 0
	quoteOpen := false // parity of straight double quotes
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case isAlnumByte(c):
				i = scanWord(s, i, &dst)
				continue
			case c == '"':
				k := straightQuoteKind(s, i, quoteOpen)
				quoteOpen = k == OpenQuote
				dst = append(dst, Token{i, i + 1, k})
				i++
				continue
			case c == '\'':
				dst = append(dst, Token{i, i + 1, singleQuoteKind(s, i, 1)})
				i++
				continue
			case c == '.':
				j := i
				for j < len(s) && s[j] == '.' {
					j++
				}
				dst = append(dst, Token{i, j, Punct})
				i = j
				continue
			case c == '-':
				if i+1 < len(s) && s[i+1] == '-' {
					j := i
					for j < len(s) && s[j] == '-' {
						j++
					}
					dst = append(dst, Token{i, j, Dash})
					i = j
					continue
				}
				if i+1 < len(s) && isDigitByte(s[i+1]) && (i == 0 || !isAlnumByte(s[i-1])) {
					// A sign: "-5" reads as one number.
					i = scanWord(s, i, &dst)
					continue
				}
				dst = append(dst, Token{i, i + 1, Dash})
				i++
				continue
			case c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/':
				dst = append(dst, Token{i, i + 1, Punct})
				i++
				continue
			default:
				dst = append(dst, Token{i, i + 1, Symbol})
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			dst = append(dst, Token{i, i + 1, Symbol})
			i++
		case unicode.IsSpace(r):
			i += n
		case r == '“' || r == '«' || r == '„':
			dst = append(dst, Token{i, i + n, OpenQuote})
			i += n
		case r == '”' || r == '»':
			dst = append(dst, Token{i, i + n, CloseQuote})
			i += n
		case r == '‘':
			dst = append(dst, Token{i, i + n, OpenQuote})
			i += n
		case r == '’':
			dst = append(dst, Token{i, i + n, singleQuoteKind(s, i, n)})
			i += n
		case r == '–' || r == '—' || r == '―' || r == '−':
			dst = append(dst, Token{i, i + n, Dash})
			i += n
		case r == '…':
			dst = append(dst, Token{i, i + n, Punct})
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = scanWord(s, i, &dst)
		case unicode.IsPunct(r):
			dst = append(dst, Token{i, i + n, Punct})
			i += n
		default:
			dst = append(dst, Token{i, i + n, Symbol})
			i += n
		}
	}
	return dst
}

// singleQuoteKind decides whether a lone ' or ’ at i opens or closes a quote.
func singleQuoteKind(s string, i, n int) Kind {
	if i == 0 || isSpaceBefore(s, i) {
		return OpenQuote
	}
	return CloseQuote
}

// straightQuoteKind decides whether the " at i opens or closes: by the
// spacing around it when that is clear, else by parity.
func straightQuoteKind(s string, i int, open bool) Kind {
	before := i == 0 || isSpaceBefore(s, i)
	r, _ := runeAt(s, i+1)
	after := i+1 >= len(s) || unicode.IsSpace(r) || r == ',' || r == '.' || r == ';' || r == ':' || r == ')' || r == '?' || r == '!'
	switch {
	case before && !after:
		return OpenQuote
	case after && !before:
		return CloseQuote
	case open:
		return CloseQuote
	}
	return OpenQuote
}

func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '“' || r == '"' || r == '—' || r == '–'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// runeAt decodes the rune at i, returning utf8.RuneError and 0 at the end.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads a word, number, URL or abbreviation starting at i and
// appends it (and any clitic split off it) to dst.
func scanWord(s string, i int, dst *[]Token) int {
	start := i
	if u := scanURL(s, i); u > i {
		*dst = append(*dst, Token{i, u, URL})
		return u
	}
	digitsOnly := true // only digits (and separators) so far: 2,700 but not A,B
	segDigits := true  // the same since the last hyphen: 10,000-12,000
	hasLetter := false
	if s[i] == '-' {
		i++ // a sign, checked by the caller
	}
	for i < len(s) {
		r, n := runeAt(s, i)
		if isWordRune(r) {
			if !(r < utf8.RuneSelf && isDigitByte(byte(r))) {
				digitsOnly = false
				segDigits = false
				hasLetter = true
			}
			i += n
			continue
		}
		r2, n2 := runeAt(s, i+n)
		switch r {
		case ',', '.', '/':
			// 2,700  2.7  9/11 — a separator between digits.
			if (digitsOnly || segDigits && r != '/') && isDigitByte(s[i-1]) && n2 == 1 && isDigitByte(byte(r2)) {
				i += n
				continue
			}
		case '-', '‑':
			// three-thousand  27-hundred  almost-three-year-old
			if isWordRune(r2) {
				digitsOnly = false
				segDigits = true
				i += n
				continue
			}
		case '\'', '’':
			if !isWordRune(r2) {
				break
			}
			// A clitic ends the word: Korea’s, don't, they're.
			if c := cliticLen(s, i, n); c > 0 {
				end := i
				if isNT(s, start, i) {
					end = i - 1 // don't -> do n't
				}
				*dst = append(*dst, Token{start, end, wordKind(s, start, end)})
				*dst = append(*dst, Token{end, i + c, Clitic})
				return i + c
			}
			i += n // O'Brien
			continue
		}
		break
	}
	end := i
	// Abbreviations keep their period: U.S.  Dr.  Jan.  J.
	if end < len(s) && s[end] == '.' && hasLetter {
		if e := abbrevEnd(s, start, end); e > end {
			*dst = append(*dst, Token{start, e, Abbrev})
			return e
		}
	}
	*dst = append(*dst, Token{start, end, wordKind(s, start, end)})
	return end
}

func wordKind(s string, start, end int) Kind {
	c := s[start]
	if isDigitByte(c) || c == '-' && end > start+1 && isDigitByte(s[start+1]) {
		return Number
	}
	return Word
}

// isNT reports whether the word s[start:apos] ends in "n" before "'t".
func isNT(s string, start, apos int) bool {
	return apos-start >= 2 && (s[apos-1] == 'n' || s[apos-1] == 'N') &&
		apos+1 < len(s) && (s[apos+1] == 't' || s[apos+1] == 'T' || apos+3 < len(s) && s[apos:apos+3] == "’" && (s[apos+3] == 't' || s[apos+3] == 'T'))
}

// cliticLen returns the byte length of the clitic starting with the
// apostrophe at i (n bytes long), or 0 when the apostrophe is word-internal.
func cliticLen(s string, i, n int) int {
	j := i + n
	end := j
	for end < len(s) && isAlnumByte(s[end]) {
		end++
	}
	if end < len(s) {
		if r, _ := runeAt(s, end); isWordRune(r) {
			return 0
		}
	}
	c := s[j:end]
	for _, cl := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
		if strings.EqualFold(c, cl) {
			return end - i
		}
	}
	if strings.EqualFold(c, "t") && i > 0 && (s[i-1] == 'n' || s[i-1] == 'N') {
		return end - i
	}
	return 0
}

// abbrevEnd returns the end of an abbreviation whose letters are
// s[start:dot] and whose first period is at dot, or dot when the period
// ends a sentence instead.
func abbrevEnd(s string, start, dot int) int {
	w := s[start:dot]
	// Letter-period sequences: U.S.  U.N.  a.m.  e.g.
	if len(w) == 1 && isAlnumByte(w[0]) && !isDigitByte(w[0]) {
		e := dot + 1
		for e+1 < len(s) && isAlnumByte(s[e]) && !isDigitByte(s[e]) && s[e+1] == '.' {
			e += 2
		}
		if e > dot+1 {
			return e // U.S. — two or more letter-period pairs
		}
		// A single letter and period: an initial ("J. Smith") when upper case.
		if w[0] >= 'A' && w[0] <= 'Z' {
			return e
		}
		return dot
	}
	if _, ok := abbreviations[w]; ok {
		return dot + 1
	}
	return dot
}

// abbreviations are words that keep their period. Kept short and
// case-sensitive: "Gen." is an abbreviation, "gen." is not.
var abbreviations = map[string]struct{}{
	"Mr": {}, "Mrs": {}, "Ms": {}, "Dr": {}, "Prof": {}, "Sr": {}, "Jr": {}, "St": {}, "Mt": {},
	"Gen": {}, "Lt": {}, "Col": {}, "Maj": {}, "Capt": {}, "Cpl": {}, "Sgt": {}, "Adm": {}, "Cmdr": {}, "Brig": {},
	"Gov": {}, "Sen": {}, "Rep": {}, "Rev": {}, "Pres": {}, "Supt": {}, "Insp": {}, "Det": {}, "Hon": {},
	"Jan": {}, "Feb": {}, "Mar": {}, "Apr": {}, "Jun": {}, "Jul": {}, "Aug": {}, "Sep": {}, "Sept": {}, "Oct": {}, "Nov": {}, "Dec": {},
	"Inc": {}, "Corp": {}, "Co": {}, "Ltd": {}, "Bros": {}, "Dept": {}, "Univ": {}, "Assn": {},
	"No": {}, "Nos": {}, "Vol": {}, "vs": {}, "etc": {}, "approx": {}, "est": {}, "Ft": {}, "Ave": {}, "Blvd": {}, "Rd": {},
	"Ala": {}, "Ariz": {}, "Ark": {}, "Calif": {}, "Colo": {}, "Conn": {}, "Del": {}, "Fla": {}, "Ga": {}, "Ill": {}, "Ind": {},
	"Kan": {}, "Ky": {}, "La": {}, "Md": {}, "Mass": {}, "Mich": {}, "Minn": {}, "Miss": {}, "Mo": {}, "Mont": {}, "Neb": {},
	"Nev": {}, "Okla": {}, "Ore": {}, "Pa": {}, "Tenn": {}, "Tex": {}, "Va": {}, "Vt": {}, "Wash": {}, "Wis": {}, "Wyo": {},
}

// scanURL returns the end of a URL or e-mail address starting at i, or i.
func scanURL(s string, i int) int {
	rest := s[i:]
	ok := false
	for _, p := range [...]string{"http://", "https://", "www."} {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			ok = true
			break
		}
	}
	if !ok {
		// e-mail: word@word.tld
		j := i
		for j < len(s) && (isAlnumByte(s[j]) || s[j] == '.' || s[j] == '_' || s[j] == '-' || s[j] == '+') {
			j++
		}
		if j < len(s) && s[j] == '@' && j > i {
			k := j + 1
			dot := false
			for k < len(s) && (isAlnumByte(s[k]) || s[k] == '.' || s[k] == '-') {
				if s[k] == '.' {
					dot = true
				}
				k++
			}
			for k > j+1 && s[k-1] == '.' {
				k--
			}
			if dot {
				return k
			}
		}
		return i
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c >= utf8.RuneSelf {
			break
		}
		j++
	}
	// Trailing punctuation belongs to the sentence, not the URL.
	for j > i && (s[j-1] == '.' || s[j-1] == ',' || s[j-1] == ')' || s[j-1] == ';' || s[j-1] == ':' || s[j-1] == '\'' || s[j-1] == '!' || s[j-1] == '?') {
		j--
	}
	return j
}

// AppendLower appends w to dst with its ASCII letters lower-cased and
// returns the result. Into a stack buffer (AppendLower(buf[:0], w)) it
// does not allocate for words that fit, and "switch string(…)" on it does
// not either: the stages look words up this way on their hot paths.
func AppendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
