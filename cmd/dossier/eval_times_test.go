package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierhq/dossier/eval"
	"github.com/dossierhq/dossier/internal/sharedtest"
)

// TestEvalTimes runs the timex sets through the CLI: the alias, the
// splits, JSON output and clear errors for a bad split.
func TestEvalTimes(t *testing.T) {
	raw := filepath.Join(sharedtest.Dir(t), "data", "raw")
	te3 := filepath.Join(raw, "tempeval3")
	for _, set := range []string{"tempeval3", "te3"} {
		code, out, errs := run(t, "", "eval", "--set", set, "--split", "dev", "--data", te3, "--format", "json")
		if code != 0 {
			t.Fatalf("eval --set %s: exit %d: %s", set, code, errs)
		}
		var r eval.TE3Result
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("eval --set %s --format json: %v\n%s", set, err, out)
		}
		if r.Split != "dev" || r.Documents != 73 || r.Gold == 0 || r.ValueF1 <= 0.5 {
			t.Errorf("eval --set %s --split dev = %+v, want 73 AQUAINT documents scored", set, r)
		}
	}
	code, out, _ := run(t, "", "eval", "--set", "tempeval3", "--data", te3)
	if code != 0 || !strings.Contains(out, "TempEval-3 timex (test): 20 documents") || !strings.Contains(out, "value accuracy") {
		t.Errorf("eval --set tempeval3 = %d\n%s; want the platinum table", code, out)
	}
	code, _, errs := run(t, "", "eval", "--set", "tempeval3", "--split", "testb", "--data", te3)
	if code == 0 || !strings.Contains(errs, `unknown --split "testb"`) {
		t.Errorf("eval --split testb = %d, %q; want an error naming the split", code, errs)
	}
	code, out, errs = run(t, "", "eval", "--set", "meantime", "--split", "gm", "--data", filepath.Join(raw, "meantime-en"), "--format", "json")
	var m eval.MeantimeResult
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil || m.All.Documents != 30 || m.Body.Gold >= m.All.Gold {
		t.Errorf("eval --set meantime --split gm = %d, %q, %+v; want 30 documents, fewer body timexes", code, errs, m)
	}
}
