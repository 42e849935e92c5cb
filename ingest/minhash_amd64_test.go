package ingest

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSignatureSIMDMatchesScalar checks the AVX2 kernel against the scalar
// loop on texts from one word to several batches of shingles.
func TestSignatureSIMDMatchesScalar(t *testing.T) {
	if !useSIMD {
		t.Skip("no AVX2 on this machine")
	}
	rng := rand.New(rand.NewPCG(9, 10))
	vocab := strings.Fields("troops deployed Kursk region officials said about casualties wounded killed the of and 300 2,700 Seoul Pyongyang Kyiv intelligence")
	for _, n := range []int{1, 3, 4, 5, 100, 255, 256, 259, 600, 2000} {
		words := make([]string, n)
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		text := strings.Join(words, " ")
		useSIMD = false
		want := Signature(text)
		useSIMD = true
		got := Signature(text)
		if !slices.Equal(got, want) {
			t.Errorf("Signature of %d words: AVX2 and scalar differ (first slots %v vs %v)", n, got[:4], want[:4])
		}
	}
}
