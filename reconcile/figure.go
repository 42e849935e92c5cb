package reconcile

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

type figKey struct {
	measure dossier.Measure
	group   string
	scope   string
	part    string // "" for the levels of the group, else see partOf
}

// point is one count claim on its way into a figure.
type point struct {
	c        *dossier.LedgerClaim
	doc      int32
	when     string
	day      time.Time
	g        group
	gkey     string // g.key(), once the head is settled
	scope    string // ledger entity id of the claim's place, or ""
	top      string // the scope at the country level
	source   string // the series the point belongs to: its innermost source
	chainIDs []string
	sources  []dossier.SourceText
	copies   []string
	part     string // "" for a level, else the part it counts (partOf)
}

// casualtyFamily are the measures whose counted groups are the same people
// seen through different outcomes; a bare nationality ("North Koreans")
// borrows its head noun from the others.
var casualtyFamily = map[dossier.Measure]bool{
	dossier.Deaths: true, dossier.Injured: true, dossier.Casualties: true,
	dossier.Missing: true, dossier.Captured: true,
}

// cumulative measures only grow: a later, lower figure from the same
// source is a decrease worth flagging.
var cumulative = map[dossier.Measure]bool{
	dossier.Deaths: true, dossier.Injured: true, dossier.Casualties: true,
	dossier.Captured: true, dossier.Arrested: true, dossier.Kidnapped: true,
	dossier.Displaced: true, dossier.Cases: true,
}

func familyOf(m dossier.Measure) string {
	if casualtyFamily[m] {
		return "casualty"
	}
	return string(m)
}

// figures groups the count claims into figures (DESIGN §5).
func (b *Builder) figures(storyOf []string) []dossier.Figure {
	pts := b.points()
	if len(pts) == 0 {
		return nil
	}
	pts = b.foldCopies(pts)

	// A bare nationality takes the one head noun its nationality has in
	// the same family of measures, else "people".
	heads := map[string]map[string]string{}
	famGroup := func(p *point) string {
		return familyOf(p.c.Measure) + "|" + strings.Join(p.g.quals, "+") + "|" + strings.Join(p.g.mods, " ")
	}
	for _, p := range pts {
		if p.g.head != "" {
			k := famGroup(p)
			if heads[k] == nil {
				heads[k] = map[string]string{}
			}
			heads[k][p.g.head] = p.g.surface
		}
	}
	for _, p := range pts {
		if p.g.head == "" {
			p.g.head, p.g.surface = "people", "people"
			if hs := heads[famGroup(p)]; len(hs) == 1 {
				for h, s := range hs {
					p.g.head, p.g.surface = h, s
				}
			}
			p.gkey = p.g.key()
		}
	}

	// A group with a head but no nationality ("12,000 troops") takes the
	// one nationality its story gives that head in the same family of
	// measures ("North Korean troops"), if exactly one.
	// Else, the one nationality the whole corpus gives it.
	qualsIn := map[string]map[string]*point{}
	bareKey := func(story string, p *point) string {
		return story + "|" + familyOf(p.c.Measure) + "|" + strings.Join(p.g.mods, " ") + "|" + p.g.head
	}
	for _, p := range pts {
		if len(p.g.quals) > 0 {
			for _, k := range []string{bareKey(storyOf[p.doc], p), bareKey("*", p)} {
				if qualsIn[k] == nil {
					qualsIn[k] = map[string]*point{}
				}
				qualsIn[k][strings.Join(p.g.quals, "+")] = p
			}
		}
	}
	for _, p := range pts {
		if len(p.g.quals) != 0 {
			continue
		}
		qs := qualsIn[bareKey(storyOf[p.doc], p)]
		if len(qs) == 0 {
			qs = qualsIn[bareKey("*", p)]
		}
		if len(qs) == 1 {
			for _, q := range qs {
				p.g.quals, p.g.demonyms = q.g.quals, q.g.demonyms
			}
			p.gkey = p.g.key()
		}
	}

	// Scopes, raised to the country level.
	containers := b.containers()
	for _, p := range pts {
		p.scope = b.scopeOf(p)
		// A group's own country is its home, not where the figure is
		// set ("wounded soldiers flown home to North Korea").
		if p.scope != "" && slices.Contains(p.g.quals, key(b.es.ledger[b.es.byID[p.scope]].Name)) {
			p.scope = ""
		}
		p.top = p.scope
		if c, ok := containers[p.scope]; ok {
			p.top = c
		}
	}

	// Scopes are settled per group across a family of measures, so that
	// the deaths, injured and casualties of one group share their scope;
	// then each measure of each group in each scope is a figure.
	fams := map[string][]*point{}
	for _, p := range pts {
		k := familyOf(p.c.Measure) + "|" + p.gkey
		fams[k] = append(fams[k], p)
	}
	countries := b.countries()
	figPts := map[figKey][]*point{}
	for _, fk := range sortedKeys(fams) {
		for scope, ps := range splitScopes(fams[fk], countries, storyOf) {
			for _, p := range ps {
				k := figKey{p.c.Measure, p.gkey, scope, p.part}
				figPts[k] = append(figPts[k], p)
			}
		}
	}
	demonyms := b.demonymDisplays(pts)
	var figs []dossier.Figure
	for k, ps := range figPts {
		figs = append(figs, b.figure(k.scope, k.part, ps, demonyms))
	}
	slices.SortFunc(figs, func(x, y dossier.Figure) int {
		return cmp.Or(cmp.Compare(x.Measure, y.Measure), cmp.Compare(x.Counted, y.Counted),
			cmp.Compare(x.Scope, y.Scope), cmp.Compare(x.ID, y.ID))
	})
	inconsistencies(figs)
	return figs
}

