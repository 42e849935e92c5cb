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

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/eval"
	"github.com/dossierhq/dossier/extract"
	"github.com/dossierhq/dossier/model"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/attrib"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/quant"
	"github.com/dossierhq/dossier/nlp/tag"
	"github.com/dossierhq/dossier/nlp/timex"
)

const trainUsage = `Usage: dossier train pos|chunk|ner|attribution|all --data DIR [flags]

Trains the NLP models from the public corpora under DIR (CoNLL-2003 English
in conll2003-en/, the GMB ner_dataset.csv.zip in gmb-ner-kaggle/, PolNeAR in
polnear/) and writes them gzip-compressed to --out: pos.gz (POS tagger),
chunk.gz (chunker), ner.gz (entity recogniser), attrib-cue.gz and
attrib-role.gz (attribution cue tagger and role labeller, trained on
PolNeAR train). Each model prints its held-out scores. chunk needs a tagger,
ner a tagger and chunker, attribution all three: they are read from --out
when present there, else from the embedded models. Training is
deterministic for a given --seed.

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
		data     = fset.String("data", "", "directory of the raw corpora (e.g. ../shared/data/raw)")
		out      = fset.String("out", "model", "directory to write the model files to")
		seed     = fset.Uint64("seed", 1, "seed of the training shuffles")
		scheme   = fset.String("scheme", ner.BIO, "ner tag scheme: bio or bilou")
		withGMB  = fset.Bool("gmb", false, "ner: also train on 95% of GMB")
		withDev  = fset.Bool("train-dev", true, "ner: also train on CoNLL eng.testa (-train-dev=false keeps it held out for tuning)")
		epochs   = fset.Int("epochs", 0, "passes over the training data (0: each model's default)")
		quiet    = fset.Bool("quiet", false, "do not print per-epoch progress")
		cueBits  = fset.Uint("cue-bits", 0, "attribution: log2 of the cue tagger's feature buckets (0: default)")
		roleBits = fset.Uint("role-bits", 0, "attribution: log2 of the role labeller's feature buckets (0: default)")
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
		return errors.New("name one model: pos, chunk, ner, attribution or all")
	}
	target := targets[0]
	switch target {
	case "pos", "chunk", "ner", "attribution", "all":
	default:
		return fmt.Errorf("unknown model %q (want pos, chunk, ner, attribution or all)", target)
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
	if target == "attribution" {
		return trainAttribution(ctx, *data, *out, attrib.TrainConfig{Seed: *seed, Epochs: *epochs, CueBits: *cueBits, RoleBits: *roleBits, Log: log}, stdout)
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
	if target == "all" {
		return trainAttribution(ctx, *data, *out, attrib.TrainConfig{Seed: *seed, Epochs: *epochs, CueBits: *cueBits, RoleBits: *roleBits, Log: log}, stdout)
	}
	return nil
}

// trainAttribution trains the attribution model on PolNeAR train, with the
// tagger, chunker and recogniser of out (or the embedded ones) supplying
// the features, saves it to out and prints its dev and test scores.
func trainAttribution(ctx context.Context, data, out string, cfg attrib.TrainConfig, stdout io.Writer) error {
	start := time.Now()
	models := fsWithFallback{dir: out}
	tagger, err := tag.LoadTaggerFS(models)
	if err != nil {
		return err
	}
	chunker, err := tag.LoadChunkerFS(models)
	if err != nil {
		return err
	}
	rec, err := ner.LoadFS(models)
	if err != nil {
		return err
	}
	front, err := nlp.NewPipeline(nlp.Tokenizer{}, tag.NewStage(tagger, chunker), ner.NewStage(rec))
	if err != nil {
		return err
	}
	dir := filepath.Join(data, "polnear")
	docs, err := eval.LoadPolNeAR(dir, "train")
	if err != nil {
		return err
	}
	examples := make([]attrib.Example, 0, len(docs))
	for _, pd := range docs {
		d := &nlp.Doc{}
		d.Reset(pd.Text, time.Time{})
		if err := front.Run(d); err != nil {
			return fmt.Errorf("polnear %s: %w", pd.ID, err)
		}
		byteAt := codePointBytes(pd.Text)
		spans := func(ps [][2]int) []dossier.Span {
			out := make([]dossier.Span, 0, len(ps))
			for _, p := range ps {
				if p[0] < 0 || p[1] >= len(byteAt) || p[0] >= p[1] {
					continue
				}
				out = append(out, dossier.Span{Start: byteAt[p[0]], End: byteAt[p[1]]})
			}
			return out
		}
		ex := attrib.Example{Doc: d}
		for _, g := range pd.Gold {
			ex.Gold = append(ex.Gold, attrib.GoldAttribution{Source: spans(g.Source), Cue: spans(g.Cue), Content: spans(g.Content)})
		}
		examples = append(examples, ex)
	}
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "attribution: read and analysed %d PolNeAR train articles in %s\n", len(examples), time.Since(start).Round(time.Millisecond))
	}
	m, err := attrib.Train(ctx, examples, cfg)
	if err != nil {
		return err
	}
	if err := m.Save(func(name string, write func(io.Writer) error) error { return saveModel(out, name, write) }); err != nil {
		return err
	}
	stages := []nlp.Stage{nlp.Tokenizer{}, tag.NewStage(tagger, chunker), ner.NewStage(rec), timex.New(), quant.New(), attrib.NewWithModel(m)}
	for _, split := range []string{"dev", "test"} {
		x, err := extract.New(stages...)
		if err != nil {
			return err
		}
		r, err := eval.PolNeAR(dir, split, func(text string) ([]dossier.Attribution, error) {
			a, err := x.Extract(dossier.Document{Text: text})
			if err != nil {
				return nil, err
			}
			return a.Attributions, nil
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "attribution model, PolNeAR %s:\n", split)
		r.WriteTable(stdout)
	}
	return nil
}

// codePointBytes maps each code point offset of s (and len in code points)
// to its byte offset.
func codePointBytes(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
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
