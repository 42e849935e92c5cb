package ingest

import (
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection: a MinHash signature over word shingles, and
// locality-sensitive hashing bands so that the store can find candidate
// copies by equal band keys instead of comparing every pair.
const (
	// SignatureSize is the number of MinHash values per document: the
	// estimate's standard error is at most 0.046 (at similarity 0.5).
	SignatureSize = 120
	// ShingleWords is the number of consecutive normalised words per
	// shingle. Four words make shingles specific to one text: two reports
	// of the same event share names and phrases but few four-word runs.
	ShingleWords = 4
	// BandRows is the number of signature values per LSH band. With 40
	// bands of 3, a pair at similarity 0.4 shares a band key with
	// probability 0.93, at 0.5 with 0.995, at 0.1 with 0.04.
	BandRows = 3
	// Bands is the number of band keys per signature.
	Bands = SignatureSize / BandRows
)

// DuplicateThreshold is the estimated Jaccard similarity of shingle sets at
// or above which a document is linked as a copy of an earlier one. It was
// chosen by measurement (TestDuplicateThreshold, on articles written for
// it): wire copies with a new headline, a rewritten first paragraph, a
// trimmed ending, or all of these with word edits score 0.59–1.0, while
// independent articles on the same event, with the same names and
// figures, score 0.00–0.03. 0.4 sits well clear of both, leaving room for
// heavier rewrites and for the estimate's error.
const DuplicateThreshold = 0.4

// hash coefficients: SignatureSize odd multipliers and offsets from a fixed
// seed, so signatures are stable across runs and machines.
var minhashA, minhashB = func() (a, b [SignatureSize]uint64) {
	s := uint64(0x6a09e667f3bcc908)
	for i := range a {
		a[i] = splitmix(&s) | 1
		b[i] = splitmix(&s)
	}
	return
}()

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	return mix64(*s)
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Signature returns the MinHash signature of text's word shingles, or nil
// when text has no words. Words are runs of letters and digits, compared
// case-insensitively, so re-punctuation and re-wrapping do not change the
// signature. A text shorter than ShingleWords words is one shingle.
func Signature(text string) []uint32 {
	var sig [SignatureSize]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	// Shingles are hashed into the signature in batches, so that the
	// SIMD kernel keeps a group of slots in registers over many of them.
	var batch [256]uint64
	nb := 0
	simd := true
	flush := func() {
		if simd && !minhashSIMD(&sig, batch[:nb]) {
			simd = false // sig is still all ones: nothing was interleaved
		}
		if !simd {
			minhash(&sig, batch[:nb])
		}
		nb = 0
	}
	var window [ShingleWords]uint64
	n := 0
	eachWord(text, func(w uint64) {
		window[n%ShingleWords] = w
		n++
		if n >= ShingleWords {
			batch[nb] = shingle(&window, n)
			if nb++; nb == len(batch) {
				flush()
			}
		}
	})
	switch {
	case n == 0:
		return nil
	case n < ShingleWords:
		batch[nb] = shingle(&window, n)
		nb++
	}
	flush()
	out := make([]uint32, SignatureSize)
	if simd {
		deinterleave(out, &sig)
	} else {
		copy(out, sig[:])
	}
	return out
}

// minhash lowers sig to the minimum over the shingles xs of each slot's
// hash. The high half of a·x+b (mod 2⁶⁴) is a cheap, well-mixed hash
// family for one permutation per signature slot.
func minhash(sig *[SignatureSize]uint32, xs []uint64) {
	for _, sh := range xs {
		for i := range sig {
			if v := uint32((minhashA[i]*sh + minhashB[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
}

// deinterleave writes the SIMD kernel's signature in slot order: in each
// group of eight, slot j is at 2j and slot 4+j at 2j+1.
func deinterleave(out []uint32, sig *[SignatureSize]uint32) {
	for g := 0; g < SignatureSize; g += 8 {
		for j := range 4 {
			out[g+j], out[g+4+j] = sig[g+2*j], sig[g+2*j+1]
		}
	}
}

// shingle combines the last min(n, ShingleWords) word hashes in order.
func shingle(w *[ShingleWords]uint64, n int) uint64 {
	k := min(n, ShingleWords)
	h := uint64(k)
	for j := n - k; j < n; j++ {
		h = mix64(h*0x100000001b3 ^ w[j%ShingleWords])
	}
	return h
}

// eachWord calls fn with a 64-bit FNV-1a hash of each word of text, lower
// cased, without allocating.
func eachWord(text string, fn func(uint64)) {
	const offset, prime = 0xcbf29ce484222325, 0x100000001b3
	h, in := uint64(offset), false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if in {
					fn(h)
					h, in = offset, false
				}
				continue
			}
			h = (h ^ uint64(c)) * prime
			in = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			if in {
				fn(h)
				h, in = offset, false
			}
			continue
		}
		r = unicode.ToLower(r)
		for r > 0 {
			h = (h ^ uint64(r&0xff)) * prime
			r >>= 8
		}
		in = true
	}
	if in {
		fn(h)
	}
}

// BandKeys returns the LSH band keys of a signature: one key per band of
// BandRows values, mixed with the band's index so that equal values in
// different bands do not collide. Two documents are candidate copies when
// they share a key.
func BandKeys(sig []uint32) []uint64 {
	if len(sig) != SignatureSize {
		return nil
	}
	keys := make([]uint64, Bands)
	for b := range keys {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*BandRows : (b+1)*BandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}

// Similarity estimates the Jaccard similarity of two documents' shingle
// sets from their signatures: the fraction of equal positions. Signatures
// of different lengths (or empty ones) score 0.
func Similarity(a, b []uint32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}