// points turns count claims into points: group, date, sources.
func (b *Builder) points() []*point {
	pts := make([]*point, 0, len(b.claims))
	groups := map[string]group{} // counted phrases repeat
	var prev *point
	for i := range b.claims {
		c := b.claims[i]
		if c.Measure == "" || !validValue(c.Low, c.High) {
			continue
		}
		d := b.docIndex[c.Document]
		g, ok := groups[c.Text.Counted]
		if !ok {
			g = parseGroup(c.Text.Counted, b)
			groups[c.Text.Counted] = g
		}
		if g.head == "" && len(g.quals) == 0 {
			switch {
			case prev != nil && prev.doc == d && prev.c.Evidence.Overlaps(c.Evidence):
				// "2,700 others", "600 dead": the group of the figure
				// before it in the same passage.
				g = prev.g
			default:
				// "suffered several hundred casualties": the one
				// nationality the passage names, if it names one.
				var ok bool
				if g, ok = b.passageNationality(d, c.Evidence); !ok {
					continue
				}
			}
		}
		if c.Measure == dossier.Other && len(g.quals) == 0 && !isHeadClass(g.head) {
			continue // "two countries", "one thing": not a figure about people
		}
		p := &point{c: c, doc: d, g: g, gkey: g.key(), part: b.parts[i]}
		var when string
		if c.When != nil {
			when = c.When.Value
		}
		published := c.Published
		if published.IsZero() {
			published = b.docs[d].published
		}
		p.when, p.day = claimDay(when, published)
		b.resolveSources(p)
		pts = append(pts, p)
		prev = p
	}
	return pts
}

// validValue rejects values no count can have: NaN, infinite, negative, or
// a high below the low.
func validValue(low, high float64) bool {
	return !math.IsNaN(low) && !math.IsNaN(high) && !math.IsInf(high, 0) && low >= 0 && high >= low
}

// docHas reports whether document d mentions ledger entity id.
func (b *Builder) docHas(d int32, id string) bool {
	for _, m := range b.docMentions(d) {
		if b.es.ids[b.es.formList[m.form].node] == id {
			return true
		}
	}
	return false
}

