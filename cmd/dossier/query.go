package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// The query commands read the ledger: claims, figures, entities, stories.
// Each prints --format table (for people), json (one array), jsonl (one
// object per line) or csv (claims and figures' points, for spreadsheets).

var formats = []string{"table", "json", "jsonl", "csv"}

func checkFormat(f string) error {
	for _, ok := range formats {
		if f == ok {
			return nil
		}
	}
	return dossier.Errorf(dossier.EINVALID, "unknown --format %q (want table, json, jsonl or csv)", f)
}

func runClaims(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "claims", "[flags]")
	var f dossier.ClaimFilter
	var kind, measure, certainty string
	db := dbFlag(fs)
	fs.StringVar(&kind, "kind", "", "claim kind: count or statement")
	fs.StringVar(&measure, "measure", "", "measure: deaths, injured, casualties, deployed, …")
	fs.StringVar(&certainty, "certainty", "", "certainty: asserted, reported, hedged, denied, unconfirmed")
	fs.StringVar(&f.Entity, "entity", "", "ledger entity `id`: claims it states or is counted in")
	fs.StringVar(&f.Source, "source", "", "claims whose source chain mentions `text`")
	fs.StringVar(&f.About, "about", "", "claims whose counted group mentions `text`")
	fs.StringVar(&f.Document, "document", "", "claims of one document `id`")
	fs.StringVar(&f.Story, "story", "", "claims of one story `id`")
	fs.StringVar(&f.Figure, "figure", "", "claims of one figure `id`")
	fs.StringVar(&f.From, "from", "", "claims dated on or after `YYYY-MM-DD`")
	fs.StringVar(&f.To, "to", "", "claims dated on or before `YYYY-MM-DD`")
	fs.StringVar(&f.Query, "q", "", "full-text `query` over the evidence")
	limit := fs.Int("limit", 100, "at most this many claims (0: all)")
	format := fs.String("format", "table", "output format: table, json, jsonl or csv")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f.Kind, f.Measure, f.Certainty = dossier.ClaimKind(kind), dossier.Measure(measure), dossier.Certainty(certainty)
	if err := checkFormat(*format); err != nil {
		return err
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	var claims []dossier.LedgerClaim
	if *limit > 0 {
		f.Limit = *limit
		if claims, _, err = s.Claims(ctx, f); err != nil {
			return err
		}
	} else if err := s.EachClaim(ctx, f, func(c *dossier.LedgerClaim) error {
		claims = append(claims, *c)
		return nil
	}); err != nil {
		return err
	}
	out := make([]export.LedgerClaim, len(claims))
	for i := range claims {
		out[i] = export.FromLedgerClaim(&claims[i])
	}
	switch *format {
	case "table":
		return claimsTable(env.Stdout, out)
	case "csv":
		return claimsCSV(env.Stdout, out)
	}
	return writeJSON(env.Stdout, out, *format)
}

