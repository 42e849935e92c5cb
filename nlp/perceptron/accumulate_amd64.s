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
