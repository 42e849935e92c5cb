package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence: bytes [Start,End) of the text and tokens
// [First,Last) of the token slice it was split from.
type Sentence struct {
	Start, End  int
	First, Last int
}

// Sentences appends the sentences of s, given its tokens, to dst. A sentence
// ends after . ! ? or … (and any closing quotes or brackets that follow) when
// the next token can start a sentence, and at every paragraph break (a line
// break). It never ends inside a number or an abbreviation, because those
// keep their periods inside one token.
func Sentences(s string, toks []Token, dst []Sentence) []Sentence {
	first := 0
	emit := func(last int) {
		if last > first {
			dst = append(dst, Sentence{toks[first].Start, toks[last-1].End, first, last})
		}
		first = last
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// A line break between two tokens ends the sentence.
		if i > first && lineBreakBetween(s, toks[i-1].End, t.Start) {
			emit(i)
		}
		if !isTerminal(s, t) && !(i+1 < len(toks) && abbrevEndsSentence(s, t, toks[i+1])) {
			continue
		}
		// Closing quotes and brackets stay with the sentence they close.
		j := i + 1
		for j < len(toks) {
			if toks[j].Kind == CloseQuote || isCloser(s, toks[j]) {
				j++
			} else if n := citationLen(s, toks[j:]); n > 0 {
				j += n // Wikipedia-style references: "… in 2005.[4][5]"
			} else {
				break
			}
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		if canStart(s, toks[j]) {
			emit(j)
			i = j - 1
		}
	}
	emit(len(toks))
	return dst
}

// abbrevEndsSentence reports whether abbreviation t, which often ends a sentence
// ("… deployed by the U.S. The next day …"), does so before next.
func abbrevEndsSentence(s string, t Token, next Token) bool {
	if t.Kind != Abbrev || !isSentenceStarter(next.Text(s)) {
		return false
	}
	w := t.Text(s)
	// Letter-period runs (U.S., U.K., a.m.) and a few others can end one.
	return len(w) >= 4 && w[1] == '.' || w == "etc." || w == "Inc." || w == "Co." || w == "Ltd." || w == "Jr." || w == "Sr."
}

func isTerminal(s string, t Token) bool {
	switch t.Kind {
	case Punct:
		c := s[t.Start]
		return c == '.' || c == '!' || c == '?' || s[t.Start:t.End] == "…"
	}
	return false
}

// citationLen returns 3 when toks start with "[", a number and "]" glued
// to the text before, else 0.
func citationLen(s string, toks []Token) int {
	if len(toks) < 3 || s[toks[0].Start] != '[' || toks[1].Kind != Number || s[toks[2].Start] != ']' {
		return 0
	}
	if toks[0].Start > 0 && (s[toks[0].Start-1] == ' ' || s[toks[0].Start-1] == '\n') {
		return 0
	}
	return 3
}

func isCloser(s string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	c := s[t.Start]
	return c == ')' || c == ']'
}

// canStart reports whether a token can begin a sentence.
func canStart(s string, t Token) bool {
	switch t.Kind {
	case OpenQuote, Number, Dash, Symbol:
		return true
	case Punct:
		return s[t.Start] == '(' || s[t.Start] == '['
	}
	r, _ := utf8.DecodeRuneInString(s[t.Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLetter(r)
}

func lineBreakBetween(s string, a, b int) bool {
	for k := a; k < b; k++ {
		if s[k] == '\n' || s[k] == '\r' {
			return true
		}
	}
	return false
}

var sentenceStarters = map[string]struct{}{
	"The": {}, "A": {}, "An": {}, "He": {}, "She": {}, "It": {}, "They": {}, "We": {}, "I": {}, "But": {},
	"In": {}, "On": {}, "At": {}, "This": {}, "That": {}, "These": {}, "Those": {}, "There": {}, "Its": {},
	"His": {}, "Her": {}, "Their": {}, "And": {}, "However": {}, "Meanwhile": {}, "Officials": {}, "After": {},
}

func isSentenceStarter(w string) bool {
	_, ok := sentenceStarters[w]
	return ok
}
