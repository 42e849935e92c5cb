package tag

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Sentence is one annotated sentence of a training or test corpus. Chunks is
// nil when the corpus has no chunk column.
type Sentence struct {
	Words, POS, Chunks, NER []string
}

// Corpus paths relative to the data directory (../shared/data/raw).
const (
	CoNLLDir = "conll2003-en"
	GMBZip   = "gmb-ner-kaggle/ner_dataset.csv.zip"
)

// ReadCoNLL reads a CoNLL-2003 file: "token POS chunk NER" lines, a blank
// line between sentences, -DOCSTART- lines skipped.
func ReadCoNLL(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	defer f.Close()
	sents, err := ParseCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("read conll %s: %w", filepath.Base(path), err)
	}
	return sents, nil
}

// ParseCoNLL parses CoNLL-2003 lines from r.
func ParseCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Fields(sc.Text())
		switch {
		case len(cols) == 0:
			flush()
		case cols[0] == "-DOCSTART-":
			continue
		case len(cols) < 4:
			return nil, fmt.Errorf("line %d: want 4 columns, got %d", line, len(cols))
		default:
			cur.Words = append(cur.Words, cols[0])
			cur.POS = append(cur.POS, cols[1])
			cur.Chunks = append(cur.Chunks, cols[2])
			cur.NER = append(cur.NER, cols[len(cols)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// ReadGMB reads the GMB-derived ner_dataset.csv from its zip archive
// (latin-1 CSV "Sentence #,Word,POS,Tag", the sentence id only on a
// sentence's first token).
func ReadGMB(zipPath string) ([]Sentence, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, fmt.Errorf("read gmb: %w", err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".csv") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("read gmb: %w", err)
		}
		defer rc.Close()
		sents, err := ParseGMB(rc)
		if err != nil {
			return nil, fmt.Errorf("read gmb %s: %w", f.Name, err)
		}
		return sents, nil
	}
	return nil, errors.New("read gmb: no csv file in the archive")
}

// ParseGMB parses the GMB CSV from r.
func ParseGMB(r io.Reader) ([]Sentence, error) {
	cr := csv.NewReader(bufio.NewReaderSize(r, 1<<16))
	cr.FieldsPerRecord = 4
	cr.ReuseRecord = true
	var out []Sentence
	var cur Sentence
	for row := 0; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if row == 0 {
			continue // header
		}
		if rec[0] != "" && len(cur.Words) > 0 {
			out = append(out, cur)
			cur = Sentence{}
		}
		cur.Words = append(cur.Words, latin1(rec[1]))
		cur.POS = append(cur.POS, rec[2])
		cur.NER = append(cur.NER, rec[3])
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// latin1 converts a latin-1 string to UTF-8.
func latin1(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.Clone(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

// SplitGMB splits GMB sentences into a training part and a held-out part of
// about heldOut (0..1) of the sentences, chosen by a PCG generator seeded
// with seed, so the split is the same on every run.
func SplitGMB(sents []Sentence, heldOut float64, seed uint64) (train, test []Sentence) {
	rng := rand.New(rand.NewPCG(seed, 0x676d62))
	for _, s := range sents {
		if rng.Float64() < heldOut {
			test = append(test, s)
		} else {
			train = append(train, s)
		}
	}
	return train, test
}

// Data is every corpus the trainers use, split into train and test parts.
type Data struct {
	CoNLLTrain, CoNLLDev, CoNLLTest []Sentence // eng.train, eng.testa, eng.testb
	GMBTrain, GMBTest               []Sentence // GMB split 95/5 by the seed
}

// GMBSplitSeed fixes the GMB held-out split; it does not change with the
// training seed, so held-out numbers stay comparable across runs.
const GMBSplitSeed = 2003

// LoadData reads the corpora under dataDir.
func LoadData(dataDir string) (*Data, error) {
	var d Data
	var err error
	for _, p := range []struct {
		dst  *[]Sentence
		name string
	}{{&d.CoNLLTrain, "eng.train"}, {&d.CoNLLDev, "eng.testa"}, {&d.CoNLLTest, "eng.testb"}} {
		if *p.dst, err = ReadCoNLL(filepath.Join(dataDir, CoNLLDir, p.name)); err != nil {
			return nil, err
		}
	}
	gmb, err := ReadGMB(filepath.Join(dataDir, GMBZip))
	if err != nil {
		return nil, err
	}
	d.GMBTrain, d.GMBTest = SplitGMB(gmb, 0.05, GMBSplitSeed)
	return &d, nil
}
