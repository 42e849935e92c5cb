package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/dossierhq/dossier"
)

// TestCrashSafety kills a process that is storing documents (SIGKILL, in
// the middle of its work) and checks that every document it reported
// stored is there whole, that nothing is half there, and that storing the
// same documents again adds each exactly once.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv("DOSSIER_CRASH_CHILD"); path != "" {
		crashChild(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	const kills = 2
	acked := 0
	for round := 0; round < kills; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$")
		cmd.Env = append(os.Environ(), "DOSSIER_CRASH_CHILD="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it store some documents, then kill it mid-stream.
		sc := bufio.NewScanner(out)
		n := 0
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "stored "); ok {
				if k, _ := strconv.Atoi(v); k > acked {
					acked = k
				}
				if n++; n == 100 {
					break
				}
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		checkWhole(t, path, acked)
	}
}

// crashChild stores synthetic documents until killed, printing the count
// of each one it adds. It starts over from document 0 every run, so the
// documents of earlier runs test idempotency.
func crashChild(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	gen := newSynth(3)
	for i := 0; ; i++ {
		d := gen.document(i)
		_, created, err := s.PutDocument(ctx, d)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if created {
			fmt.Printf("stored %d\n", i+1)
		}
	}
}

// checkWhole opens the store at path and checks that documents 0..acked-1
// are there, each once and whole.
func checkWhole(t *testing.T, path string, acked int) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open after a kill: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.write.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check after a kill = %q, %v", check, err)
	}
	var docs, claims, claimsInMeta, pending int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(claims), 0) FROM documents`).Scan(&docs, &claimsInMeta); err != nil {
		t.Fatal(err)
	}
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM claims`).Scan(&claims); err != nil {
		t.Fatal(err)
	}
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM fts_pending`).Scan(&pending); err != nil {
		t.Fatal(err)
	}
	if docs < acked {
		t.Errorf("after a kill: %d documents stored, but %d were reported stored", docs, acked)
	}
	if claims != claimsInMeta {
		t.Errorf("after a kill: %d claims stored, the documents say %d: a document is half stored", claims, claimsInMeta)
	}
	if st, err := s.Stats(ctx); err != nil || st.Documents != docs || st.Claims != claims {
		t.Errorf("Stats() after a kill = %+v, %v; want %d documents, %d claims (the counters drifted)", st, err, docs, claims)
	}
	t.Logf("after a kill: %d documents (%d acknowledged), %d claims, %d waiting for the full-text index", docs, acked, claims, pending)
	gen := newSynth(3)
	for i := 0; i < docs; i++ {
		want := gen.document(i)
		got, err := s.Document(ctx, want.Document.ID)
		if err != nil {
			t.Fatalf("Document(%s) after a kill: %v", want.Document.ID, err)
		}
		if got.Document.Text != want.Document.Text || len(got.Claims) != len(want.Claims) || len(got.Tokens) != len(want.Tokens) {
			t.Fatalf("Document(%s) after a kill is not whole", want.Document.ID)
		}
	}
	// Full-text search covers every document once the pending ones are
	// indexed.
	hits, err := s.Search(ctx, dossier.SearchQuery{Text: gen.words[0], Limit: maxPage})
	if err != nil {
		t.Fatalf("Search after a kill: %v", err)
	}
	if len(hits) == 0 {
		t.Errorf("Search(%q) after a kill found nothing", gen.words[0])
	}
}
