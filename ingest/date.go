package ingest

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the forms of publication dates found in JSONL records,
// meta tags, JSON-LD and feeds. The first four are those of
// `dossier extract --jsonl`.
var dateLayouts = []string{
	time.DateOnly,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04",
	"2006/01/02",
	"2006/01/02 15:04:05",
	"20060102",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.RFC822,
	time.RFC822Z,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006",
	"January 2, 2006 15:04",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
}

// ParseDate reads a publication date: a date (YYYY-MM-DD), an RFC 3339
// timestamp, or one of the forms used in meta tags, JSON-LD and feeds
// (RFC 1123, "January 2, 2006" …). The result is the calendar date as
// written, at midnight UTC: relative expressions in the article resolve
// against the writer's date, not against the date in another time zone.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return calendarDate(t), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", clipString(s, 40))
}

// calendarDate keeps the date of t as written in t's own zone.
func calendarDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func clipString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xc0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
