package reconcile

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossierhq/dossier"
)

// maxCandidates is how many stories, those sharing the most term weight
// with a document, are compared with it exactly.
const maxCandidates = 8

// term is one weighted feature of a document: a keyword (folded) or, for
// documents without keywords, an entity or title word.
type term struct {
	t int32 // index in the term table
	w float64
}

// storyState is a story while clustering: the sum of its documents'
// vectors (the centroid, unnormalised) and its time span.
type storyState struct {
	docs     []int32
	centroid map[int32]float64
	norm2    float64
	start    time.Time
	end      time.Time
}

// stories clusters documents into stories, single pass in publication
// order: a document joins the most similar story (cosine between its
// TF-IDF keyword vector and the story's centroid, at least
// StorySimilarity) whose last article is at most StoryGap older — or, at
// half weight, at most StoryMaxGap older, so that a story resumed after a
// quiet spell needs twice the similarity; else it starts a story. Wire copies join their original's story. Candidates
// come from an inverted index over the stories' terms, skipping the
// commonest terms, so the cost grows with the documents, not their
// square. It returns each document's story id, by document index.
func (b *Builder) stories(l *dossier.Ledger) []string {
	n := len(b.docs)
	storyOf := make([]string, n)
	if n == 0 {
		return storyOf
	}
	vecs, surface, nterms := b.docVectors()
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(x, y int32) int {
		return cmp.Or(b.docs[x].published.Compare(b.docs[y].published), cmp.Compare(b.docs[x].id, b.docs[y].id))
	})
	// Terms in more than maxDF documents find no candidates (they still
	// count in the similarity).
	df := make([]int, nterms)
	for _, v := range vecs {
		for _, t := range v {
			df[t.t]++
		}
	}
	maxDF := max(50, n/50)
	var sts []*storyState
	storyIdx := make([]int32, n)
	postings := make([][]int32, nterms)
	scores := map[int32]float64{}
	type cand struct {
		s int32
		w float64
	}
	var cands []cand
	for _, d := range order {
		di := &b.docs[d]
		if o, ok := b.docIndex[di.dupOf]; ok && di.dupOf != "" && o != d && storyIdx[o] > 0 {
			s := storyIdx[o] - 1
			b.join(sts[s], d, vecs[d], postings, s)
			storyIdx[d] = s + 1
			continue
		}
		clear(scores)
		for _, t := range vecs[d] {
			if df[t.t] > maxDF {
				continue
			}
			ps := postings[t.t]
			live := ps[:0]
			for _, s := range ps {
				st := sts[s]
				if !di.published.IsZero() && !st.end.IsZero() && di.published.Sub(st.end) > b.opt.StoryMaxGap {
					continue // stale for good: documents come in date order
				}
				live = append(live, s)
				scores[s] += t.w
			}
			postings[t.t] = live
		}
		// Exact similarity for the stories sharing the most weight.
		cands = cands[:0]
		for s, w := range scores {
			cands = append(cands, cand{s, w})
		}
		if len(cands) > maxCandidates {
			slices.SortFunc(cands, func(x, y cand) int { return cmp.Or(cmp.Compare(y.w, x.w), cmp.Compare(x.s, y.s)) })
			cands = cands[:maxCandidates]
		}
		bestS, bestCos := int32(-1), 0.0
		for _, cd := range cands {
			s := cd.s
			st := sts[s]
			// Exact cosine over all the document's terms.
			dot := 0.0
			for _, t := range vecs[d] {
				dot += t.w * st.centroid[t.t]
			}
			cos := dot / math.Sqrt(st.norm2)
			// After a pause longer than StoryGap, only a close match
			// resumes the story.
			if !di.published.IsZero() && di.published.Sub(st.end) > b.opt.StoryGap {
				cos /= 2
			}
			if cos > bestCos || cos == bestCos && s < bestS {
				bestS, bestCos = s, cos
			}
		}
		if bestS < 0 || bestCos < b.opt.StorySimilarity {
			bestS = int32(len(sts))
			sts = append(sts, &storyState{centroid: map[int32]float64{}, start: di.published})
		}
		b.join(sts[bestS], d, vecs[d], postings, bestS)
		storyIdx[d] = bestS + 1
	}
	counted := len(b.claims) > 0 || b.claimsSeen > 0
	l.Stories = make([]dossier.Story, 0, len(sts))
	for _, st := range sts {
		first := st.docs[0]
		h := fnv.New64a()
		h.Write([]byte(b.docs[first].id))
		s := dossier.Story{ID: "s" + strconv.FormatUint(h.Sum64(), 36), Start: st.start, End: st.end}
		central, bestCos := first, -1.0
		for _, d := range st.docs {
			s.Documents = append(s.Documents, b.docs[d].id)
			storyOf[d] = s.ID
			if counted {
				s.Claims += b.docs[d].seen
			} else {
				s.Claims += b.docs[d].claims
			}
			dot := 0.0
			for _, t := range vecs[d] {
				dot += t.w * st.centroid[t.t]
			}
			if dot > bestCos+1e-12 && b.docs[d].dupOf == "" {
				central, bestCos = d, dot
			}
		}
		s.Title = b.docs[central].title
		s.Keywords = topTerms(st.centroid, surface, 8)
		l.Stories = append(l.Stories, s)
	}
	slices.SortFunc(l.Stories, func(x, y dossier.Story) int {
		return cmp.Or(x.Start.Compare(y.Start), cmp.Compare(x.ID, y.ID))
	})
	return storyOf
}

