package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dossierhq/dossier/model"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

const trainUsage = `Usage: dossier train pos|chunk|ner|all --data DIR [flags]

Trains the NLP models from the public corpora under DIR (CoNLL-2003 English
in conll2003-en/, the GMB ner_dataset.csv.zip in gmb-ner-kaggle/) and writes
them gzip-compressed to --out: pos.gz (POS tagger), chunk.gz (chunker) and
ner.gz (entity recogniser). Each model prints its held-out scores. chunk
needs a tagger and ner a tagger and chunker: they are read from --out when
present there, else from the embedded models. Training is deterministic for
a given --seed.

Example (rebuilds the committed models):
  dossier train all --data ../shared/data/raw --out model/

Flags:
`

// runTrainCmd implements "dossier train".
func runTrainCmd(ctx context.Context, env *Env, args []string) error {
	return trainMain(ctx, args, env.Stdout, env.Stderr)
}

func trainMain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("dossier train", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() {
		fmt.Fprint(fset.Output(), trainUsage)
		fset.PrintDefaults()
	}
	var (
		data    = fset.String("data", "", "directory of the raw corpora (e.g. ../shared/data/raw)")
		out     = fset.String("out", "model", "directory to write the model files to")
		seed    = fset.Uint64("seed", 1, "seed of the training shuffles")
		scheme  = fset.String("scheme", ner.BIO, "ner tag scheme: bio or bilou")
		withGMB = fset.Bool("gmb", false, "ner: also train on 95% of GMB")
		withDev = fset.Bool("train-dev", true, "ner: also train on CoNLL eng.testa (-train-dev=false keeps it held out for tuning)")
		epochs  = fset.Int("epochs", 0, "passes over the training data (0: each model's default)")
		quiet   = fset.Bool("quiet", false, "do not print per-epoch progress")
	)
	var targets []string
	for {
		if err := fset.Parse(args); err != nil {
			return err
		}
		rest := fset.Args()
		if len(rest) == 0 {
			break
		}
		targets = append(targets, rest[0])
		args = rest[1:]
	}
	if len(targets) != 1 {
		fset.Usage()
		return errors.New("name one model: pos, chunk, ner or all")
	}
	target := targets[0]
	switch target {
	case "pos", "chunk", "ner", "all":
	default:
		return fmt.Errorf("unknown model %q (want pos, chunk, ner or all)", target)
	}
	if *data == "" {
		return errors.New("--data DIR is required")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	var log io.Writer = stderr
	if *quiet {
		log = nil
	}
	start := time.Now()
	d, err := tag.LoadData(*data)
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(stderr, "read corpora in %s\n", time.Since(start).Round(time.Millisecond))
	}
	cfg := tag.Config{Seed: *seed, Epochs: *epochs, Log: log}
	models := fsWithFallback{dir: *out}

	var tagger *tag.Tagger
	if target == "pos" || target == "all" {
		t, rep, err := tag.TrainTagger(ctx, d, cfg)
		if err != nil {
			return err
		}
		if err := saveModel(*out, tag.POSFile, t.Save); err != nil {
			return err
		}
		fmt.Fprintln(stdout, rep)
		tagger = t
	}
	if target == "pos" {
		return nil
	}
	if tagger == nil {
		if tagger, err = tag.LoadTaggerFS(models); err != nil {
			return err
		}
	}
	var chunker *tag.Chunker
	if target == "chunk" || target == "all" {
		c, rep, err := tag.TrainChunker(ctx, d, tagger, cfg)
		if err != nil {
			return err
		}
		if err := saveModel(*out, tag.ChunkFile, c.Save); err != nil {
			return err
		}
		fmt.Fprintln(stdout, rep)
		chunker = c
	}
	if target == "chunk" {
		return nil
	}
	if chunker == nil {
		if chunker, err = tag.LoadChunkerFS(models); err != nil {
			return err
		}
	}
	ncfg := ner.Config{Seed: *seed, Epochs: *epochs, Scheme: *scheme, WithGMB: *withGMB, WithDev: *withDev, Log: log}
	r, rep, err := ner.Train(ctx, d, ner.Tools{Tagger: tagger, Chunker: chunker}, ncfg)
	if err != nil {
		return err
	}
	if err := saveModel(*out, ner.File, r.Save); err != nil {
		return err
	}
	fmt.Fprintln(stdout, rep)
	return nil
}

// saveModel writes a model file atomically (temporary file, then rename).
func saveModel(dir, name string, save func(io.Writer) error) error {
	f, err := os.CreateTemp(dir, "."+name+".*")
	if err != nil {
		return fmt.Errorf("save %s: %w", name, err)
	}
	defer os.Remove(f.Name())
	if err := save(f); err != nil {
		f.Close()
		return fmt.Errorf("save %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save %s: %w", name, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("save %s: %w", name, err)
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("save %s: %w", name, err)
	}
	return nil
}

// fsWithFallback reads model files from dir, or from the embedded models
// when dir lacks them.
type fsWithFallback struct{ dir string }

func (f fsWithFallback) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) || strings.Contains(name, "/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	file, err := os.Open(filepath.Join(f.dir, name))
	if err == nil {
		return file, nil
	}
	return model.FS.Open(name)
}
