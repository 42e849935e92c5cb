#include "textflag.h"

// func accumulate2AVX2(w *byte, offs *int32, scs *float32, n int, acc *float32)
// For j < n: acc[0:16] += float32(int8(w[offs[j]+i])) * scs[j], i < 16,
// as two independent groups of eight lanes, in row order: the same
// products and sums, rounded the same way, as the scalar loop.
TEXT ·accumulate2AVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ offs+8(FP), DI
	MOVQ scs+16(FP), R8
	MOVQ n+24(FP), CX
	MOVQ acc+32(FP), DX
	VMOVUPS 0(DX), Y0
	VMOVUPS 32(DX), Y3
loop2:
	TESTQ CX, CX
	JZ done2
	MOVLQSX (DI), AX
	VPMOVSXBD 0(SI)(AX*1), Y1
	VPMOVSXBD 8(SI)(AX*1), Y4
	VCVTDQ2PS Y1, Y1
	VCVTDQ2PS Y4, Y4
	VBROADCASTSS (R8), Y2
	VMULPS Y2, Y1, Y1
	VMULPS Y2, Y4, Y4
	VADDPS Y1, Y0, Y0
	VADDPS Y4, Y3, Y3
	ADDQ $4, DI
	ADDQ $4, R8
	DECQ CX
	JMP loop2
done2:
	VMOVUPS Y0, 0(DX)
	VMOVUPS Y3, 32(DX)
	VZEROUPPER
	RET

// func accumulate1AVX2(w *byte, offs *int32, scs *float32, n int, acc *float32)
// The same for one group of eight lanes.
TEXT ·accumulate1AVX2(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ offs+8(FP), DI
	MOVQ scs+16(FP), R8
	MOVQ n+24(FP), CX
	MOVQ acc+32(FP), DX
	VMOVUPS 0(DX), Y0
loop1:
	TESTQ CX, CX
	JZ done1
	MOVLQSX (DI), AX
	VPMOVSXBD 0(SI)(AX*1), Y1
	VCVTDQ2PS Y1, Y1
	VBROADCASTSS (R8), Y2
	VMULPS Y2, Y1, Y1
	VADDPS Y1, Y0, Y0
	ADDQ $4, DI
	ADDQ $4, R8
	DECQ CX
	JMP loop1
done1:
	VMOVUPS Y0, 0(DX)
	VZEROUPPER
	RET

// func scoreRows8(w *byte, feats *uint64, n int, mask uint64, acc *float32)
// Score for rows of eight bytes (at most six classes) in one pass: for
// each feature its bucket (bucket()), its scale (the row's first two
// bytes, a bfloat16) and acc[0:8] += float32(int8(w[off+2+i])) * scale,
// the same products and sums, in the same order, as accumulate. Lanes
// past the classes read the next row and are scratch.
TEXT ·scoreRows8(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), SI
	MOVQ feats+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ mask+24(FP), R9
	MOVQ acc+32(FP), DX
	VMOVUPS 0(DX), Y0
pair8:
	// Two features a turn, their products added in order.
	CMPQ CX, $2
	JLT one8
	MOVQ 0(DI), AX
	MOVQ 8(DI), R10
	MOVQ AX, BX
	SHRQ $29, BX
	XORQ BX, AX
	ANDQ R9, AX
	SHLQ $3, AX
	MOVQ R10, R11
	SHRQ $29, R11
	XORQ R11, R10
	ANDQ R9, R10
	SHLQ $3, R10
	MOVWLZX 0(SI)(AX*1), BX
	SHLL $16, BX
	VMOVD BX, X2
	VBROADCASTSS X2, Y2
	MOVWLZX 0(SI)(R10*1), R11
	SHLL $16, R11
	VMOVD R11, X3
	VBROADCASTSS X3, Y3
	VPMOVSXBD 2(SI)(AX*1), Y1
	VPMOVSXBD 2(SI)(R10*1), Y4
	VCVTDQ2PS Y1, Y1
	VCVTDQ2PS Y4, Y4
	VMULPS Y2, Y1, Y1
	VMULPS Y3, Y4, Y4
	VADDPS Y1, Y0, Y0
	VADDPS Y4, Y0, Y0
	ADDQ $16, DI
	SUBQ $2, CX
	JMP pair8
one8:
	TESTQ CX, CX
	JZ done8
	MOVQ (DI), AX
	MOVQ AX, BX
	SHRQ $29, BX
	XORQ BX, AX
	ANDQ R9, AX
	SHLQ $3, AX
	MOVWLZX 0(SI)(AX*1), BX
	SHLL $16, BX
	VMOVD BX, X2
	VBROADCASTSS X2, Y2
	VPMOVSXBD 2(SI)(AX*1), Y1
	VCVTDQ2PS Y1, Y1
	VMULPS Y2, Y1, Y1
	VADDPS Y1, Y0, Y0
done8:
	VMOVUPS Y0, 0(DX)
	VZEROUPPER
	RET
