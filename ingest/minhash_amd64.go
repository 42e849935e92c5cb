package ingest

import "golang.org/x/sys/cpu"

// useSIMD reports whether signatures use the AVX2 kernel.
var useSIMD = cpu.X86.HasAVX2

//go:noescape
func minhashAVX2(sig *uint32, a, ahi, b *uint64, groups int, xs *uint64, n int)

// minhashAHi holds the high halves of minhashA, which the kernel
// multiplies separately.
var minhashAHi = func() (h [SignatureSize]uint64) {
	for i, a := range minhashA {
		h[i] = a >> 32
	}
	return
}()

// minhashSIMD lowers sig to the minimum over the shingles xs, as minhash
// does, eight slots to an instruction. sig is in the kernel's interleaved
// order (see interleave).
func minhashSIMD(sig *[SignatureSize]uint32, xs []uint64) bool {
	if !useSIMD || SignatureSize%8 != 0 {
		return false
	}
	if len(xs) > 0 {
		minhashAVX2(&sig[0], &minhashA[0], &minhashAHi[0], &minhashB[0], SignatureSize/8, &xs[0], len(xs))
	}
	return true
}
