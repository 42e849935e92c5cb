package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps a rune to its lower-case ASCII base letter where one
// exists (é → e, ł → l), so that spelling variants with and without
// diacritics share a key. Other letters are lower-cased as they are.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	switch {
	case strings.ContainsRune("àáâãäåāăą", r):
		return 'a'
	case strings.ContainsRune("çćĉċč", r):
		return 'c'
	case strings.ContainsRune("ďđ", r):
		return 'd'
	case strings.ContainsRune("èéêëēĕėęě", r):
		return 'e'
	case strings.ContainsRune("ĝğġģ", r):
		return 'g'
	case strings.ContainsRune("ìíîïĩīĭįı", r):
		return 'i'
	case strings.ContainsRune("ľĺļł", r):
		return 'l'
	case strings.ContainsRune("ñńņňŉ", r):
		return 'n'
	case strings.ContainsRune("òóôõöøōŏő", r):
		return 'o'
	case strings.ContainsRune("ŕŗř", r):
		return 'r'
	case strings.ContainsRune("śŝşšș", r):
		return 's'
	case strings.ContainsRune("ţťțŧ", r):
		return 't'
	case strings.ContainsRune("ùúûüũūŭůűų", r):
		return 'u'
	case strings.ContainsRune("ýÿ", r):
		return 'y'
	case strings.ContainsRune("źżž", r):
		return 'z'
	}
	return r
}

// words splits s into folded words: letters and digits only, so that
// "U.S." is one word "us", "Seong-kweun" is two and "Korea’s" is "korea"
// followed by "s" is avoided by dropping a possessive ending.
func words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(foldRune(r))
		case r == '.' || r == '\u00ad':
			// "U.S." and "Lt." keep their letters together.
		case r == '\'' || r == '’':
			// A possessive "'s" ends the word; an inner apostrophe
			// ("O'Brien") is dropped.
			rest := s[i+utf8.RuneLen(r):]
			if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) &&
				(len(rest) == 1 || !isWordByte(rest[1])) {
				flush()
				return append(out, words(rest[1:])...)
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

func isWordByte(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// key is the folded form of a name: its words joined by one space.
func key(s string) string { return strings.Join(words(s), " ") }

// slug turns a folded key into an id fragment: words joined by hyphens.
func slug(k string) string { return strings.ReplaceAll(k, " ", "-") }

// normSpace collapses white space runs to one space and trims the ends.
func normSpace(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\f\v") && !strings.Contains(s, "  ") &&
		strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isAcronym reports whether s is written like an acronym: 2–8 letters,
// all upper case, optionally with dots or an ampersand ("NIS", "U.N.").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// acronymLetters returns the upper-case letters of an acronym.
func acronymLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if 'A' <= r && r <= 'Z' {
			b.WriteRune(r + 'a' - 'A')
		}
	}
	return b.String()
}

// functionWords are skipped when taking a name's initials.
var functionWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "to": true, "at": true,
}

// initials returns the first letters of the content words of a folded key:
// "national intelligence service" → "nis".
func initials(k string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(k) {
		if !functionWords[w] {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// acronymOf reports whether letters (folded) abbreviate the folded name:
// the first letter starts the name and each next letter is found, in
// order, preferably at a word start (Schwartz and Hearst's rule, in the
// direction that tolerates "Islamic State" for "ISIS").
func acronymOf(letters, name string) bool {
	if letters == "" || name == "" || letters[0] != name[0] || len(strings.Fields(name)) < 2 {
		return false
	}
	if initials(name) == letters {
		return true
	}
	j := 1
	for i := 1; i < len(letters); i++ {
		k := strings.IndexByte(name[j:], letters[i])
		if k < 0 {
			return false
		}
		j += k + 1
	}
	return true
}

// editDistance is the Levenshtein distance between two short strings,
// giving up (returning max+1) once it exceeds max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var pb, cb [40]int
	prev, cur := pb[:0], cb[:0]
	if len(b)+1 > len(pb) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
