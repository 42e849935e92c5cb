package attrib

import (
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/text"
)

// TestCueAndSourceSpans checks the spans PolNeAR's conventions ask for:
// auxiliaries belong to the cue, a transcript turn's colon is a cue, and a
// source keeps its parenthesis and the apposition after it.
func TestCueAndSourceSpans(t *testing.T) {
	runCases(t, []attCase{
		{
			name: "auxiliary joins the cue",
			text: "The governor has said that the bridge will reopen.",
			atts: []wantAtt{{src: r("The governor"), cue: r("has said"), content: []ref{r("that the bridge will reopen")}}},
		},
		{
			name: "modal, negation and auxiliary join the cue",
			text: "The council would not have argued that the levy was fair.",
			atts: []wantAtt{{src: r("The council"), cue: r("would not have argued"), content: []ref{r("that the levy was fair")}, negated: true}},
		},
		{
			name: "a plural noun after were is no verb",
			text: "There were reports of 20 deaths in the north.",
			atts: []wantAtt{{cue: r("reports"), content: []ref{r("of 20 deaths in the north")}}},
		},
		{
			name: "transcript turns opened by quote marks",
			text: "Partial transcript as follows:\n\n\"WALLACE: Will the senator attend the debate?\n\n\"PENCE: The senator will not attend the debate.\n",
			atts: []wantAtt{
				{src: r("WALLACE"), cue: ref{":", 1}, content: []ref{r("Will the senator attend the debate")}},
				{src: r("PENCE"), cue: ref{":", 2}, content: []ref{r("The senator will not attend the debate")}},
			},
		},
		{
			name:   "source keeps its parenthesis and apposition",
			text:   "“We will win,” said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.",
			atts:   []wantAtt{{src: r("Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus"), cue: r("said"), content: []ref{r("“We will win,”")}}},
			quotes: []wantQuote{{quote: r("“We will win,”"), speaker: r("Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus")}},
		},
		{
			name: "quotations credited after a dash",
			text: "“The plan will fail.” ― Jane Doe\n“Nothing will change.” ― John Roe.\n",
			atts: []wantAtt{
				{src: r("Jane Doe"), cue: ref{"―", 0}, content: []ref{r("“The plan will fail.”")}},
				{src: r("John Roe"), cue: ref{"―", 1}, content: []ref{r("“Nothing will change.”")}},
			},
			quotes: []wantQuote{
				{quote: r("“The plan will fail.”"), speaker: r("Jane Doe")},
				{quote: r("“Nothing will change.”"), speaker: r("John Roe")},
			},
		},
		{
			name: "a dash inside a paragraph credits nobody",
			text: "“The plan will fail.” ― Jane Doe wrote that in 2019, long before the vote.",
			atts: []wantAtt{{src: r("Jane Doe"), cue: r("wrote"), content: []ref{r("that in 2019, long before the vote")}}},
		},
		{
			name: "a fronted phrase without its comma is no part of the source",
			text: "In a television interview Ms. Okafor said that the plant would close.",
			ents: []ent{{"e1", "Ms. Okafor", dossier.Person}},
			atts: []wantAtt{{src: r("Ms. Okafor"), cue: r("said"), content: []ref{r("that the plant would close")}, entity: "e1"}},
		},
		{
			name: "a title before the name stays",
			text: "In the hearing Senator Okafor said that the plant would close.",
			ents: []ent{{"e1", "Okafor", dossier.Person}},
			atts: []wantAtt{{src: r("Senator Okafor"), cue: r("said"), content: []ref{r("that the plant would close")}, entity: "e1"}},
		},
	})
}

// TestRelativePronounSource checks that "X, who said …" gives the
// pronoun as the source, as written, with X as its antecedent and entity.
func TestRelativePronounSource(t *testing.T) {
	text := "The plan came from Ms. Okafor, who said that the plant would close."
	d := run(text, []ent{{"e1", "Ms. Okafor", dossier.Person}})
	if len(d.Attributions) != 1 {
		t.Fatalf("got %d attributions, want 1:\n%s", len(d.Attributions), dump(d))
	}
	a := d.Attributions[0]
	who := r("who").span(t, text)
	okafor := r("Ms. Okafor").span(t, text)
	if a.Source.Span != who || a.Source.Antecedent != okafor || a.Source.Entity != "e1" {
		t.Errorf("source = %v %q (antecedent %v %q, entity %q), want %v \"who\" (antecedent %v \"Ms. Okafor\", entity \"e1\")",
			a.Source.Span, a.Source.Span.Text(text), a.Source.Antecedent, a.Source.Antecedent.Text(text), a.Source.Entity, who, okafor)
	}
}

