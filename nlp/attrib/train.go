package attrib

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
	"github.com/dossierhq/dossier/nlp/perceptron"
)

// GoldAttribution is one annotated attribution in byte spans; a role may
// have several pieces (PolNeAR's discontinuous spans).
type GoldAttribution struct {
	Source, Cue, Content []dossier.Span
}

// Example is a training document: its Doc must hold tokens, sentences, POS
// tags, chunks and entities as the pipeline makes them.
type Example struct {
	Doc  *nlp.Doc
	Gold []GoldAttribution
}

// TrainConfig controls training.
type TrainConfig struct {
	Seed     uint64    // shuffling seed; the same seed gives the same model
	Epochs   int       // passes over the data (0: default)
	CueBits  uint      // log2 feature buckets of the cue tagger (0: default)
	RoleBits uint      // log2 feature buckets of the role labeller (0: default)
	Log      io.Writer // progress lines; nil for none
}

func (c TrainConfig) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format+"\n", args...)
	}
}

// Train learns the cue tagger and role labeller from examples, each with
// the rules' output as features.
func Train(ctx context.Context, examples []Example, cfg TrainConfig) (*Model, error) {
	start := time.Now()
	if cfg.Epochs == 0 {
		cfg.Epochs = 10
	}
	if cfg.CueBits == 0 {
		cfg.CueBits = 17
	}
	if cfg.RoleBits == 0 {
		cfg.RoleBits = 16
	}
	cueT := perceptron.NewTrainer(cueClasses, cfg.CueBits)
	roleT := perceptron.NewTrainer(roleClasses, cfg.RoleBits)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x617474))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	s := new(scratch)
	s.l.score = make([]float32, 8)
	var cueGold []uint8
	var roleGold []int8
	var goldCues []tr
	var st trainStats
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var cueOK, cueN, roleOK, roleN int
		for _, ei := range order {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("train attribution: %w", ctx.Err())
			}
			ex := &examples[ei]
			if !s.runExample(ex) {
				continue
			}
			n := len(ex.Doc.Tokens)
			// Gold cue labels: the first piece of each cue.
			cueGold = growU8(cueGold, n)
			goldCues = goldCues[:0]
			for _, g := range ex.Gold {
				c := tr{}
				if len(g.Cue) > 0 {
					c = s.tokens(g.Cue[0])
				}
				goldCues = append(goldCues, c)
				for k := c.a; k < c.b; k++ {
					cueGold[k] = 2
				}
				if c.ok() {
					cueGold[c.a] = 1
				}
			}
			for _, sn := range s.sents {
				lo, hi := sn.First, min(sn.Last, n)
				s.cueSentence(nil, cueT, cueGold, lo, hi)
				for k := lo; k < hi; k++ {
					if s.l.mcue[k] == cueGold[k] {
						cueOK++
					}
					cueN++
				}
			}
			isCue := func(k int) bool { return cueGold[k] != 0 || s.l.rcue[k] != 0 }
			var rc roleContext
			used := make([]bool, len(s.l.rules))
			for gi, g := range ex.Gold {
				c := goldCues[gi]
				if !c.ok() {
					continue
				}
				rule := -1
				for k := c.a; k < c.b; k++ {
					if r := s.l.ratt[k] - 1; r >= 0 && !used[r] {
						rule = int(r)
						break
					}
				}
				if rule >= 0 {
					used[rule] = true
				}
				s.roleCtx(&rc, c, rule, isCue)
				m := rc.hi - rc.lo
				if cap(roleGold) < m {
					roleGold = make([]int8, m)
				}
				roleGold = roleGold[:m]
				clear(roleGold)
				s.markGold(roleGold, &rc, g.Source, roleBS)
				s.markGold(roleGold, &rc, g.Content, roleBC)
				for k := c.a; k < c.b; k++ {
					roleGold[k-rc.lo] = roleO
				}
				if epoch == 1 {
					st.add(s, &rc, g)
				}
				s.labelRoles(nil, roleT, &rc, nil, roleGold)
				for k := range roleGold {
					if s.l.role[k] == roleGold[k] {
						roleOK++
					}
					roleN++
				}
			}
		}
		cfg.logf("attrib epoch %d: cue token accuracy %.4f, role token accuracy %.4f", epoch, float64(cueOK)/float64(max(cueN, 1)), float64(roleOK)/float64(max(roleN, 1)))
		if epoch == 1 {
			st.log(cfg)
		}
	}
	m := &Model{cue: cueT.Model(), role: roleT.Model()}
	m = m.withCueRules(distillCueRules(m, examples))
	cfg.logf("attrib: trained in %s; %d distilled cue rules", time.Since(start).Round(time.Millisecond), m.cueRules.Len())
	return m, nil
}

