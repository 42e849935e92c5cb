package sqlite

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"

	"github.com/dossierhq/dossier"
)

// The layers and claims are kept in a compact private binary encoding:
// varints, spans as deltas, floats byte-reversed so round numbers take one
// or two bytes. Slices write len+1 so that nil and empty survive the round
// trip. The first byte of every blob is the format version.

const codecVersion = 1

type encoder struct {
	b    []byte
	last int // end of the previous span, for delta encoding
	text int // length of the text spans must lie in
	err  error
	what string // what is being encoded, for error messages
}

func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) int(v int)        { e.varint(int64(v)) }
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *encoder) float(v float64) { e.uvarint(bits.ReverseBytes64(math.Float64bits(v))) }
func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// length writes a slice length, 0 for nil.
func (e *encoder) length(n int, isNil bool) {
	if isNil {
		e.uvarint(0)
	} else {
		e.uvarint(uint64(n) + 1)
	}
}

func (e *encoder) span(s dossier.Span) {
	if e.err == nil && (s.Start < 0 || s.End < s.Start || s.End > e.text) {
		e.err = dossier.Errorf(dossier.EINVALID, "%s: span [%d,%d) outside the text of %d bytes", e.what, s.Start, s.End, e.text)
	}
	e.varint(int64(s.Start - e.last))
	e.varint(int64(s.End - s.Start))
	e.last = s.End
}

func (e *encoder) spans(ss []dossier.Span) {
	e.length(len(ss), ss == nil)
	for _, s := range ss {
		e.span(s)
	}
}

func (e *encoder) strs(ss []string) {
	e.length(len(ss), ss == nil)
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) mention(m dossier.Mention) {
	e.span(m.Span)
	e.str(m.Entity)
	e.span(m.Antecedent)
}

// decoder reads from a string: a blob is copied into one string once, and
// every string field is a substring of it, so decoding a figure of a
// hundred points makes a handful of allocations, not hundreds.
type decoder struct {
	b    string
	last int
	err  error
}

func newDecoder(b []byte) decoder { return decoder{b: string(b)} }

func (d *decoder) fail() {
	if d.err == nil {
		d.err = fmt.Errorf("sqlite: corrupt layer encoding")
	}
	d.b = ""
}

