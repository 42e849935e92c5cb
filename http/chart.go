package http

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossierhq/dossier/export"
)

// chartData is what figure.js hands to uPlot: one x axis of dates and, per
// source, the value it gave at each date (nil where it gave none) and its
// bounds, drawn as whiskers.
type chartData struct {
	X      []int64       `json:"x"` // unix seconds, ascending
	Series []chartSeries `json:"series"`
	Flags  []chartFlag   `json:"flags"`
}

type chartSeries struct {
	Label string     `json:"label"`
	Color string     `json:"color"`
	Mid   []*float64 `json:"mid"`
	Low   []*float64 `json:"low"`
	High  []*float64 `json:"high"`
	Bound []string   `json:"bound"` // "min": at least, drawn with an arrow up; "max": down
}

// chartFlag marks a point that a flag names.
type chartFlag struct {
	X      int64   `json:"x"`
	Y      float64 `json:"y"`
	Label  string  `json:"label"` // the flag's number in the list below the chart
	Reason string  `json:"reason"`
}

// palette is the Okabe–Ito set, readable by people with colour-blindness,
// in an order that keeps neighbours apart.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#7F6000"}

// pointSource names the series a point belongs to: its source chain, each
// source by its ledger entity's name when it has one, so that spelling
// variants of one speaker make one series.
func pointSource(p export.FigurePoint, names map[string]string) string {
	ss := make([]export.SourceText, len(p.Sources))
	for i, s := range p.Sources {
		ss[i] = s
		if s.Entity != nil && names[*s.Entity] != "" {
			ss[i].Name = names[*s.Entity]
		}
	}
	return sourcesLabel(ss)
}

// figureChart lays the figure's points out by source and date. Points whose
// date cannot be placed on a time axis stay in the table only. names maps
// ledger entity ids to their names (nil: the sources as written).
func figureChart(f export.Figure, names map[string]string) chartData {
	type placed struct {
		x      int64
		series int
		p      export.FigurePoint
	}
	var labels []string
	var pts []placed
	xs := map[int64]bool{}
	for _, p := range f.Points {
		t, ok := timexDate(p.When)
		if !ok {
			continue
		}
		label := pointSource(p, names)
		si := slices.Index(labels, label)
		if si < 0 {
			si = len(labels)
			labels = append(labels, label)
		}
		x := t.Unix()
		xs[x] = true
		pts = append(pts, placed{x, si, p})
	}
	out := chartData{X: make([]int64, 0, len(xs)), Series: make([]chartSeries, len(labels)), Flags: []chartFlag{}}
	for x := range xs {
		out.X = append(out.X, x)
	}
	slices.Sort(out.X)
	for i, l := range labels {
		out.Series[i] = chartSeries{Label: l, Color: palette[i%len(palette)],
			Mid: make([]*float64, len(out.X)), Low: make([]*float64, len(out.X)), High: make([]*float64, len(out.X)),
			Bound: make([]string, len(out.X))}
	}
	for _, pl := range pts {
		xi, _ := slices.BinarySearch(out.X, pl.x)
		s := &out.Series[pl.series]
		low, high := pl.p.Low, pl.p.High
		mid := (low + high) / 2
		if s.Mid[xi] != nil && *s.Mid[xi] >= mid {
			continue // two figures from one source on one day: keep the larger
		}
		s.Mid[xi], s.Low[xi], s.High[xi], s.Bound[xi] = &mid, &low, &high, pl.p.Bound
	}
	for fi, fl := range f.Flags {
		for _, pi := range fl.Points {
			if pi < 0 || pi >= len(f.Points) {
				continue
			}
			p := f.Points[pi]
			t, ok := timexDate(p.When)
			if !ok {
				continue
			}
			out.Flags = append(out.Flags, chartFlag{X: t.Unix(), Y: (p.Low + p.High) / 2,
				Label: strconv.Itoa(fi + 1), Reason: fl.Reason})
		}
	}
	return out
}

// seasonStart places TIMEX3 seasons on the calendar (northern hemisphere).
var seasonStart = map[string]string{"SP": "03-20", "SU": "06-21", "FA": "09-22", "WI": "12-21"}

// timexDate places a TIMEX3 date value on a time axis: a day as itself, a
// month, quarter, season or year at its start.
func timexDate(v string) (time.Time, bool) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006", v); err == nil {
		return t, true
	}
	year, rest, ok := strings.Cut(v, "-")
	if !ok || len(year) != 4 {
		return time.Time{}, false
	}
	if md, ok := seasonStart[rest]; ok {
		t, err := time.Parse(time.DateOnly, year+"-"+md)
		return t, err == nil
	}
	if len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4' {
		t, err := time.Parse("2006-01", year+"-"+[]string{"01", "04", "07", "10"}[rest[1]-'1'])
		return t, err == nil
	}
	if strings.HasPrefix(rest, "W") {
		if w, err := strconv.Atoi(rest[1:]); err == nil && w >= 1 && w <= 53 {
			if t, err := time.Parse("2006", year); err == nil {
				return t.AddDate(0, 0, 7*(w-1)), true
			}
		}
	}
	return time.Time{}, false
}