// passageNationality returns a bare-nationality group for the one
// country whose demonym the passage uses, if exactly one.
func (b *Builder) passageNationality(d int32, ev dossier.Span) (group, bool) {
	var country, written string
	for _, m := range b.docMentions(d) {
		if int(m.start) < ev.Start || int(m.end) > ev.End {
			continue
		}
		f := &b.es.formList[m.form]
		n := &b.es.nodeList[f.node]
		if f.typ != dossier.NORP || !n.derived {
			continue
		}
		if country != "" && country != n.key {
			return group{}, false
		}
		country, written = n.key, f.text
	}
	if country == "" {
		return group{}, false
	}
	return group{quals: []string{country}, demonyms: map[string]string{country: singularDemonym(written)}}, true
}

// resolveSources gives each link of a claim's source chain its ledger
// entity and names the point's series by its innermost source: the
// original speaker of the figure, whoever relays it.
func (b *Builder) resolveSources(p *point) {
	c := p.c
	p.sources = make([]dossier.SourceText, len(c.Text.Sources))
	for i, st := range c.Text.Sources {
		if st.Name == "" {
			st.Name = st.Text
		}
		st.Entity = ""
		if i < len(c.Sources) && c.Sources[i].Entity != "" {
			st.Entity = b.entityOf(p.doc, c.Sources[i].Entity)
		}
		if st.Entity == "" {
			st.Entity = b.es.lookup(st.Name)
		}
		if st.Entity == "" && st.Text != st.Name {
			st.Entity = b.es.lookup(st.Text)
		}
		if st.Entity == "" {
			st.Entity = b.es.generic(st.Name, func(id string) bool { return b.docHas(p.doc, id) })
		}
		p.sources[i] = st
		if st.Entity != "" {
			p.chainIDs = append(p.chainIDs, st.Entity)
		}
	}
	switch n := len(p.sources); {
	case n == 0 && c.Outlet != "":
		p.source = "outlet:" + key(c.Outlet)
	case n == 0:
		p.source = "document:" + c.Document
	case p.sources[n-1].Entity != "":
		p.source = p.sources[n-1].Entity
	default:
		k := key(p.sources[n-1].Name)
		k = strings.TrimPrefix(k, "the ")
		p.source = "name:" + k
	}
}

// foldCopies counts a claim repeated by a wire copy once: a point in a
// document that copies another (DuplicateOf, followed to the original)
// with the same measure, group and value as a point of the original is
// listed among the original's copies instead.
func (b *Builder) foldCopies(pts []*point) []*point {
	root := func(d int32) int32 {
		for range 16 {
			dup := b.docs[d].dupOf
			if dup == "" {
				return d
			}
			o, ok := b.docIndex[dup]
			if !ok || o == d {
				return d
			}
			d = o
		}
		return d
	}
	type ck struct {
		doc      int32
		measure  dossier.Measure
		group    string
		low, hi  float64
		boundKey dossier.Bound
	}
	orig := map[ck]*point{}
	for _, p := range pts {
		if b.docs[p.doc].dupOf == "" {
			k := ck{p.doc, p.c.Measure, p.gkey, p.c.Low, p.c.High, p.c.Bound}
			if _, ok := orig[k]; !ok {
				orig[k] = p
			}
		}
	}
	out := pts[:0]
	for _, p := range pts {
		if b.docs[p.doc].dupOf != "" {
			if r := root(p.doc); r != p.doc {
				k := ck{r, p.c.Measure, p.gkey, p.c.Low, p.c.High, p.c.Bound}
				if o, ok := orig[k]; ok {
					if !slices.Contains(o.copies, p.c.Document) {
						o.copies = append(o.copies, p.c.Document)
					}
					continue
				}
			}
		}
		out = append(out, p)
	}
	for _, p := range out {
		slices.Sort(p.copies)
	}
	return out
}

