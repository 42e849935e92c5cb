package sqlite

import "time"

// A claim's key orders the claims table newest first (see migration 003):
//
//	key = day << 45 | doc << 14 | (maxClaims - index)
//
// day counts days since 1800-01-01 (0: no date), doc is the document's
// seq, index the claim's position in its document.
const (
	idxBits   = 14
	docBits   = 31
	dayShift  = idxBits + docBits
	maxClaims = 1<<idxBits - 1 // claims per document
	maxDoc    = 1<<docBits - 1
)

var dayEpoch = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)

// dayNumber returns the days from 1800-01-01 to day (YYYY-MM-DD), or 0 for
// no date or an earlier one.
func dayNumber(day string) int64 {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil || t.Before(dayEpoch) {
		return 0
	}
	n := int64(t.Sub(dayEpoch).Hours()) / 24
	if n >= 1<<(63-dayShift) {
		return 0
	}
	return n
}

func claimKey(day, doc int64, index int) int64 {
	return day<<dayShift | doc<<idxBits | int64(maxClaims-index)
}

// dayKeys returns the key range of the days from..to inclusive; an empty
// bound leaves that side open (a closed upper bound also leaves out the
// claims without a date).
func dayKeys(from, to string) (lo, hi int64) {
	lo, hi = 0, 1<<63-1
	if from != "" {
		lo = dayNumber(from) << dayShift
	}
	if to != "" {
		hi = (dayNumber(to)+1)<<dayShift - 1
		if lo == 0 {
			lo = 1 << dayShift
		}
	}
	return lo, hi
}
