package attrib

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/text"
)

// benchText is news-like prose written for the benchmark: quotes, reported
// speech, passives and plain narrative in roughly news proportions.
const benchText = `Provincial officials said on Wednesday that at least 42 people had been evacuated after the dam near Kessel began to leak. The leak was first noticed by farmers, according to the regional water authority.
"We moved everyone out before dawn," said Marta Vell, the deputy mayor. "Nobody was hurt, and we intend to keep it that way," she added.
Engineers are believed to be examining a crack in the spillway. Independent analysts suggest that years of deferred maintenance may have weakened the structure, although the operator denied that inspections had been skipped.
The company told reporters that repairs could take three weeks. Its chief executive, Paul Ander, wrote in a statement that the firm would cover the costs of the evacuation.
Residents gathered at the school gym, where volunteers served soup and blankets. Some families stayed with relatives in nearby towns, while others waited for buses to the capital.
"It's frightening, but the workers here have been kind," one resident told the local radio station. The figures could not be independently verified.
`

func BenchmarkAttrib(b *testing.B) {
	src := strings.Repeat(benchText, 20)
	d := &nlp.Doc{}
	d.Reset(src, time.Time{})
	_ = nlp.Tokenizer{}.Process(d)
	words := 0
	for _, t := range d.Tokens {
		if t.Kind == text.Word || t.Kind == text.Number {
			words++
		}
	}
	s := New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// FuzzAttrib checks that no input crashes the stage and that every span it
// returns lies inside the text, on rune boundaries, in order.
func FuzzAttrib(f *testing.F) {
	for _, s := range []string{
		benchText,
		"“Unclosed quote, he said.\n\n“Next",
		"\"\"\" '' `` ” “ said",
		"said said said according to according to,",
		"X said: \"",
		"According to",
		"\xff\xfe said \x00 “\xe2\x80",
		"he added. “",
	} {
		f.Add(s)
	}
	s := New()
	f.Fuzz(func(t *testing.T, in string) {
		d := &nlp.Doc{}
		d.Reset(in, time.Time{})
		_ = nlp.Tokenizer{}.Process(d)
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		valid := utf8.ValidString(in) // invalid bytes are one-byte tokens of their own
		ok := func(a, b int) bool {
			if a < 0 || a > b || b > len(in) {
				return false
			}
			return !valid || (a == len(in) || utf8.RuneStart(in[a])) && (b == len(in) || utf8.RuneStart(in[b]))
		}
		for _, a := range d.Attributions {
			if !ok(a.Cue.Start, a.Cue.End) || a.Cue.Len() == 0 || !ok(a.Source.Span.Start, a.Source.Span.End) {
				t.Fatalf("bad cue/source %+v", a)
			}
			last := -1
			for _, c := range a.Content {
				if !ok(c.Start, c.End) || c.Start < last {
					t.Fatalf("bad content %+v", a.Content)
				}
				last = c.End
			}
			for _, c := range a.Cited {
				if !ok(c.Span.Start, c.Span.End) {
					t.Fatalf("bad cited %+v", a.Cited)
				}
			}
		}
		for _, q := range d.Quotes {
			if !ok(q.Span.Start, q.Span.End) || q.Span.Len() == 0 {
				t.Fatalf("bad quote %+v", q)
			}
		}
	})
}

// TestPathological keeps worst-case inputs linear: one huge sentence full of
// cues, names, quotes and pronouns must not take quadratic time.
func TestPathological(t *testing.T) {
	for _, unit := range []string{"said ", "Al Bo said ", "“a b,” he said ", "he said, according to X, citing Y ", "reportedly ", "also ", "\"x ", "A ", "Al said:\n\nwe b by reports of c.\n\n", "X reported Y said Z, with W reporting "} {
		in := strings.Repeat(unit, 200000/len(unit)*5)
		start := time.Now()
		d := &nlp.Doc{}
		d.Reset(in, time.Time{})
		_ = nlp.Tokenizer{}.Process(d)
		for i := 0; i+1 < len(d.Tokens); i += 3 {
			d.Entities = append(d.Entities, dossier.Entity{ID: "e", Span: dossier.Span{Start: d.Tokens[i].Start, End: d.Tokens[i].End}, Type: dossier.Person})
		}
		if err := New().Process(d); err != nil {
			t.Fatal(err)
		}
		if el := time.Since(start); el > 5*time.Second {
			t.Errorf("%q x%d: %v", unit, len(in)/len(unit), el)
		}
	}
}
