// Command dossier turns news into a sourced, queryable ledger of claims.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// command is one subcommand of the CLI.
type command struct {
	name, summary string
	run           func(ctx context.Context, env *Env, args []string) error
}

// Env is what a command may touch: its standard streams.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

func commands() []command {
	return []command{
		{"demo", "ingest the embedded demo corpus into ./dossier-demo.db and print its figures", runDemo},
		{"extract", "extract the claim ledger of one article or a JSONL batch", runExtract},
		{"ingest", "analyse and store articles: text, HTML, RSS/Atom, WARC, JSONL files, folders, globs, -", runIngest},
		{"claims", "list claims in the ledger, with filters", runClaims},
		{"figures", "list figures: each measure of each group as a timeline, with flags", runFigures},
		{"entities", "list entities across documents, with their aliases", runEntities},
		{"stories", "list stories: articles clustered by content and time", runStories},
		{"eval", "score dossier against a gold set", runEval},
		{"train", "train the tagger, chunker, entity and attribution models", runTrainCmd},
		{"serve", "serve the JSON API and the web UI (127.0.0.1:8080 by default)", runServe},
	}
}

const usageHead = `dossier turns news into a sourced, queryable ledger of claims.

Usage: dossier COMMAND [flags] [args]

Commands:
`

func usage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'dossier COMMAND --help' for a command's flags.\n")
}

// Main runs the CLI and returns the process exit code: 0 on success, 1 when
// the command failed, 2 on a usage error.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		}
		fmt.Fprintf(stderr, "dossier %s: %s\n", c.name, oneLine(err))
		return 1
	}
	fmt.Fprintf(stderr, "dossier: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// errUsage marks an error whose message the flag package already printed.
var errUsage = errors.New("usage")

func oneLine(err error) string { return strings.ReplaceAll(err.Error(), "\n", " ") }

// newFlags returns a flag set that prints usage to env.Stderr and returns
// errors instead of exiting.
func newFlags(env *Env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet("dossier "+name, flag.ContinueOnError)
	fs.SetOutput(&helpWriter{env: env})
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: dossier %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// helpWriter sends usage to stdout when the user asked for it with --help,
// and to stderr when it follows a usage error.
type helpWriter struct {
	env  *Env
	help bool
}

func (h *helpWriter) Write(p []byte) (int, error) {
	if h.help {
		return h.env.Stdout.Write(p)
	}
	return h.env.Stderr.Write(p)
}

// parseFlags parses args, allowing flags after positional arguments
// ("dossier extract FILE --published 2025-01-13"), and returns the
// positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	if hw, ok := fs.Output().(*helpWriter); ok {
		for _, a := range args {
			if a == "-h" || a == "-help" || a == "--help" {
				hw.help = true
			}
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "-" || !strings.HasPrefix(rest[0], "-") {
			pos = append(pos, rest[0])
			args = rest[1:]
			continue
		}
		return append(pos, rest...), nil // after "--"
	}
}
