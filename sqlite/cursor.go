package sqlite

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

// Cursors are keyset positions — the sort key of the last row of a page —
// encoded opaquely, so a page never skips or repeats rows when documents
// arrive between requests.

const (
	defaultPage = 50
	maxPage     = 10000
)

func pageSize(n int) int {
	switch {
	case n <= 0:
		return defaultPage
	case n > maxPage:
		return maxPage
	}
	return n
}

func encodeCursor(kind string, parts ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + strings.Join(parts, "\x00")))
}

func decodeCursor(kind, c string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		s, ok := strings.CutPrefix(string(b), kind+":")
		if parts := strings.Split(s, "\x00"); ok && len(parts) == n {
			return parts, nil
		}
	}
	return nil, dossier.Errorf(dossier.EINVALID, "bad cursor %q: pass the cursor of the previous page unchanged", c)
}

func encodeDocCursor(pub, seq int64) string {
	return encodeCursor("d1", strconv.FormatInt(pub, 10), strconv.FormatInt(seq, 10))
}

func decodeDocCursor(c string) (pub, seq int64, err error) {
	parts, err := decodeCursor("d1", c, 2)
	if err != nil {
		return 0, 0, err
	}
	pub, err1 := strconv.ParseInt(parts[0], 10, 64)
	seq, err2 := strconv.ParseInt(parts[1], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, dossier.Errorf(dossier.EINVALID, "bad cursor %q: pass the cursor of the previous page unchanged", c)
	}
	return pub, seq, nil
}

func encodeClaimCursor(key int64) string {
	return encodeCursor("c2", strconv.FormatInt(key, 10))
}

func decodeClaimCursor(c string) (key int64, err error) {
	parts, err := decodeCursor("c2", c, 1)
	if err != nil {
		return 0, err
	}
	key, err = strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return 0, dossier.Errorf(dossier.EINVALID, "bad cursor %q: pass the cursor of the previous page unchanged", c)
	}
	return key, nil
}

// checkDay reports a date bound that is not YYYY-MM-DD.
func checkDay(name, v string) error {
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return dossier.Errorf(dossier.EINVALID, "%s date %q: want YYYY-MM-DD", name, v)
	}
	return nil
}
