package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/sqlite"
)

// TestIngestSurvivesSIGKILL kills a real `dossier ingest` process mid-batch
// and runs it again: every document must then be stored exactly once.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a real process")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "dossier")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 1500
	in := filepath.Join(dir, "batch.jsonl")
	writeBatch(t, in, n)
	db := filepath.Join(dir, "ledger.db")

	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "1", "--no-reconcile", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := waitForDocuments(t, db, 50, 60*time.Second)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	before := countDocuments(t, db)
	if before >= n {
		t.Fatalf("the ingest finished (%d documents) before it could be killed; make the batch bigger", before)
	}
	t.Logf("killed after %d documents were seen (%d stored at kill)", stored, before)

	out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("second dossier ingest: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d unchanged", before)) {
		t.Errorf("second ingest output %q, want %d unchanged", out, before)
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seen := map[string]int{}
	err = s.EachDocument(context.Background(), func(d *dossier.StoredDocument) error {
		seen[d.Document.ID]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != n {
		t.Errorf("after kill and rerun the ledger holds %d distinct documents, want %d", len(seen), n)
	}
	for id, c := range seen {
		if c != 1 {
			t.Errorf("document %s stored %d times, want once", id, c)
		}
	}
	for i := range n {
		if seen[fmt.Sprintf("doc-%04d", i)] == 0 {
			t.Errorf("document doc-%04d lost", i)
			break
		}
	}
}

// writeBatch writes n distinct short articles as JSONL, each built from
// its own choice of places, people, events and numbers, so that few of them
// read as copies of each other.
func writeBatch(t *testing.T, path string, n int) {
	t.Helper()
	places := []string{"Riverton", "Kessel", "Marlow Bay", "Oakridge", "Tannin", "Vell", "Corrin Falls", "Ashby", "Dunmore", "Pellam", "Sorrel Point", "Greywater"}
	people := []string{"Governor Ana Ruiz", "Mayor Tom Becker", "Chief Ines Moreau", "Minister Karl Oduya", "Commissioner Lena Park", "Sheriff Dale Hunt", "Colonel Rita Sandoval"}
	events := []string{"flooding", "a fire at a chemical plant", "a landslide", "a bus crash", "a storm", "an explosion at a mine", "a bridge collapse"}
	agencies := []string{"the fire service", "the regional health office", "the coast guard", "the interior ministry", "the Red Cross", "local police"}
	verbs := []string{"were evacuated", "were taken to hospital", "were reported missing", "were injured", "were rescued"}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		pl, pe, ev, ag := places[i%len(places)], people[(i/3)%len(people)], events[(i/7)%len(events)], agencies[(i/11)%len(agencies)]
		text := fmt.Sprintf("%s killed %d people in %s, %s said on day %d of the crisis. "+
			"About %d residents %s, according to %s, which put the cost at %d million. "+
			"Officials in %s counted %d damaged homes after the %s.",
			capitalize(ev), 3+i%97, pl, pe, 1+i%29, 100+7*i, verbs[(i/5)%len(verbs)], ag, 2+i%13, places[(i+5)%len(places)], 20+i, ev)
		rec := map[string]string{"id": fmt.Sprintf("doc-%04d", i), "published": fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), "outlet": "Test Wire", "text": text}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// waitForDocuments polls the ledger until it holds at least min documents.
func waitForDocuments(t *testing.T, db string, min int, timeout time.Duration) int {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(db); err == nil {
			if c := countDocuments(t, db); c >= min {
				return c
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the ledger never reached %d documents", min)
	return 0
}

func countDocuments(t *testing.T, db string) int {
	t.Helper()
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("open %s while ingesting: %v", db, err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Documents
}
