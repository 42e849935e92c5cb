// Package model embeds the trained weights of the NLP models (part-of-speech
// tagger, chunker, named-entity recogniser). Read them through FS with the
// loaders of packages nlp/tag and nlp/ner. README.md says how they were
// built and how well they score.
package model

import "embed"

// FS holds the gzip-compressed model files: pos.gz, chunk.gz, ner.gz,
// and the attribution model's attrib-cue.gz and attrib-role.gz.
//
//go:embed *.gz
var FS embed.FS