// scopeOf returns the ledger entity of a point's place: the claim's where,
// else a place named in the counted phrase ("people in Gaza").
func (b *Builder) scopeOf(p *point) string {
	c := p.c
	id := ""
	if c.Where != nil && c.Where.Entity != "" {
		id = b.entityOf(p.doc, c.Where.Entity)
	}
	if id == "" && c.Text.Where != "" {
		id = b.es.lookup(c.Text.Where)
	}
	if id == "" && p.g.scope != "" {
		id = b.es.lookup(p.g.scope)
	}
	if id == "" {
		return ""
	}
	switch b.es.ledger[b.es.byID[id]].Type {
	case dossier.GPE, dossier.Loc, dossier.Fac:
		return id
	}
	return ""
}

// countries are the places some demonym names ("Russian" → Russia): the
// level scopes are raised to.
func (b *Builder) countries() map[string]bool {
	out := map[string]bool{}
	for n := range b.es.nodeList {
		if b.es.nodeList[n].derived {
			out[b.es.ids[n]] = true
		}
	}
	return out
}

// containers maps a place to the country it lies in, by the most
// articles' say ("the Russian region of Kursk", "Kursk, Russia").
func (b *Builder) containers() map[string]string {
	countries := b.countries()
	tally := map[string]map[string]int{}
	for v, n := range b.votes {
		in := b.es.ids[b.es.formList[v.inner].node]
		out := b.es.ids[b.es.formList[v.outer].node]
		if in == out || countries[in] || !countries[out] {
			continue
		}
		if tally[in] == nil {
			tally[in] = map[string]int{}
		}
		tally[in][out] += n
	}
	res := map[string]string{}
	for in, outs := range tally {
		best := ""
		for o, n := range outs {
			if best == "" || n > outs[best] || n == outs[best] && o < best {
				best = o
			}
		}
		res[in] = best
	}
	return res
}

// splitScopes divides a family's points into figures by scope. Scopes are
// at the country level already where the corpus tells the country. Then:
//   - no scope at all: one figure without scope;
//   - one scope: one figure with it, and the unscoped points join it;
//   - one country and places not known to lie elsewhere: the places are
//     taken to lie in that country (they nest), one figure;
//   - otherwise one figure per scope, and an unscoped point joins the
//     scope most points of its story have, else a figure without scope.
func splitScopes(ps []*point, countries map[string]bool, storyOf []string) map[string][]*point {
	tops := map[string]int{}
	for _, p := range ps {
		if p.top != "" {
			tops[p.top]++
		}
	}
	var cs []string
	for t := range tops {
		if countries[t] {
			cs = append(cs, t)
		}
	}
	if len(cs) == 1 && len(tops) > 1 {
		for _, p := range ps {
			if p.top != "" {
				p.top = cs[0]
			}
		}
		tops = map[string]int{cs[0]: len(ps)}
	}
	out := map[string][]*point{}
	if len(tops) <= 1 {
		scope := ""
		for t := range tops {
			scope = t
		}
		out[scope] = ps
		return out
	}
	byStory := map[string]map[string]int{}
	for _, p := range ps {
		if p.top == "" {
			continue
		}
		s := storyOf[p.doc]
		if byStory[s] == nil {
			byStory[s] = map[string]int{}
		}
		byStory[s][p.top]++
	}
	for _, p := range ps {
		scope := p.top
		if scope == "" {
			best := ""
			for t, n := range byStory[storyOf[p.doc]] {
				if best == "" || n > byStory[storyOf[p.doc]][best] || n == byStory[storyOf[p.doc]][best] && t < best {
					best = t
				}
			}
			scope = best
		}
		out[scope] = append(out[scope], p)
	}
	return out
}

