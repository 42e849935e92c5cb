#include "textflag.h"

// func minhashAVX2(sig *uint32, a, ahi, b *uint64, groups int, xs *uint64, n int)
//
// For each group g of eight signature slots and each shingle x of xs[:n]:
// v_i = uint32((a_i·x + b_i) mod 2⁶⁴ >> 32), sig = min(sig, v). The 64-bit
// product is built from 32-bit halves (AVX2 multiplies 32×32→64 only):
// a·x mod 2⁶⁴ = aL·xL + ((aH·xL + aL·xH) mod 2³²)·2³², the same value as
// the scalar product. sig holds each group's slots interleaved: slot j at
// 2j and slot 4+j at 2j+1 (j < 4), as the two halves of a register pack.
TEXT ·minhashAVX2(SB), NOSPLIT, $0-56
	MOVQ sig+0(FP), DI
	MOVQ a+8(FP), R8
	MOVQ ahi+16(FP), R9
	MOVQ b+24(FP), R10
	MOVQ groups+32(FP), R11
	MOVQ xs+40(FP), R12
	MOVQ n+48(FP), R13
group:
	TESTQ R11, R11
	JZ done
	VMOVDQU 0(R8), Y0     // aL (the low halves are what VPMULUDQ reads)
	VMOVDQU 32(R8), Y1
	VMOVDQU 0(R9), Y2     // aH
	VMOVDQU 32(R9), Y3
	VMOVDQU 0(R10), Y4    // b
	VMOVDQU 32(R10), Y5
	VMOVDQU 0(DI), Y6     // sig, interleaved
	MOVQ R12, SI
	MOVQ R13, CX
shingle:
	TESTQ CX, CX
	JZ store
	VPBROADCASTQ (SI), Y7 // x
	VPSRLQ $32, Y7, Y8    // xH
	// slots 0-3
	VPMULUDQ Y7, Y0, Y9   // aL·xL
	VPMULUDQ Y7, Y2, Y10  // aH·xL
	VPMULUDQ Y8, Y0, Y11  // aL·xH
	VPADDQ Y11, Y10, Y10
	VPSLLQ $32, Y10, Y10
	VPADDQ Y10, Y9, Y9
	VPADDQ Y4, Y9, Y9
	VPSRLQ $32, Y9, Y9    // v in each low half
	// slots 4-7
	VPMULUDQ Y7, Y1, Y12
	VPMULUDQ Y7, Y3, Y13
	VPMULUDQ Y8, Y1, Y14
	VPADDQ Y14, Y13, Y13
	VPSLLQ $32, Y13, Y13
	VPADDQ Y13, Y12, Y12
	VPADDQ Y5, Y12, Y12
	VPSRLQ $32, Y12, Y12
	VPSLLQ $32, Y12, Y12  // v in each high half
	VPOR Y12, Y9, Y9
	VPMINUD Y9, Y6, Y6
	ADDQ $8, SI
	DECQ CX
	JMP shingle
store:
	VMOVDQU Y6, 0(DI)
	ADDQ $32, DI
	ADDQ $64, R8
	ADDQ $64, R9
	ADDQ $64, R10
	DECQ R11
	JMP group
done:
	VZEROUPPER
	RET
