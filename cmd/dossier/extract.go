package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"text/tabwriter"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
	"github.com/dossierhq/dossier/extract"
	"github.com/dossierhq/dossier/ingest"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract", "[flags] FILE|-   or   dossier extract --jsonl IN.jsonl|-")
	var (
		published = fs.String("published", "", "publication `date` (YYYY-MM-DD); relative dates resolve against it")
		id        = fs.String("id", "", "document id (default: the file name)")
		url       = fs.String("url", "", "document URL")
		outlet    = fs.String("outlet", "", "outlet that published it")
		title     = fs.String("title", "", "document title")
		jsonl     = fs.Bool("jsonl", false, "read one JSON document per line ({id,url,title,published,outlet,text}) and print one result per line")
		format    = fs.String("format", "json", "output format: json or table")
		maxBytes  = fs.Int("max-bytes", extract.DefaultMaxBytes, "reject texts longer than this many bytes")
		cpuprof   = fs.String("cpuprofile", "", "write a CPU profile to `file` (for speed work)")
	)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "table" {
		return dossier.Errorf(dossier.EINVALID, "unknown --format %q (want json or table)", *format)
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	if *cpuprof != "" {
		stop, err := startCPUProfile(*cpuprof)
		if err != nil {
			return err
		}
		defer stop()
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	x.MaxBytes = *maxBytes
	in, name, closeIn, err := openInput(env, pos[0])
	if err != nil {
		return err
	}
	defer closeIn()
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer out.Flush()
	if *jsonl {
		return extractJSONL(ctx, env, x, in, name, out, *format)
	}
	doc := dossier.Document{ID: *id, URL: *url, Outlet: *outlet, Title: *title}
	if doc.ID == "" {
		doc.ID = name
	}
	if *published != "" {
		t, err := ingest.ParseDate(*published)
		if err != nil {
			return dossier.Errorf(dossier.EINVALID, "--published: %v", err)
		}
		doc.Published = t
	}
	data, err := io.ReadAll(io.LimitReader(in, int64(*maxBytes)+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	doc.Text = string(data)
	a, err := x.Extract(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return write(out, a, *format)
}

func openInput(env *Env, path string) (io.Reader, string, func(), error) {
	if path == "-" {
		return env.Stdin, "stdin", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", nil, dossier.Errorf(dossier.EINVALID, "cannot open %s: %v", path, unwrapPathError(err))
	}
	return f, path, func() { f.Close() }, nil
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func write(w io.Writer, a *dossier.Analysis, format string) error {
	doc := export.FromAnalysis(a)
	if format == "table" {
		return writeTable(w, doc)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// recordError is printed in place of a result whose record failed, so that
// output line N still answers input line N.
type recordError struct {
	ID    string `json:"id,omitempty"`
	Line  int    `json:"line"`
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// extractJSONL streams records: one line in, one line out, in order, with
// memory bounded by the longest line rather than the number of documents.
func extractJSONL(ctx context.Context, env *Env, x *extract.Extractor, in io.Reader, name string, out *bufio.Writer, format string) error {
	r := bufio.NewReaderSize(in, 1<<20)
	failed, total := 0, 0
	var line []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		line, err = ingest.ReadLine(r, line[:0], x.MaxBytes*2+4096)
		if err == io.EOF && len(line) == 0 {
			break
		}
		if err != nil && err != io.EOF && err != ingest.ErrLongLine {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if err == nil || err == io.EOF || err == ingest.ErrLongLine {
			if err != ingest.ErrLongLine && len(bytes.TrimSpace(line)) == 0 {
				if err == io.EOF {
					break
				}
				continue
			}
			total++
			var id string
			rerr := err
			if rerr != ingest.ErrLongLine {
				var a *dossier.Analysis
				a, id, rerr = extractRecord(x, line)
				if rerr == nil {
					if werr := write(out, a, format); werr != nil {
						return werr
					}
				}
			} else {
				rerr = dossier.Errorf(dossier.EINVALID, "line longer than %d bytes", x.MaxBytes*2+4096)
			}
			if rerr != nil {
				failed++
				where := fmt.Sprintf("%s:%d", name, n)
				if id != "" {
					where += fmt.Sprintf(" (id %q)", id)
				}
				fmt.Fprintf(env.Stderr, "dossier extract: %s: %s\n", where, oneLine(rerr))
				if format == "json" {
					re := recordError{ID: id, Line: n}
					re.Error.Code, re.Error.Message = dossier.ErrorCode(rerr), dossier.ErrorMessage(rerr)
					b, _ := json.Marshal(re)
					out.Write(append(b, '\n'))
				}
			}
		}
		if err == io.EOF {
			break
		}
		if format == "json" && r.Buffered() == 0 {
			out.Flush() // let a reader downstream see results as they come
		}
	}
	if failed > 0 {
		return dossier.Errorf(dossier.EINVALID, "%d of %d records failed (see above); the others were extracted", failed, total)
	}
	return nil
}

func extractRecord(x *extract.Extractor, line []byte) (*dossier.Analysis, string, error) {
	doc, err := ingest.ParseJSONLine(line)
	if err != nil {
		return nil, doc.ID, err
	}
	a, err := x.Extract(doc)
	return a, doc.ID, err
}

func writeTable(w io.Writer, d *export.Document) error {
	fmt.Fprintf(w, "document %s", d.ID)
	if d.Title != "" {
		fmt.Fprintf(w, "  %q", d.Title)
	}
	if d.Published != "" {
		fmt.Fprintf(w, "  published %s", d.Published)
	}
	fmt.Fprintf(w, "\n%d sentences, %d entities, %d times, %d quantities, %d quotes, %d attributions, %d claims\n\n",
		len(d.Sentences), len(d.Entities), len(d.Times), len(d.Quantities), len(d.Quotes), len(d.Attributions), len(d.Claims))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CLAIM\tMEASURE\tVALUE\tCOUNTED\tSOURCES\tCUE\tCERTAINTY\tWHEN\tWHERE")
	for _, c := range d.Claims {
		if c.Kind != "count" {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, c.Measure, valueText(c.Value),
			spanText(c.Counted), sourcesText(c.Sources), spanText(c.Cue), c.Certainty, whenText(c.When), whereText(c.Where))
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "STATEMENT\tSOURCES\tCUE\tCERTAINTY\tWHEN\tCONTENT")
	for _, c := range d.Claims {
		if c.Kind != "statement" {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, sourcesText(c.Sources), spanText(c.Cue), c.Certainty,
			whenText(c.When), clip(spanText(c.Content), 70))
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "QUOTE\tSPEAKER")
	for _, q := range d.Quotes {
		sp := "?"
		if q.Speaker != nil {
			sp = mentionText(*q.Speaker)
		}
		fmt.Fprintf(tw, "%s\t%s\n", clip(q.Text, 70), sp)
	}
	return tw.Flush()
}

func valueText(v *export.Value) string {
	if v == nil {
		return ""
	}
	n := func(f float64) string { return commas(f) }
	switch v.Bound {
	case "range":
		return n(v.Low) + "–" + n(v.High)
	case "approx":
		return "≈" + n(v.Low)
	case "min":
		return "≥" + n(v.Low)
	case "max":
		return "≤" + n(v.High)
	}
	return n(v.Low)
}

// commas formats 2700 as "2,700" and keeps fractions.
func commas(f float64) string {
	if f != float64(int64(f)) {
		return fmt.Sprintf("%g", f)
	}
	s := fmt.Sprintf("%d", int64(f))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func spanText(s *export.Span) string {
	if s == nil {
		return "-"
	}
	return s.Text
}

func mentionText(m export.Mention) string {
	if m.Resolved != "" {
		return m.Text + " (" + m.Resolved + ")"
	}
	return m.Text
}

func sourcesText(ss []export.Source) string {
	if len(ss) == 0 {
		return "(outlet)"
	}
	var parts []string
	for _, s := range ss {
		t := mentionText(s.Mention)
		if s.Role == "cited" {
			t = "citing " + t
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, ", ")
}

func whenText(w *export.When) string {
	if w == nil {
		return "-"
	}
	return w.Value
}

func whereText(w *export.Where) string {
	if w == nil {
		return "-"
	}
	return w.Text
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// startCPUProfile writes a CPU profile to path until the returned stop.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
