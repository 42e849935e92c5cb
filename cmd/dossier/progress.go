package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progressBar redraws one status line on a terminal, at most ten times a
// second. Off a terminal it prints nothing: logs and pipes get the summary.
type progressBar struct {
	w       io.Writer
	on      bool
	mu      sync.Mutex
	last    time.Time
	start   time.Time
	drawn   bool
	minStep time.Duration
}

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{w: w, on: isTerminal(w), start: time.Now(), minStep: 100 * time.Millisecond}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update draws done of total (total 0 when unknown) with a note.
func (p *progressBar) update(done, total int, note string) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < p.minStep && (total == 0 || done < total) {
		return
	}
	p.last = now
	rate := float64(done) / now.Sub(p.start).Seconds()
	line := fmt.Sprintf("%d documents", done)
	if total > 0 {
		const width = 24
		n := min(width, done*width/max(total, 1))
		line = fmt.Sprintf("[%s%s] %d/%d", strings.Repeat("█", n), strings.Repeat("·", width-n), done, total)
	}
	line += fmt.Sprintf("  %.0f/s  %s", rate, note)
	fmt.Fprintf(p.w, "\r\033[K%s", clip(line, 100))
	p.drawn = true
}

// done clears the line so the summary starts clean.
func (p *progressBar) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
