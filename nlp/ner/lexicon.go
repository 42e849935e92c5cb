package ner

import (
	"strings"

	"github.com/dossierhq/dossier/nlp/perceptron"
)

// Lexicon categories, one bit each.
const (
	catCountry = iota
	catGPE
	catLoc
	catDemonym
	catTitle
	catOrgWord
	catPlaceWord
	catFirstName
	numCats
)

const maxPhrase = 5 // longest lexicon entry in words

// lexicon maps the hash of a lower-case phrase (words joined by one space)
// to its categories and, for countries, GPEs and demonyms, a canonical name.
type lexicon struct {
	cats      map[uint64]uint8
	canonical map[uint64]string // alias -> country, demonym -> country
	// prefixes holds the hash of every phrase that starts a longer entry
	// ("north" of "north korea"): a match is extended past a word only when
	// what it has so far is one, so most tokens cost one word hash.
	prefixes map[uint64]bool
}

var lex = buildLexicon()

func phraseHash(h uint64, word string, first bool) uint64 {
	if !first {
		h = perceptron.HashByte(h, ' ')
	}
	return perceptron.HashLower(h, perceptron.Normalize(word))
}

func hashWords(words []string) uint64 {
	h := perceptron.Seed
	for i, w := range words {
		h = phraseHash(h, w, i == 0)
	}
	return h
}

func hashText(s string) uint64 { return hashWords(strings.Fields(s)) }

func buildLexicon() *lexicon {
	l := &lexicon{cats: map[uint64]uint8{}, canonical: map[uint64]string{}, prefixes: map[uint64]bool{}}
	add := func(name string, cat int) uint64 {
		words := strings.Fields(name)
		h := perceptron.Seed
		for i, w := range words {
			if i > 0 {
				l.prefixes[h] = true
			}
			h = phraseHash(h, w, i == 0)
		}
		l.cats[h] |= 1 << cat
		return h
	}
	for line := range strings.SplitSeq(countries, "\n") {
		names := strings.Split(line, "|")
		for _, n := range names {
			l.canonical[add(n, catCountry)] = names[0]
		}
	}
	for line := range strings.SplitSeq(demonyms, "\n") {
		name, country, _ := strings.Cut(line, "|")
		h := add(name, catDemonym)
		if country != "" {
			if _, ok := l.canonical[h]; !ok {
				l.canonical[h] = country
			}
		}
	}
	for _, list := range []struct {
		text string
		cat  int
	}{{gpes, catGPE}, {locs, catLoc}, {titles, catTitle}, {orgWords, catOrgWord},
		{placeWords, catPlaceWord}, {firstNames, catFirstName}} {
		for n := range strings.FieldsFuncSeq(list.text, func(r rune) bool { return r == '|' || r == '\n' }) {
			add(n, list.cat)
		}
	}
	return l
}

// lookup returns the categories of the phrase with hash h.
func (l *lexicon) lookup(h uint64) uint8 { return l.cats[h] }

// Token positions inside a lexicon match.
const (
	posNone = iota
	posB
	posI
	posL
	posU
)

// gazMatch writes, for each token of words, its position (3 bits per
// category) inside the longest lexicon match of each category. Plural
// demonyms ("Russians") match their singular.
func gazMatch(words []string, dst []uint32) {
	clear(dst[:len(words)])
	var hs [maxPhrase]uint64
	var plural [maxPhrase]uint64
	for i := range words {
		n := min(maxPhrase, len(words)-i)
		h := perceptron.Seed
		for k := 0; k < n; k++ {
			if k > 0 && !lex.prefixes[h] {
				n = k // no entry starts with words[i:i+k]
				break
			}
			w := words[i+k]
			if len(w) > 3 && w[len(w)-1] == 's' {
				plural[k] = phraseHash(h, w[:len(w)-1], k == 0)
			} else {
				plural[k] = 0
			}
			h = phraseHash(h, w, k == 0)
			hs[k] = h
		}
		markMatches(dst, i, hs[:n], plural[:n])
	}
}

