package ner

import (
	"github.com/dossierhq/dossier/nlp/perceptron"
)

// sentence holds the per-token atoms of one sentence, reused across calls.
type sentence struct {
	ws    []perceptron.Word // own, or the caller's atoms
	own   []perceptron.Word
	pos   []uint64
	chunk []uint64
	gaz   []uint32
	mode  uint64 // 0 normal, 1 mostly upper case, 2 mostly title case
}

// set computes the sentence's atoms. atoms, when not nil, are the words'
// atoms already computed (by the tagger), which set reads but never writes.
func (s *sentence) set(words []string, atoms []perceptron.Word, pos, chunks []string) {
	n := len(words)
	if cap(s.pos) < n {
		c := n + n/2
		s.pos = make([]uint64, n, c)
		s.chunk = make([]uint64, n, c)
		s.gaz = make([]uint32, n, c)
	}
	s.pos, s.chunk, s.gaz = s.pos[:n], s.chunk[:n], s.gaz[:n]
	if atoms != nil {
		s.ws = atoms[:n]
	} else {
		if cap(s.own) < n {
			s.own = make([]perceptron.Word, n, n+n/2)
		}
		s.own = s.own[:n]
		for i, w := range words {
			s.own[i].Set(perceptron.Normalize(w))
		}
		s.ws = s.own
	}
	alpha, upper, title := 0, 0, 0
	for i := range words {
		f := s.ws[i].Flags
		if f&perceptron.HasAlpha != 0 {
			alpha++
			if f&perceptron.Upper != 0 {
				upper++
			} else if f&perceptron.Title != 0 {
				title++
			}
		}
		s.pos[i] = perceptron.HashString(perceptron.Seed, pos[i])
		s.chunk[i] = perceptron.HashString(perceptron.Seed, chunks[i])
	}
	s.mode = 0
	switch {
	case alpha >= 2 && upper*10 >= alpha*7:
		s.mode = 1
	case alpha >= 3 && (upper+title)*10 >= alpha*8:
		s.mode = 2
	}
	gazMatch(words, s.gaz)
}

// Feature templates.
const (
	fBias uint64 = iota + 1
	fWord
	fLower
	fShape
	fShapeMode
	fPre2
	fPre3
	fPre4
	fSuf2
	fSuf3
	fSuf4
	fFlags
	fLowerM1
	fLowerM2
	fLowerP1
	fLowerP2
	fShapeM1
	fShapeP1
	fBigramM1
	fBigramP1
	fPOS
	fPOSM1
	fPOSP1
	fPOSShape
	fPOSM1POS
	fPOSPOSP1
	fChunk
	fChunkM1Chunk
	fChunkChunkP1
	fP1
	fP2
	fP1P2
	fP1Lower
	fP1Shape
	fP1POS
	fGaz
	fGazCase
	fGazM1
	fGazP1
	fWordMode
	fShapeM1Shape
	fShapeShapeP1
	fWordM1
	fWordP1
	fShape3
	fLowerPOS
	fSuf3M1
	fSuf3P1
	fPOSM2
	fPOSP2
	fSkip
	fPre3M1
	fPre3P1
	fGazLowerM1
	fLen
	fP1Gaz
)

var (
	padStart = perceptron.Mix(0xb0b, 1)
	padEnd   = perceptron.Mix(0xe0e, 2)
)

func (s *sentence) lower(i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.ws):
		return padEnd
	}
	return s.ws[i].Lower
}

func (s *sentence) exact(i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.ws):
		return padEnd
	}
	return s.ws[i].Exact
}

func (s *sentence) suf3(i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.ws):
		return padEnd
	}
	return s.ws[i].Suf[2]
}

func (s *sentence) shape(i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.ws):
		return padEnd
	}
	return s.ws[i].Shape
}

func (s *sentence) posAt(i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.pos):
		return padEnd
	}
	return s.pos[i]
}

func (s *sentence) chunkAt(i int) uint64 {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.chunk):
		return padEnd
	}
	return s.chunk[i]
}

func (s *sentence) gazAt(i int) uint32 {
	if i < 0 || i >= len(s.gaz) {
		return 0
	}
	return s.gaz[i]
}

// wordFeatures is the number of leading features that depend on the word
// alone (with the sentence's case mode and whether it comes first), whose
// scores a Memo keeps.
const wordFeatures = 12

