package attrib

import (
	"strings"

	"github.com/dossierhq/dossier/text"
)

// Quote-mark families: a mark closes only a quote its own family opened, so
// a ‘single’ or "straight" quote nested in a “curly” one stays inside it.
const (
	famNone byte = iota
	famCurly
	famStraight
	famGuillemet
	famTeX // `` … '' and '' … '' as in older wire copy
)

// qmark classifies token i as a quote mark: its family, whether it can open
// or close, and how many tokens it spans.
func (s *scratch) qmark(i int) (fam byte, open, close bool, width int) {
	d := s.d
	if i < 0 || i >= len(d.Tokens) {
		return
	}
	t := d.Tokens[i]
	switch t.Kind {
	case text.Word, text.Number, text.Abbrev:
		return // most tokens: no mark
	}
	switch d.Text[t.Start:t.End] {
	case "“", "„":
		return famCurly, true, false, 1
	case "”":
		return famCurly, false, true, 1
	case "«":
		return famGuillemet, true, false, 1
	case "»":
		return famGuillemet, false, true, 1
	case "\"":
		op := t.Start == 0 || openingContext(d.Text[t.Start-1])
		cl := t.End >= len(d.Text) || closingContext(d.Text[t.End])
		// `…for the time being, "a spokeswoman said`: tokenised text puts
		// a space before a closing mark too; after a comma or a full
		// stop it may close.
		if op && !cl && t.Start >= 2 && d.Text[t.Start-1] == ' ' && strings.IndexByte(",.?!", d.Text[t.Start-2]) >= 0 {
			return famStraight, true, true, 1
		}
		return famStraight, op || !cl, cl || !op, 1
	case "`", "'":
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Start == t.End && d.Text[t.End] == d.Text[t.Start] {
			op := t.Start == 0 || openingContext(d.Text[t.Start-1])
			if d.Text[t.Start] == '`' {
				return famTeX, true, false, 2
			}
			return famTeX, op, !op, 2
		}
	}
	return
}

// maybeQuoteMark reports whether a token starting with byte c can be a
// quote mark qmark knows: the lead byte of “ „ ” (E2) and « » (C2), or a
// straight quote, backquote or apostrophe.
func maybeQuoteMark(c byte) bool {
	return c == 0xE2 || c == 0xC2 || c == '"' || c == '`' || c == '\''
}

func openingContext(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '[' || c == '-'
}

func closingContext(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '?' || c == '!' || c == '-'
}

// findQuotes pairs quote marks. A quotation left open at the end of a
// paragraph continues when the next paragraph re-opens with a mark of the
// same family (the news convention for multi-paragraph quotes); otherwise it
// ends with its paragraph.
func (s *scratch) findQuotes() {
	n := len(s.d.Tokens)
	for i := range s.qOf {
		s.qOf[i] = -1
	}
	open, fam := -1, famNone
	// Only the marks and paragraph starts classify listed can change
	// anything; next is the first token the walk has not passed.
	next := 0
	for _, c := range s.qcand {
		i := int(c)
		if i < next {
			continue
		}
		next = i + 1
		f, op, cl, w := s.qmark(i)
		if open >= 0 && i > 0 && s.para[i] != s.para[i-1] {
			if f == fam && op {
				next = i + w // the quote goes on in this paragraph
				continue
			}
			s.addQuote(open, i)
			open = -1
		}
		if f == famNone {
			continue
		}
		switch {
		case open < 0:
			if op {
				open, fam = i, f
			}
		case f != fam:
			// A nested quote of another family stays inside — unless the
			// mark can only close and nothing of the opening family closes
			// later in the paragraph: “… too" Sweeny said (a typist's
			// mismatch).
			if cl && !op && f != famTeX && fam != famTeX && !s.closerAhead(i+w, fam) {
				s.addQuote(open, i+w)
				open = -1
			}
		case cl:
			s.addQuote(open, i+w)
			open = -1
		case op:
			if j := s.nestedClose(i, w, fam); j > 0 {
				next = j + 1 // a short quote nested in the open one: “… "United States" …”
				continue
			}
			open = i // two openings in a row: the first was stray
		}
		next = i + w
	}
	if open >= 0 {
		s.addQuote(open, n)
	}
}

// closerAhead reports whether a mark of family fam that can close follows
// token k in its paragraph.
func (s *scratch) closerAhead(k int, fam byte) bool {
	for j := k; j < len(s.d.Tokens) && s.para[j] == s.para[k-1]; j++ {
		if f, _, cl, _ := s.qmark(j); f == fam && cl {
			return true
		}
	}
	return false
}

// nestedClose returns the last token of the closing mark of a short quote
// opened at i inside an open one of the same family — when that quote
// closes within a few words and a further closing mark follows in the
// paragraph for the outer one — or 0.
func (s *scratch) nestedClose(i, w int, fam byte) int {
	n := len(s.d.Tokens)
	inner := -1
	for j := i + w; j < n && s.para[j] == s.para[i]; j++ {
		f, op, cl, wj := s.qmark(j)
		if f != fam {
			continue
		}
		if inner < 0 {
			if !cl || op || j-i > 8 {
				return 0
			}
			inner = j + wj - 1
			j = inner
			continue
		}
		if cl {
			return inner
		}
		return 0
	}
	return 0
}

func (s *scratch) addQuote(a, b int) {
	if b > len(s.d.Tokens) {
		b = len(s.d.Tokens)
	}
	if b-a < 3 {
		return // a pair of marks with at most one token: “no”, not a quotation
	}
	qi := int32(len(s.quotes))
	s.quotes = append(s.quotes, quote{a: a, b: b, speaker: -1})
	for k := a; k < b; k++ {
		s.qOf[k] = qi
	}
}

// quoteWords counts the word tokens inside quote q.
func (s *scratch) quoteWords(q quote) int {
	n := 0
	for k := q.a; k < q.b; k++ {
		if s.d.Tokens[k].Kind == text.Word || s.d.Tokens[k].Kind == text.Number {
			n++
		}
	}
	return n
}