// TestLexTable checks the lexicon's table against the lexicon: every word
// found under its hash in any ASCII case, no two sharing a hash (so no word
// needs comparing), and words outside it not found.
func TestLexTable(t *testing.T) {
	if lexTable.words != nil {
		t.Fatalf("two lexicon words share a hash: the table compares words on every lookup")
	}
	for w, f := range lex {
		if got := unpackLex(packLex(f)); got != f {
			t.Errorf("unpackLex(packLex(%q's classes %#x)) = %#x: a class the slot cannot hold", w, f, got)
		}
		if packLex(f) >= 1<<32 {
			t.Errorf("packLex(%q's classes %#x) = %#x, wider than 32 bits", w, f, packLex(f))
		}
	}
	for w, f := range lex {
		if got := lexTable.getFold(lexHash(w), w); got != f {
			t.Errorf("getFold(%q) = %#x, want %#x", w, got, f)
		}
		if got := lexTable.get(lexHash(w), []byte(w)); got != f {
			t.Errorf("get(%q) = %#x, want %#x", w, got, f)
		}
	}
	for _, w := range []string{"Said", "ACCORDING"} {
		if got, want := lexTable.getFold(lexHash(strings.ToLower(w)), w), lex[strings.ToLower(w)]; got != want {
			t.Errorf("getFold(%q) = %#x, want %#x", w, got, want)
		}
	}
	for _, w := range []string{"zebra", "parliamentarian", "x"} {
		if got := lexTable.getFold(lexHash(w), w); got != 0 {
			t.Errorf("getFold(%q) = %#x, want 0", w, got)
		}
	}
}

// TestVerbTable checks that every word of the verb sets verbCue asks
// about has its classes in verbTable, found by the hash classify leaves,
// and that a word of the same hash but another length is not.
func TestVerbTable(t *testing.T) {
	sets := []struct {
		name  string
		words map[string]bool
		c     uint64
	}{{"broadCues", broadCues, vBroad}, {"weakCues", weakCues, vWeak}, {"tellVerbs", tellVerbs, vTell}, {"goForm", goForm, vGo}}
	// word makes a scratch whose token 0 is w with the hash of h.
	word := func(w, h string) *scratch {
		hash := lexHash(h)
		if h == "" {
			hash = 0
		}
		d := &nlp.Doc{Text: w, Tokens: []text.Token{{Start: 0, End: len(w), Kind: text.Word}}}
		return &scratch{d: d, wh: []uint64{hash}}
	}
	for _, set := range sets {
		for w := range set.words {
			if got := word(w, w).verbClass(0); got&set.c == 0 {
				t.Errorf("verbClass(%q) = %#x, want the %s class %#x", w, got, set.name, set.c)
			}
		}
	}
	for w := range cueNeedsNext {
		if word(w, w).verbClass(0)&vNeedsNext == 0 {
			t.Errorf("verbClass(%q) lacks vNeedsNext", w)
		}
	}
	for _, tc := range []struct{ hashOf, word string }{{"zebra", "zebra"}, {"told", "tol"}, {"said", "said"}} {
		if got := word(tc.word, tc.hashOf).verbClass(0); got != 0 {
			t.Errorf("verbClass(%q with the hash of %q) = %#x, want 0", tc.word, tc.hashOf, got)
		}
	}
	if got := word("told", "").verbClass(0); got != 0 {
		t.Errorf("verbClass(told) without a hash = %#x, want 0", got)
	}
}

// TestWordSwitch checks the allocation-free lower-casing the word
// switches use (text.AppendLower into a [lowerMax]byte): the same words as
// lowerASCII, words longer than the buffer too, and no allocation.
func TestWordSwitch(t *testing.T) {
	for _, w := range []string{"Thousands", "SAID", "said", "", "Élysée", "abcdefghijklmnopqrstuvwx", "ABCDEFGHIJKLMNOPQRSTUVWXY"} {
		var buf [lowerMax]byte
		if got, want := string(text.AppendLower(buf[:0], w)), lowerASCII(w); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", w, got, want)
		}
	}
	if !numberWord("Thousands") || numberWord("Thousand") {
		t.Errorf("numberWord(Thousands), numberWord(Thousand) = %v, %v; want true, false", numberWord("Thousands"), numberWord("Thousand"))
	}
	if n := testing.AllocsPerRun(100, func() { numberWord("Thousands") }); n != 0 {
		t.Errorf("numberWord(%q) allocates %v times, want 0", "Thousands", n)
	}
}

// TestMaybeQuoteMark checks that classify lists every mark qmark knows
// for findQuotes: a mark it missed would never open or close a quote.
func TestMaybeQuoteMark(t *testing.T) {
	// Every mark the tokenizer makes an OpenQuote or CloseQuote of too:
	// quoteMarkIn looks among the candidates only.
	for _, m := range []string{"“", "„", "”", "«", "»", "\"", "`", "'", "‘", "’"} {
		if !maybeQuoteMark(m[0]) {
			t.Errorf("maybeQuoteMark(%q's first byte %#x) = false, want true", m, m[0])
		}
	}
	for _, c := range []byte{'a', '.', ',', '(', '-'} {
		if maybeQuoteMark(c) {
			t.Errorf("maybeQuoteMark(%q) = true, want false", c)
		}
	}
}
