package attrib

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/nlp/tag"
)

// analysed runs the stages before attribution over text.
func analysed(t *testing.T, text string) *nlp.Doc {
	t.Helper()
	pos, err := tag.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	ents, err := ner.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	p, err := nlp.NewPipeline(nlp.Tokenizer{}, pos, ents)
	if err != nil {
		t.Fatal(err)
	}
	d := &nlp.Doc{}
	d.Reset(text, d.Published)
	if err := p.Run(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func spanOf(t *testing.T, text, w string) []dossier.Span {
	t.Helper()
	i := strings.Index(text, w)
	if i < 0 {
		t.Fatalf("%q not in %q", w, text)
	}
	return []dossier.Span{{Start: i, End: i + len(w)}}
}

// TestTrainSmoke trains on two sentences of our own and checks that the
// model saves, loads and finds a cue the rules do not know, with its
// source and content.
func TestTrainSmoke(t *testing.T) {
	// The last sentence has verbs that are no cues, so that the tiny
	// model does not take every verb for one.
	text := "The senator grumbled that taxes would rise. Taxes will fall, the mayor grumbled. The governor grumbled that roads were unsafe. Prices were high and wages rose."
	d := analysed(t, text)
	ex := []Example{{Doc: d, Gold: []GoldAttribution{
		{Source: spanOf(t, text, "The senator"), Cue: spanOf(t, text, "grumbled"), Content: spanOf(t, text, "that taxes would rise")},
		{Source: spanOf(t, text, "the mayor"), Cue: []dossier.Span{{Start: strings.Index(text, "mayor grumbled") + 6, End: strings.Index(text, "mayor grumbled") + 14}}, Content: spanOf(t, text, "Taxes will fall")},
		{Source: spanOf(t, text, "The governor"), Cue: []dossier.Span{{Start: strings.Index(text, "governor grumbled") + 9, End: strings.Index(text, "governor grumbled") + 17}}, Content: spanOf(t, text, "that roads were unsafe")},
	}}}
	m, err := Train(t.Context(), ex, TrainConfig{Epochs: 8, CueBits: 12, RoleBits: 12})
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	files := map[string][]byte{}
	err = m.Save(func(name string, write func(io.Writer) error) error {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		files[name] = b.Bytes()
		return nil
	})
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	if len(files) != 2 {
		t.Fatalf("Save wrote %d files, want 2", len(files))
	}

	test := "The banker grumbled that prices were high."
	d = analysed(t, test)
	d.Attributions = d.Attributions[:0]
	if err := NewWithModel(m).Process(d); err != nil {
		t.Fatal(err)
	}
	var found *dossier.Attribution
	for i := range d.Attributions {
		if d.Attributions[i].Cue.Text(test) == "grumbled" {
			found = &d.Attributions[i]
		}
	}
	if found == nil {
		t.Fatalf("Process(%q): no attribution with cue \"grumbled\" in %+v", test, d.Attributions)
	}
	if got := found.Source.Span.Text(test); got != "The banker" {
		t.Errorf("source = %q, want %q", got, "The banker")
	}
	if len(found.Content) != 1 || found.Content[0].Text(test) != "that prices were high" {
		t.Errorf("content = %v, want [that prices were high]", found.Content)
	}
	if !found.Learned {
		t.Errorf("Learned = false for a cue the rules do not know")
	}
}

// TestDefaultModelLoads checks the embedded model.
func TestDefaultModelLoads(t *testing.T) {
	m, err := DefaultModel()
	if err != nil || m == nil {
		t.Fatalf("DefaultModel() = %v, %v", m, err)
	}
}

// TestTokenAtMatchesDoc checks the learned pass's searches against
// nlp.Doc.TokenAt at every byte offset, and past both ends, tokenNear from
// every token.
func TestTokenAtMatchesDoc(t *testing.T) {
	for _, text := range []string{"", "one", "Two words.", "“Quoted,” she said, in  spaced   text\n\nand more.", strings.Repeat("Many words, some longer than others; ", 20)} {
		d := &nlp.Doc{}
		d.Reset(text, d.Published)
		if err := (nlp.Tokenizer{}).Process(d); err != nil {
			t.Fatal(err)
		}
		s := &scratch{d: d}
		for off := -2; off <= len(text)+2; off++ {
			want := d.TokenAt(off)
			if got := s.tokenAt(off); got != want {
				t.Errorf("%q: tokenAt(%d) = %d, want %d", text, off, got, want)
			}
			for hint := -1; hint <= len(d.Tokens)+1; hint++ {
				if got := s.tokenNear(hint, off); got != want {
					t.Errorf("%q: tokenNear(%d, %d) = %d, want %d", text, hint, off, got, want)
				}
			}
		}
	}
}

// TestWordHashes checks that the word hashes of the learned pass are
// perceptron.HashLower of the normalised word for every kind of token
// (complementKind compares them with its words' hashes before reading
// the text), and the POS classes their tags' classes.
func TestWordHashes(t *testing.T) {
	text := "“THAT is what To say,” she said: if, WHETHER or not, it’s 42.5% of Zürich's café-owners (and that) — whether."
	d := analysed(t, text)
	s := new(scratch)
	s.run(d)
	s.prepare()
	for i, tok := range d.Tokens {
		w := d.Text[tok.Start:tok.End]
		if got, want := s.l.lw[i], perceptron.HashLower(perceptron.Seed, perceptron.Normalize(w)); got != want {
			t.Errorf("token %d %q: word hash %x, want %x", i, w, got, want)
		}
		if got, want := s.l.pc[i], posClass(d.POS[i]); got != want {
			t.Errorf("token %d %q (%s): POS classes %b, want %b", i, w, d.POS[i], got, want)
		}
	}
}
