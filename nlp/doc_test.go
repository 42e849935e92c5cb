package nlp

import (
	"testing"
	"time"
)

// TestDocLookups checks the offset searches the stages lean on, at token
// starts, inside tokens, in the gaps between them and past the end.
func TestDocLookups(t *testing.T) {
	const text = "Two died. Police said so."
	d := &Doc{}
	d.Reset(text, time.Time{})
	if err := (Tokenizer{}).Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 {
		t.Fatalf("Tokenizer gave %d sentences of %q, want 2", len(d.Sentences), text)
	}
	for _, tc := range []struct {
		off             int
		token, sentence int
	}{
		{0, 0, 0},  // "Two"
		{2, 0, 0},  // inside "Two"
		{3, 1, 0},  // the space before "died": the next token
		{8, 2, 0},  // "."
		{9, 3, 1},  // the gap between the sentences: the next sentence
		{10, 3, 1}, // "Police"
		{24, 6, 1}, // the final "."
		{25, 7, 2}, // past the end
	} {
		if got := d.TokenAt(tc.off); got != tc.token {
			t.Errorf("TokenAt(%d) = %d, want %d", tc.off, got, tc.token)
		}
		if got := d.SentenceAt(tc.off); got != tc.sentence {
			t.Errorf("SentenceAt(%d) = %d, want %d", tc.off, got, tc.sentence)
		}
		if tc.token < len(d.Tokens) {
			if got := d.SentenceOf(tc.token); got != tc.sentence {
				t.Errorf("SentenceOf(%d) = %d, want %d", tc.token, got, tc.sentence)
			}
		}
	}
}
