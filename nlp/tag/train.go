package tag

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/dossierhq/dossier/nlp/perceptron"
)

// Config controls training.
type Config struct {
	Seed   uint64    // shuffling seed; the same seed gives the same model
	Epochs int       // passes over the training data (0: default)
	Bits   uint      // log2 feature buckets (0: default)
	Log    io.Writer // progress lines; nil for none
}

func (c Config) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format+"\n", args...)
	}
}

// Report holds held-out scores of a trained model.
type Report struct {
	Model    string
	Tokens   int // training tokens
	Duration time.Duration
	Scores   []Score
}

// Score is one named metric on one held-out set.
type Score struct {
	Set, Metric string
	Value       float64
	N           int // tokens or entities scored
}

func (r Report) String() string {
	s := fmt.Sprintf("%s: trained on %d tokens in %s", r.Model, r.Tokens, r.Duration.Round(time.Second))
	for _, sc := range r.Scores {
		s += fmt.Sprintf("\n  %-12s %-10s %.4f (n=%d)", sc.Set, sc.Metric, sc.Value, sc.N)
	}
	return s
}

// normPOS maps the GMB and CoNLL tag variants onto one tag set (CoNLL's).
func normPOS(t string) string {
	switch t {
	case "LRB", "-LRB-":
		return "("
	case "RRB", "-RRB-":
		return ")"
	case "``", "''":
		return "\""
	case ";":
		return ":"
	case "NN|SYM":
		return "NN"
	}
	return t
}

// normTags normalises the POS column of sentences in place.
func normTags(sents []Sentence) {
	for _, s := range sents {
		for i, t := range s.POS {
			s.POS[i] = normPOS(t)
		}
	}
}

// Train reads the corpora under dataDir and trains a tagger on CoNLL-2003
// eng.train and 95% of GMB, reporting accuracy on eng.testa, eng.testb and
// the GMB held-out 5%.
func Train(ctx context.Context, dataDir string, seed uint64, log io.Writer) (*Tagger, Report, error) {
	d, err := LoadData(dataDir)
	if err != nil {
		return nil, Report{}, err
	}
	return TrainTagger(ctx, d, Config{Seed: seed, Log: log})
}

// TrainTagger trains a tagger on d.
func TrainTagger(ctx context.Context, d *Data, cfg Config) (*Tagger, Report, error) {
	start := time.Now()
	if cfg.Epochs == 0 {
		cfg.Epochs = 6
	}
	if cfg.Bits == 0 {
		cfg.Bits = 16
	}
	for _, set := range [][]Sentence{d.CoNLLTrain, d.CoNLLDev, d.CoNLLTest, d.GMBTrain, d.GMBTest} {
		normTags(set)
	}
	train := slices.Concat(d.CoNLLTrain, d.GMBTrain)
	classes, dict := buildTagDict(train)
	cidx := make(map[string]int, len(classes))
	for i, c := range classes {
		cidx[c] = i
	}
	tr := perceptron.NewTrainer(classes, cfg.Bits)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x706f73))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var ws []perceptron.Word
	var feats []uint64
	scores := make([]float32, len(classes))
	tokens := 0
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for n, si := range order {
			if n%4096 == 0 && ctx.Err() != nil {
				return nil, Report{}, fmt.Errorf("train tagger: %w", ctx.Err())
			}
			s := train[si]
			ws = slices.Grow(ws[:0], len(s.Words))[:len(s.Words)]
			setWords(ws, s.Words)
			p1, p2 := -1, -1
			for i, w := range s.Words {
				gold := cidx[s.POS[i]]
				guess := gold
				if k, ok := dict[perceptron.Normalize(w)]; ok {
					guess = int(k)
				} else {
					feats = posFeatures(feats[:0], ws, i, p1, p2)
					guess = tr.Predict(feats, scores, nil)
					tr.Update(feats, gold, guess)
				}
				if guess == gold {
					correct++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		if epoch == 1 {
			tokens = total
		}
		cfg.logf("pos epoch %d: train accuracy %.4f", epoch, float64(correct)/float64(total))
	}
	t := newTagger(tr.Model(), dict, nil)
	t = newTagger(t.model, dict, t.distillRules(train))
	cfg.logf("pos: %d words in the tag dictionary, %d distilled (word, previous tag) rules", len(dict), t.rules.Len())
	rep := Report{Model: "pos", Tokens: tokens, Duration: time.Since(start)}
	for _, set := range []struct {
		name  string
		sents []Sentence
	}{{"conll-testa", d.CoNLLDev}, {"conll-testb", d.CoNLLTest}, {"gmb-heldout", d.GMBTest}} {
		acc, n := t.Accuracy(set.sents)
		rep.Scores = append(rep.Scores, Score{Set: set.name, Metric: "accuracy", Value: acc, N: n})
	}
	cfg.logf("%s", rep)
	return t, rep, nil
}

// buildTagDict returns the sorted tag set and the words seen at least 20
// times with one tag at least 97% of the time.
func buildTagDict(sents []Sentence) ([]string, map[string]uint8) {
	counts := map[string]map[string]int{}
	tagSet := map[string]bool{}
	for _, s := range sents {
		for i, w := range s.Words {
			t := s.POS[i]
			tagSet[t] = true
			m := counts[w]
			if m == nil {
				m = map[string]int{}
				counts[w] = m
			}
			m[t]++
		}
	}
	classes, idx := classIndex(tagSet)
	dict := map[string]uint8{}
	for w, m := range counts {
		n, best, bestN := 0, "", 0
		for t, c := range m {
			n += c
			if c > bestN || c == bestN && t < best {
				best, bestN = t, c
			}
		}
		if n >= 20 && float64(bestN)/float64(n) >= 0.97 {
			dict[w] = uint8(idx[best])
		}
	}
	return classes, dict
}

// Accuracy returns the share of tokens of sents whose predicted tag equals
// the POS column, and the number of tokens.
func (t *Tagger) Accuracy(sents []Sentence) (float64, int) {
	correct, total := 0, 0
	var tags []string
	for _, s := range sents {
		tags = slices.Grow(tags[:0], len(s.Words))[:len(s.Words)]
		t.Tag(s.Words, tags)
		for i, g := range s.POS {
			if normPOS(g) == tags[i] {
				correct++
			}
			total++
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(correct) / float64(total), total
}

// classIndex returns the tags of set in sorted order (so that training is
// deterministic) and the index of each.
func classIndex(set map[string]bool) ([]string, map[string]int) {
	classes := make([]string, 0, len(set))
	for t := range set {
		classes = append(classes, t)
	}
	sort.Strings(classes)
	idx := make(map[string]int, len(classes))
	for i, c := range classes {
		idx[c] = i
	}
	return classes, idx
}
