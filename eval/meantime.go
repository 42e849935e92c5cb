package eval

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierhq/dossier"
)

// MeantimeDoc is one MEANTIME (NewsReader, CAT XML) article: its tokens
// joined back into text, with the TIMEX3 mentions as TE3 gold in code
// points of that text.
type MeantimeDoc struct {
	TE3Doc
	// Dateline is the index in Gold of the Wikinews dateline ("March 01 ,
	// 2008", the document creation time written as the article's second
	// line), or -1.
	Dateline int
	// Annotated is where (in code points) the annotated part of the text
	// ends: MEANTIME marks times in the title, the dateline and the first
	// four sentences of the body only, so predictions from there on are
	// not scored.
	Annotated int
}

// meantimeAnnotated is how many sentences of each article (title and
// dateline included) MEANTIME annotates; measured on the corpus, no TIMEX3
// lies beyond them.
const meantimeAnnotated = 6

// MeantimeSplits are the four sub-corpora; "all" is every one.
var MeantimeSplits = []string{"airbus", "apple", "gm", "stock"}

// MeantimeResult scores every TIMEX3 mention (All) and the article body
// alone (Body: the dateline, the creation time every article writes under
// its title, left out of gold and predictions).
type MeantimeResult struct {
	Split string    `json:"split"`
	All   TE3Result `json:"all"`
	Body  TE3Result `json:"body"`
}

// MeantimeDir resolves split's folder under root, which is the meantime-en
// folder (the intra_cross-doc_annotation corpora are read), one annotation
// folder of it, or a folder of .xml files itself (no split then).
func MeantimeDir(root, split string) ([]string, error) {
	if hasExt(root, ".xml") {
		if split != "" && split != "all" {
			return nil, dossier.Errorf(dossier.EINVALID, "meantime: %s holds .xml files itself: --split %q does not apply", root, split)
		}
		return []string{root}, nil
	}
	base := root
	if st, err := os.Stat(filepath.Join(root, "intra_cross-doc_annotation")); err == nil && st.IsDir() {
		base = filepath.Join(root, "intra_cross-doc_annotation")
	}
	names := MeantimeSplits
	switch {
	case split == "" || split == "all":
	case contains(MeantimeSplits, split):
		names = []string{split}
	default:
		return nil, dossier.Errorf(dossier.EINVALID, "meantime: unknown --split %q (want all, %s)", split, strings.Join(MeantimeSplits, ", "))
	}
	var dirs []string
	for _, n := range names {
		d := filepath.Join(base, "corpus_"+n)
		if !hasExt(d, ".xml") {
			return nil, dossier.Errorf(dossier.EINVALID, "meantime: %s: no corpus_%s folder of .xml files (want the meantime-en folder of ../shared/data/raw)", root, n)
		}
		dirs = append(dirs, d)
	}
	return dirs, nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func hasExt(dir, ext string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ext) {
			return true
		}
	}
	return false
}

// ReadMeantimeDirs reads every .xml file of dirs, sorted by name within
// each; ids are "corpus_x/file.xml".
func ReadMeantimeDirs(dirs []string) ([]MeantimeDoc, error) {
	var docs []MeantimeDoc
	for _, dir := range dirs {
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("meantime: %w", err)
		}
		var names []string
		for _, e := range ents {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".xml") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, n := range names {
			f, err := os.Open(filepath.Join(dir, n))
			if err != nil {
				return nil, fmt.Errorf("meantime: %w", err)
			}
			d, err := ReadMeantimeXML(f)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("meantime: %s: %w", n, err)
			}
			d.ID = filepath.Base(dir) + "/" + n
			docs = append(docs, d)
		}
	}
	return docs, nil
}

// meantimeToken is one <token> of a CAT document.
type meantimeToken struct {
	ID       string `xml:"t_id,attr"`
	Sentence int    `xml:"sentence,attr"`
	Text     string `xml:",chardata"`
}

// meantimeTimex is one <TIMEX3> markable.
type meantimeTimex struct {
	Type     string `xml:"type,attr"`
	Value    string `xml:"value,attr"`
	Function string `xml:"functionInDocument,attr"`
	Anchors  []struct {
		ID string `xml:"t_id,attr"`
	} `xml:"token_anchor"`
}