func (d *decoder) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(d.b) && i < binary.MaxVarintLen64; i++ {
		c := d.b[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				break // overflow
			}
			d.b = d.b[i+1:]
			return v | uint64(c)<<(7*i)
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	d.fail()
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (d *decoder) int() int { return int(d.varint()) }

func (d *decoder) bool() bool {
	if len(d.b) == 0 {
		d.fail()
		return false
	}
	v := d.b[0] != 0
	d.b = d.b[1:]
	return v
}

func (d *decoder) float() float64 { return math.Float64frombits(bits.ReverseBytes64(d.uvarint())) }

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

// enums are the closed vocabularies of the layers: decoding returns these
// strings instead of allocating a copy of each.
var enums = func() map[string]string {
	m := map[string]string{}
	for _, v := range []string{"speaker", "cited", "exact", "approx", "min", "max", "range",
		"asserted", "reported", "hedged", "denied", "unconfirmed", "count", "statement",
		"deaths", "injured", "casualties", "missing", "captured", "arrested", "kidnapped", "displaced",
		"deployed", "cases", "affected", "other", "money", "percent", "age", "date", "duration", "ordinal",
		"id", "measure", "DATE", "TIME", "DURATION", "SET", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC",
		"EVENT", "MISC", "disagreement", "decrease", "inconsistent", "copies-only", ""} {
		m[v] = v
	}
	return m
}()

// enum reads a string that is usually one of enums, so that the result
// does not keep the blob alive.
func (d *decoder) enum() string {
	v := d.str()
	if s, ok := enums[v]; ok {
		return s
	}
	return v
}

// length reads a slice length; ok is false for nil.
func (d *decoder) length() (n int, ok bool) {
	v := d.uvarint()
	if v == 0 {
		return 0, false
	}
	if v-1 > uint64(len(d.b)) { // every element takes at least one byte
		d.fail()
		return 0, false
	}
	return int(v - 1), true
}

func (d *decoder) span() dossier.Span {
	start := d.last + int(d.varint())
	end := start + int(d.varint())
	d.last = end
	return dossier.Span{Start: start, End: end}
}

func (d *decoder) spans() []dossier.Span {
	n, ok := d.length()
	if !ok {
		return nil
	}
	out := make([]dossier.Span, n)
	for i := range out {
		out[i] = d.span()
	}
	return out
}

func (d *decoder) strs() []string {
	n, ok := d.length()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) mention() dossier.Mention {
	var m dossier.Mention
	m.Span = d.span()
	m.Entity = d.str()
	m.Antecedent = d.span()
	return m
}

// encodeLayers encodes every layer of a but the entities and claims, which
// have their own columns.
func (e *encoder) layers(a *dossier.Analysis) {
	e.b = append(e.b, codecVersion)
	e.what = "sentences"
	e.spans(a.Sentences)
	e.what = "tokens"
	e.spans(a.Tokens)
	e.what = "times"
	e.length(len(a.Times), a.Times == nil)
	for _, t := range a.Times {
		e.span(t.Span)
		e.str(string(t.Type))
		e.str(t.Value)
		e.str(t.Mod)
	}
	e.what = "quantities"
	e.length(len(a.Quantities), a.Quantities == nil)
	for _, q := range a.Quantities {
		e.span(q.Span)
		e.span(q.Number)
		e.float(q.Low)
		e.float(q.High)
		e.str(string(q.Bound))
		e.str(string(q.Kind))
		e.str(q.Unit)
		e.span(q.Counted)
		e.str(q.Hedge)
		e.str(string(q.Measure))
		e.span(q.Cue)
	}
	e.what = "quotes"
	e.length(len(a.Quotes), a.Quotes == nil)
	for _, q := range a.Quotes {
		e.span(q.Span)
		e.bool(q.Speaker != nil)
		if q.Speaker != nil {
			e.mention(*q.Speaker)
		}
	}
	e.what = "attributions"
	e.length(len(a.Attributions), a.Attributions == nil)
	for _, at := range a.Attributions {
		e.mention(at.Source)
		e.span(at.Cue)
		e.spans(at.Content)
		e.length(len(at.Cited), at.Cited == nil)
		for _, m := range at.Cited {
			e.mention(m)
		}
		e.spans(at.Hedges)
		e.bool(at.Negated)
		e.bool(at.Unconfirmed)
		e.bool(at.Learned)
	}
}

func (d *decoder) layers(a *dossier.Analysis) error {
	if len(d.b) == 0 || d.b[0] != codecVersion {
		return fmt.Errorf("sqlite: unknown layer encoding")
	}
	d.b = d.b[1:]
	a.Sentences = d.spans()
	a.Tokens = d.spans()
	if n, ok := d.length(); ok {
		a.Times = make([]dossier.Timex, n)
		for i := range a.Times {
			t := &a.Times[i]
			t.Span = d.span()
			t.Type = dossier.TimexType(d.enum())
			t.Value = d.str()
			t.Mod = d.str()
		}
	}
	if n, ok := d.length(); ok {
		a.Quantities = make([]dossier.Quantity, n)
		for i := range a.Quantities {
			q := &a.Quantities[i]
			q.Span = d.span()
			q.Number = d.span()
			q.Low = d.float()
			q.High = d.float()
			q.Bound = dossier.Bound(d.enum())
			q.Kind = dossier.QuantityKind(d.enum())
			q.Unit = d.str()
			q.Counted = d.span()
			q.Hedge = d.str()
			q.Measure = dossier.Measure(d.enum())
			q.Cue = d.span()
		}
	}
	if n, ok := d.length(); ok {
		a.Quotes = make([]dossier.Quote, n)
		for i := range a.Quotes {
			q := &a.Quotes[i]
			q.Span = d.span()
			if d.bool() {
				m := d.mention()
				q.Speaker = &m
			}
		}
	}
	if n, ok := d.length(); ok {
		a.Attributions = make([]dossier.Attribution, n)
		for i := range a.Attributions {
			at := &a.Attributions[i]
			at.Source = d.mention()
			at.Cue = d.span()
			at.Content = d.spans()
			if n, ok := d.length(); ok {
				at.Cited = make([]dossier.Mention, n)
				for j := range at.Cited {
					at.Cited[j] = d.mention()
				}
			}
			at.Hedges = d.spans()
			at.Negated = d.bool()
			at.Unconfirmed = d.bool()
			at.Learned = d.bool()
		}
	}
	return d.err
}

// entities encodes the entity layer with each mention's text, so that
// EachMention need not read the documents' text.
func (e *encoder) entities(ents []dossier.Entity, text string) {
	e.b = append(e.b, codecVersion)
	e.what = "entities"
	e.length(len(ents), ents == nil)
	for _, x := range ents {
		e.str(x.ID)
		e.span(x.Span)
		e.str(string(x.Type))
		e.str(x.Canonical)
		e.str(x.Span.Text(text))
	}
}

// entities decodes the entity layer; texts, when not nil, receives each
// mention's text.
func (d *decoder) entities(texts *[]string) ([]dossier.Entity, error) {
	if len(d.b) == 0 || d.b[0] != codecVersion {
		return nil, fmt.Errorf("sqlite: unknown entity encoding")
	}
	d.b = d.b[1:]
	n, ok := d.length()
	if !ok {
		return nil, d.err
	}
	out := make([]dossier.Entity, n)
	for i := range out {
		x := &out[i]
		x.ID = d.str()
		x.Span = d.span()
		x.Type = dossier.EntityType(d.enum())
		x.Canonical = d.str()
		s := d.str()
		if texts != nil {
			*texts = append(*texts, s)
		}
	}
	return out, d.err
}

// claim encodes a claim and the text of its spans.
func (e *encoder) claim(c *dossier.Claim, t *dossier.ClaimText) {
	e.b = append(e.b, codecVersion)
	e.last = 0
	e.str(c.ID)
	e.str(string(c.Kind))
	e.str(string(c.Measure))
	e.float(c.Low)
	e.float(c.High)
	e.str(string(c.Bound))
	e.span(c.Number)
	e.span(c.Counted)
	e.length(len(c.Sources), c.Sources == nil)
	for _, s := range c.Sources {
		e.str(string(s.Role))
		e.mention(s.Mention)
	}
	e.span(c.Cue)
	e.str(string(c.Certainty))
	e.strs(c.Hedges)
	e.bool(c.When != nil)
	if c.When != nil {
		e.str(c.When.Value)
		e.span(c.When.Span)
	}
	e.bool(c.Where != nil)
	if c.Where != nil {
		e.span(c.Where.Span)
		e.str(c.Where.Entity)
	}
	e.span(c.Content)
	e.span(c.Evidence)
	// The text of the spans.
	for _, s := range []string{t.Number, t.Counted, t.Cue, t.Content, t.Evidence, t.When, t.Where} {
		e.str(s)
	}
	for _, s := range t.Sources {
		e.str(s.Text)
		e.str(s.Name)
	}
}

func (d *decoder) claim(c *dossier.Claim, t *dossier.ClaimText) error {
	if len(d.b) == 0 || d.b[0] != codecVersion {
		return fmt.Errorf("sqlite: unknown claim encoding")
	}
	d.b = d.b[1:]
	d.last = 0
	c.ID = d.str()
	c.Kind = dossier.ClaimKind(d.enum())
	c.Measure = dossier.Measure(d.enum())
	c.Low = d.float()
	c.High = d.float()
	c.Bound = dossier.Bound(d.enum())
	c.Number = d.span()
	c.Counted = d.span()
	if n, ok := d.length(); ok {
		c.Sources = make([]dossier.Source, n)
		for i := range c.Sources {
			c.Sources[i].Role = dossier.SourceRole(d.enum())
			c.Sources[i].Mention = d.mention()
		}
	}
	c.Cue = d.span()
	c.Certainty = dossier.Certainty(d.enum())
	c.Hedges = d.strs()
	if d.bool() {
		c.When = &dossier.ClaimTime{Value: d.str(), Span: d.span()}
	}
	if d.bool() {
		c.Where = &dossier.ClaimPlace{Span: d.span(), Entity: d.str()}
	}
	c.Content = d.span()
	c.Evidence = d.span()
	if t == nil {
		return d.err
	}
	for _, p := range []*string{&t.Number, &t.Counted, &t.Cue, &t.Content, &t.Evidence, &t.When, &t.Where} {
		*p = d.str()
	}
	if len(c.Sources) > 0 {
		t.Sources = make([]dossier.SourceText, len(c.Sources))
		for i := range t.Sources {
			t.Sources[i] = dossier.SourceText{Role: c.Sources[i].Role, Text: d.str(), Name: d.str()}
		}
	}
	return d.err
}

// blobs that are not layers: string lists, signatures, bands, figures and
// stories use the same primitives.

func encodeStrings(ss []string) []byte {
	e := encoder{b: []byte{codecVersion}}
	e.strs(ss)
	return e.b
}

func decodeStrings(b []byte) ([]string, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if b[0] != codecVersion {
		return nil, fmt.Errorf("sqlite: unknown list encoding")
	}
	d := newDecoder(b[1:])
	ss := d.strs()
	return ss, d.err
}

func encodeUint32s(vs []uint32) []byte {
	if vs == nil {
		return nil
	}
	b := make([]byte, 0, 1+5*len(vs))
	b = append(b, codecVersion)
	b = binary.AppendUvarint(b, uint64(len(vs)))
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

func decodeUint32s(b []byte) ([]uint32, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if b[0] != codecVersion {
		return nil, fmt.Errorf("sqlite: unknown signature encoding")
	}
	n, k := binary.Uvarint(b[1:])
	if k <= 0 || uint64(len(b)-1-k) != 4*n {
		return nil, fmt.Errorf("sqlite: corrupt signature encoding")
	}
	b = b[1+k:]
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out, nil
}

func encodeUint64s(vs []uint64) []byte {
	if vs == nil {
		return nil
	}
	b := make([]byte, 0, 1+9*len(vs))
	b = append(b, codecVersion)
	b = binary.AppendUvarint(b, uint64(len(vs)))
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b
}

func decodeUint64s(b []byte) ([]uint64, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if b[0] != codecVersion {
		return nil, fmt.Errorf("sqlite: unknown band encoding")
	}
	n, k := binary.Uvarint(b[1:])
	if k <= 0 || uint64(len(b)-1-k) != 8*n {
		return nil, fmt.Errorf("sqlite: corrupt band encoding")
	}
	b = b[1+k:]
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out, nil
}
