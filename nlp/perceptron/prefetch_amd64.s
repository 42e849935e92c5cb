#include "textflag.h"

// func prefetchRows(w *byte, offs *int32, n int)
// Hints the cache lines at w+offs[j], j < n, into every cache level.
TEXT ·prefetchRows(SB), NOSPLIT, $0-24
	MOVQ w+0(FP), SI
	MOVQ offs+8(FP), DI
	MOVQ n+16(FP), CX
loop:
	TESTQ CX, CX
	JZ done
	MOVLQSX (DI), AX
	PREFETCHT0 0(SI)(AX*1)
	ADDQ $4, DI
	DECQ CX
	JMP loop
done:
	RET
