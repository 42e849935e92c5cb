// Package export turns an analysis into the JSON document contract of
// DESIGN §4. It is the one place where byte offsets become Unicode code
// points, which is what spaCy, brat and Python users expect.
package export

import (
	"time"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
)

// Document is the JSON form of an analysed document.
type Document struct {
	ID           string        `json:"id"`
	URL          string        `json:"url,omitempty"`
	Outlet       string        `json:"outlet,omitempty"`
	Title        string        `json:"title,omitempty"`
	Published    string        `json:"published,omitempty"`
	Sentences    []Span        `json:"sentences"`
	Entities     []Entity      `json:"entities"`
	Times        []Time        `json:"times"`
	Quantities   []Quantity    `json:"quantities"`
	Quotes       []Quote       `json:"quotes"`
	Attributions []Attribution `json:"attributions"`
	Claims       []Claim       `json:"claims"`
}

// Span is a [start,end) range in code points with its text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

type Entity struct {
	ID string `json:"id"`
	Span
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
}

type Time struct {
	Span
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"` // TimeML modifier: "almost" -> LESS_THAN, "early" -> START
}

type Quantity struct {
	Span
	Low     float64 `json:"low"`
	High    float64 `json:"high"`
	Bound   string  `json:"bound"`
	Kind    string  `json:"kind"`
	Unit    string  `json:"unit,omitempty"`
	Counted *Span   `json:"counted,omitempty"`
	Measure string  `json:"measure,omitempty"`
}

// Mention is a span that may resolve to an entity.
type Mention struct {
	Span
	Entity   *string `json:"entity"`
	Resolved string  `json:"resolved,omitempty"` // the entity's name, for pronouns
}

type Quote struct {
	Span
	Speaker *Mention `json:"speaker"`
}

type Attribution struct {
	Source      *Mention  `json:"source"`
	Cue         Span      `json:"cue"`
	Content     []Span    `json:"content"`
	Cited       []Mention `json:"cited"`
	Hedges      []Span    `json:"hedges,omitempty"`
	Negated     bool      `json:"negated,omitempty"`
	Unconfirmed bool      `json:"unconfirmed,omitempty"`
}

type Value struct {
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
	Bound string  `json:"bound"`
}

type Source struct {
	Role string `json:"role"`
	Mention
}

type When struct {
	Value string `json:"value"`
	Text  string `json:"text,omitempty"`
	Start *int   `json:"start,omitempty"`
	End   *int   `json:"end,omitempty"`
}

type Where struct {
	Span
	Entity *string `json:"entity"`
}

type Claim struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"`
	Measure   string   `json:"measure,omitempty"`
	Value     *Value   `json:"value,omitempty"`
	Number    *Span    `json:"number,omitempty"`
	Counted   *Span    `json:"counted,omitempty"`
	Sources   []Source `json:"sources"`
	Cue       *Span    `json:"cue"`
	Certainty string   `json:"certainty"`
	Hedges    []string `json:"hedges"`
	When      *When    `json:"when"`
	Where     *Where   `json:"where"`
	Content   *Span    `json:"content,omitempty"`
	Evidence  Span     `json:"evidence"`
}

// Offsets converts byte offsets of one text to code-point offsets. It is
// the one place where that conversion happens; scorers use it too.
type Offsets struct {
	text  string
	ascii bool
	cp    []int32 // cp[b] = code points before byte b; nil for ASCII text
}

// NewOffsets prepares the conversion for text s. ASCII text costs nothing.
func NewOffsets(s string) *Offsets {
	o := &Offsets{text: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			o.ascii = false
			break
		}
	}
	if !o.ascii {
		o.cp = make([]int32, len(s)+1)
		n := int32(0)
		for i := 0; i < len(s); {
			_, size := utf8.DecodeRuneInString(s[i:])
			for k := 0; k < size; k++ {
				o.cp[i+k] = n
			}
			i += size
			n++
		}
		o.cp[len(s)] = n
	}
	return o
}

// At returns the code-point offset of byte offset b, clamped to the text.
func (o *Offsets) At(b int) int {
	if b < 0 {
		b = 0
	}
	if b > len(o.text) {
		b = len(o.text)
	}
	if o.ascii {
		return b
	}
	return int(o.cp[b])
}

func (o *Offsets) span(s dossier.Span) Span {
	return Span{Start: o.At(s.Start), End: o.At(s.End), Text: s.Text(o.text)}
}

func (o *Offsets) spanPtr(s dossier.Span) *Span {
	if s.IsZero() {
		return nil
	}
	sp := o.span(s)
	return &sp
}

