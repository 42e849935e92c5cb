// Package demo holds the demo corpus: fourteen short articles, written for this project, about
// North Korean troops fighting for Russia, as different (invented) outlets on different dates
// and in the formats dossier ingests — HTML pages, an RSS 2.0 feed and a JSONL file — with one
// wire story reprinted by two outlets. README.md lists each file and the facts it covers.
package demo

import (
	"embed"
	"io/fs"
)

// FS holds the corpus under the directory "story".
//
//go:embed story
var FS embed.FS

// Story returns the corpus rooted at story/, so that names read "briefs.jsonl" rather than
// "story/briefs.jsonl".
func Story() fs.FS {
	sub, err := fs.Sub(FS, "story")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "story" is a valid constant one.
		return FS
	}
	return sub
}
