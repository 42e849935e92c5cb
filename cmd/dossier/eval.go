package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/eval"
)

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "--set claims --data DIR [flags]")
	var (
		set    = fs.String("set", "claims", "gold set: claims")
		data   = fs.String("data", "", "directory of the gold set (e.g. ../shared/data/claims)")
		pred   = fs.String("pred", "", "score this prediction file (dossier extract --jsonl output) instead of running the pipeline")
		all    = fs.Bool("all", false, "claims: keep claims of measure \"other\"")
		format = fs.String("format", "table", "output format: table or json")
	)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return dossier.Errorf(dossier.EINVALID, "--data DIR is required")
	}
	switch *set {
	case "claims":
		predPath := *pred
		if predPath == "" {
			f, err := os.CreateTemp("", "dossier-eval-*.jsonl")
			if err != nil {
				return err
			}
			defer os.Remove(f.Name())
			in, err := os.Open(filepath.Join(*data, "dev-docs.jsonl"))
			if err != nil {
				return dossier.Errorf(dossier.EINVALID, "cannot open gold documents: %v", unwrapPathError(err))
			}
			defer in.Close()
			sub := &Env{Stdin: in, Stdout: f, Stderr: env.Stderr}
			if err := runExtract(ctx, sub, []string{"--jsonl", "-"}); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			predPath = f.Name()
		}
		res, err := eval.ScoreClaims(filepath.Join(*data, "dev-gold.jsonl"), predPath, *all)
		if err != nil {
			return err
		}
		if *format == "json" {
			b, _ := json.MarshalIndent(res, "", " ")
			fmt.Fprintln(env.Stdout, string(b))
			return nil
		}
		res.Print(env.Stdout)
		return nil
	}
	return dossier.Errorf(dossier.EINVALID, "unknown --set %q", *set)
}
