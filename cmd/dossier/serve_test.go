package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestCheckExposure(t *testing.T) {
	for _, tc := range []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"127.0.0.2:0", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.0.2.10:8080", "", false},
		{"0.0.0.0:8080", "t0k3n", true},
		{"8080", "", false},
	} {
		err := checkExposure(tc.addr, tc.token)
		if (err == nil) != tc.ok {
			t.Errorf("checkExposure(%q, %q) = %v, want ok=%v", tc.addr, tc.token, err, tc.ok)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe to read while the command writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServe runs `dossier serve` on a free port, ingests an article through
// the API with the token, reads it back, and stops it by cancelling.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := filepath.Join(t.TempDir(), "ledger.db")
	var stdout, stderr lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- Main(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--token", "tk"}, strings.NewReader(""), &stdout, &stderr)
	}()
	urlRe := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; {
		base = urlRe.FindString(stdout.String())
		select {
		case code := <-exit:
			t.Fatalf("dossier serve exited %d early: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("dossier serve printed no URL: %q %q", stdout.String(), stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	article := "Rescue teams said on Monday that at least 12 people were killed when a bridge collapsed in the port city.\n"
	post := func(token string) (int, []byte) {
		req, _ := http.NewRequest("POST", base+"/api/documents?name=bridge.txt", strings.NewReader(article))
		req.Header.Set("Content-Type", "text/plain")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, b
	}
	if code, body := post(""); code != http.StatusUnauthorized {
		t.Errorf("POST /api/documents without the token = %d %s, want 401", code, body)
	}
	code, body := post("tk")
	var sum struct {
		Stored     int
		Reconciled bool
	}
	json.Unmarshal(body, &sum)
	if code != 200 || sum.Stored != 1 || !sum.Reconciled {
		t.Fatalf("POST /api/documents = %d %s, want 200, stored 1, reconciled", code, body)
	}
	res, err := http.Get(base + "/api/documents")
	if err != nil {
		t.Fatal(err)
	}
	var list struct{ Documents []struct{ ID, Origin string } }
	json.NewDecoder(res.Body).Decode(&list)
	res.Body.Close()
	if len(list.Documents) != 1 || list.Documents[0].Origin != "bridge.txt" {
		t.Errorf("GET /api/documents after the POST = %+v, want the one document from bridge.txt", list.Documents)
	}

	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("dossier serve exited %d after cancel: %s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("dossier serve did not stop on cancel")
	}
}

func TestServeRefusesOpenAddressWithoutToken(t *testing.T) {
	var stdout, stderr bytes.Buffer
	t.Setenv("DOSSIER_TOKEN", "")
	code := Main(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "x.db"), "--addr", "0.0.0.0:0"},
		strings.NewReader(""), &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "--token") {
		t.Errorf("dossier serve --addr 0.0.0.0:0 without a token = exit %d, stderr %q; want 1 and a word about --token", code, stderr.String())
	}
}
