package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

// Quote speakers on PolNeAR. PolNeAR has no quote layer of its own, so the
// quotations are the pipeline's own (paired quote marks, four words or
// more), and a quotation's gold speaker is the source of the gold
// attribution whose content holds most of its words — at least half of
// them. Quotations no gold attribution holds (scare quotes, titles) and
// those whose attribution has no source are left out.

// PolNeARQuoteResult counts quotations and how many got the right speaker.
type PolNeARQuoteResult struct {
	Quotes int `json:"quotes"` // quotations with a gold speaker
	// Given: quotations the pipeline gave a speaker; Right: those whose
	// speaker, or its pronoun's antecedent, names the gold source
	// (sameSpeaker, sameName).
	Given int `json:"given"`
	Right int `json:"right"`
	// The same for quotations whose speaker is named outside the quote's
	// sentence (the gold source lies in another sentence or paragraph).
	Away      int     `json:"away"`
	AwayGiven int     `json:"away_given"`
	AwayRight int     `json:"away_right"`
	Coverage  float64 `json:"coverage"`  // Given / Quotes
	Precision float64 `json:"precision"` // Right / Given
	Accuracy  float64 `json:"accuracy"`  // Right / Quotes
}

// PolNeARQuoteSpeakers runs run on every article of split and scores the
// speakers of its quotations.
func PolNeARQuoteSpeakers(dataDir, split string, run func(text string) (*dossier.Analysis, error)) (PolNeARQuoteResult, error) {
	docs, err := LoadPolNeAR(dataDir, split)
	if err != nil {
		return PolNeARQuoteResult{}, err
	}
	var r PolNeARQuoteResult
	for _, d := range docs {
		a, err := run(d.Text)
		if err != nil {
			return PolNeARQuoteResult{}, fmt.Errorf("polnear: %s: %w", d.ID, err)
		}
		scoreQuotes(&r, d, a)
	}
	r.Coverage = ratio(r.Given, r.Quotes)
	r.Precision = ratio(r.Right, r.Given)
	r.Accuracy = ratio(r.Right, r.Quotes)
	return r, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func scoreQuotes(r *PolNeARQuoteResult, d PolNeARDoc, a *dossier.Analysis) {
	pd := newPNDoc(d.Text)
	o := export.NewOffsets(d.Text)
	cp := func(s dossier.Span) [][2]int { return [][2]int{{o.At(s.Start), o.At(s.End)}} }
	// The sentence (by code-point start) holding a code-point offset.
	sentOf := func(x int) int {
		for i := len(a.Sentences) - 1; i >= 0; i-- {
			if o.At(a.Sentences[i].Start) <= x {
				return i
			}
		}
		return 0
	}
	for _, q := range a.Quotes {
		qu := pd.units(cp(q.Span))
		if len(qu) < 4 || qu[0] < 0 {
			continue
		}
		best, bestN := -1, 0
		for i, g := range d.Gold {
			if n := pnIntersect(qu, pd.units(g.Content)); n > bestN {
				best, bestN = i, n
			}
		}
		if best < 0 || 2*bestN < len(qu) || len(d.Gold[best].Source) == 0 {
			continue
		}
		src := d.Gold[best].Source
		away := sentOf(src[0][0]) != sentOf(o.At(q.Span.Start))
		r.Quotes++
		if away {
			r.Away++
		}
		if q.Speaker == nil {
			continue
		}
		r.Given++
		if away {
			r.AwayGiven++
		}
		gu := pd.units(src)
		right := sameSpeaker(gu, pd.units(cp(q.Speaker.Span))) || sameName(pd, src, cp(q.Speaker.Span))
		if !right && q.Speaker.Antecedent.Len() > 0 {
			right = sameSpeaker(gu, pd.units(cp(q.Speaker.Antecedent))) || sameName(pd, src, cp(q.Speaker.Antecedent))
		}
		if right {
			r.Right++
			if away {
				r.AwayRight++
			}
		}
	}
}

// sameSpeaker reports whether two speaker mentions name the same speaker:
// token F1 ≥ 0.5, as the attribution scorer pairs sources, or one holds
// the other — a name with or without its apposition ("Andrew Rice" and
// "Andrew Rice, a former state senator who ran in 2008"), which PolNeAR
// marks one way and a reader of quotations wants the other.
func sameSpeaker(a, b pnUnits) bool {
	n := pnIntersect(a, b)
	return pnTF1(a, b) >= 0.5 || n > 0 && (n == len(a) || n == len(b))
}

// sameName reports whether two mentions read the same, letter case aside:
// "Viguerie" in one sentence and "Viguerie" in the next, "he" and "He".
// An article that names a speaker twice alike means one speaker.
func sameName(d *pnDoc, a, b [][2]int) bool {
	text := func(p [][2]int) string {
		var out []rune
		for _, x := range p {
			out = append(out, d.text[max(x[0], 0):min(x[1], len(d.text))]...)
		}
		return strings.ToLower(strings.TrimSpace(string(out)))
	}
	ta := text(a)
	return ta != "" && ta == text(b)
}

// WriteTable prints the result.
func (r PolNeARQuoteResult) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "PolNeAR quote speakers: %d quotations (4+ words) inside a gold attribution with a source\n", r.Quotes)
	fmt.Fprintf(w, "                     quotes  given  right  coverage  precision  accuracy\n")
	row := func(name string, n, g, k int) {
		fmt.Fprintf(w, "%-20s %7d %6d %6d %9.4f %10.4f %9.4f\n", name, n, g, k, ratio(g, n), ratio(k, g), ratio(k, n))
	}
	row("all", r.Quotes, r.Given, r.Right)
	row("speaker elsewhere", r.Away, r.AwayGiven, r.AwayRight)
}
