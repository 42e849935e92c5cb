package reconcile

import (
	"strconv"
	"time"
)

const dayLayout = "2006-01-02"

// dayOf returns the day a TIMEX3 date value stands for, to order points
// and measure windows: a full date is itself; a month, season, quarter,
// half, week or year is its last day — but never later than the
// publication date, since a figure cannot be stated after it is printed
// ("in January", written on January 13, is January 13). ok is false for
// values that name no calendar date (PRESENT_REF, XXXX-08, PT6H).
func dayOf(v string, published time.Time) (day time.Time, ok bool) {
	if len(v) >= 10 {
		if t, err := time.Parse(dayLayout, v[:10]); err == nil {
			return t, true
		}
	}
	if len(v) < 4 {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(v[:4])
	if err != nil {
		return time.Time{}, false
	}
	var end time.Time
	rest := ""
	if len(v) > 5 && v[4] == '-' {
		rest = v[5:]
	} else if len(v) != 4 {
		return time.Time{}, false
	}
	monthEnd := func(m int) time.Time { return time.Date(year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC) }
	switch {
	case rest == "":
		end = monthEnd(12)
	case len(rest) == 2 && rest[0] >= '0' && rest[0] <= '1':
		m, err := strconv.Atoi(rest)
		if err != nil || m < 1 || m > 12 {
			return time.Time{}, false
		}
		end = monthEnd(m)
	case rest == "SP":
		end = monthEnd(5)
	case rest == "SU":
		end = monthEnd(8)
	case rest == "FA":
		end = monthEnd(11)
	case rest == "WI":
		end = time.Date(year+1, time.March, 0, 0, 0, 0, 0, time.UTC)
	case rest == "H1":
		end = monthEnd(6)
	case rest == "H2":
		end = monthEnd(12)
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		end = monthEnd(3 * int(rest[1]-'0'))
	case len(rest) >= 2 && rest[0] == 'W':
		w, err := strconv.Atoi(rest[1:min(3, len(rest))])
		if err != nil || w < 1 || w > 53 {
			return time.Time{}, false
		}
		// ISO week w ends on the Sunday after the Monday of week 1 + w-1.
		jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		end = monday.AddDate(0, 0, 7*w-1)
	default:
		return time.Time{}, false
	}
	if !published.IsZero() {
		p := published.UTC().Truncate(24 * time.Hour)
		if end.After(p) && !p.Before(startOf(v, year)) {
			end = p
		}
	}
	return end, true
}

// startOf is the first day of a coarse TIMEX3 value, to tell whether the
// publication date falls inside it.
func startOf(v string, year int) time.Time {
	if len(v) >= 7 {
		if m, err := strconv.Atoi(v[5:7]); err == nil && m >= 1 && m <= 12 {
			return time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
}

// claimDay returns a count claim's date: its own when value, else the
// publication date, as the TIMEX3 value shown and the day used.
func claimDay(when string, published time.Time) (string, time.Time) {
	if when != "" {
		if d, ok := dayOf(when, published); ok {
			return when, d
		}
	}
	if published.IsZero() {
		return "", time.Time{}
	}
	p := published.UTC()
	return p.Format(dayLayout), time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
}
