#include "textflag.h"

// func prefetchFeats(w *byte, feats *uint64, n int, mask uint64, shift uint64)
// Hints into every cache level the rows of feats[j], j < n: row
// bucket(feats[j]) at w + bucket<<shift.
TEXT ·prefetchFeats(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ feats+8(FP), DI
	MOVQ n+16(FP), DX
	MOVQ mask+24(FP), R9
	MOVQ shift+32(FP), CX
	TESTQ DX, DX
	JZ done
loop:
	MOVQ (DI), AX
	MOVQ AX, BX
	SHRQ $29, BX
	XORQ BX, AX
	ANDQ R9, AX
	SHLQ CX, AX
	PREFETCHT0 0(SI)(AX*1)
	ADDQ $8, DI
	DECQ DX
	JNZ loop
done:
	RET
