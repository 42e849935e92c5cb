package http

import (
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// The document view shows the text with its layers as nested inline
// elements, like displaCy: entities, times and quantities as labelled
// marks, attribution sources and cues, quotes and attributed content as
// regions, and every sentence as an element the claim list can point at.
// Layers may cross (a quote running over a sentence end); HTML may not, so
// the weaker of two crossing spans is split into pieces.

// mark is one span to show.
type mark struct {
	span  dossier.Span // bytes
	class string
	label string // shown after the span, displaCy-style; "" for none
	title string // tooltip
	rank  int    // higher ranks stay whole when spans cross
	attrs []string
}

// Ranks: labelled marks are never split, regions may be.
const (
	rankSentence = iota + 1
	rankRegion
	rankSource
	rankCue
	rankLabelled
)

// documentMarks lists what the document view highlights in a.
func documentMarks(a *dossier.Analysis) []mark {
	text := a.Document.Text
	var ms []mark
	for _, s := range a.Sentences {
		ms = append(ms, mark{span: s, class: "sent", rank: rankSentence})
	}
	for _, e := range a.Entities {
		title := string(e.Type)
		if e.Canonical != "" && e.Canonical != e.Span.Text(text) {
			title += ": " + e.Canonical
		}
		ms = append(ms, mark{span: e.Span, class: "ent ent-" + strings.ToLower(string(e.Type)), label: string(e.Type),
			title: title, rank: rankLabelled, attrs: []string{"data-entity", e.ID}})
	}
	for _, t := range a.Times {
		ms = append(ms, mark{span: t.Span, class: "tmx", label: string(t.Type), title: string(t.Type) + " " + t.Value,
			rank: rankLabelled, attrs: []string{"data-value", t.Value}})
	}
	for _, q := range a.Quantities {
		ms = append(ms, mark{span: q.Span, class: "qty", label: quantityLabel(q), title: string(q.Kind) + " " + quantityLabel(q),
			rank: rankLabelled})
		if !q.Counted.IsZero() {
			ms = append(ms, mark{span: q.Counted, class: "cnt", title: "what is counted", rank: rankSource})
		}
	}
	for _, q := range a.Quotes {
		ms = append(ms, mark{span: q.Span, class: "quote", title: "quote", rank: rankRegion})
	}
	for _, at := range a.Attributions {
		if !at.Source.Span.IsZero() {
			ms = append(ms, mark{span: at.Source.Span, class: "src", title: "source", rank: rankSource})
		}
		ms = append(ms, mark{span: at.Cue, class: "cue", title: "attribution cue", rank: rankCue})
		for _, c := range at.Content {
			ms = append(ms, mark{span: c, class: "content", title: "attributed content", rank: rankRegion})
		}
	}
	return ms
}

// quantityLabel writes a value with its bound: "≈300", "≥3,000", "10,000–12,000".
func quantityLabel(q dossier.Quantity) string {
	return valueLabel(q.Low, q.High, q.Bound)
}

func valueLabel(low, high float64, b dossier.Bound) string {
	switch b {
	case dossier.Approx:
		return "≈" + number(low)
	case dossier.Min:
		return "≥" + number(low)
	case dossier.Max:
		return "≤" + number(high)
	}
	if low != high {
		return number(low) + "–" + number(high)
	}
	return number(low)
}

// number writes f with thousands separators: 12000 → "12,000".
func number(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// piece is a mark, or the part of one that fits inside its neighbours.
type piece struct {
	mark
	start, end int // bytes of this piece
}

// highlight renders text with the marks as nested elements, escaping the
// text. Every element carries the code-point offsets of its whole span
// (data-start, data-end); a mark's label follows its last piece.
func highlight(text string, marks []mark) template.HTML {
	offsets := export.NewOffsets(text)
	pending := make([]piece, 0, len(marks))
	for _, m := range marks {
		if m.span.Start < 0 || m.span.End > len(text) || m.span.Start >= m.span.End {
			continue
		}
		pending = append(pending, piece{mark: m, start: m.span.Start, end: m.span.End})
	}
	order := func(a, b piece) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end // longer first: it encloses
		}
		return a.rank - b.rank // weaker outside
	}
	slices.SortStableFunc(pending, order)
	insert := func(p piece) {
		i, _ := slices.BinarySearchFunc(pending, p, order)
		pending = slices.Insert(pending, i, p)
	}

	var b strings.Builder
	b.Grow(len(text) * 3)
	var stack []piece
	pos := 0
	emitText := func(to int) {
		if to > pos {
			template.HTMLEscape(&b, []byte(text[pos:to]))
			pos = to
		}
	}
	// closeTop closes the innermost open piece at byte at: its end, or
	// earlier when a stronger mark cuts it.
	closeTop := func(at int) {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		emitText(at)
		if at == top.span.End && top.label != "" {
			b.WriteString(`<span class="lbl" aria-hidden="true">`)
			template.HTMLEscape(&b, []byte(top.label))
			b.WriteString(`</span>`)
		}
		b.WriteString(closeTag(top.mark))
	}
	open := func(p piece) {
		emitText(p.start)
		writeOpen(&b, p, offsets)
		stack = append(stack, p)
	}
	for len(pending) > 0 {
		p := pending[0]
		pending = pending[1:]
		for len(stack) > 0 && stack[len(stack)-1].end <= p.start {
			closeTop(stack[len(stack)-1].end)
		}
		// Stack entries nest, so the ones p crosses (ending inside it) are
		// the top few.
		k := len(stack)
		for k > 0 && stack[k-1].end < p.end {
			k--
		}
		crossing := stack[k:]
		if len(crossing) == 0 {
			open(p)
			continue
		}
		strongest := 0
		for _, c := range crossing {
			strongest = max(strongest, c.rank)
		}
		if p.rank > strongest {
			// Keep p whole: close the crossing ones, open p, reopen their
			// rests inside it.
			rests := slices.Clone(crossing)
			for range rests {
				closeTop(p.start)
			}
			open(p)
			for _, c := range rests {
				c.start = p.start
				open(c)
			}
			continue
		}
		// Split p where the innermost crossing span ends; the rest waits its turn.
		cut := stack[len(stack)-1].end
		rest := p
		rest.start = cut
		p.end = cut
		insert(rest)
		open(p)
	}
	for len(stack) > 0 {
		closeTop(stack[len(stack)-1].end)
	}
	emitText(len(text))
	return template.HTML(b.String())
}

func tagOf(m mark) string {
	if m.rank == rankLabelled {
		return "mark"
	}
	return "span"
}

func closeTag(m mark) string { return "</" + tagOf(m) + ">" }

func writeOpen(b *strings.Builder, p piece, o *export.Offsets) {
	b.WriteString("<")
	b.WriteString(tagOf(p.mark))
	b.WriteString(` class="`)
	template.HTMLEscape(b, []byte(p.class))
	b.WriteString(`" data-start="`)
	b.WriteString(strconv.Itoa(o.At(p.span.Start)))
	b.WriteString(`" data-end="`)
	b.WriteString(strconv.Itoa(o.At(p.span.End)))
	b.WriteString(`"`)
	if p.title != "" {
		b.WriteString(` title="`)
		template.HTMLEscape(b, []byte(p.title))
		b.WriteString(`"`)
	}
	for i := 0; i+1 < len(p.attrs); i += 2 {
		b.WriteString(" ")
		b.WriteString(p.attrs[i]) // attribute names are constants of this file
		b.WriteString(`="`)
		template.HTMLEscape(b, []byte(p.attrs[i+1]))
		b.WriteString(`"`)
	}
	b.WriteString(">")
}