// demonymDisplays picks, for each country qualifier, the demonym written
// most often in counted phrases ("North Korean").
func (b *Builder) demonymDisplays(pts []*point) map[string]string {
	counts := map[string]map[string]int{}
	for _, p := range pts {
		for k, d := range p.g.demonyms {
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][d]++
		}
	}
	out := map[string]string{}
	for k, m := range counts {
		best := ""
		for d, n := range m {
			if best == "" || n > m[best] || n == m[best] && d < best {
				best = d
			}
		}
		out[k] = best
	}
	return out
}

// figureID is stable: a hash of the figure's key.
func figureID(measure dossier.Measure, group, scope string) string {
	h := fnv.New64a()
	h.Write([]byte(string(measure) + "\x00" + group + "\x00" + scope))
	return "f" + strconv.FormatUint(h.Sum64(), 36)
}

// figure builds one figure from its points: the levels of a group, or a
// part of it (increments, subsets) as a series of its own.
func (b *Builder) figure(scope, part string, ps []*point, demonyms map[string]string) dossier.Figure {
	g := ps[0].g
	gk := g.key()
	if part != "" {
		gk += "|" + part
	}
	f := dossier.Figure{
		ID:      figureID(ps[0].c.Measure, gk, scope),
		Measure: ps[0].c.Measure,
		Counted: partLabel(b.countedDisplay(ps, demonyms), part),
	}
	if scope != "" {
		f.Scope = b.es.ledger[b.es.byID[scope]].Name
	}
	slices.SortStableFunc(ps, func(x, y *point) int {
		return cmp.Or(x.day.Compare(y.day), b.docs[x.doc].published.Compare(b.docs[y.doc].published),
			cmp.Compare(x.c.Document, y.c.Document), cmp.Compare(claimNum(x.c.ID), claimNum(y.c.ID)),
			cmp.Compare(x.c.ID, y.c.ID))
	})
	f.Points = make([]dossier.FigurePoint, len(ps))
	for i, p := range ps {
		f.Points[i] = dossier.FigurePoint{
			FigureValue: dossier.FigureValue{When: p.when, Low: p.c.Low, High: p.c.High, Bound: p.c.Bound},
			Sources:     p.sources,
			Certainty:   p.c.Certainty,
			Document:    p.c.Document,
			Claim:       p.c.ID,
			Copies:      p.copies,
		}
	}
	f.Latest, f.Estimate = b.estimate(ps, f.Points)
	f.Flags = b.flags(f.Measure, part == "", ps, f.Points)
	return f
}

// claimNum orders claim ids "c2" < "c10".
func claimNum(id string) int {
	n, err := strconv.Atoi(strings.TrimLeft(id, "abcdefghijklmnopqrstuvwxyz"))
	if err != nil {
		return 0
	}
	return n
}

// countedDisplay writes a figure's group: demonyms, other qualifiers and
// the head ("North Korean troops"); a country with no demonym written
// comes after ("troops from Freedonia").
func (b *Builder) countedDisplay(ps []*point, demonyms map[string]string) string {
	g := ps[0].g
	var pre, post []string
	var ds []string
	for _, q := range g.quals {
		if d, ok := demonyms[q]; ok {
			ds = append(ds, d)
			continue
		}
		name := q
		if id := b.es.lookup(q); id != "" {
			name = b.es.ledger[b.es.byID[id]].Name
		}
		post = append(post, name)
	}
	if len(ds) > 0 {
		pre = append(pre, strings.Join(ds, " and "))
	}
	pre = append(pre, g.mods...)
	head := g.head
	if !isHeadClass(head) {
		// The head as most often written.
		n := map[string]int{}
		best := ""
		for _, p := range ps {
			s := p.g.surface
			n[s]++
			if best == "" || n[s] > n[best] || n[s] == n[best] && s < best {
				best = s
			}
		}
		head = best
	}
	pre = append(pre, head)
	s := strings.Join(pre, " ")
	if len(post) > 0 {
		s += " from " + strings.Join(post, " and ")
	}
	return s
}

func isHeadClass(h string) bool {
	switch h {
	case "troops", "civilians", "people", "children", "men", "women":
		return true
	}
	return false
}
