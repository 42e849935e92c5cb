package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossierhq/dossier"
)

// source is one input file (or "-" for standard input).
type source struct {
	path string
	size int64
}

// expandInputs turns command-line inputs into files: a folder is walked
// recursively in lexical order, skipping hidden files and folders; a
// pattern with glob characters that names no existing file is expanded
// with filepath.Glob. An input that names nothing is a Skip. A file named
// twice is read once.
func expandInputs(inputs []string) ([]source, []Skip) {
	var srcs []source
	var skips []Skip
	seen := map[string]bool{}
	addFile := func(path string, size int64) {
		if !seen[path] {
			seen[path] = true
			srcs = append(srcs, source{path: path, size: size})
		}
	}
	var addPath func(path string, explicit bool)
	addPath = func(path string, explicit bool) {
		info, err := os.Stat(path)
		if err != nil {
			skips = append(skips, Skip{Origin: path, Err: dossier.Errorf(dossier.EINVALID, "cannot open: %v", unwrapPathError(err))})
			return
		}
		if !info.IsDir() {
			if info.Mode().IsRegular() || explicit {
				addFile(path, info.Size())
			}
			return
		}
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				skips = append(skips, Skip{Origin: p, Err: dossier.Errorf(dossier.EINVALID, "cannot read: %v", unwrapPathError(err))})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != path && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil // removed while walking
			}
			addFile(p, info.Size())
			return nil
		})
		if err != nil {
			skips = append(skips, Skip{Origin: path, Err: dossier.Errorf(dossier.EINVALID, "cannot read: %v", err)})
		}
	}
	for _, in := range inputs {
		switch {
		case in == "-":
			addFile("-", 0)
		case hasGlobMeta(in):
			if _, err := os.Stat(in); err == nil {
				addPath(in, true)
				continue
			}
			matches, err := filepath.Glob(in)
			if err != nil {
				skips = append(skips, Skip{Origin: in, Err: dossier.Errorf(dossier.EINVALID, "bad pattern: %v", err)})
				continue
			}
			if len(matches) == 0 {
				skips = append(skips, Skip{Origin: in, Err: dossier.Errorf(dossier.EINVALID, "no files match")})
			}
			for _, m := range matches {
				addPath(m, false)
			}
		default:
			addPath(in, true)
		}
	}
	return srcs, skips
}

func hasGlobMeta(s string) bool { return strings.ContainsAny(s, "*?[") }
