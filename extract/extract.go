// Package extract runs the default pipeline over documents: it checks the
// input, fills every layer and returns the analysis. It is the one place that
// knows which stages make up dossier's pipeline.
package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// DefaultMaxBytes is the largest text accepted by default. Longer inputs are
// almost always concatenated dumps or binary files, not articles.
const DefaultMaxBytes = 8 << 20

// Extractor analyses documents with one pipeline. It is not safe for
// concurrent use: it reuses one Doc's buffers across calls.
type Extractor struct {
	pipeline *nlp.Pipeline
	doc      nlp.Doc
	MaxBytes int
}

// New returns an Extractor running stages, or the default pipeline when
// none are given.
func New(stages ...nlp.Stage) (*Extractor, error) {
	if len(stages) == 0 {
		var err error
		if stages, err = DefaultStages(); err != nil {
			return nil, err
		}
	}
	p, err := nlp.NewPipeline(stages...)
	if err != nil {
		return nil, err
	}
	return &Extractor{pipeline: p, MaxBytes: DefaultMaxBytes}, nil
}

// Check reports why a text cannot be analysed, or nil.
func (x *Extractor) Check(text string) error {
	max := x.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	switch {
	case len(bytes.TrimSpace([]byte(text))) == 0:
		return dossier.Errorf(dossier.EINVALID, "empty text")
	case len(text) > max:
		return dossier.Errorf(dossier.EINVALID, "text is %s, over the %s limit", size(len(text)), size(max))
	}
	if i := bytes.IndexByte([]byte(text[:min(len(text), 8192)]), 0); i >= 0 {
		return dossier.Errorf(dossier.EINVALID, "binary data (NUL byte at offset %d), not text", i)
	}
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return dossier.Errorf(dossier.EINVALID, "invalid UTF-8 at byte %d", off)
	}
	return nil
}

func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Extract analyses doc. The returned Analysis owns copies of every layer.
func (x *Extractor) Extract(doc dossier.Document) (*dossier.Analysis, error) {
	if err := x.Check(doc.Text); err != nil {
		return nil, err
	}
	d := &x.doc
	d.Reset(doc.Text, doc.Published)
	if err := x.pipeline.Run(d); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	a := &dossier.Analysis{
		Document:     doc,
		Sentences:    make([]dossier.Span, len(d.Sentences)),
		Tokens:       make([]dossier.Span, len(d.Tokens)),
		Entities:     append([]dossier.Entity(nil), d.Entities...),
		Times:        append([]dossier.Timex(nil), d.Times...),
		Quantities:   append([]dossier.Quantity(nil), d.Quantities...),
		Quotes:       append([]dossier.Quote(nil), d.Quotes...),
		Attributions: append([]dossier.Attribution(nil), d.Attributions...),
		Claims:       append([]dossier.Claim(nil), d.Claims...),
	}
	for i, s := range d.Sentences {
		a.Sentences[i] = dossier.Span{Start: s.Start, End: s.End}
	}
	for i, t := range d.Tokens {
		a.Tokens[i] = dossier.Span{Start: t.Start, End: t.End}
	}
	return a, nil
}
