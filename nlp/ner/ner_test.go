package ner

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/nlp/tag"
)

func TestCanonical(t *testing.T) {
	for _, tc := range []struct{ text, typ, want string }{
		{"North Korean", "NORP", "North Korea"},
		{"North  Koreans", "NORP", "North Korea"},
		{"Ukrainian", "NORP", "Ukraine"},
		{"Russians", "NORP", "Russia"},
		{"U.S.", "NORP", "United States"},
		{"U.S.", "GPE", "United States"},
		{"Britain", "GPE", "United Kingdom"},
		{"Muslim", "NORP", "Muslim"},
		{"Volodymyr\nZelenskyy", "PERSON", "Volodymyr Zelenskyy"},
		{"Kursk", "GPE", "Kursk"},
	} {
		if got := Canonical(tc.text, tc.typ); got != tc.want {
			t.Errorf("Canonical(%q, %q) = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

func TestPlaceType(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kursk", "GPE"},
		{"North Korea", "GPE"},
		{"Europe", "LOC"},
		{"Yellow River", "LOC"},
		{"Black Sea", "LOC"},
		{"Donetsk region", "GPE"},
		{"Kherson Oblast", "GPE"},
	} {
		if got := placeType(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("placeType(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestLabelsRoundTrip(t *testing.T) {
	spans := []tspan{{0, 2, 0}, {2, 3, 2}, {4, 7, 1}, {7, 8, 3}}
	for _, scheme := range []string{BILOU, BIO} {
		l, err := newLabels(scheme)
		if err != nil {
			t.Fatalf("newLabels(%q) = %v", scheme, err)
		}
		classes := l.encode(9, spans, nil)
		if got := l.decode(classes, nil); !slices.Equal(got, spans) {
			t.Errorf("decode(encode(%v)) under %s = %v", spans, scheme, got)
		}
		prev := -1
		for i, c := range classes {
			ok := l.allowed[prev+1][c]
			if i == len(classes)-1 {
				ok = l.allowedLast[prev+1][c]
			}
			if !ok {
				t.Errorf("%s: class %s after %d is not allowed", scheme, l.names[c], prev)
			}
			prev = c
		}
	}
	if _, err := newLabels("iob3"); err == nil {
		t.Errorf("newLabels(%q) = nil error, want one", "iob3")
	}
}

func TestGazMatch(t *testing.T) {
	words := strings.Fields("President Kim met North Koreans in New York")
	got := make([]uint32, len(words))
	gazMatch(words, got)
	for _, tc := range []struct {
		i, cat int
		want   uint32
	}{
		{0, catTitle, posU},
		{3, catDemonym, posB},
		{4, catDemonym, posL},
		{6, catGPE, posB},
		{7, catGPE, posL},
		{5, catGPE, posNone},
	} {
		if p := got[tc.i] >> (3 * tc.cat) & 7; p != tc.want {
			t.Errorf("gazMatch(%q)[%d] category %d = %d, want %d", words[tc.i], tc.i, tc.cat, p, tc.want)
		}
	}
}

func pipeline(t testing.TB) *nlp.Pipeline {
	t.Helper()
	ts, err := tag.DefaultStage()
	if err != nil {
		t.Fatalf("tag.DefaultStage() = %v", err)
	}
	ns, err := DefaultStage()
	if err != nil {
		t.Fatalf("DefaultStage() = %v", err)
	}
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, ts, ns)
	if err != nil {
		t.Fatalf("NewPipeline() = %v", err)
	}
	return p
}

const seedText = `South Korean lawmakers said on Monday that about 300 North Korean troops fighting for Russia had been killed, citing the National Intelligence Service.
Ukrainian President Volodymyr Zelenskyy said Kyiv was ready to hand over captured soldiers to Pyongyang.
White House spokesman John Kirby said some soldiers had taken their own lives in the Kursk region.`

func TestStageFindsEntities(t *testing.T) {
	p := pipeline(t)
	var d nlp.Doc
	d.Reset(seedText, time.Time{})
	if err := p.Run(&d); err != nil {
		t.Fatalf("Run() = %v", err)
	}
	got := map[string]string{}
	for i, e := range d.Entities {
		if e.ID != entityID(i+1) {
			t.Errorf("entity %d has id %q", i, e.ID)
		}
		got[d.Text[e.Span.Start:e.Span.End]] = string(e.Type) + "/" + e.Canonical
	}
	for text, want := range map[string]string{
		"South Korean":                  "NORP/South Korea",
		"North Korean":                  "NORP/North Korea",
		"Russia":                        "GPE/Russia",
		"National Intelligence Service": "ORG/National Intelligence Service",
		"Ukrainian":                     "NORP/Ukraine",
		"Volodymyr Zelenskyy":           "PERSON/Volodymyr Zelenskyy",
		"John Kirby":                    "PERSON/John Kirby",
	} {
		if got[text] != want {
			t.Errorf("entity %q = %q, want %q (all: %v)", text, got[text], want, got)
		}
	}
}

func FuzzRecognize(f *testing.F) {
	f.Add("Ukrainian President Volodymyr Zelenskyy said on Sunday .")
	f.Add("")
	f.Add("\xff\xfe NORTH  KOREAN troops \u201cin\u201d Kursk's region 1996-08-22")
	tg, ch, err := tag.Default()
	if err != nil {
		f.Fatalf("tag.Default() = %v", err)
	}
	r, err := Default()
	if err != nil {
		f.Fatalf("Default() = %v", err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		pos := make([]string, len(words))
		chunks := make([]string, len(words))
		tg.Tag(words, pos)
		ch.Chunk(words, pos, chunks)
		last := 0
		for _, sp := range r.Recognize(words, pos, chunks, nil) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(words) || sp.Type == "" {
				t.Fatalf("Recognize(%q) gave span %+v after %d", words, sp, last)
			}
			last = sp.End
		}
		// Shorter tag slices are tolerated.
		r.Recognize(words, pos[:len(pos)/2], chunks, nil)
	})
}

func TestStageIsSafeForConcurrentUse(t *testing.T) {
	p := pipeline(t)
	want := func() []string {
		var d nlp.Doc
		d.Reset(seedText, time.Time{})
		if err := p.Run(&d); err != nil {
			t.Fatalf("Run() = %v", err)
		}
		var out []string
		for _, e := range d.Entities {
			out = append(out, e.ID+" "+string(e.Type)+" "+e.Canonical)
		}
		return out
	}()
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			var d nlp.Doc
			for i := 0; i < 20; i++ {
				d.Reset(seedText, time.Time{})
				if err := p.Run(&d); err != nil {
					errs <- err.Error()
					return
				}
				var got []string
				for _, e := range d.Entities {
					got = append(got, e.ID+" "+string(e.Type)+" "+e.Canonical)
				}
				if !slices.Equal(got, want) {
					errs <- strings.Join(got, ", ")
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if e := <-errs; e != "" {
			t.Errorf("concurrent Run() gave %s, want %v", e, want)
		}
	}
}

func TestOutputType(t *testing.T) {
	place, misc := typeIndex("PLACE"), typeIndex("MISC")
	for _, tc := range []struct {
		typ  int
		text string
		want dossier.EntityType
	}{
		{place, "White House National Security Council", dossier.Org},
		{place, "Kursk", dossier.GPE},
		{place, "Black Sea", dossier.Loc},
		{misc, "North Koreans", dossier.NORP},
		{misc, "Champions League", dossier.Misc},
	} {
		if got := outputType(tc.typ, strings.Fields(tc.text)); got != tc.want {
			t.Errorf("outputType(%s, %q) = %s, want %s", modelTypes[tc.typ], tc.text, got, tc.want)
		}
	}
}

func TestStageTrimsLeadingFunctionWords(t *testing.T) {
	var d nlp.Doc
	d.Reset("In Kursk the fighting went on.", time.Time{})
	if err := (nlp.Tokenizer{}).Process(&d); err != nil {
		t.Fatal(err)
	}
	d.POS = []string{"NNP", "NNP", "DT", "NN", "VBD", "RP", "."}
	for _, tt := range []struct {
		tok  int
		want bool
	}{{0, true}, {1, false}, {2, false}} {
		if got := leadingFunctionWord(&d, 0, tt.tok); got != tt.want {
			t.Errorf("leadingFunctionWord(%q) = %v, want %v", d.Word(tt.tok), got, tt.want)
		}
	}
}

// gazMatchEveryLength is gazMatch without the prefix check: it looks up
// every phrase of up to maxPhrase words.
func gazMatchEveryLength(words []string, dst []uint32) {
	clear(dst[:len(words)])
	for i := range words {
		n := min(maxPhrase, len(words)-i)
		var hs, plural [maxPhrase]uint64
		h := perceptron.Seed
		for k := 0; k < n; k++ {
			w := words[i+k]
			if len(w) > 3 && w[len(w)-1] == 's' {
				plural[k] = phraseHash(h, w[:len(w)-1], k == 0)
			}
			h = phraseHash(h, w, k == 0)
			hs[k] = h
		}
		markMatches(dst, i, hs[:n], plural[:n])
	}
}

func TestGazMatchSkipsOnlyDeadEnds(t *testing.T) {
	phrases := 0 // tokens ending a match of two or more words
	for _, s := range []string{
		seedText,
		"North Koreans and South Koreans met in the United Arab Emirates , New York and Saint Vincent and the Grenadines .",
		"The Democratic Republic of the Congo and the Central African Republic border South Sudan .",
		"President Lee told Prime Minister Ishiba that the Foreign Ministry of Japan agreed .",
	} {
		words := strings.Fields(s)
		got, want := make([]uint32, len(words)), make([]uint32, len(words))
		gazMatch(words, got)
		gazMatchEveryLength(words, want)
		for i := range words {
			if got[i] != want[i] {
				t.Errorf("gazMatch(%q…) word %d %q = %o, every length %o", s[:20], i, words[i], got[i], want[i])
			}
			for c := 0; c < numCats; c++ {
				if want[i]>>(3*c)&7 == posL {
					phrases++
				}
			}
		}
	}
	if phrases < 5 {
		t.Errorf("only %d multi-word matches: the test sentences no longer exercise phrases", phrases)
	}
}

// TestStageAtomsMatchRecognize checks that the stage, which reads the word
// hashes the POS stage left in Doc.Atoms, finds the same spans as
// Recognize hashing the words itself.
func TestStageAtomsMatchRecognize(t *testing.T) {
	p := pipeline(t)
	r, err := Default()
	if err != nil {
		t.Fatalf("Default() = %v", err)
	}
	text := seedText + "\nTHE UNITED NATIONS SAID ON FRIDAY THAT AID WOULD REACH GAZA.\n" +
		"Médecins Sans Frontières said the clinic in São Paulo had closed \u2014 \u201cfor now\u201d."
	var d nlp.Doc
	d.Reset(text, time.Time{})
	if err := p.Run(&d); err != nil {
		t.Fatalf("Run() = %v", err)
	}
	if len(d.Atoms) != len(d.Tokens) {
		t.Fatalf("len(Doc.Atoms) = %d, want one per token (%d)", len(d.Atoms), len(d.Tokens))
	}
	var want []dossier.Span
	for _, sent := range d.Sentences {
		words := tag.Words(&d, sent.First, sent.Last, nil)
		for _, sp := range r.Recognize(words, d.POS[sent.First:sent.Last], d.Chunks[sent.First:sent.Last], nil) {
			for sp.End-sp.Start > 1 && leadingFunctionWord(&d, sent.First, sent.First+sp.Start) {
				sp.Start++
			}
			want = append(want, d.Span(sent.First+sp.Start, sent.First+sp.End))
		}
	}
	var got []dossier.Span
	for _, e := range d.Entities {
		got = append(got, e.Span)
	}
	if !slices.Equal(got, want) {
		t.Errorf("stage entity spans = %v, want Recognize's %v", got, want)
	}
	for i := range d.Tokens {
		var w perceptron.Word
		w.Set(perceptron.Normalize(d.Word(i)))
		if d.Atoms[i] != w {
			t.Errorf("Doc.Atoms[%d] (%q) = %+v, want %+v", i, d.Word(i), d.Atoms[i], w)
		}
	}
}
