package reconcile

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp/ner"
)

// Options tune reconciliation. The zero value uses the defaults.
type Options struct {
	// Window is how close in time two points must be to be compared for
	// disagreement, and how far back from the latest point the estimate
	// looks. Default 14 days.
	Window time.Duration
	// StoryGap is how long after a story's last article a new article
	// may still join it. Default 30 days.
	StoryGap time.Duration
	// StoryMaxGap is how long after a story's last article a very
	// similar article (twice StorySimilarity) may still join it.
	// Default 180 days.
	StoryMaxGap time.Duration
	// StorySimilarity is the least cosine similarity between an article
	// and a story for the article to join it. Default 0.2.
	StorySimilarity float64
	// Now stamps Ledger.Built; time.Now when nil.
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = 14 * 24 * time.Hour
	}
	if o.StoryGap <= 0 {
		o.StoryGap = 30 * 24 * time.Hour
	}
	if o.StoryMaxGap < o.StoryGap {
		o.StoryMaxGap = max(6*o.StoryGap, 180*24*time.Hour)
	}
	if o.StorySimilarity <= 0 {
		o.StorySimilarity = 0.2
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Run reads every document, mention and claim of the store, reconciles
// them and replaces the store's ledger with the result, which it returns.
func Run(ctx context.Context, s dossier.Store, opt Options) (*dossier.Ledger, error) {
	b := NewBuilder(opt)
	if err := s.EachDocument(ctx, func(d *dossier.StoredDocument) error {
		b.AddDocument(d)
		return ctx.Err()
	}); err != nil {
		return nil, fmt.Errorf("reconcile: read documents: %w", err)
	}
	if err := s.EachMention(ctx, func(m *dossier.EntityMention) error {
		b.AddMention(m)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reconcile: read mentions: %w", err)
	}
	if err := s.EachClaim(ctx, dossier.ClaimFilter{}, func(c *dossier.LedgerClaim) error {
		b.AddClaim(c)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reconcile: read claims: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l := b.Ledger()
	if err := s.ReplaceLedger(ctx, l); err != nil {
		return nil, fmt.Errorf("reconcile: replace ledger: %w", err)
	}
	return l, nil
}

// Build reconciles documents (listings), their entity mentions and their
// claims into a ledger. It is Run without a store.
func Build(docs []dossier.StoredDocument, mentions []dossier.EntityMention, claims []dossier.LedgerClaim, opt Options) *dossier.Ledger {
	b := NewBuilder(opt)
	for i := range docs {
		b.AddDocument(&docs[i])
	}
	for i := range mentions {
		b.AddMention(&mentions[i])
	}
	for i := range claims {
		b.AddClaim(&claims[i])
	}
	return b.Ledger()
}

// docInfo is what reconciliation keeps of a document listing.
type docInfo struct {
	id        string
	title     string
	outlet    string
	published time.Time
	dupOf     string
	keywords  []string
	claims    int // Meta.Claims
	seen      int // claims added
	// mention records of the document in Builder.mentions, once indexed.
	mlo, mhi int32
}

// mentionRec is one entity mention, compactly.
type mentionRec struct {
	doc, local, form int32
	start, end       int32
}

type pendingDesc struct {
	doc, local int32
	text       string
}

// containVote says a place (inner form) lies in another (outer form), as
// one article writes ("the Russian region of Kursk", "Kursk, Russia").
type containVote struct{ inner, outer int32 }

// Builder accumulates documents, mentions and claims and derives the
// ledger. Add documents first, then mentions, then claims: the claims'
// evidence is read against the mentions already added. It copies what
// it keeps, so callers may reuse the values they pass.
type Builder struct {
	opt      Options
	docs     []docInfo
	docIndex map[string]int32
	es       *entities
	locals   map[string]int32
	localIDs []string
	mentions []mentionRec
	indexed  int // mentions indexed by document (sorted prefix)
	claims   []*dossier.LedgerClaim
	parts    []string // partOf each claim, read while its evidence is at hand
	descs    []pendingDesc
	votes    map[containVote]int
	seenEv   map[[2]int32]bool
	// claimsSeen counts every claim added, count or statement.
	claimsSeen int
}

// NewBuilder returns an empty Builder.
func NewBuilder(opt Options) *Builder {
	return &Builder{
		opt:      opt.withDefaults(),
		docIndex: map[string]int32{},
		es:       newEntities(),
		locals:   map[string]int32{},
		votes:    map[containVote]int{},
		seenEv:   map[[2]int32]bool{},
	}
}

func (b *Builder) doc(id string, published time.Time) int32 {
	if i, ok := b.docIndex[id]; ok {
		return i
	}
	i := int32(len(b.docs))
	b.docs = append(b.docs, docInfo{id: id, published: published, mlo: -1})
	b.docIndex[id] = i
	return i
}

// AddDocument adds a document listing.
func (b *Builder) AddDocument(d *dossier.StoredDocument) {
	i := b.doc(d.Document.ID, d.Document.Published)
	di := &b.docs[i]
	di.title, di.outlet, di.published = d.Document.Title, d.Document.Outlet, d.Document.Published
	di.dupOf = d.Meta.DuplicateOf
	di.keywords = slices.Clone(d.Meta.Keywords)
	di.claims = d.Meta.Claims
}

func (b *Builder) local(id string) int32 {
	if i, ok := b.locals[id]; ok {
		return i
	}
	i := int32(len(b.localIDs))
	b.localIDs = append(b.localIDs, id)
	b.locals[id] = i
	return i
}

// AddMention adds one named-entity mention.
func (b *Builder) AddMention(m *dossier.EntityMention) {
	text := m.Text
	if text == "" {
		text = m.Entity.Canonical
	}
	if strings.TrimSpace(text) == "" {
		return
	}
	d := b.doc(m.Document, m.Published)
	f := b.es.addForm(text, m.Entity.Type, m.Entity.Canonical)
	b.mentions = append(b.mentions, mentionRec{
		doc: d, local: b.local(m.Entity.ID), form: f,
		start: int32(m.Entity.Span.Start), end: int32(m.Entity.Span.End),
	})
}

// index sorts the mentions by document and position and records each
// document's range.
func (b *Builder) index() {
	if b.indexed == len(b.mentions) {
		return
	}
	slices.SortStableFunc(b.mentions, func(x, y mentionRec) int {
		if x.doc != y.doc {
			return int(x.doc - y.doc)
		}
		return int(x.start - y.start)
	})
	for i := range b.docs {
		b.docs[i].mlo, b.docs[i].mhi = -1, -1
	}
	for i := range b.mentions {
		d := &b.docs[b.mentions[i].doc]
		if d.mlo < 0 {
			d.mlo = int32(i)
		}
		d.mhi = int32(i + 1)
	}
	b.indexed = len(b.mentions)
}

// docMentions returns the mentions of document d, by position.
func (b *Builder) docMentions(d int32) []mentionRec {
	di := &b.docs[d]
	if di.mlo < 0 {
		return nil
	}
	return b.mentions[di.mlo:di.mhi]
}

// mentionForm returns the form of document d's mention with local id, or -1.
func (b *Builder) mentionForm(d int32, local string) int32 {
	l, ok := b.locals[local]
	if !ok {
		return -1
	}
	for _, m := range b.docMentions(d) {
		if m.local == l {
			return m.form
		}
	}
	return -1
}

// AddClaim adds one claim. Count claims become figure points; every
// claim's sources teach descriptions of entities, and its evidence
// teaches which places lie in which.
func (b *Builder) AddClaim(c *dossier.LedgerClaim) {
	d := b.doc(c.Document, c.Published)
	b.docs[d].seen++
	b.claimsSeen++
	b.index()
	for i, s := range c.Sources {
		if s.Entity == "" || i >= len(c.Text.Sources) {
			continue
		}
		if t := c.Text.Sources[i].Text; isProperDescription(cleanDescription(t)) {
			b.descs = append(b.descs, pendingDesc{doc: d, local: b.local(s.Entity), text: t})
		}
	}
	b.learnContainment(d, c.Evidence, c.Text.Evidence)
	if c.Kind != dossier.CountClaim {
		return
	}
	cc := *c
	cc.Sources = slices.Clone(c.Sources)
	cc.Hedges = slices.Clone(c.Hedges)
	cc.Text.Sources = slices.Clone(c.Text.Sources)
	if c.When != nil {
		w := *c.When
		cc.When = &w
	}
	if c.Where != nil {
		w := *c.Where
		cc.Where = &w
	}
	// The evidence text is only needed to learn containment, done above,
	// and to tell increments and subsets from levels.
	b.parts = append(b.parts, partOf(c))
	cc.Text.Evidence, cc.Text.Content = "", ""
	b.claims = append(b.claims, &cc)
}

var (
	// "Russia's Kursk region", "the Russian region of Kursk": the outer
	// place first.
	outerFirst = regexp.MustCompile(`^(?:['’]s\s+(?:\w+\s+)?|\s+(?:\w+\s+)?(?:region|province|oblast|city|town|village|state|district|territory|republic|county|governorate)\s+of\s+)$`)
	// "Kursk, Russia", "Kursk region of Russia", "Kursk in western Russia".
	innerFirst = regexp.MustCompile(`^(?:,\s*|\s+(?:region|province|oblast|city|town|village|state|district|territory|county|governorate)(?:,\s*|\s+of\s+|\s+in\s+(?:\w+\s+)?)|\s+in\s+(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)$`)
)

// learnContainment reads, in one evidence passage, pairs of adjacent
// place mentions written as one inside the other.
func (b *Builder) learnContainment(d int32, ev dossier.Span, text string) {
	if text == "" || ev.End-ev.Start != len(text) {
		return
	}
	k := [2]int32{d, int32(ev.Start)}
	if b.seenEv[k] {
		return
	}
	b.seenEv[k] = true
	ms := b.docMentions(d)
	lo, _ := slices.BinarySearchFunc(ms, int32(ev.Start), func(m mentionRec, s int32) int { return int(m.start - s) })
	var prev *mentionRec
	for i := lo; i < len(ms) && int(ms[i].end) <= ev.End; i++ {
		m := &ms[i]
		if !b.isPlaceForm(m.form) {
			prev = nil
			continue
		}
		if prev != nil && prev.end <= m.start {
			gap := text[int(prev.end)-ev.Start : int(m.start)-ev.Start]
			switch {
			case len(gap) < 40 && outerFirst.MatchString(gap):
				b.votes[containVote{inner: m.form, outer: prev.form}]++
			case len(gap) < 40 && innerFirst.MatchString(gap):
				b.votes[containVote{inner: prev.form, outer: m.form}]++
			}
		}
		prev = m
	}
}

// isPlaceForm reports whether a form names a place or a nationality.
func (b *Builder) isPlaceForm(f int32) bool {
	switch b.es.formList[f].typ {
	case dossier.GPE, dossier.Loc:
		return true
	case dossier.NORP:
		return b.es.nodeList[b.es.formList[f].node].derived
	}
	return false
}

// place implements places for counted groups: a phrase naming a place the
// corpus knows, as its folded key.
func (b *Builder) place(phrase string) (string, bool) {
	k := key(ner.Canonical(phrase, "GPE"))
	if _, ok := b.es.nodes[formKey{dossier.GPE, k}]; ok {
		return k, true
	}
	if _, ok := b.es.nodes[formKey{dossier.Loc, k}]; ok {
		return k, true
	}
	return "", false
}

// Ledger derives the ledger from everything added.
func (b *Builder) Ledger() *dossier.Ledger {
	b.index()
	es := b.es
	for _, p := range b.descs {
		if f := b.mentionFormByLocal(p.doc, p.local); f >= 0 {
			es.addDescription(p.text, f)
		}
	}
	es.merge()
	// Documents per cluster: the mentions are sorted by document.
	docs := map[int32]int{}
	last := map[int32]int32{}
	for _, m := range b.mentions {
		r := es.find(es.formList[m.form].node)
		if l, ok := last[r]; !ok || l != m.doc {
			docs[r]++
			last[r] = m.doc
		}
	}
	es.resolve(docs)
	l := &dossier.Ledger{Entities: es.ledger, Built: b.opt.Now().UTC()}
	l.Links = make([]dossier.EntityLink, 0, len(b.mentions))
	for _, m := range b.mentions {
		l.Links = append(l.Links, dossier.EntityLink{
			Document: b.docs[m.doc].id,
			Local:    b.localIDs[m.local],
			Entity:   es.ids[es.formList[m.form].node],
		})
	}
	storyOf := b.stories(l)
	l.Figures = b.figures(storyOf)
	return l
}

func (b *Builder) mentionFormByLocal(d, local int32) int32 {
	for _, m := range b.docMentions(d) {
		if m.local == local {
			return m.form
		}
	}
	return -1
}

// entityOf returns the ledger entity of document d's mention with local
// id, or "".
func (b *Builder) entityOf(d int32, local string) string {
	if f := b.mentionForm(d, local); f >= 0 {
		return b.es.ids[b.es.formList[f].node]
	}
	return ""
}
