//go:build !amd64

package ingest

func minhashSIMD(sig *[SignatureSize]uint32, xs []uint64) bool { return false }
