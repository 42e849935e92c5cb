// Package sharedtest finds ../shared, the public gold sets that tests
// measure against. They are read at run time and never copied in.
package sharedtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared directory: $DOSSIER_SHARED, else ../shared beside
// the repository. When it is absent the test is skipped with a message —
// except under CI=true, where a missing data set is a failure.
func Dir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		_, file, _, _ := runtime.Caller(0)
		dir = filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data not found at %s (CI=true: tests must not skip): %v", dir, err)
		}
		t.Skipf("shared data not found at %s; set DOSSIER_SHARED to run this test", dir)
	}
	return dir
}

// Python returns the path of python3, skipping (or failing under CI=true)
// when it is missing.
func Python(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"python3", "python"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("python3 not found (CI=true: the reference scorers must run)")
	}
	t.Skip("python3 not found; the reference scorers cannot run")
	return ""
}
