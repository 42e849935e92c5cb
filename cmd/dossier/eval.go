package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/eval"
	"github.com/dossierhq/dossier/extract"
	"github.com/dossierhq/dossier/nlp/ner"
	"github.com/dossierhq/dossier/nlp/tag"
)

const evalSynopsis = `--set SET --data DIR [flags]

Sets and what --data names:
  claims     count claims: the folder of dev-docs.jsonl and dev-gold.jsonl (../shared/data/claims)
  tempeval3  TempEval-3 timex (alias te3): the tempeval3 folder (../shared/data/raw/tempeval3);
             --split test (te3-platinum; default), dev (TBAQ AQUAINT), train (TBAQ TimeBank),
             tbaq (both); or any folder of .tml files itself, with no --split
  meantime   MEANTIME timex: the meantime-en folder (../shared/data/raw/meantime-en);
             --split all (default), airbus, apple, gm or stock
  conll2003  CoNLL-2003 entities: the conll2003-en folder; --split testb|testa|train
  polnear    PolNeAR attribution: the polnear folder; --split dev|test|train
  gmb        GMB entities: the gmb-ner-kaggle folder (or its ner_dataset.csv.zip);
             --split heldout (the 5% no model trains on; default) or all
  re3d       re3d entities through the whole pipeline: the re3d folder (its 7 source folders)`

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", evalSynopsis)
	var (
		set    = fs.String("set", "claims", "gold set: claims, tempeval3 (te3), meantime, conll2003, polnear, gmb or re3d")
		data   = fs.String("data", "", "where the gold set is (see above)")
		split  = fs.String("split", "", "conll2003: testb (default), testa, train; polnear: dev (default), test, train; gmb: heldout (default), all; tempeval3: test (default), dev, train, tbaq; meantime: all (default), airbus, apple, gm, stock")
		pred   = fs.String("pred", "", "claims: score this prediction file (dossier extract --jsonl output) instead of running the pipeline")
		all    = fs.Bool("all", false, "claims: keep claims of measure \"other\"")
		format = fs.String("format", "table", "output format: table or json")
		// PolNeAR's doubly annotated articles (train) give the human ceiling.
		quotes    = fs.Bool("quotes", false, "polnear: score the speakers of quotations (those a gold attribution holds) instead of the attribution spans")
		agreement = fs.Bool("agreement", false, "polnear: score every other annotator against the first on the articles several annotated (--split train: 79 pairs) instead of running the pipeline")
	)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return dossier.Errorf(dossier.EINVALID, "--data DIR is required")
	}
	if *format != "table" && *format != "json" {
		return dossier.Errorf(dossier.EINVALID, "unknown --format %q (want table or json)", *format)
	}
	var (
		res   any
		table func(io.Writer)
	)
	switch *set {
	case "claims":
		r, err := evalClaims(ctx, env, *data, *pred, *all)
		if err != nil {
			return err
		}
		res, table = r, r.Print
	case "te3", "tempeval3":
		run, err := evalTimes()
		if err != nil {
			return err
		}
		r, err := eval.TE3(*data, *split, run)
		if err != nil {
			return err
		}
		res, table = r, func(w io.Writer) { eval.WriteTE3(w, r) }
	case "meantime":
		run, err := evalTimes()
		if err != nil {
			return err
		}
		r, err := eval.Meantime(*data, *split, run)
		if err != nil {
			return err
		}
		res, table = r, func(w io.Writer) { eval.WriteMeantime(w, r) }
	case "conll2003":
		file := map[string]string{"": "eng.testb", "testb": "eng.testb", "testa": "eng.testa", "train": "eng.train"}[*split]
		if file == "" {
			return dossier.Errorf(dossier.EINVALID, "unknown --split %q for conll2003 (want testb, testa or train)", *split)
		}
		path := *data
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			path = filepath.Join(path, file)
		}
		docs, err := eval.ReadCoNLLDocs(path)
		if err != nil {
			return dossier.Errorf(dossier.EINVALID, "read %s: %v", path, err)
		}
		pos, err := tag.DefaultStage()
		if err != nil {
			return err
		}
		ents, err := ner.DefaultStage()
		if err != nil {
			return err
		}
		preds, err := eval.PredictCoNLL(docs, pos, ents)
		if err != nil {
			return err
		}
		r := eval.ScoreCoNLL(docs, preds)
		res, table = r, func(w io.Writer) { eval.FormatCoNLL(w, r) }
	case "polnear":
		sp := *split
		if sp == "" {
			sp = "dev"
		}
		if *agreement {
			r, err := eval.PolNeARAgreement(*data, sp)
			if err != nil {
				return err
			}
			res, table = r, r.WriteTable
			break
		}
		x, err := extract.New()
		if err != nil {
			return err
		}
		if *quotes {
			r, err := eval.PolNeARQuoteSpeakers(*data, sp, func(text string) (*dossier.Analysis, error) {
				return x.Extract(dossier.Document{Text: text})
			})
			if err != nil {
				return err
			}
			res, table = r, r.WriteTable
			break
		}
		r, err := eval.PolNeAR(*data, sp, func(text string) ([]dossier.Attribution, error) {
			a, err := x.Extract(dossier.Document{Text: text})
			if err != nil {
				return nil, err
			}
			return a.Attributions, nil
		})
		if err != nil {
			return err
		}
		res, table = r, r.WriteTable
	case "gmb":
		if *split != "" && *split != "heldout" && *split != "all" {
			return dossier.Errorf(dossier.EINVALID, "unknown --split %q for gmb (want heldout or all)", *split)
		}
		sents, err := eval.ReadGMB(*data, *split)
		if err != nil {
			return dossier.Errorf(dossier.EINVALID, "%v", err)
		}
		pos, chunks, err := tag.Default()
		if err != nil {
			return err
		}
		rec, err := ner.Default()
		if err != nil {
			return err
		}
		r := eval.ScoreGMB(rec, ner.Tools{Tagger: pos, Chunker: chunks}, sents, *split)
		res, table = r, func(w io.Writer) { eval.FormatGMB(w, r) }
	case "re3d":
		if *split != "" {
			return dossier.Errorf(dossier.EINVALID, "re3d has no --split (it is scored whole)")
		}
		docs, err := eval.ReadRe3d(*data)
		if err != nil {
			return dossier.Errorf(dossier.EINVALID, "%v", err)
		}
		x, err := extract.New()
		if err != nil {
			return err
		}
		preds, err := eval.PredictRe3d(docs, func(text string) ([]dossier.Entity, error) {
			a, err := x.Extract(dossier.Document{Text: text})
			if err != nil {
				return nil, err
			}
			return a.Entities, nil
		})
		if err != nil {
			return err
		}
		r := eval.ScoreRe3d(docs, preds)
		res, table = r, func(w io.Writer) { eval.FormatRe3d(w, r) }
	default:
		return dossier.Errorf(dossier.EINVALID, "unknown --set %q (want claims, tempeval3, meantime, conll2003, polnear, gmb or re3d)", *set)
	}
	if *format == "json" {
		b, err := json.MarshalIndent(res, "", " ")
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, string(b))
		return nil
	}
	table(env.Stdout)
	return nil
}

