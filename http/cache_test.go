package http

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

func TestMemo(t *testing.T) {
	ctx := context.Background()
	var calls atomic.Int32
	release := make(chan struct{})
	compute := func(context.Context) (int, error) {
		n := calls.Add(1)
		if n > 1 {
			<-release // the background refresh waits until the test lets it
		}
		return int(n), nil
	}
	m := memo[int]{ttl: 20 * time.Millisecond}
	if v, _ := m.get(ctx, compute); v != 1 {
		t.Fatalf("first get = %d, want 1 (computed in the caller)", v)
	}
	if v, _ := m.get(ctx, compute); v != 1 || calls.Load() != 1 {
		t.Fatalf("fresh get = %d after %d computations, want 1 and 1", v, calls.Load())
	}
	time.Sleep(30 * time.Millisecond)
	if v, _ := m.get(ctx, compute); v != 1 {
		t.Fatalf("stale get = %d, want the stale 1 while it refreshes", v)
	}
	if v, _ := m.get(ctx, compute); v != 1 {
		t.Fatalf("second stale get = %d, want 1 without a second refresh", v)
	}
	close(release)
	deadline := time.Now().Add(5 * time.Second)
	for {
		if v, _ := m.get(ctx, compute); v == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the background refresh never landed")
		}
		time.Sleep(5 * time.Millisecond)
	}
	m.reset()
	if v, _ := m.get(ctx, compute); v != int(calls.Load()) || v < 3 {
		t.Errorf("get after reset = %d, want a new computation (%d)", v, calls.Load())
	}
}