// join adds document d to story s.
func (b *Builder) join(st *storyState, d int32, v []term, postings [][]int32, s int32) {
	st.docs = append(st.docs, d)
	p := b.docs[d].published
	if st.start.IsZero() || !p.IsZero() && p.Before(st.start) {
		st.start = p
	}
	if p.After(st.end) {
		st.end = p
	}
	for _, t := range v {
		old := st.centroid[t.t]
		if old == 0 {
			postings[t.t] = append(postings[t.t], s)
		}
		st.norm2 += (old+t.w)*(old+t.w) - old*old
		st.centroid[t.t] = old + t.w
	}
}

// storyStop are title words that say nothing about the story.
var storyStop = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq("a an the of to in on at for by with from and or but is are was were be " +
		"been has have had it its as that this these those after before over under says said say new " +
		"will would could can may might not no than more most into about up out who what when where why how") {
		storyStop[w] = true
	}
}

// docVectors builds every document's TF-IDF vector, normalised: its
// keywords weighted by rank (ingest ranks them), else the names of its
// entities by mentions and the words of its title. Terms are numbered;
// surface keeps a written form of each.
func (b *Builder) docVectors() (vecs [][]term, surface []string, nterms int) {
	ids := map[string]int32{}    // folded term → id
	byText := map[string]int32{} // term as written → id, -1 for none
	raw := make([][]term, len(b.docs))
	weights := map[int32]float64{}
	for d := range b.docs {
		di := &b.docs[d]
		clear(weights)
		add := func(text string, w float64) {
			id, ok := byText[text]
			if !ok {
				id = -1
				if k := key(text); k != "" && !storyStop[k] {
					if id, ok = ids[k]; !ok {
						id = int32(len(surface))
						ids[k] = id
						surface = append(surface, text)
					}
				}
				byText[text] = id
			}
			if id >= 0 {
				weights[id] += w
			}
		}
		if len(di.keywords) > 0 {
			for r, kw := range di.keywords {
				add(kw, 1/(1+0.15*float64(r)))
			}
		} else {
			for _, m := range b.docMentions(int32(d)) {
				id := b.es.ids[b.es.formList[m.form].node]
				add(b.es.ledger[b.es.byID[id]].Name, 0.5)
			}
			for _, w := range strings.Fields(di.title) {
				add(w, 1)
			}
		}
		v := make([]term, 0, len(weights))
		for k, w := range weights {
			v = append(v, term{k, w})
		}
		slices.SortFunc(v, func(x, y term) int { return cmp.Compare(x.t, y.t) })
		raw[d] = v
	}
	df := make([]int, len(surface))
	for _, v := range raw {
		for _, t := range v {
			df[t.t]++
		}
	}
	n := float64(len(b.docs))
	for _, v := range raw {
		norm := 0.0
		for i := range v {
			v[i].w *= math.Log(1 + n/float64(df[v[i].t]))
			norm += v[i].w * v[i].w
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for i := range v {
				v[i].w /= norm
			}
		}
	}
	return raw, surface, len(surface)
}

// topTerms returns the k heaviest terms of a centroid, as written.
func topTerms(c map[int32]float64, surface []string, k int) []string {
	ts := make([]term, 0, len(c))
	for t, w := range c {
		ts = append(ts, term{t, w})
	}
	slices.SortFunc(ts, func(x, y term) int {
		return cmp.Or(cmp.Compare(y.w, x.w), cmp.Compare(surface[x.t], surface[y.t]))
	})
	var out []string
	for _, t := range ts[:min(k, len(ts))] {
		out = append(out, surface[t.t])
	}
	return out
}
