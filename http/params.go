package http

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

// params reads a request's query string, keeping the first problem: a
// misspelt parameter or a bad value is an EINVALID error naming it, not a
// silently ignored filter.
type params struct {
	v     url.Values
	known []string
	err   error
}

func newParams(u *url.URL) *params { return &params{v: u.Query()} }

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = dossier.Errorf(dossier.EINVALID, format, args...)
	}
}

// str returns the trimmed value of name.
func (p *params) str(name string) string {
	p.known = append(p.known, name)
	vs := p.v[name]
	if len(vs) > 1 {
		p.fail("parameter %s is given %d times", name, len(vs))
	}
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[0])
}

// oneOf returns the value of name, which must be "" or one of allowed.
func (p *params) oneOf(name string, allowed []string) string {
	s := p.str(name)
	if s != "" && !slices.Contains(allowed, s) {
		p.fail("%s=%q: want one of %s", name, s, strings.Join(allowed, ", "))
	}
	return s
}

// date returns the value of name, which must be "" or YYYY-MM-DD.
func (p *params) date(name string) string {
	s := p.str(name)
	if s != "" {
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			p.fail("%s=%q: want a date as YYYY-MM-DD", name, s)
		}
	}
	return s
}

// boolean returns the value of name: true, false, 1, 0 or absent (false).
func (p *params) boolean(name string) bool {
	s := p.str(name)
	if s == "" {
		return false
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		p.fail("%s=%q: want true or false", name, s)
	}
	return b
}

// limit returns the page size: def when absent, at most max.
func (p *params) limit(def, max int) int {
	s := p.str("limit")
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		p.fail("limit=%q: want a number from 1 to %d", s, max)
		return def
	}
	return n
}

// done returns the first problem, or an error for a parameter no reader
// asked for.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	for name := range p.v {
		if !slices.Contains(p.known, name) {
			return dossier.Errorf(dossier.EINVALID, "unknown parameter %q (known: %s)", name, strings.Join(p.known, ", "))
		}
	}
	return nil
}

var (
	claimKinds  = []string{string(dossier.CountClaim), string(dossier.StatementClaim)}
	measures    = []string{"deaths", "injured", "casualties", "missing", "captured", "arrested", "kidnapped", "displaced", "deployed", "cases", "affected", "other"}
	certainties = []string{"asserted", "reported", "hedged", "denied", "unconfirmed"}
	entityTypes = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC"}
)

// claimFilter reads the claim filters of GET /api/claims and /claims.
func claimFilter(p *params, maxLimit int) dossier.ClaimFilter {
	return dossier.ClaimFilter{
		Kind:      dossier.ClaimKind(p.oneOf("kind", claimKinds)),
		Measure:   dossier.Measure(p.oneOf("measure", measures)),
		Certainty: dossier.Certainty(p.oneOf("certainty", certainties)),
		Entity:    p.str("entity"),
		Source:    p.str("source"),
		About:     p.str("about"),
		Document:  p.str("document"),
		Story:     p.str("story"),
		Figure:    p.str("figure"),
		From:      p.date("from"),
		To:        p.date("to"),
		Query:     p.str("q"),
		After:     p.str("after"),
		Limit:     p.limit(50, maxLimit),
	}
}
