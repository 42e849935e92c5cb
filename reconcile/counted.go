package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossierhq/dossier/nlp/ner"
)

// group is a counted group normalised: who is counted, by nationality or
// place and a head noun class ("North Korean troops" for "North Korean
// soldiers", "soldiers from North Korea", "North Korean troops").
type group struct {
	quals []string // folded country or place names, sorted
	mods  []string // other qualifying words, folded, sorted
	head  string   // head noun class ("troops"), "" for a bare nationality
	// surface is the head noun as written (lower case), for display when
	// the head has no class.
	surface string
	// demonyms maps a qualifier to the demonym written for it here
	// ("North Korean"), when one was.
	demonyms map[string]string
	// scope is a place named inside the counted phrase ("people in
	// Gaza"), folded, for claims with no place of their own.
	scope string
}

func (g group) empty() bool { return g.head == "" && len(g.quals) == 0 && len(g.mods) == 0 }

// key identifies the group inside a figure key.
func (g group) key() string {
	return strings.Join(g.quals, "+") + "|" + strings.Join(g.mods, " ") + "|" + g.head
}

// headClasses maps head nouns (singular and plural) to the class that
// names them in figures.
var headClasses = map[string]string{}

func init() {
	for class, ws := range map[string]string{
		"troops": "troop troops soldier soldiers serviceman servicemen servicemember servicemembers " +
			"personnel infantryman infantrymen conscript conscripts recruit recruits paratrooper " +
			"paratroopers trooper troopers force forces",
		"civilians": "civilian civilians noncombatant noncombatants non-combatant non-combatants",
		"people":    "people person persons individual individuals",
		"children":  "child children kid kids minor minors",
		"men":       "man men",
		"women":     "woman women",
	} {
		for w := range strings.FieldsSeq(ws) {
			headClasses[w] = class
		}
	}
}

// dropWords carry no part of a group's identity: determiners, number and
// quantity words, bounds, and the measure's own participles.
var dropWords = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq("a an the some these those this that all any each every its their his her our " +
		"more than least most about around nearly almost over up to as many much several few fewer less " +
		"dozen dozens score scores hundred hundreds thousand thousands million millions billion billions " +
		"one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty " +
		"sixty seventy eighty ninety estimated additional other others another further new total roughly " +
		"approximately some upwards nearly just only at least another extra " +
		"killed dead wounded injured missing captured detained arrested displaced confirmed reported " +
		"deployed sent stationed kidnapped abducted evacuated " +
		"them they who what military young first initially already still now " +
		// Measure nouns name what happened, not who: "North Korean
		// casualties" counts North Koreans.
		"casualty casualties death deaths fatality fatalities loss losses toll victims victim") {
		dropWords[w] = true
	}
}

// prepositions end the noun phrase before them ("soldiers from North
// Korea", "people in Gaza").
var prepositions = map[string]bool{
	"from": true, "of": true, "in": true, "at": true, "on": true, "who": true, "that": true,
	"which": true, "since": true, "to": true, "with": true, "near": true, "inside": true,
	"across": true, "during": true, "after": true, "before": true, "among": true,
	"including": true, "for": true, "by": true, "under": true, "into": true, "when": true,
	"while": true, "as": true,
}

// places tells whether a phrase names a known place, and its folded key.
type places interface {
	place(phrase string) (string, bool)
}

