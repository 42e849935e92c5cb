package ingest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
)

// MaxKeywords is the most keywords Keywords returns.
const MaxKeywords = 20

// shortDocTokens is the length under which a content word need occur only
// once to be a keyword.
const shortDocTokens = 150

// Keywords returns up to MaxKeywords salient terms of an analysed document,
// most salient first, for story clustering: the canonical names of its
// entities (as written, e.g. "North Korea") ranked by mentions, then
// frequent content words (lower case, e.g. "troops") that occur at least
// twice outside entity mentions (once, in a text under 150 tokens). An entity counts double, and a term in
// the first sentences counts extra, since news puts what matters first.
func Keywords(a *dossier.Analysis) []string {
	type term struct {
		text   string
		score  float64
		first  int // byte offset of the first occurrence, for stable ties
		person bool
	}
	terms := map[string]*term{}
	add := func(key, text string, w float64, at int) *term {
		t := terms[key]
		if t == nil {
			t = &term{text: text, first: at}
			terms[key] = t
		} else if isUpper(t.text) && !isUpper(text) {
			t.text = text // "Lorrin" over a dateline's "LORRIN"
		}
		t.score += w
		return t
	}
	text := a.Document.Text
	lead := leadEnd(a)
	weight := func(at int) float64 {
		if at < lead {
			return 1.5
		}
		return 1
	}

	entityWords := map[string]bool{}
	for _, e := range a.Entities {
		switch e.Type {
		case dossier.Person, dossier.Org, dossier.GPE, dossier.Loc, dossier.NORP, dossier.Fac, dossier.Event:
		default:
			continue
		}
		name := strings.Join(strings.Fields(e.Canonical), " ")
		if name == "" {
			name = strings.Join(strings.Fields(e.Span.Text(text)), " ")
		}
		if utf8.RuneCountInString(name) < 2 {
			continue
		}
		key := strings.ToLower(name)
		t := add(key, name, 2*weight(e.Span.Start), e.Span.Start)
		t.person = t.person || e.Type == dossier.Person
		for _, w := range strings.Fields(key) {
			entityWords[w] = true
		}
	}

	// Content words: tokens outside entity mentions, lower-cased, that are
	// words of at least four letters and not function words or reporting
	// verbs. They have a map of their own, keyed by the word itself, so a
	// token costs no key string.
	type wordTerm struct {
		term
		count int
	}
	words := map[string]*wordTerm{}
	ents := a.Entities
	if !sort.SliceIsSorted(ents, func(i, j int) bool { return ents[i].Span.Start < ents[j].Span.Start }) {
		ents = append([]dossier.Entity(nil), ents...)
		sort.Slice(ents, func(i, j int) bool { return ents[i].Span.Start < ents[j].Span.Start })
	}
	for _, tok := range a.Tokens {
		for len(ents) > 0 && ents[0].Span.End <= tok.Start {
			ents = ents[1:]
		}
		if len(ents) > 0 && ents[0].Span.Start <= tok.Start && tok.End <= ents[0].Span.End {
			continue
		}
		w := tok.Text(text)
		if len(w) < 4 || !isWord(w) {
			continue
		}
		lw := strings.ToLower(w)
		if stopwords[lw] || entityWords[lw] {
			continue
		}
		t := words[lw]
		if t == nil {
			t = &wordTerm{term: term{text: lw, first: tok.Start}}
			words[lw] = t
		}
		t.count++
		t.score += weight(tok.Start)
	}
	minCount := 2
	if len(a.Tokens) < shortDocTokens {
		minCount = 1 // a brief has few repeated words; its words are all it has
	}

	// A surname alone ("Brenn") counts for the full name ("Talia Brenn")
	// when the article has exactly one person of that name.
	for key, t := range terms {
		if !t.person || strings.Contains(key, " ") {
			continue
		}
		var full *term
		n := 0
		for k2, t2 := range terms {
			if t2.person && strings.HasSuffix(k2, " "+key) {
				full, n = t2, n+1
			}
		}
		if n == 1 {
			full.score += t.score
			full.first = min(full.first, t.first)
			delete(terms, key)
		}
	}

	list := make([]*term, 0, len(terms)+len(words))
	for _, t := range terms {
		list = append(list, t)
	}
	for _, t := range words {
		if t.count >= minCount {
			list = append(list, &t.term)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		if list[i].first != list[j].first {
			return list[i].first < list[j].first
		}
		return list[i].text < list[j].text
	})
	out := make([]string, 0, min(len(list), MaxKeywords))
	for _, t := range list[:min(len(list), MaxKeywords)] {
		out = append(out, t.text)
	}
	return out
}

// leadEnd is the byte offset where the third sentence ends (the lead).
func leadEnd(a *dossier.Analysis) int {
	if len(a.Sentences) == 0 {
		return 0
	}
	return a.Sentences[min(len(a.Sentences), 3)-1].End
}

// isUpper reports whether s has letters and all of them are upper case.
func isUpper(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// isWord reports whether w is letters only (with inner hyphens or
// apostrophes).
func isWord(w string) bool {
	for i, r := range w {
		if unicode.IsLetter(r) {
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && i > 0 && i < len(w)-1 {
			continue
		}
		return false
	}
	return true
}

// stopwords are words of four letters or more that say nothing about what
// an article is about: function words, reporting verbs, time words and
// news boilerplate.
var stopwords = setOf(`
about above across after afterwards again against almost alone along already also although always
among amongst another anyone anything anyway anywhere around away back became because become becomes
been before beforehand behind being below beside besides between beyond both but cannot could does
doing done down during each either else elsewhere enough even ever every everyone everything
everywhere except few first following former formerly from further gets getting given gives going
gone have having hence here hereafter hereby herein hers herself himself however indeed into itself
just last later latter least less made make makes making many maybe meanwhile might mine more
moreover most mostly much must myself namely neither never nevertheless next nobody none noone nothing
now nowhere often once only onto other others otherwise ours ourselves over perhaps please quite
rather really same seem seemed seeming seems several should show shown shows since some somehow
someone something sometime sometimes somewhere still such take taken takes than that their theirs
them themselves then thence there thereafter thereby therefore therein thereupon these they this
those though through throughout thru thus together too toward towards under until upon very via
want wanted wants well were what whatever when whence whenever where whereafter whereas whereby
wherein whereupon wherever whether which while whither whoever whole whom whose will with within
without would your yours yourself yourselves
said says saying told tell tells telling added adding according stated statement statements
announced reported reports reporting report reportedly noted claimed claims claim asked spoke
spokesman spokeswoman spokesperson officials official people person thing things
year years month months week weeks today yesterday tomorrow monday tuesday wednesday thursday
friday saturday sunday january february march april june july august september october november
december time times since earlier later recently recent current currently newly
also told news percent including include includes included among number numbers part parts
like likely unlikely another around within without according used using uses
near nearly close across along late early high higher large larger small smaller
`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