// markMatches marks in dst the longest lexicon matches of each category
// among the phrases that start at token i: hs[k] and plural[k] are the
// hashes of the phrase of k+1 words and of its plural-stripped form (0 for
// none). A category already marked on one of the phrase's tokens (by a
// longer match starting earlier) is left alone.
func markMatches(dst []uint32, i int, hs, plural []uint64) {
	for k := len(hs) - 1; k >= 0; k-- {
		cats := lex.lookup(hs[k])
		if plural[k] != 0 {
			cats |= lex.lookup(plural[k]) & (1 << catDemonym)
		}
		for c := 0; cats != 0; c, cats = c+1, cats>>1 {
			if cats&1 == 0 {
				continue
			}
			shift := uint(3 * c)
			free := true
			for j := i; j <= i+k; j++ {
				if dst[j]>>shift&7 != 0 {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			if k == 0 {
				dst[i] |= posU << shift
				continue
			}
			dst[i] |= posB << shift
			for j := i + 1; j < i+k; j++ {
				dst[j] |= posI << shift
			}
			dst[i+k] |= posL << shift
		}
	}
}

// Canonical returns the canonical name of an entity with the given text and
// type: the country of a demonym ("North Korean" → "North Korea",
// "Russians" → "Russia"), the full name of a country alias ("U.S." →
// "United States"), otherwise the text with whitespace normalised. It does
// not allocate when the text is already normalised.
func Canonical(text string, typ string) string {
	if typ == "NORP" || typ == "GPE" {
		h, hs, words := perceptron.Seed, perceptron.Seed, 0
		for w := range fields(text) {
			hs = h // the phrase before the last word
			h = phraseHash(h, w, words == 0)
			words++
		}
		if c, ok := lex.canonical[h]; ok {
			return c
		}
		if typ == "NORP" && words > 0 && words <= maxPhrase {
			last := lastField(text)
			if len(last) > 3 && last[len(last)-1] == 's' {
				if c, ok := lex.canonical[phraseHash(hs, last[:len(last)-1], words == 1)]; ok {
					return c
				}
			}
		}
	}
	return normSpace(text)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// fields yields the space-separated words of s.
func fields(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		i := 0
		for i < len(s) {
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			j := i
			for j < len(s) && !isSpace(s[j]) {
				j++
			}
			if j > i && !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

func lastField(s string) string {
	j := len(s)
	for j > 0 && isSpace(s[j-1]) {
		j--
	}
	i := j
	for i > 0 && !isSpace(s[i-1]) {
		i--
	}
	return s[i:j]
}

// normSpace collapses runs of white space to one space and trims the ends.
func normSpace(s string) string {
	clean := len(s) > 0 && !isSpace(s[0]) && !isSpace(s[len(s)-1])
	for i := 0; clean && i < len(s); i++ {
		if isSpace(s[i]) && (s[i] != ' ' || isSpace(s[i+1])) {
			clean = false
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isDemonym reports whether the words form a demonym or nationality word
// (singular or plural) in the lexicon. It does not allocate.
func isDemonym(words []string) bool {
	if len(words) == 0 || len(words) > maxPhrase {
		return false
	}
	h := perceptron.Seed
	for i, w := range words[:len(words)-1] {
		h = phraseHash(h, w, i == 0)
	}
	first := len(words) == 1
	last := words[len(words)-1]
	if lex.lookup(phraseHash(h, last, first))&(1<<catDemonym) != 0 {
		return true
	}
	return len(last) > 3 && last[len(last)-1] == 's' &&
		lex.lookup(phraseHash(h, last[:len(last)-1], first))&(1<<catDemonym) != 0
}

// isInstitution reports whether a name that is not a known country, city
// or state ends in a word that names an institution ("… National Security
// Council", "… Ministry"): such a "place" is an organisation.
func isInstitution(words []string) bool {
	if len(words) < 2 {
		return false
	}
	if len(words) <= maxPhrase && lex.lookup(hashWords(words))&(1<<catCountry|1<<catGPE) != 0 {
		return false
	}
	switch words[len(words)-1] {
	case "Council", "Committee", "Ministry", "Agency", "Commission", "Department", "Party",
		"Bank", "Corporation", "University", "Association", "Federation", "Institute",
		"Service", "Parliament", "Assembly", "Court", "Army", "Navy", "Police", "Office":
		return true
	}
	return false
}

// placeType returns "LOC" for places in the non-GPE lexicon or named with a
// place word (River, Mountains, Sea …) and "GPE" otherwise: unknown place
// names in news are mostly towns and cities.
func placeType(words []string) string {
	if len(words) == 0 {
		return "GPE"
	}
	if len(words) <= maxPhrase {
		c := lex.lookup(hashWords(words))
		if c&(1<<catCountry|1<<catGPE) != 0 {
			return "GPE"
		}
		if c&(1<<catLoc) != 0 {
			return "LOC"
		}
	}
	if len(words) > 1 && (lex.lookup(hashWords(words[:1]))&(1<<catPlaceWord) != 0 ||
		lex.lookup(hashWords(words[len(words)-1:]))&(1<<catPlaceWord) != 0) {
		switch strings.ToLower(words[len(words)-1]) {
		case "province", "region", "district", "county", "oblast", "krai", "prefecture", "state", "territory":
			return "GPE"
		}
		return "LOC"
	}
	return "GPE"
}