// parseGroup normalises a counted phrase. Country qualifiers are found as
// demonyms (through the NER lexicon) or as places after "from"/"of"; a
// place after "in"/"at" becomes the group's scope hint.
func parseGroup(text string, pl places) group {
	g := group{demonyms: map[string]string{}}
	toks := tokens(text)
	// Leading prepositions and numbers ("of the 11,000 soldiers").
	for len(toks) > 0 && (prepositions[strings.ToLower(toks[0])] || dropWord(toks[0])) {
		toks = toks[1:]
	}
	// Cut the phrase at its first preposition; read places after it.
	cut := len(toks)
	for i, t := range toks {
		if prepositions[strings.ToLower(t)] {
			cut = i
			break
		}
	}
	head, tail := toks[:cut], toks[cut:]
	for len(tail) > 0 {
		prep := strings.ToLower(tail[0])
		j := 1
		for j < len(tail) && !prepositions[strings.ToLower(tail[j])] {
			j++
		}
		obj := tail[1:j]
		for len(obj) > 0 && dropWord(obj[0]) {
			obj = obj[1:]
		}
		if len(obj) > 0 {
			phrase := strings.Join(obj, " ")
			if k, ok := pl.place(phrase); ok {
				switch prep {
				case "from", "of":
					g.quals = append(g.quals, k)
				case "in", "at", "inside", "near":
					if g.scope == "" {
						g.scope = k
					}
				}
			}
		}
		tail = tail[j:]
	}
	// Coordinated heads ("soldiers and engineers") keep the first;
	// coordinated demonyms ("Russian and North Korean troops") stay.
	for i, t := range head {
		if lt := strings.ToLower(t); (lt == "and" || lt == "or" || t == "&") &&
			hasContent(head[:i]) && !onlyQualifiers(head[:i]) {
			head = head[:i]
			break
		}
	}
	var content []string
	for i := 0; i < len(head); {
		t := head[i]
		lt := strings.ToLower(t)
		if dropWord(t) || lt == "and" || lt == "or" || t == "&" {
			i++
			continue
		}
		// Qualifiers come before the head: "troops Pyongyang sent" is a
		// relative clause.
		if n, country := demonymAt(head, i); n > 0 && len(content) == 0 {
			k := key(country)
			g.quals = append(g.quals, k)
			if _, ok := g.demonyms[k]; !ok {
				g.demonyms[k] = singularDemonym(strings.Join(head[i:i+n], " "))
			}
			i += n
			continue
		}
		if n, k := placeAt(head, i, pl); n > 0 && i+n < len(head) && len(content) == 0 {
			g.quals = append(g.quals, k)
			i += n
			continue
		}
		content = append(content, lt)
		i++
	}
	// The head is the last word of a known head class ("soldiers first
	// sent"), else the last word.
	for i := len(content) - 1; i > 0; i-- {
		if _, ok := headClasses[content[i]]; ok {
			content = content[:i+1]
			break
		}
	}
	if len(content) > 0 {
		last := content[len(content)-1]
		g.surface = last
		mods := content[:len(content)-1]
		if last == "members" || last == "member" {
			if i := slices.Index(mods, "service"); i >= 0 {
				last, mods = "troops", slices.Delete(slices.Clone(mods), i, i+1)
			}
		}
		if c, ok := headClasses[last]; ok {
			g.head = c
		} else {
			g.head = singular(last)
		}
		for _, m := range mods {
			g.mods = append(g.mods, key(m))
		}
	}
	slices.Sort(g.quals)
	g.quals = slices.Compact(g.quals)
	slices.Sort(g.mods)
	g.mods = slices.Compact(g.mods)
	return g
}

func hasContent(ts []string) bool {
	for _, t := range ts {
		if !dropWord(t) {
			return true
		}
	}
	return false
}

// onlyQualifiers reports whether the words are all demonyms ("Russian" in
// "Russian and North Korean troops"), so the coordination joins
// qualifiers, not heads.
func onlyQualifiers(ts []string) bool {
	for i := 0; i < len(ts); {
		if dropWord(ts[i]) {
			i++
			continue
		}
		n, _ := demonymAt(ts, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// tokens splits a phrase on white space and trims punctuation from each
// word.
func tokens(s string) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		abbrev := strings.Count(f, ".") >= 2 // "U.S."
		f = strings.TrimFunc(f, func(r rune) bool {
			return unicode.IsPunct(r) && r != '-' && r != '&' && !(abbrev && r == '.') || unicode.IsSymbol(r)
		})
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

func dropWord(t string) bool {
	lt := strings.ToLower(t)
	if dropWords[lt] {
		return true
	}
	// Numbers: "11,000", "2.7", "3,000-strong".
	digits := 0
	for _, r := range lt {
		if '0' <= r && r <= '9' {
			digits++
		}
	}
	return digits > 0 && digits*2 >= len(strings.TrimSuffix(lt, "-strong"))
}

// demonymAt returns the length in words of a demonym starting at ts[i]
// (up to three words: "North Korean") and its country, or 0.
func demonymAt(ts []string, i int) (int, string) {
	for n := min(3, len(ts)-i); n >= 1; n-- {
		phrase := strings.Join(ts[i:i+n], " ")
		if r := ts[i][0]; r < 'A' || r > 'Z' {
			return 0, ""
		}
		c := ner.Canonical(phrase, "NORP")
		if c != "" && key(c) != key(phrase) {
			return n, c
		}
	}
	return 0, ""
}

// placeAt returns the length of a known place name starting at ts[i]
// ("Gaza residents") and its key, or 0.
func placeAt(ts []string, i int, pl places) (int, string) {
	if r := ts[i][0]; r < 'A' || r > 'Z' {
		return 0, ""
	}
	for n := min(3, len(ts)-i); n >= 1; n-- {
		if k, ok := pl.place(strings.Join(ts[i:i+n], " ")); ok {
			return n, k
		}
	}
	return 0, ""
}

// singularDemonym writes a plural demonym in the singular ("North
// Koreans" → "North Korean") when the singular is a demonym too.
func singularDemonym(s string) string {
	if strings.HasSuffix(s, "s") && len(s) > 4 {
		t := s[:len(s)-1]
		if c := ner.Canonical(t, "NORP"); key(c) != key(t) {
			return t
		}
	}
	return s
}

// singular gives the singular of a regular English plural noun.
func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") ||
		strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
