package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"github.com/dossierhq/dossier/export"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/text"
)

// SentencesPerDoc is how many CoNLL sentences conll.py puts in one document.
const SentencesPerDoc = 30

// CoNLLEntity is a typed span in code points ([Start,End)).
type CoNLLEntity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text,omitempty"`
}

// CoNLLDoc is one evaluation document built as conll.py make builds it:
// sentences in file order, 30 to a document, tokens joined by one space,
// sentences by "\n".
type CoNLLDoc struct {
	ID        string
	Text      string
	Tokens    [][2]int // code point offsets of each token
	Sentences [][2]int // token ranges [first,last) of each sentence
	Words     []string // the tokens
	Entities  []CoNLLEntity
}

// ReadCoNLLDocs reads a CoNLL-2003 file ("token POS chunk NER" lines) into
// evaluation documents named "<file>-0001", ….
func ReadCoNLLDocs(path string) ([]CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	defer f.Close()
	docs, err := ParseCoNLLDocs(f, filepath.Base(path))
	if err != nil {
		return nil, fmt.Errorf("read conll %s: %w", filepath.Base(path), err)
	}
	return docs, nil
}

// ParseCoNLLDocs parses CoNLL-2003 lines from r; base names the documents.
func ParseCoNLLDocs(r io.Reader, base string) ([]CoNLLDoc, error) {
	type tok struct{ word, tag string }
	var sents [][]tok
	var cur []tok
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Fields(sc.Text())
		switch {
		case len(cols) == 0:
			if len(cur) > 0 {
				sents = append(sents, cur)
			}
			cur = nil
		case cols[0] == "-DOCSTART-":
		case len(cols) < 2:
			return nil, fmt.Errorf("line %d: expected \"token ... tag\", got %q", line, sc.Text())
		default:
			cur = append(cur, tok{cols[0], cols[len(cols)-1]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	var docs []CoNLLDoc
	for k := 0; k < len(sents); k += SentencesPerDoc {
		d := CoNLLDoc{ID: fmt.Sprintf("%s-%04d", base, k/SentencesPerDoc+1)}
		var b strings.Builder
		pos := 0
		for si, sent := range sents[k:min(k+SentencesPerDoc, len(sents))] {
			if si > 0 {
				b.WriteByte('\n')
			}
			first := len(d.Tokens)
			tags := make([]string, len(sent))
			for i, t := range sent {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(t.word)
				n := utf8.RuneCountInString(t.word)
				d.Tokens = append(d.Tokens, [2]int{pos, pos + n})
				d.Words = append(d.Words, t.word)
				pos += n + 1
				tags[i] = t.tag
			}
			d.Sentences = append(d.Sentences, [2]int{first, len(d.Tokens)})
			for _, c := range conllChunks(tags) {
				words := make([]string, 0, c.last-c.first+1)
				for _, t := range sent[c.first : c.last+1] {
					words = append(words, t.word)
				}
				d.Entities = append(d.Entities, CoNLLEntity{
					Start: d.Tokens[first+c.first][0], End: d.Tokens[first+c.last][1],
					Type: c.typ, Text: strings.Join(words, " "),
				})
			}
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	return docs, nil
}

type conllChunk struct {
	first, last int // inclusive token indices
	typ         string
}

// conllChunks reads an IOB1/IOB2 tag sequence as conll.py does: an entity
// starts at B-X, or at I-X after O or another type, and runs over the
// following I-X.
func conllChunks(tags []string) []conllChunk {
	var out []conllChunk
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		tag := "O"
		if i < len(tags) {
			tag = tags[i]
		}
		prefix, t, _ := strings.Cut(tag, "-")
		begins := prefix == "B" || prefix == "I" && t != typ
		if start >= 0 && (prefix == "O" || begins) {
			out = append(out, conllChunk{start, i - 1, typ})
			start, typ = -1, ""
		}
		if begins {
			start, typ = i, t
		}
	}
	return out
}

// CoNLLTypeMap maps dossier entity types to CoNLL classes as conll.py does;
// other types are ignored.
var CoNLLTypeMap = map[string]string{
	"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
	"NORP": "MISC", "EVENT": "MISC", "MISC": "MISC", "WORK_OF_ART": "MISC",
	"LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}

// CoNLLTypes are the CoNLL classes scored per type.
var CoNLLTypes = []string{"LOC", "MISC", "ORG", "PER"}

// CoNLLResult holds the metrics of conll.py score.
type CoNLLResult struct {
	Documents   int            `json:"documents"`
	OffBoundary int            `json:"off_token_boundaries"`
	Overall     PRF            `json:"overall"`
	PerType     map[string]PRF `json:"per_type"`
}

// ScoreCoNLL scores predicted entities (code point offsets, dossier types)
// per document id against docs: exact span and mapped type, repeated
// predictions counted once, micro-averaged. A document without predictions
// predicts nothing.
func ScoreCoNLL(docs []CoNLLDoc, pred map[string][]CoNLLEntity) CoNLLResult {
	type key struct {
		s, e int
		t    string
	}
	nGold, nPred, nTP := map[string]int{}, map[string]int{}, map[string]int{}
	res := CoNLLResult{Documents: len(docs)}
	for _, d := range docs {
		gold := map[key]bool{}
		for _, e := range d.Entities {
			gold[key{e.Start, e.End, e.Type}] = true
		}
		ps := map[key]bool{}
		for _, e := range pred[d.ID] {
			if t, ok := CoNLLTypeMap[e.Type]; ok {
				ps[key{e.Start, e.End, t}] = true
			}
		}
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, t := range d.Tokens {
			starts[t[0]], ends[t[1]] = true, true
		}
		for k := range gold {
			nGold[k.t]++
		}
		for k := range ps {
			nPred[k.t]++
			if gold[k] {
				nTP[k.t]++
			}
			if !starts[k.s] || !ends[k.e] {
				res.OffBoundary++
			}
		}
	}
	sum := func(m map[string]int) int {
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	res.Overall = newPRF(sum(nTP), sum(nPred), sum(nGold))
	res.PerType = map[string]PRF{}
	for _, t := range CoNLLTypes {
		res.PerType[t] = newPRF(nTP[t], nPred[t], nGold[t])
	}
	return res
}

// ReadCoNLLPredictions reads `dossier extract --jsonl` output: one object
// per line with "id" and "entities" (start, end, type in code points).
func ReadCoNLLPredictions(r io.Reader) (map[string][]CoNLLEntity, error) {
	out := map[string][]CoNLLEntity{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var obj struct {
			ID       string        `json:"id"`
			Entities []CoNLLEntity `json:"entities"`
		}
		if err := json.Unmarshal(sc.Bytes(), &obj); err != nil {
			return nil, fmt.Errorf("read predictions: line %d: %w", line, err)
		}
		out[obj.ID] = obj.Entities
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	return out, nil
}

// PredictCoNLL runs stages (e.g. the tag and ner stages) over each document
// on the gold tokens and sentences, and returns the entities in code points.
// The stages must provide nlp.Entities and may require tokens, sentences
// and the layers provided by earlier stages.
func PredictCoNLL(docs []CoNLLDoc, stages ...nlp.Stage) (map[string][]CoNLLEntity, error) {
	gt := &goldTokens{}
	p, err := nlp.NewPipeline(append([]nlp.Stage{gt}, stages...)...)
	if err != nil {
		return nil, fmt.Errorf("predict conll: %w", err)
	}
	out := map[string][]CoNLLEntity{}
	var d nlp.Doc
	for i := range docs {
		doc := &docs[i]
		d.Reset(doc.Text, time.Time{})
		gt.doc = doc
		if err := p.Run(&d); err != nil {
			return nil, fmt.Errorf("predict conll %s: %w", doc.ID, err)
		}
		o := export.NewOffsets(doc.Text)
		var ents []CoNLLEntity
		for _, e := range d.Entities {
			ents = append(ents, CoNLLEntity{Start: o.At(e.Span.Start), End: o.At(e.Span.End), Type: string(e.Type)})
		}
		out[doc.ID] = ents
	}
	return out, nil
}

// goldTokens is a stage that sets the gold tokens and sentences of doc.
type goldTokens struct{ doc *CoNLLDoc }

func (*goldTokens) Name() string        { return "gold-tokens" }
func (*goldTokens) Requires() nlp.Layer { return 0 }
func (*goldTokens) Provides() nlp.Layer { return nlp.Tokens | nlp.Sentences }
func (g *goldTokens) Process(d *nlp.Doc) error {
	doc := g.doc
	byteOff := 0
	d.Tokens = d.Tokens[:0]
	for _, w := range doc.Words {
		idx := strings.Index(d.Text[byteOff:], w)
		if idx < 0 {
			return fmt.Errorf("token %q not in text", w)
		}
		start := byteOff + idx
		d.Tokens = append(d.Tokens, text.Token{Start: start, End: start + len(w), Kind: text.Word})
		byteOff = start + len(w)
	}
	d.Sentences = d.Sentences[:0]
	for _, s := range doc.Sentences {
		d.Sentences = append(d.Sentences, text.Sentence{
			Start: d.Tokens[s[0]].Start, End: d.Tokens[s[1]-1].End, First: s[0], Last: s[1],
		})
	}
	return nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]PRF) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// FormatCoNLL writes the result as conll.py's report table.
func FormatCoNLL(w io.Writer, m CoNLLResult) {
	fmt.Fprintf(w, "CoNLL-2003 NER (exact span + type): %d documents, %d predicted spans off token boundaries\n",
		m.Documents, m.OffBoundary)
	fmt.Fprintf(w, "%-10s%8s%8s%8s%7s%7s%8s\n", "", "P", "R", "F1", "gold", "pred", "correct")
	row := func(name string, r PRF) {
		fmt.Fprintf(w, "%-10s%8.4f%8.4f%8.4f%7d%7d%8d\n", name, r.P, r.R, r.F1, r.Gold, r.Predicted, r.Correct)
	}
	row("overall", m.Overall)
	for _, t := range sortedKeys(m.PerType) {
		row(t, m.PerType[t])
	}
}
