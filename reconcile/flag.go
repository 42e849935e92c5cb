package reconcile

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

// maxFlags caps the flags of one kind on one figure; a figure with more
// conflicts than this is flagged enough.
const maxFlags = 20

// approxMargin is how far an approximate figure may be from the truth:
// "about 300" is taken as 270–330.
const approxMargin = 0.10

// interval is the range of true values a stated figure allows: exact
// [v,v]; approx [v−10%, v+10%]; min [v,∞); max [0,v]; range [lo,hi].
func interval(v dossier.FigureValue) (lo, hi float64) {
	switch v.Bound {
	case dossier.Approx:
		return v.Low * (1 - approxMargin), v.High * (1 + approxMargin)
	case dossier.Min:
		return v.Low, math.Inf(1)
	case dossier.Max:
		return 0, v.High
	}
	return v.Low, v.High
}

func overlap(alo, ahi, blo, bhi float64) bool { return alo <= bhi && blo <= ahi }

// best is a point's single best value: the stated number, the middle of a
// range, the floor of "more than" and the ceiling of "up to".
func best(v dossier.FigureValue) float64 {
	switch v.Bound {
	case dossier.Min:
		return v.Low
	case dossier.Max:
		return v.High
	}
	return (v.Low + v.High) / 2
}

// estimate returns the latest value and low/best/high over the latest
// window: each source's most recent point within Window of the latest
// point; low is the least stated low, high the greatest stated high, best
// the median of the points' best values.
func (b *Builder) estimate(ps []*point, fp []dossier.FigurePoint) (dossier.FigureValue, dossier.Estimate) {
	last := len(ps) - 1
	latest := fp[last].FigureValue
	from := ps[last].day.Add(-b.opt.Window)
	bySource := map[string]int{}
	for i, p := range ps {
		if !p.day.Before(from) {
			bySource[p.source] = i // later points overwrite earlier ones
		}
	}
	var idx []int
	for _, i := range bySource {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	est := dossier.Estimate{Low: math.Inf(1), High: math.Inf(-1)}
	bests := make([]float64, 0, len(idx))
	for _, i := range idx {
		v := fp[i].FigureValue
		est.Low = math.Min(est.Low, v.Low)
		est.High = math.Max(est.High, v.High)
		bests = append(bests, best(v))
	}
	slices.Sort(bests)
	if n := len(bests); n%2 == 1 {
		est.Best = bests[n/2]
	} else {
		est.Best = (bests[n/2-1] + bests[n/2]) / 2
	}
	return latest, est
}

// sameSource reports whether two points come from the same source: the
// same innermost source, or a ledger entity in both chains ("Zelenskyy,
// citing Syrskyi" and "Zelenskyy").
func sameSource(a, b *point) bool {
	if a.source == b.source {
		return true
	}
	for _, id := range a.chainIDs {
		if slices.Contains(b.chainIDs, id) {
			return true
		}
	}
	return false
}

// flags checks one figure: disagreement, decrease, copies-only.
// Inconsistency needs other figures (see inconsistencies). Only levels
// accumulate: a series of increments or of a part of a group (levels
// false) may go down.
func (b *Builder) flags(m dossier.Measure, levels bool, ps []*point, fp []dossier.FigurePoint) []dossier.Flag {
	var out []dossier.Flag
	// copies-only: every point from one article, which has copies.
	docs := map[string]bool{}
	var copies []string
	for i, p := range fp {
		docs[p.Document] = true
		for _, c := range fp[i].Copies {
			if !slices.Contains(copies, c) {
				copies = append(copies, c)
			}
		}
	}
	if len(docs) == 1 && len(copies) > 0 {
		n := "copy"
		if len(copies) > 1 {
			n = "copies"
		}
		idx := make([]int, len(fp))
		for i := range idx {
			idx[i] = i
		}
		out = append(out, dossier.Flag{
			Kind:   dossier.CopiesOnly,
			Reason: fmt.Sprintf("known only from one article (%s) and %d %s of it", fp[0].Document, len(copies), n),
			Points: idx,
		})
	}
	// disagreement: two sources within Window whose intervals part.
	// (Points are sorted by day, so j is never earlier than i.)
	// Points of "other" count different things; they do not disagree.
	seen := map[[2]string]bool{}
	n := 0
	for i := 0; i < len(ps) && n < maxFlags && m != dossier.Other; i++ {
		alo, ahi := interval(fp[i].FigureValue)
		for j := i + 1; j < len(ps) && n < maxFlags; j++ {
			if ps[j].day.Sub(ps[i].day) > b.opt.Window {
				break
			}
			if sameSource(ps[i], ps[j]) {
				continue
			}
			blo, bhi := interval(fp[j].FigureValue)
			if overlap(alo, ahi, blo, bhi) {
				continue
			}
			// A cumulative count may grow between two dates: only a
			// later figure below the earlier one, or two on the same
			// date, disagree.
			if cumulative[m] && levels && ps[j].day.After(ps[i].day) && bhi >= alo {
				continue
			}
			pair := [2]string{ps[i].source, ps[j].source}
			if pair[1] < pair[0] {
				pair[0], pair[1] = pair[1], pair[0]
			}
			if seen[pair] {
				continue
			}
			seen[pair] = true
			out = append(out, dossier.Flag{
				Kind:   dossier.Disagreement,
				Reason: "different sources, " + apart(ps[i].day, ps[j].day) + ": " + describe(fp[i].FigureValue) + " vs " + describe(fp[j].FigureValue),
				Points: []int{i, j},
			})
			n++
		}
	}
	// decrease: a cumulative measure lower later from the same source.
	if cumulative[m] && levels {
		n = 0
		for j := 1; j < len(ps) && n < maxFlags; j++ {
			_, bhi := interval(fp[j].FigureValue)
			peak := -1
			for i := 0; i < j; i++ {
				if !ps[i].day.Before(ps[j].day) || !sameSource(ps[i], ps[j]) {
					continue
				}
				if alo, _ := interval(fp[i].FigureValue); bhi < alo && (peak < 0 || fp[i].Low > fp[peak].Low) {
					peak = i
				}
			}
			if peak >= 0 {
				out = append(out, dossier.Flag{
					Kind: dossier.Decrease,
					Reason: fmt.Sprintf("same source, later figure lower: %s on %s after %s on %s",
						describe(fp[j].FigureValue), fp[j].When, describe(fp[peak].FigureValue), fp[peak].When),
					Points: []int{peak, j},
				})
				n++
			}
		}
	}
	return out
}

// apart says how far apart two days are.
func apart(a, b time.Time) string {
	d := int(math.Round(math.Abs(b.Sub(a).Hours()) / 24))
	switch d {
	case 0:
		return "same date"
	case 1:
		return "1 day apart"
	}
	return strconv.Itoa(d) + " days apart"
}

// describe writes a figure value as an analyst reads it: "1,100", "about
// 300", "more than 3,000", "up to 500", "10,000 to 12,000".
func describe(v dossier.FigureValue) string {
	switch v.Bound {
	case dossier.Approx:
		return "about " + number(v.Low)
	case dossier.Min:
		return "more than " + number(v.Low)
	case dossier.Max:
		return "up to " + number(v.High)
	case dossier.Range:
		return number(v.Low) + " to " + number(v.High)
	}
	if v.Low != v.High {
		return number(v.Low) + " to " + number(v.High)
	}
	return number(v.Low)
}

// number writes a count with thousands separators: 3000 → "3,000".
func number(x float64) string {
	if x != math.Trunc(x) || math.Abs(x) >= 1e15 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(x)), 10)
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// inconsistencies flags casualties points that deaths + injured of the
// same group, scope, source and date (or the same article) contradict
// beyond their bounds. Consistent ones ("300 killed and 2,700 injured",
// "casualties over 3,000") are not flagged.
func inconsistencies(figs []dossier.Figure) {
	type fk struct{ measure, counted, scope string }
	idx := map[fk]int{}
	for i, f := range figs {
		idx[fk{string(f.Measure), f.Counted, f.Scope}] = i
	}
	for i := range figs {
		f := &figs[i]
		if f.Measure != dossier.Casualties {
			continue
		}
		di, okd := idx[fk{string(dossier.Deaths), f.Counted, f.Scope}]
		ii, oki := idx[fk{string(dossier.Injured), f.Counted, f.Scope}]
		if !okd || !oki {
			continue
		}
		deaths, injured := &figs[di], &figs[ii]
		n := 0
		for pi := range f.Points {
			if n >= maxFlags {
				break
			}
			p := &f.Points[pi]
			d := matching(p, deaths.Points)
			j := matching(p, injured.Points)
			if d == nil || j == nil {
				continue
			}
			dlo, dhi := interval(d.FigureValue)
			jlo, jhi := interval(j.FigureValue)
			plo, phi := interval(p.FigureValue)
			if overlap(plo, phi, dlo+jlo, dhi+jhi) {
				continue
			}
			sum := dossier.FigureValue{Low: d.Low + j.Low, High: d.High + j.High, Bound: dossier.Exact}
			if d.Bound != dossier.Exact || j.Bound != dossier.Exact {
				sum.Bound = dossier.Approx
			}
			where := "same source and date"
			if d.Document == p.Document && j.Document == p.Document {
				where = "same article"
			}
			f.Flags = append(f.Flags, dossier.Flag{
				Kind: dossier.Inconsistent,
				Reason: fmt.Sprintf("casualties %s vs deaths %s + injured %s = %s (%s)",
					describe(p.FigureValue), describe(d.FigureValue), describe(j.FigureValue), describe(sum), where),
				Points: []int{pi},
			})
			n++
		}
	}
}

// matching finds the point that goes with casualties point p: from the
// same innermost source and date, in the same article if there is one.
func matching(p *dossier.FigurePoint, in []dossier.FigurePoint) *dossier.FigurePoint {
	var sameDay *dossier.FigurePoint
	src := innermost(p.Sources)
	for i := range in {
		q := &in[i]
		if innermost(q.Sources) != src {
			continue
		}
		if q.Document == p.Document && q.When == p.When {
			return q
		}
		if sameDay == nil && q.When == p.When && len(p.Sources) > 0 {
			sameDay = q
		}
	}
	return sameDay
}

func innermost(ss []dossier.SourceText) string {
	if len(ss) == 0 {
		return ""
	}
	s := ss[len(ss)-1]
	if s.Entity != "" {
		return s.Entity
	}
	return key(s.Name)
}