// evalTimes returns the whole pipeline as a function from a text and its
// publication date to its temporal expressions, as the timex sets score it.
func evalTimes() (func(string, time.Time) ([]dossier.Timex, error), error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	return func(text string, published time.Time) ([]dossier.Timex, error) {
		a, err := x.Extract(dossier.Document{Text: text, Published: published})
		if err != nil {
			return nil, err
		}
		return a.Times, nil
	}, nil
}

// evalClaims scores predPath, or the pipeline's output on the set's
// documents when predPath is empty, against the count-claim gold in dir.
func evalClaims(ctx context.Context, env *Env, dir, predPath string, all bool) (*eval.ClaimsResult, error) {
	if predPath == "" {
		f, err := os.CreateTemp("", "dossier-eval-*.jsonl")
		if err != nil {
			return nil, err
		}
		defer os.Remove(f.Name())
		in, err := os.Open(filepath.Join(dir, "dev-docs.jsonl"))
		if err != nil {
			f.Close()
			return nil, dossier.Errorf(dossier.EINVALID, "cannot open gold documents: %v", unwrapPathError(err))
		}
		defer in.Close()
		sub := &Env{Stdin: in, Stdout: f, Stderr: env.Stderr}
		err = runExtract(ctx, sub, []string{"--jsonl", "-"})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
		predPath = f.Name()
	}
	return eval.ScoreClaims(filepath.Join(dir, "dev-gold.jsonl"), predPath, all)
}
