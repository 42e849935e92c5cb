package nlp

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
)

type fakeStage struct {
	name          string
	req, provides Layer
	calls         *[]string
}

func (f fakeStage) Name() string       { return f.name }
func (f fakeStage) Requires() Layer    { return f.req }
func (f fakeStage) Provides() Layer    { return f.provides }
func (f fakeStage) Process(*Doc) error { *f.calls = append(*f.calls, f.name); return nil }

func TestNewPipelineOrder(t *testing.T) {
	var calls []string
	tok := Tokenizer{}
	ents := fakeStage{"entities", Tokens | Sentences, Entities, &calls}
	attrib := fakeStage{"attrib", Tokens | Entities, Attributions | Quotes, &calls}
	tests := []struct {
		name    string
		stages  []Stage
		wantErr string
	}{
		{"in order", []Stage{tok, ents, attrib}, ""},
		{"attribution before entities", []Stage{tok, attrib, ents}, `stage "attrib" requires entities`},
		{"no tokenizer", []Stage{ents}, `stage "entities" requires tokens+sentences`},
	}
	for _, tt := range tests {
		_, err := NewPipeline(tt.stages...)
		if tt.wantErr == "" && err != nil {
			t.Errorf("%s: NewPipeline() = %v, want no error", tt.name, err)
		}
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: NewPipeline() = %v, want error containing %q", tt.name, err, tt.wantErr)
			} else if dossier.ErrorCode(err) != dossier.EINVALID {
				t.Errorf("%s: ErrorCode(NewPipeline()) = %q, want %q", tt.name, dossier.ErrorCode(err), dossier.EINVALID)
			}
		}
	}
}

func TestPipelineRun(t *testing.T) {
	var calls []string
	p, err := NewPipeline(Tokenizer{}, fakeStage{"entities", Tokens, Entities, &calls})
	if err != nil {
		t.Fatal(err)
	}
	var d Doc
	d.Reset("Kim said 300 died. It rose.", time.Time{})
	if err := p.Run(&d); err != nil {
		t.Fatalf("Run() = %v", err)
	}
	if !d.Has(Tokens|Sentences|Entities) || d.Has(Claims) {
		t.Errorf("after Run, layers = %v", d.layers)
	}
	if len(d.Sentences) != 2 || d.Word(2) != "300" {
		t.Errorf("Run() gave %d sentences, token 2 %q; want 2 sentences, token 2 \"300\"", len(d.Sentences), d.Word(2))
	}
	if got := d.TokenAt(d.Tokens[3].Start); got != 3 {
		t.Errorf("TokenAt(%d) = %d, want 3", d.Tokens[3].Start, got)
	}
	if got := d.SentenceOf(len(d.Tokens) - 1); got != 1 {
		t.Errorf("SentenceOf(last) = %d, want 1", got)
	}
	d.Reset("again", time.Time{})
	if d.Has(Tokens) || len(d.Tokens) != 0 {
		t.Errorf("Reset kept layers %v / %d tokens", d.layers, len(d.Tokens))
	}
}

type panicky struct{}

func (panicky) Name() string       { return "panicky" }
func (panicky) Requires() Layer    { return Tokens }
func (panicky) Provides() Layer    { return Entities }
func (panicky) Process(*Doc) error { var s []int; _ = s[3]; return nil }

func TestPipelineRunRecoversFromPanic(t *testing.T) {
	p, err := NewPipeline(Tokenizer{}, panicky{})
	if err != nil {
		t.Fatal(err)
	}
	var d Doc
	d.Reset("Some text.", time.Time{})
	err = p.Run(&d)
	if err == nil || dossier.ErrorCode(err) != dossier.EINTERNAL || !strings.Contains(err.Error(), "panicky") {
		t.Errorf("Run() with a panicking stage = %v, want an EINTERNAL error naming the stage", err)
	}
}
