package timex

import (
	"strconv"
	"time"
)

// gran is the granularity of a calendar value.
type gran uint8

const (
	gNone gran = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
)

// cal is a calendar value under construction. Unknown fields (a relative
// expression without a publication date) are negative and print as X.
type cal struct {
	g    gran
	y    int // year; for gDecade the decade's first year, gCentury its first
	m    int // month 1..12
	d    int // day 1..31
	w    int // ISO week
	wy   int // ISO week-year
	q    int // quarter 1..4, half 1..2, season index 0..3
	wd   int // weekday 1..7 for an unknown-date weekday (XXXX-WXX-1)
	part int // part of day index, or 0
	hh   int // hour, -1 when none
	mm   int // minute
}

func newCal(g gran) cal { return cal{g: g, hh: -1} }

// dayCal is the calendar day t.
func dayCal(t time.Time) cal {
	c := newCal(gDay)
	c.y, c.m, c.d = t.Year(), int(t.Month()), t.Day()
	return c
}

// at returns c's day as a time; ok is false when c is not a known day.
func (c cal) at() (time.Time, bool) {
	if c.y < 0 || c.m <= 0 || c.d <= 0 {
		return time.Time{}, false
	}
	return time.Date(c.y, time.Month(c.m), c.d, 12, 0, 0, 0, time.UTC), true
}

// appendValue appends the TIMEX3 value of c to b.
func (c cal) appendValue(b []byte) []byte {
	switch c.g {
	case gMillennium:
		return appendPad(b, c.y/1000, 1)
	case gCentury:
		return appendPad(b, c.y/100, 2)
	case gDecade:
		return appendPad(b, c.y/10, 3)
	}
	if c.g == gWeek || c.g == gWeekend {
		if c.wy < 0 {
			b = append(b, "XXXX-WXX"...)
		} else {
			b = appendPad(b, c.wy, 4)
			b = append(b, "-W"...)
			b = appendPad(b, c.w, 2)
		}
		if c.g == gWeekend {
			b = append(b, "-WE"...)
		}
		return c.appendTime(b)
	}
	if c.g == gDay && c.wd > 0 {
		b = append(b, "XXXX-WXX-"...)
		b = strconv.AppendInt(b, int64(c.wd), 10)
		return c.appendTime(b)
	}
	if c.y < 0 {
		b = append(b, "XXXX"...)
	} else {
		b = appendPad(b, c.y, 4)
	}
	switch c.g {
	case gHalf:
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(c.q), 10)
	case gSeason:
		b = append(b, '-')
		b = append(b, seasons[c.q&3]...)
	case gQuarter:
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(c.q), 10)
	case gMonth, gDay:
		b = append(b, '-')
		if c.m <= 0 {
			b = append(b, "XX"...)
		} else {
			b = appendPad(b, c.m, 2)
		}
		if c.g == gDay {
			b = append(b, '-')
			if c.d <= 0 {
				b = append(b, "XX"...)
			} else {
				b = appendPad(b, c.d, 2)
			}
		}
	}
	return c.appendTime(b)
}

func (c cal) appendTime(b []byte) []byte {
	switch {
	case c.hh >= 0:
		b = append(b, 'T')
		b = appendPad(b, c.hh, 2)
		b = append(b, ':')
		b = appendPad(b, c.mm, 2)
	case c.part > 0 && c.part < len(dayParts):
		b = append(b, 'T')
		b = append(b, dayParts[c.part]...)
	}
	return b
}

func appendPad(b []byte, n, width int) []byte {
	if n < 0 {
		n = -n
	}
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// isoWeekday is t's weekday with Monday = 1 and Sunday = 7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekCal is the ISO week containing t.
func weekCal(t time.Time) cal {
	c := newCal(gWeek)
	c.wy, c.w = t.ISOWeek()
	return c
}

// durUnit letters by unit, and whether the unit needs the T designator.
func durUnit(u int) (letter string, timePart bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uWeekend:
		return "WE", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uHalfYear:
		return "M", false
	case uYear:
		return "Y", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	case uMillennium:
		return "ML", false
	}
	return "", false
}

// appendDuration appends the TIMEX3 duration of n units u; n < 0 means an
// unspecified number (PXY).
func appendDuration(b []byte, n float64, u int) []byte {
	b = append(b, 'P')
	if n < 0 {
		l, t := durUnit(u)
		if t {
			b = append(b, 'T')
		}
		b = append(b, 'X')
		return append(b, l...)
	}
	// Decades and centuries read as years (a decade -> P10Y), as TE3 gold
	// mostly writes them; halves of years as months.
	switch u {
	case uDecade:
		n, u = n*10, uYear
	case uCentury:
		n, u = n*100, uYear
	case uMillennium:
		n, u = n*1000, uYear
	case uHalfYear:
		n, u = n*6, uMonth
	case uWeekend:
		n, u = n*2, uDay
	}
	whole := float64(int64(n))
	frac := n - whole
	l, t := durUnit(u)
	if frac < 1e-9 {
		if t {
			b = append(b, 'T')
		}
		b = strconv.AppendInt(b, int64(whole), 10)
		return append(b, l...)
	}
	// A fraction goes into the next smaller unit: 2.5 years = P2Y6M.
	var sub float64
	var subL string
	switch u {
	case uYear:
		sub, subL = 12, "M"
	case uMonth:
		// Half a month is two weeks, as people mean it.
		if whole == 0 {
			b = strconv.AppendInt(b, int64(frac*30+0.5), 10)
			return append(b, 'D')
		}
		sub, subL = 30, "D"
	case uWeek:
		b = strconv.AppendInt(b, int64(n*7+0.5), 10)
		return append(b, 'D')
	case uDay:
		sub, subL = 24, "H"
	case uHour, uMinute:
		sub, subL = 60, "M"
		if u == uMinute {
			subL = "S"
		}
	case uQuarter:
		b = strconv.AppendInt(b, int64(n*3+0.5), 10)
		return append(b, 'M')
	default:
		b = strconv.AppendFloat(b, n, 'f', -1, 64)
		return append(b, l...)
	}
	if t {
		b = append(b, 'T')
	}
	if whole > 0 {
		b = strconv.AppendInt(b, int64(whole), 10)
		b = append(b, l...)
	}
	if u == uDay {
		b = append(b, 'T')
	}
	b = strconv.AppendInt(b, int64(frac*sub+0.5), 10)
	return append(b, subL...)
}