// ReadMeantimeXML reads one CAT document. The text is rebuilt from the
// tokens: sentence 0 (the title) and 1 (the dateline) end in a blank line,
// later sentences are joined by one space; inside a sentence tokens are
// joined by a space except before closing punctuation and after opening
// punctuation, and the PTB quotes “ and ” are written as ". Gold are the
// TIMEX3 with token anchors, spanning their first to last token. The
// publication date is the creation time (functionInDocument
// CREATION_TIME), or else the date that makes up the dateline.
func ReadMeantimeXML(r io.Reader) (MeantimeDoc, error) {
	var raw struct {
		XMLName xml.Name        `xml:"Document"`
		Tokens  []meantimeToken `xml:"token"`
		Markers struct {
			Timex []meantimeTimex `xml:"TIMEX3"`
		} `xml:"Markables"`
	}
	doc := MeantimeDoc{Dateline: -1}
	dec := xml.NewDecoder(r)
	dec.Strict = true
	if err := dec.Decode(&raw); err != nil {
		return doc, fmt.Errorf("xml: %w", err)
	}
	if len(raw.Tokens) == 0 {
		return doc, fmt.Errorf("no tokens")
	}
	type pos struct{ start, end, sentence int } // code points
	at := make(map[string]pos, len(raw.Tokens))
	var b strings.Builder
	n := 0 // code points written
	write := func(s string) {
		b.WriteString(s)
		n += utf8.RuneCountInString(s)
	}
	prev := ""
	quoteOpen := false
	titleEnd := 0 // bytes
	for i, t := range raw.Tokens {
		w := t.Text
		switch w {
		case "``":
			w, quoteOpen = `"`, true
		case "''":
			w, quoteOpen = `"`, false
		case `"`:
			quoteOpen = !quoteOpen
		}
		if i > 0 {
			switch {
			case t.Sentence != raw.Tokens[i-1].Sentence && raw.Tokens[i-1].Sentence <= 1:
				write("\n\n")
			case meantimeGlue(prev, raw.Tokens[i-1].Text, t.Text, quoteOpen):
			default:
				write(" ")
			}
		}
		s := n
		write(w)
		if t.Sentence == 0 {
			titleEnd = b.Len()
		}
		if t.Sentence < meantimeAnnotated {
			doc.Annotated = n
		}
		at[t.ID] = pos{s, n, t.Sentence}
		prev = w
	}
	doc.Text = b.String()
	doc.Title = doc.Text[:titleEnd]
	for _, x := range raw.Markers.Timex {
		if x.Function == "CREATION_TIME" && doc.Published.IsZero() {
			doc.Published = meantimeDate(x.Value)
		}
		if len(x.Anchors) == 0 {
			continue // a timex not written in the text
		}
		start, end, sents := -1, -1, map[int]bool{}
		for _, a := range x.Anchors {
			p, ok := at[a.ID]
			if !ok {
				return doc, fmt.Errorf("TIMEX3 anchored to unknown token %q", a.ID)
			}
			if start < 0 || p.start < start {
				start = p.start
			}
			if p.end > end {
				end = p.end
			}
			sents[p.sentence] = true
		}
		g := TE3Timex{Start: start, End: end, Type: x.Type, Value: x.Value, Text: te3RuneSlice(doc.Text, start, end)}
		dct := x.Function == "CREATION_TIME"
		if !dct && doc.Dateline < 0 && len(sents) == 1 && sents[1] && x.Type == "DATE" && meantimeWholeSentence(raw.Tokens, x, 1) {
			dct = true
		}
		if dct && doc.Dateline < 0 {
			doc.Dateline = len(doc.Gold)
			if doc.Published.IsZero() {
				doc.Published = meantimeDate(x.Value)
			}
		}
		doc.Gold = append(doc.Gold, g)
	}
	// Gold in text order, the dateline index following its timex.
	var dl *TE3Timex
	if doc.Dateline >= 0 {
		c := doc.Gold[doc.Dateline]
		dl = &c
	}
	sort.SliceStable(doc.Gold, func(i, j int) bool {
		if doc.Gold[i].Start != doc.Gold[j].Start {
			return doc.Gold[i].Start < doc.Gold[j].Start
		}
		return doc.Gold[i].End < doc.Gold[j].End
	})
	if dl != nil {
		for i, g := range doc.Gold {
			if g == *dl {
				doc.Dateline = i
				break
			}
		}
	}
	return doc, nil
}

