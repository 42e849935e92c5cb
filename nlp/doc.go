// Package nlp holds the document under analysis and the pipeline that fills
// its layers. Stages declare the layers they require and provide; a pipeline
// whose stages come in a wrong order is an error when it is built.
package nlp

import (
	"sort"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/text"
)

// Doc is one document under analysis. Every layer is a list of byte offsets
// into Text, which no stage may change. A Doc is reused across documents by
// Reset to keep the hot path free of allocations.
type Doc struct {
	Text      string
	Published time.Time // zero when unknown

	Tokens    []text.Token
	Sentences []text.Sentence
	POS       []string // Penn tag per token
	Chunks    []string // BIO chunk tag per token (B-NP, I-VP, O …)
	// Atoms are the word hashes per token that the POS stage computed,
	// for later models to reuse; empty when no stage set them.
	Atoms []perceptron.Word

	Entities     []dossier.Entity
	Times        []dossier.Timex
	Quantities   []dossier.Quantity
	Quotes       []dossier.Quote
	Attributions []dossier.Attribution
	Claims       []dossier.Claim

	layers Layer
}

// Reset empties the Doc for a new text, keeping its buffers.
func (d *Doc) Reset(s string, published time.Time) {
	d.Text = s
	d.Published = published
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	d.POS = d.POS[:0]
	d.Chunks = d.Chunks[:0]
	d.Atoms = d.Atoms[:0]
	d.Entities = d.Entities[:0]
	d.Times = d.Times[:0]
	d.Quantities = d.Quantities[:0]
	d.Quotes = d.Quotes[:0]
	d.Attributions = d.Attributions[:0]
	d.Claims = d.Claims[:0]
	d.layers = 0
}

// Has reports whether all layers in l have been provided.
func (d *Doc) Has(l Layer) bool { return d.layers&l == l }

// Word returns the text of token i.
func (d *Doc) Word(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// TokenAt returns the index of the first token that ends after byte offset
// off, or len(d.Tokens).
func (d *Doc) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
}

// SentenceOf returns the index of the sentence containing token i.
func (d *Doc) SentenceOf(i int) int {
	return sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].Last > i })
}

// SentenceAt returns the index of the first sentence ending after byte
// offset off: the sentence holding off, or the next one when off falls
// between two; len(d.Sentences) past the last.
func (d *Doc) SentenceAt(off int) int {
	return sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > off })
}

// Span returns the byte span of tokens [first,last).
func (d *Doc) Span(first, last int) dossier.Span {
	if first >= last {
		return dossier.Span{}
	}
	return dossier.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
}