// features appends the features of token i given the two previous classes
// (-1 before the start). The first wordFeatures depend on the word alone.
func (s *sentence) features(dst []uint64, i, p1, p2 int) []uint64 {
	mix := perceptron.Mix
	w := &s.ws[i]
	t1, t2 := uint64(p1+2), uint64(p2+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	casing := uint64(w.Flags & (perceptron.Title | perceptron.Upper | perceptron.Lower))
	dst = append(dst,
		fBias,
		mix(fWord, w.Exact),
		mix(fLower, w.Lower),
		mix(fShape, w.Shape),
		mix(mix(fShapeMode, w.Shape), s.mode<<1|first),
		mix(fPre2, w.Pre[1]),
		mix(fPre3, w.Pre[2]),
		mix(fPre4, w.Pre[3]),
		mix(fSuf2, w.Suf[1]),
		mix(fSuf3, w.Suf[2]),
		mix(fSuf4, w.Suf[3]),
		mix(mix(fFlags, uint64(w.Flags)), s.mode<<1|first),
		mix(fLowerM1, s.lower(i-1)),
		mix(fLowerM2, s.lower(i-2)),
		mix(fLowerP1, s.lower(i+1)),
		mix(fLowerP2, s.lower(i+2)),
		mix(fShapeM1, s.shape(i-1)),
		mix(fShapeP1, s.shape(i+1)),
		mix(mix(fBigramM1, s.lower(i-1)), w.Lower),
		mix(mix(fBigramP1, w.Lower), s.lower(i+1)),
		mix(fPOS, s.pos[i]),
		mix(fPOSM1, s.posAt(i-1)),
		mix(fPOSP1, s.posAt(i+1)),
		mix(mix(fPOSShape, s.pos[i]), w.Shape),
		mix(mix(fPOSM1POS, s.posAt(i-1)), s.pos[i]),
		mix(mix(fPOSPOSP1, s.pos[i]), s.posAt(i+1)),
		mix(fChunk, s.chunk[i]),
		mix(mix(fChunkM1Chunk, s.chunkAt(i-1)), s.chunk[i]),
		mix(mix(fChunkChunkP1, s.chunk[i]), s.chunkAt(i+1)),
		mix(fP1, t1),
		mix(fP2, t2),
		mix(mix(fP1P2, t1), t2),
		mix(mix(fP1Lower, t1), w.Lower),
		mix(mix(fP1Shape, t1), w.Shape),
		mix(mix(fP1POS, t1), s.pos[i]),
		mix(mix(fWordMode, w.Lower), s.mode),
		mix(mix(fShapeM1Shape, s.shape(i-1)), w.Shape),
		mix(mix(fShapeShapeP1, w.Shape), s.shape(i+1)),
		mix(fWordM1, s.exact(i-1)),
		mix(fWordP1, s.exact(i+1)),
		mix(mix(mix(fShape3, s.shape(i-1)), w.Shape), s.shape(i+1)),
		mix(mix(fLowerPOS, w.Lower), s.pos[i]),
		mix(fSuf3M1, s.suf3(i-1)),
		mix(fSuf3P1, s.suf3(i+1)),
		mix(fPOSM2, s.posAt(i-2)),
		mix(fPOSP2, s.posAt(i+2)),
		mix(mix(fSkip, s.lower(i-1)), s.lower(i+1)),
	)
	dst = append(dst, mix(mix(fLen, uint64(min(w.Len, 10))), casing))
	for g, c := s.gaz[i], uint64(0); g != 0; g, c = g>>3, c+1 {
		if p := uint64(g & 7); p != 0 {
			dst = append(dst,
				mix(mix(fGaz, c), p),
				mix(mix(mix(fGazCase, c), p), casing|s.mode<<8),
				mix(mix(mix(fGazLowerM1, c), p), s.lower(i-1)),
				mix(mix(mix(fP1Gaz, c), p), t1))
		}
	}
	for g, c := s.gazAt(i-1), uint64(0); g != 0; g, c = g>>3, c+1 {
		if p := uint64(g & 7); p != 0 {
			dst = append(dst, mix(mix(fGazM1, c), p))
		}
	}
	for g, c := s.gazAt(i+1), uint64(0); g != 0; g, c = g>>3, c+1 {
		if p := uint64(g & 7); p != 0 {
			dst = append(dst, mix(mix(fGazP1, c), p))
		}
	}
	return dst
}