// runExample runs the rules over an example's analysed document and
// prepares the learned pass; false when the document lacks the layers.
func (s *scratch) runExample(ex *Example) bool {
	d := ex.Doc
	n := len(d.Tokens)
	if n == 0 || len(d.POS) != n || len(d.Chunks) != n {
		return false
	}
	d.Quotes, d.Attributions = d.Quotes[:0], d.Attributions[:0]
	s.run(d)
	s.prepare()
	return true
}

// distillCueRules tags the cues of the examples with m's cue tagger and
// returns the contexts where it (nearly) always gives one label.
func distillCueRules(m *Model, examples []Example) map[uint64]uint8 {
	s := new(scratch)
	s.l.score = make([]float32, 8)
	s.l.distill = perceptron.Distiller{}
	for i := range examples {
		if !s.runExample(&examples[i]) {
			continue
		}
		s.tagCues(m.cue)
	}
	return s.l.distill.RulesSeen(cueDistillMin)
}

// cueDistillMin is how often a cue context must have been seen in
// training for a distilled rule, below perceptron.DistillMin: the cue
// tagger's contexts are few and its candidates mostly verbs it labels O
// with certainty. With 5 instead of 30 (seeds 1–3, PolNeAR dev) the
// tagger scored a fifth fewer candidates and F1 stayed the same.
const cueDistillMin = 5

// markGold labels the window tokens that overlap pieces with role b (its
// B class; the I class follows it).
func (s *scratch) markGold(dst []int8, rc *roleContext, pieces []dossier.Span, b int8) {
	d := s.d
	prev := -2
	for _, p := range pieces {
		t := s.tokens(p)
		for k := max(t.a, rc.lo); k < min(t.b, rc.hi); k++ {
			if d.Tokens[k].Start >= p.End || d.Tokens[k].End <= p.Start {
				continue
			}
			if k == prev+1 {
				dst[k-rc.lo] = b + 1
			} else {
				dst[k-rc.lo] = b
			}
			prev = k
		}
	}
}

// trainStats counts how much of the gold the model can reach.
type trainStats struct {
	atts, cueMiss, multiCue      int
	srcTok, srcIn, conTok, conIn int
	cueTok, cueCand              int
}

func (st *trainStats) add(s *scratch, rc *roleContext, g GoldAttribution) {
	st.atts++
	if len(g.Cue) > 1 {
		st.multiCue++
	}
	count := func(pieces []dossier.Span, tot, in *int) {
		for _, p := range pieces {
			t := s.tokens(p)
			for k := t.a; k < t.b; k++ {
				*tot++
				if k >= rc.lo && k < rc.hi {
					*in++
				}
			}
		}
	}
	count(g.Source, &st.srcTok, &st.srcIn)
	count(g.Content, &st.conTok, &st.conIn)
	for k := rc.c.a; k < rc.c.b; k++ {
		st.cueTok++
		if s.cueCandidate(k, 0) {
			st.cueCand++
		}
	}
	if !s.cueCandidate(rc.c.a, 0) {
		st.cueMiss++
	}
}

func (st *trainStats) log(cfg TrainConfig) {
	cfg.logf("attrib gold: %d cues start on a token that is no candidate", st.cueMiss)
	cfg.logf("attrib gold: %d attributions (%d with a discontinuous cue); window holds %.3f of source and %.3f of content tokens; %.3f of cue tokens are candidates",
		st.atts, st.multiCue, float64(st.srcIn)/float64(max(st.srcTok, 1)), float64(st.conIn)/float64(max(st.conTok, 1)), float64(st.cueCand)/float64(max(st.cueTok, 1)))
}
