package attrib

import (
	"testing"
	"time"

	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/tag"
)

// TestChunkSources checks that the chunker's noun phrases delimit sources
// when the tag stage ran, and that without chunks the hand rules stand.
func TestChunkSources(t *testing.T) {
	tg, err := tag.DefaultStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, cue      string
		chunked, plain string // the source with and without chunks; "-" for no attribution
	}{
		{"Many lawmakers say the program should end.", "say", "Many lawmakers", "lawmakers"},
		{"Few farmers believe the rains will come back.", "believe", "Few farmers", "farmers"},
		{"The New York state attorney general is confirming that an inquiry is open.", "is confirming", "The New York state attorney general", "attorney general"},
		{"Talks would resume soon, suggested British Prime Minister Theresa May.", "suggested", "British Prime Minister Theresa May", "-"},
		{"A review of newly filed campaign-finance reports shows that spending doubled.", "reports", "-", "-"},
		{"An open question is whether the plant will reopen.", "question", "-", "An open"},
		{"The Wall Street Journal reports that the bank will close.", "reports", "The Wall Street Journal", "The Wall Street Journal"},
	}
	for _, c := range cases {
		for _, chunks := range []bool{true, false} {
			d := &nlp.Doc{}
			d.Reset(c.text, time.Time{})
			if err := (nlp.Tokenizer{}).Process(d); err != nil {
				t.Fatal(err)
			}
			if err := tg.Process(d); err != nil {
				t.Fatal(err)
			}
			want := c.chunked
			if !chunks {
				d.Chunks = d.Chunks[:0]
				want = c.plain
			}
			// The rules alone: chunks delimit the sources they find.
			if err := Rules().Process(d); err != nil {
				t.Fatal(err)
			}
			got := "-"
			for _, a := range d.Attributions {
				if a.Cue.Text(d.Text) == c.cue {
					got = a.Source.Span.Text(d.Text)
				}
			}
			if got != want {
				t.Errorf("%q (chunks %v): source of %q = %q, want %q", c.text, chunks, c.cue, got, want)
			}
		}
	}
}