// writeJSON prints items as one indented array (json) or one compact object
// per line (jsonl).
func writeJSON[T any](w io.Writer, items []T, format string) error {
	if format == "json" {
		if items == nil {
			items = []T{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(items)
	}
	enc := json.NewEncoder(w)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

func claimsTable(w io.Writer, cs []export.LedgerClaim) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tOUTLET\tMEASURE\tVALUE\tCOUNTED\tSOURCES\tCERTAINTY\tWHERE\tDOCUMENT")
	for _, c := range cs {
		what := c.Measure
		if c.Kind == "statement" {
			what = "statement"
		}
		val, counted := valueText(c.Value), c.Counted
		if c.Kind == "statement" {
			val, counted = clip(c.Content, 50), ""
		}
		doc := c.Document
		if c.Copy {
			doc += " (copy)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", ledgerWhen(c), dash(c.Outlet), what, val,
			dash(clip(counted, 40)), ledgerSources(c.Sources), c.Certainty, dash(c.Where), doc)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d claims\n", len(cs))
	return nil
}

func ledgerWhen(c export.LedgerClaim) string {
	if c.When != nil && c.When.Value != "" {
		return c.When.Value
	}
	return dash(c.Published)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// ledgerSources writes a chain outermost first: "lawmakers, citing NIS".
func ledgerSources(ss []export.SourceText) string {
	if len(ss) == 0 {
		return "(outlet)"
	}
	parts := make([]string, 0, len(ss))
	for _, s := range ss {
		t := s.Text
		// The resolved name only when the words do not already give it:
		// "he (Lee Seong-kweun)", not "President Lee (Lee)".
		if s.Name != "" && !strings.Contains(strings.ToLower(s.Text), strings.ToLower(s.Name)) {
			t += " (" + s.Name + ")"
		}
		if s.Role == string(dossier.Cited) {
			t = "citing " + t
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, ", ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func claimsCSV(w io.Writer, cs []export.LedgerClaim) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"claim", "document", "published", "outlet", "kind", "measure", "low", "high", "bound",
		"counted", "sources", "cue", "certainty", "hedges", "when", "where", "content", "evidence"})
	for _, c := range cs {
		var low, high, bound, when string
		if c.Value != nil {
			low, high, bound = num(c.Value.Low), num(c.Value.High), c.Value.Bound
		}
		if c.When != nil {
			when = c.When.Value
		}
		cw.Write([]string{c.ID, c.Document, c.Published, c.Outlet, c.Kind, c.Measure, low, high, bound,
			c.Counted, ledgerSources(c.Sources), c.Cue, c.Certainty, strings.Join(c.Hedges, "; "), when,
			c.Where, c.Content, c.Evidence})
	}
	cw.Flush()
	return cw.Error()
}

func runFigures(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "figures", "[flags]")
	var f dossier.FigureFilter
	var measure string
	db := dbFlag(fs)
	fs.StringVar(&measure, "measure", "", "only this measure (deaths, injured, casualties, deployed, …)")
	fs.StringVar(&f.About, "about", "", "figures whose counted group mentions `text`, e.g. \"North Korean troops\"")
	fs.StringVar(&f.Entity, "entity", "", "figures with this ledger entity `id` among their sources")
	fs.BoolVar(&f.Flagged, "flagged", false, "only figures with flags (contradictions, decreases, …)")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many figures (0: all)")
	all := fs.Bool("all", false, "table: also list figures with a single point")
	format := fs.String("format", "table", "output format: table, json, jsonl or csv (one row per point)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f.Measure = dossier.Measure(measure)
	if err := checkFormat(*format); err != nil {
		return err
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	figs, err := s.Figures(ctx, f)
	if err != nil {
		return err
	}
	out := make([]export.Figure, 0, len(figs))
	for i := range figs {
		out = append(out, export.FromFigure(&figs[i]))
	}
	switch *format {
	case "table":
		return figuresTable(env.Stdout, out, *all || f.About != "" || f.Entity != "")
	case "csv":
		return figuresCSV(env.Stdout, out)
	}
	return writeJSON(env.Stdout, out, *format)
}

// figuresTable prints each figure as a timeline: its key, latest value and
// estimate, one row per point, then its flags with their reasons. Figures
// with one point are summarised in a count unless all is set.
func figuresTable(w io.Writer, figs []export.Figure, all bool) error {
	single := 0
	shown := 0
	for _, f := range figs {
		if len(f.Points) < 2 && len(f.Flags) == 0 && !all {
			single++
			continue
		}
		if shown > 0 {
			fmt.Fprintln(w)
		}
		shown++
		key := f.Measure + " · " + f.Counted
		if f.Scope != "" {
			key += " · " + f.Scope
		}
		fmt.Fprintf(w, "%s  [%s]\n", key, f.ID)
		fmt.Fprintf(w, "  latest %s (%s)   estimate low %s, best %s, high %s\n",
			valueText(&export.Value{Low: f.Latest.Low, High: f.Latest.High, Bound: f.Latest.Bound}), dash(f.Latest.When),
			commas(f.Estimate.Low), commas(f.Estimate.Best), commas(f.Estimate.High))
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  #\tWHEN\tVALUE\tSOURCES\tCERTAINTY\tDOCUMENT\tCOPIES")
		for i, p := range f.Points {
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, dash(p.When),
				valueText(&export.Value{Low: p.Low, High: p.High, Bound: p.Bound}), ledgerSources(p.Sources),
				dash(p.Certainty), p.Document, dash(strings.Join(p.Copies, ", ")))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, fl := range f.Flags {
			pts := make([]string, len(fl.Points))
			for i, p := range fl.Points {
				pts[i] = "#" + strconv.Itoa(p+1)
			}
			fmt.Fprintf(w, "  ! %s: %s (%s)\n", fl.Kind, fl.Reason, strings.Join(pts, ", "))
		}
	}
	if single > 0 {
		if shown > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%d more figures with a single point (--all lists them)\n", single)
	}
	if len(figs) == 0 {
		fmt.Fprintln(w, "no figures")
	}
	return nil
}

func figuresCSV(w io.Writer, figs []export.Figure) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"figure", "measure", "counted", "scope", "point", "when", "low", "high", "bound",
		"sources", "certainty", "document", "claim", "copies", "flags"})
	for _, f := range figs {
		flags := make(map[int][]string)
		for _, fl := range f.Flags {
			for _, p := range fl.Points {
				flags[p] = append(flags[p], fl.Kind)
			}
		}
		for i, p := range f.Points {
			cw.Write([]string{f.ID, f.Measure, f.Counted, f.Scope, strconv.Itoa(i + 1), p.When, num(p.Low),
				num(p.High), p.Bound, ledgerSources(p.Sources), p.Certainty, p.Document, p.Claim,
				strings.Join(p.Copies, " "), strings.Join(flags[i], " ")})
		}
	}
	cw.Flush()
	return cw.Error()
}

func runEntities(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "entities", "[flags]")
	var f dossier.EntityFilter
	var typ string
	db := dbFlag(fs)
	fs.StringVar(&typ, "type", "", "only this type: PERSON, ORG, GPE, LOC, NORP, …")
	fs.StringVar(&f.Query, "q", "", "entities whose name or an alias contains `text`")
	fs.IntVar(&f.Limit, "limit", 100, "at most this many entities (0: all)")
	format := fs.String("format", "table", "output format: table, json, jsonl or csv")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f.Type = dossier.EntityType(strings.ToUpper(typ))
	return list(ctx, env, *db, *format, func(s dossier.Store) ([]export.LedgerEntity, error) {
		es, err := s.Entities(ctx, f)
		out := make([]export.LedgerEntity, len(es))
		for i := range es {
			out[i] = export.FromLedgerEntity(&es[i])
		}
		return out, err
	}, columns[export.LedgerEntity]{
		header: []string{"id", "name", "type", "documents", "mentions", "aliases"},
		row: func(e export.LedgerEntity, table bool) []string {
			aliases := strings.Join(e.Aliases, "; ")
			if table {
				aliases = dash(clip(aliases, 60))
			}
			return []string{e.ID, e.Name, e.Type, strconv.Itoa(e.Documents), strconv.Itoa(e.Mentions), aliases}
		},
	})
}

func runStories(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "stories", "[flags]")
	var f dossier.StoryFilter
	db := dbFlag(fs)
	fs.StringVar(&f.Query, "q", "", "stories whose title or keywords contain `text`")
	fs.IntVar(&f.Limit, "limit", 100, "at most this many stories (0: all)")
	format := fs.String("format", "table", "output format: table, json, jsonl or csv")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	return list(ctx, env, *db, *format, func(s dossier.Store) ([]export.Story, error) {
		ss, err := s.Stories(ctx, f)
		out := make([]export.Story, len(ss))
		for i := range ss {
			out[i] = export.FromStory(&ss[i])
		}
		return out, err
	}, columns[export.Story]{
		header: []string{"id", "start", "end", "documents", "claims", "title", "keywords"},
		row: func(s export.Story, table bool) []string {
			docs, title, kw := strings.Join(s.Documents, " "), s.Title, strings.Join(s.Keywords, "; ")
			if table {
				docs, title, kw = strconv.Itoa(len(s.Documents)), clip(title, 60), clip(strings.Join(s.Keywords, ", "), 50)
				return []string{s.ID, dash(s.Start), dash(s.End), docs, strconv.Itoa(s.Claims), title, kw}
			}
			return []string{s.ID, s.Start, s.End, docs, strconv.Itoa(s.Claims), title, kw}
		},
	})
}

// columns lays a listing out as rows: the table shortens long cells, the
// CSV keeps them whole.
type columns[T any] struct {
	header []string
	row    func(item T, table bool) []string
}

// list opens the ledger, fetches a listing and prints it in format.
func list[T any](ctx context.Context, env *Env, db, format string, fetch func(dossier.Store) ([]T, error), c columns[T]) error {
	if err := checkFormat(format); err != nil {
		return err
	}
	s, err := openStore(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	items, err := fetch(s)
	if err != nil {
		return err
	}
	switch format {
	case "table":
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(c.header, "\t")))
		for _, it := range items {
			fmt.Fprintln(tw, strings.Join(c.row(it, true), "\t"))
		}
		return tw.Flush()
	case "csv":
		cw := csv.NewWriter(env.Stdout)
		cw.Write(c.header)
		for _, it := range items {
			cw.Write(c.row(it, false))
		}
		cw.Flush()
		return cw.Error()
	}
	return writeJSON(env.Stdout, items, format)
}
