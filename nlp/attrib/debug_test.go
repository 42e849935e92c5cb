package attrib

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier/nlp"
)

// TestDump prints what the stage finds in the file named by $ATTRIB_DUMP; a
// debugging aid, skipped otherwise.
func TestDump(t *testing.T) {
	path := os.Getenv("ATTRIB_DUMP")
	if path == "" {
		t.Skip("set ATTRIB_DUMP=FILE to print the attributions of FILE")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := analyse(string(b))
	fmt.Print(dump(d))
}

func analyse(s string) *nlp.Doc {
	d := &nlp.Doc{}
	d.Reset(s, time.Time{})
	_ = nlp.Tokenizer{}.Process(d)
	_ = New().Process(d)
	return d
}

func dump(d *nlp.Doc) string {
	var b strings.Builder
	for _, a := range d.Attributions {
		fmt.Fprintf(&b, "SRC %q [%s] CUE %q", a.Source.Span.Text(d.Text), a.Source.Entity, a.Cue.Text(d.Text))
		for _, c := range a.Cited {
			fmt.Fprintf(&b, " CITED %q", c.Span.Text(d.Text))
		}
		for _, h := range a.Hedges {
			fmt.Fprintf(&b, " HEDGE %q", h.Text(d.Text))
		}
		if a.Negated {
			b.WriteString(" NEG")
		}
		if a.Unconfirmed {
			b.WriteString(" UNCONF")
		}
		b.WriteString("\n")
		for _, c := range a.Content {
			fmt.Fprintf(&b, "    CONTENT %q\n", c.Text(d.Text))
		}
	}
	for _, q := range d.Quotes {
		sp := "<nil>"
		if q.Speaker != nil {
			sp = q.Speaker.Span.Text(d.Text)
		}
		fmt.Fprintf(&b, "QUOTE %q SPEAKER %q\n", q.Span.Text(d.Text), sp)
	}
	return b.String()
}
