package text

import (
	"strings"
	"testing"
)

func tokenTexts(s string, toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text(s)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"approximately 300 North Korean troops", "approximately|300|North|Korean|troops"},
		{"2,700 others and 2.7 million", "2,700|others|and|2.7|million"},
		{"the U.S. official, Dr. Kim", "the|U.S.|official|,|Dr.|Kim"},
		{"on Jan. 13, 2025.", "on|Jan.|13|,|2025|."},
		{"J. R. R. Tolkien", "J.|R.|R.|Tolkien"},
		{"three-thousand and 27-hundred", "three-thousand|and|27-hundred"},
		{"10,000-12,000 troops, 2.5-3.5 m", "10,000-12,000|troops|,|2.5-3.5|m"},
		{"post-1,000 a,b", "post-1,000|a|,|b"},
		{"the almost-three-year-old conflict", "the|almost-three-year-old|conflict"},
		{"South Korea’s spy agency", "South|Korea|’s|spy|agency"},
		{"don't can't they're", "do|n't|ca|n't|they|'re"},
		{"“Kim Jong Un ordered them to go,” said the defector.", "“|Kim|Jong|Un|ordered|them|to|go|,|”|said|the|defector|."},
		{`"Yes," he said.`, `"|Yes|,|"|he|said|.`},
		{`He said: "no"`, `He|said|:|"|no|"`},
		{"fighting – and more—here", "fighting|–|and|more|—|here"},
		{"see https://example.com/a?b=1. Then", "see|https://example.com/a?b=1|.|Then"},
		{"mail press@example.org now", "mail|press@example.org|now"},
		{"O'Brien's 9/11 report", "O'Brien|'s|9/11|report"},
		{"$1.5 billion (5%)", "$|1.5|billion|(|5|%|)"},
		{"a -5 degree", "a|-5|degree"},
		{"wait... what", "wait|...|what"},
		{"", ""},
		{"naïve café Zürich", "naïve|café|Zürich"},
		{"bad \xff byte", "bad|\xff|byte"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in, nil)
		got := strings.Join(tokenTexts(tt.in, toks), "|")
		if got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "Zelenskyy’s “offer”: 1,100 troops."
	toks := Tokenize(s, nil)
	want := []Token{
		{0, 9, Word}, {9, 13, Clitic}, {14, 17, OpenQuote}, {17, 22, Word}, {22, 25, CloseQuote},
		{25, 26, Punct}, {27, 32, Number}, {33, 39, Word}, {39, 40, Punct},
	}
	if len(toks) != len(want) {
		t.Fatalf("Tokenize(%q) gave %d tokens %q, want %d", s, len(toks), tokenTexts(s, toks), len(want))
	}
	for i := range want {
		if toks[i] != want[i] {
			t.Errorf("Tokenize(%q)[%d] = %+v (%q), want %+v", s, i, toks[i], toks[i].Text(s), want[i])
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "Gen. Smith met U.S. officials on Jan. 5. They left.",
			[]string{"Gen. Smith met U.S. officials on Jan. 5.", "They left."}},
		{"numbers", "About 2.7 million fled. Another 1,100 died.",
			[]string{"About 2.7 million fled.", "Another 1,100 died."}},
		{"quote closes sentence", "“They will be sacrificed.” He added more.",
			[]string{"“They will be sacrificed.”", "He added more."}},
		{"quote then speaker", "“Kim ordered them to go,” said the defector. “They sent all these young people out,” he added.",
			[]string{"“Kim ordered them to go,” said the defector.", "“They sent all these young people out,” he added."}},
		{"question in quote", "“Why?” he asked. Nobody knew.",
			[]string{"“Why?” he asked.", "Nobody knew."}},
		{"initials", "The book by J. R. Tolkien sold. It did.",
			[]string{"The book by J. R. Tolkien sold.", "It did."}},
		{"abbreviation ends sentence", "Troops were sent by the U.S. The next day they left.",
			[]string{"Troops were sent by the U.S.", "The next day they left."}},
		{"paragraphs", "First paragraph without period\nSecond one.",
			[]string{"First paragraph without period", "Second one."}},
		{"lower case after period", "It rose to 5 p.m. on the day. Yes.",
			[]string{"It rose to 5 p.m. on the day.", "Yes."}},
		{"citations", "He was abducted in 2005.[4][5] Then he left.",
			[]string{"He was abducted in 2005.[4][5]", "Then he left."}},
		{"straight quote closes after curly", "“We conducted 10 strikes.\" Officials agreed.",
			[]string{"“We conducted 10 strikes.\"", "Officials agreed."}},
		{"no final period", "Just a headline", []string{"Just a headline"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in, nil)
		sents := Sentences(tt.in, toks, nil)
		var got []string
		for _, s := range sents {
			got = append(got, tt.in[s.Start:s.End])
			if toks[s.First].Start != s.Start || toks[s.Last-1].End != s.End {
				t.Errorf("%s: sentence %+v does not match its tokens", tt.name, s)
			}
		}
		if strings.Join(got, "‖") != strings.Join(tt.want, "‖") {
			t.Errorf("%s: Sentences(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("South Korean lawmakers reported on Monday that approximately 300 troops died.")
	f.Add("“Quote,” he said. U.S. 2,700 3.5 don't")
	f.Add("\xff\xfe--…’s")
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, nil)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("Tokenize(%q): bad token %+v after offset %d", s, tk, prev)
			}
			if strings.TrimSpace(s[prev:tk.Start]) != "" && isASCIIOnly(s[prev:tk.Start]) {
				t.Fatalf("Tokenize(%q): skipped non-space %q", s, s[prev:tk.Start])
			}
			prev = tk.End
		}
		sents := Sentences(s, toks, nil)
		next := 0
		for _, se := range sents {
			if se.First != next || se.Last <= se.First {
				t.Fatalf("Sentences(%q): sentence %+v does not follow token %d", s, se, next)
			}
			next = se.Last
		}
		if next != len(toks) {
			t.Fatalf("Sentences(%q) covered %d of %d tokens", s, next, len(toks))
		}
	})
}

func isASCIIOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func BenchmarkTokenize(b *testing.B) {
	s := strings.Repeat("South Korean lawmakers reported on Monday that approximately 300 North Korean troops have been killed and 2,700 others injured. “Kim Jong Un ordered them to go,” said the defector. ", 100)
	words := len(strings.Fields(s))
	var toks []Token
	var sents []Sentence
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toks = Tokenize(s, toks[:0])
		sents = Sentences(s, toks, sents[:0])
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestAppendLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Thousands", "thousands"}, {"SAID", "said"}, {"", ""}, {"Élysée", "Élysée"}, {"U.S.-led", "u.s.-led"},
	} {
		if got := string(AppendLower([]byte("x:"), tc.in)); got != "x:"+tc.want {
			t.Errorf("AppendLower(%q, %q) = %q, want %q", "x:", tc.in, got, "x:"+tc.want)
		}
	}
	var buf [24]byte
	if n := testing.AllocsPerRun(100, func() { _ = AppendLower(buf[:0], "Thousands") }); n != 0 {
		t.Errorf("AppendLower into a stack buffer allocates %v times, want 0", n)
	}
}
