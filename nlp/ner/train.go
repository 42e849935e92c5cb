package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/dossierhq/dossier/nlp/perceptron"
	"github.com/dossierhq/dossier/nlp/tag"
)

// Config controls training.
type Config struct {
	Seed    uint64    // shuffling seed; the same seed gives the same model
	Epochs  int       // passes over the training data (0: default)
	Bits    uint      // log2 feature buckets (0: default)
	Scheme  string    // BIO (default) or BILOU
	WithGMB bool      // also train on 95% of GMB
	WithDev bool      // also train on CoNLL eng.testa (its scores are then not held out)
	Log     io.Writer // progress lines; nil for none
}

func (c Config) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format+"\n", args...)
	}
}

// example is one training sentence with predicted POS and chunk tags and
// gold spans in model types.
type example struct {
	words, pos, chunks []string
	spans              []tspan
}

func typeIndex(t string) int { return slices.Index(modelTypes, t) }

// conllSpans maps CoNLL-2003 gold to model types (see doc.go).
func conllSpans(s tag.Sentence) []tspan {
	var out []tspan
	for _, sp := range tag.SpansBIO(s.NER) {
		var t string
		switch sp.Type {
		case "PER":
			t = "PERSON"
		case "ORG":
			t = "ORG"
		case "LOC":
			t = "PLACE"
		case "MISC":
			t = "MISC"
			if isDemonym(s.Words[sp.Start:sp.End]) {
				t = "NORP"
			}
		default:
			continue
		}
		out = append(out, tspan{sp.Start, sp.End, typeIndex(t)})
	}
	return out
}

// gmbSpans maps GMB gold to model types (see doc.go).
func gmbSpans(s tag.Sentence) []tspan {
	var out []tspan
	for _, sp := range tag.SpansBIO(s.NER) {
		var t string
		switch sp.Type {
		case "per":
			t = "PERSON"
			// GMB puts titles inside person names; CoNLL and OntoNotes do not.
			for sp.Start < sp.End-1 && lex.lookup(hashWords(s.Words[sp.Start:sp.Start+1]))&(1<<catTitle) != 0 {
				sp.Start++
			}
		case "org":
			t = "ORG"
		case "geo":
			t = "PLACE"
		case "gpe":
			t = "PLACE"
			if s.POS[sp.End-1] == "JJ" || isDemonym(s.Words[sp.Start:sp.End]) {
				t = "NORP"
			}
		case "eve":
			t = "EVENT"
		case "art":
			t = "MISC"
		default: // tim, nat
			continue
		}
		out = append(out, tspan{sp.Start, sp.End, typeIndex(t)})
	}
	return out
}

// Tools are the tagger and chunker whose output the recogniser reads.
type Tools struct {
	Tagger  *tag.Tagger
	Chunker *tag.Chunker
}

func (tl Tools) examples(sents []tag.Sentence, gold func(tag.Sentence) []tspan) []example {
	out := make([]example, len(sents))
	for i, s := range sents {
		n := len(s.Words)
		e := example{words: s.Words, pos: make([]string, n), chunks: make([]string, n), spans: gold(s)}
		tl.Tagger.Tag(s.Words, e.pos)
		tl.Chunker.Chunk(s.Words, e.pos, e.chunks)
		out[i] = e
	}
	return out
}

// Train trains a recogniser on CoNLL-2003 eng.train (and GMB when
// cfg.WithGMB), reading POS and chunk tags from tools, and reports
// entity F1 on eng.testa, eng.testb and the GMB held-out 5%.
func Train(ctx context.Context, d *tag.Data, tools Tools, cfg Config) (*Recognizer, tag.Report, error) {
	start := time.Now()
	if cfg.Epochs == 0 {
		cfg.Epochs = 12
	}
	if cfg.Bits == 0 {
		cfg.Bits = 18
	}
	if cfg.Scheme == "" {
		cfg.Scheme = BIO
	}
	l, err := newLabels(cfg.Scheme)
	if err != nil {
		return nil, tag.Report{}, fmt.Errorf("train recognizer: %w", err)
	}
	// Training reads the POS and chunk tags the upstream models give, not
	// their distilled rules, which only stand in for them to save time.
	evalTools := tools
	tools = Tools{Tagger: tools.Tagger.WithoutDistilled(), Chunker: tools.Chunker.WithoutDistilled()}
	train := tools.examples(d.CoNLLTrain, conllSpans)
	if cfg.WithDev {
		train = append(train, tools.examples(d.CoNLLDev, conllSpans)...)
	}
	if cfg.WithGMB {
		train = append(train, tools.examples(d.GMBTrain, gmbSpans)...)
	}
	tr := perceptron.NewTrainer(l.names, cfg.Bits)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var sent sentence
	var feats []uint64
	var gold []int
	scores := make([]float32, len(l.names))
	tokens := 0
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for k, ei := range order {
			if k%4096 == 0 && ctx.Err() != nil {
				return nil, tag.Report{}, fmt.Errorf("train recognizer: %w", ctx.Err())
			}
			e := &train[ei]
			n := len(e.words)
			sent.set(e.words, nil, e.pos, e.chunks)
			gold = l.encode(n, e.spans, gold)
			p1, p2 := -1, -1
			for i := 0; i < n; i++ {
				if l.skip(sent.ws[i].Flags, p1) {
					if gold[i] == 0 {
						correct++
					}
					total++
					p2, p1 = p1, 0
					continue
				}
				feats = sent.features(feats[:0], i, p1, p2)
				allowed := l.allowed[p1+1]
				if i == n-1 {
					allowed = l.allowedLast[p1+1]
				}
				guess := tr.Predict(feats, scores, allowed)
				tr.Update(feats, gold[i], guess)
				if guess == gold[i] {
					correct++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		tokens = total
		cfg.logf("ner epoch %d: train token accuracy %.4f", epoch, float64(correct)/float64(total))
	}
	r := &Recognizer{model: tr.Model(), labels: l}
	// The rules are distilled on the training text plus GMB's (its words,
	// not its labels), so they know more of news's frequent words.
	distill := train
	if !cfg.WithGMB {
		distill = append(slices.Clip(train), tools.examples(d.GMBTrain, gmbSpans)...)
	}
	r.rules = perceptron.NewTable(r.distillRules(distill))
	cfg.logf("ner: %d distilled (word, previous class) rules", r.rules.Len())
	name := "ner (" + cfg.Scheme + ", CoNLL"
	if cfg.WithDev {
		name += " + testa"
	}
	if cfg.WithGMB {
		name += " + GMB"
	}
	rep := tag.Report{Model: name + ")", Tokens: tokens}
	for _, set := range []struct {
		name  string
		sents []tag.Sentence
		conll bool
	}{{"conll-testa", d.CoNLLDev, true}, {"conll-testb", d.CoNLLTest, true}, {"gmb-heldout", d.GMBTest, false}} {
		var res Result
		if set.conll {
			res = r.EvaluateCoNLL(evalTools, set.sents)
		} else {
			res = r.EvaluateGMB(evalTools, set.sents)
		}
		rep.Scores = append(rep.Scores, tag.Score{Set: set.name, Metric: "F1", Value: res.Overall.F1(), N: res.Overall.Gold})
		for _, t := range res.TypeNames() {
			c := res.Types[t]
			rep.Scores = append(rep.Scores, tag.Score{Set: set.name, Metric: "F1 " + t, Value: c.F1(), N: c.Gold})
		}
	}
	rep.Duration = time.Since(start)
	cfg.logf("%s", rep)
	return r, rep, nil
}