// meantimeDate reads a creation time: 2008-03-01 (a time after it is
// ignored), or 01-03-2008 as one article writes it; zero when neither.
func meantimeDate(v string) time.Time {
	if len(v) > 10 {
		v = v[:10]
	}
	for _, layout := range []string{"2006-01-02", "02-01-2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	return time.Time{}
}

// meantimeWholeSentence reports whether x is anchored to every token of
// sentence s.
func meantimeWholeSentence(toks []meantimeToken, x meantimeTimex, s int) bool {
	n := 0
	for _, t := range toks {
		if t.Sentence == s {
			n++
		}
	}
	return n == len(x.Anchors)
}

// meantimeGlue reports whether token cur is written against the one before
// it (prevRaw as annotated, prev as written) with no space.
func meantimeGlue(prev, prevRaw, cur string, quoteOpen bool) bool {
	switch cur {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "...", "’s":
		return true
	case `"`:
		return !quoteOpen // a closing quote
	}
	switch prevRaw {
	case "(", "[", "{", "$", "US$", "#", "``":
		return true
	case `"`:
		return quoteOpen // after an opening quote
	}
	return false
}

// Meantime reads split of the MEANTIME corpus under root, runs run on every
// article with its creation time as the publication date and scores it as
// TempEval-3 does, with and without the dateline.
func Meantime(root, split string, run func(text string, published time.Time) ([]dossier.Timex, error)) (MeantimeResult, error) {
	dirs, err := MeantimeDir(root, split)
	if err != nil {
		return MeantimeResult{}, err
	}
	docs, err := ReadMeantimeDirs(dirs)
	if err != nil {
		return MeantimeResult{}, err
	}
	if len(docs) == 0 {
		return MeantimeResult{}, dossier.Errorf(dossier.EINVALID, "meantime: %s: no documents", root)
	}
	te3 := make([]TE3Doc, len(docs))
	for i := range docs {
		te3[i] = docs[i].TE3Doc
	}
	pred, err := TE3Predict(te3, run)
	if err != nil {
		return MeantimeResult{}, err
	}
	if split == "" {
		split = "all"
	}
	return ScoreMeantime(docs, pred, split), nil
}

// ScoreMeantime scores pred against docs, whole and without the datelines;
// predictions that start after the annotated part of a text are left out.
func ScoreMeantime(docs []MeantimeDoc, pred map[string][]TE3Timex, split string) MeantimeResult {
	all := make([]TE3Doc, len(docs))
	body := make([]TE3Doc, len(docs))
	bodyPred := make(map[string][]TE3Timex, len(pred))
	allPred := make(map[string][]TE3Timex, len(pred))
	for i, d := range docs {
		all[i] = d.TE3Doc
		body[i] = d.TE3Doc
		var ps []TE3Timex
		for _, p := range pred[d.ID] {
			if p.Start < d.Annotated {
				ps = append(ps, p)
			}
		}
		allPred[d.ID] = ps
		if d.Dateline < 0 {
			bodyPred[d.ID] = ps
			continue
		}
		dl := d.Gold[d.Dateline]
		body[i].Gold = append(append([]TE3Timex(nil), d.Gold[:d.Dateline]...), d.Gold[d.Dateline+1:]...)
		var kept []TE3Timex
		for _, p := range ps {
			if p.End <= dl.Start || p.Start >= dl.End {
				kept = append(kept, p)
			}
		}
		bodyPred[d.ID] = kept
	}
	r := MeantimeResult{Split: split, All: ScoreTE3(all, allPred), Body: ScoreTE3(body, bodyPred)}
	r.All.Split, r.Body.Split = split, split+", body"
	return r
}

// WriteMeantime prints r as two TE3 tables, then as JSON.
func WriteMeantime(w io.Writer, r MeantimeResult) error {
	var b strings.Builder
	if err := writeTimexTable(&b, "MEANTIME timex ("+r.Split+"), every mention", r.All); err != nil {
		return err
	}
	b.WriteString("\n")
	if err := writeTimexTable(&b, "MEANTIME timex ("+r.Split+"), article bodies without the dateline", r.Body); err != nil {
		return err
	}
	js, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return fmt.Errorf("meantime: %w", err)
	}
	b.Write(js)
	b.WriteByte('\n')
	_, err = io.WriteString(w, b.String())
	return err
}