func (o *Offsets) mention(m dossier.Mention, names map[string]string) Mention {
	out := Mention{Span: o.span(m.Span)}
	if m.Entity != "" {
		id := m.Entity
		out.Entity = &id
		if name := names[id]; name != "" && name != out.Text {
			out.Resolved = name
		}
	}
	if out.Resolved == "" && !m.Antecedent.IsZero() {
		out.Resolved = m.Antecedent.Text(o.text)
	}
	return out
}

// FromAnalysis converts a to its JSON form.
func FromAnalysis(a *dossier.Analysis) *Document {
	doc := &a.Document
	o := NewOffsets(doc.Text)
	out := &Document{
		ID: doc.ID, URL: doc.URL, Outlet: doc.Outlet, Title: doc.Title,
		Sentences:    make([]Span, 0, len(a.Sentences)),
		Entities:     make([]Entity, 0, len(a.Entities)),
		Times:        make([]Time, 0, len(a.Times)),
		Quantities:   make([]Quantity, 0, len(a.Quantities)),
		Quotes:       make([]Quote, 0, len(a.Quotes)),
		Attributions: make([]Attribution, 0, len(a.Attributions)),
		Claims:       make([]Claim, 0, len(a.Claims)),
	}
	if !doc.Published.IsZero() {
		out.Published = doc.Published.Format(time.DateOnly)
	}
	for _, s := range a.Sentences {
		sp := o.span(s)
		sp.Text = ""
		out.Sentences = append(out.Sentences, sp)
	}
	names := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		names[e.ID] = e.Canonical
		out.Entities = append(out.Entities, Entity{ID: e.ID, Span: o.span(e.Span), Type: string(e.Type), Canonical: e.Canonical})
	}
	for _, t := range a.Times {
		out.Times = append(out.Times, Time{Span: o.span(t.Span), Type: string(t.Type), Value: t.Value, Mod: t.Mod})
	}
	for _, q := range a.Quantities {
		out.Quantities = append(out.Quantities, Quantity{
			Span: o.span(q.Span), Low: q.Low, High: q.High, Bound: string(q.Bound), Kind: string(q.Kind),
			Unit: q.Unit, Counted: o.spanPtr(q.Counted), Measure: string(q.Measure),
		})
	}
	for _, q := range a.Quotes {
		jq := Quote{Span: o.span(q.Span)}
		if q.Speaker != nil {
			m := o.mention(*q.Speaker, names)
			jq.Speaker = &m
		}
		out.Quotes = append(out.Quotes, jq)
	}
	for _, at := range a.Attributions {
		ja := Attribution{Cue: o.span(at.Cue), Negated: at.Negated, Unconfirmed: at.Unconfirmed,
			Content: make([]Span, 0, len(at.Content)), Cited: make([]Mention, 0, len(at.Cited))}
		if !at.Source.Span.IsZero() {
			m := o.mention(at.Source, names)
			ja.Source = &m
		}
		for _, c := range at.Content {
			ja.Content = append(ja.Content, o.span(c))
		}
		for _, c := range at.Cited {
			ja.Cited = append(ja.Cited, o.mention(c, names))
		}
		for _, h := range at.Hedges {
			ja.Hedges = append(ja.Hedges, o.span(h))
		}
		out.Attributions = append(out.Attributions, ja)
	}
	for _, c := range a.Claims {
		out.Claims = append(out.Claims, o.claim(c, names))
	}
	return out
}

func (o *Offsets) claim(c dossier.Claim, names map[string]string) Claim {
	jc := Claim{
		ID: c.ID, Kind: string(c.Kind), Measure: string(c.Measure),
		Number: o.spanPtr(c.Number), Counted: o.spanPtr(c.Counted), Cue: o.spanPtr(c.Cue),
		Certainty: string(c.Certainty), Hedges: c.Hedges, Sources: make([]Source, 0, len(c.Sources)),
		Evidence: o.span(c.Evidence),
	}
	jc.Evidence.Text = ""
	if jc.Hedges == nil {
		jc.Hedges = []string{}
	}
	if c.Kind == dossier.CountClaim {
		jc.Value = &Value{Low: c.Low, High: c.High, Bound: string(c.Bound)}
	} else {
		jc.Measure = ""
		jc.Content = o.spanPtr(c.Content)
	}
	for _, s := range c.Sources {
		jc.Sources = append(jc.Sources, Source{Role: string(s.Role), Mention: o.mention(s.Mention, names)})
	}
	if c.When != nil {
		w := &When{Value: c.When.Value}
		if !c.When.Span.IsZero() {
			sp := o.span(c.When.Span)
			w.Text, w.Start, w.End = sp.Text, &sp.Start, &sp.End
		}
		jc.When = w
	}
	if c.Where != nil {
		w := &Where{Span: o.span(c.Where.Span)}
		if c.Where.Entity != "" {
			id := c.Where.Entity
			w.Entity = &id
		}
		jc.Where = w
	}
	return jc
}
