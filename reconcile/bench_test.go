package reconcile

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
)

// synthetic builds a corpus of n documents in the shape of a news feed:
// stories of a few dozen articles over some weeks, each article with ~30
// entity mentions drawn from the story's cast and the world's, ~8 claims
// of which 3 count claims, 15 keywords, and one wire copy in twenty.
func synthetic(n int) ([]dossier.StoredDocument, []dossier.EntityMention, []dossier.LedgerClaim) {
	r := rand.New(rand.NewPCG(1, 2))
	var syl []string
	for _, c := range []string{"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "br", "gr", "st"} {
		for _, v := range []string{"a", "e", "i", "o", "u", "ai", "ou"} {
			syl = append(syl, c+v)
		}
	}
	word := func(k int) string {
		s := ""
		for range k {
			s += syl[r.IntN(len(syl))]
		}
		return s
	}
	title := func(s string) string { return string(s[0]-'a'+'A') + s[1:] }
	people := make([]string, 20000)
	for i := range people {
		people[i] = title(word(2)) + " " + title(word(3))
	}
	orgs := make([]string, 3000)
	for i := range orgs {
		orgs[i] = title(word(2)) + " " + title(word(3)) + " Agency"
	}
	placesN := make([]string, 800)
	for i := range placesN {
		placesN[i] = title(word(2))
	}
	vocab := make([]string, 30000)
	for i := range vocab {
		vocab[i] = word(3)
	}
	measures := []dossier.Measure{dossier.Deaths, dossier.Injured, dossier.Casualties, dossier.Deployed, dossier.Displaced, dossier.Arrested}
	heads := []string{"soldiers", "civilians", "people", "children", "troops", "workers"}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

	docs := make([]dossier.StoredDocument, 0, n)
	var mentions []dossier.EntityMention
	var claims []dossier.LedgerClaim
	type story struct {
		cast     []int
		orgs     []int
		places   []int
		keywords []int
		day      int
	}
	var st story
	for i := range n {
		if i%40 == 0 {
			st = story{day: i / 40}
			for range 6 {
				st.cast = append(st.cast, r.IntN(len(people)))
				st.orgs = append(st.orgs, r.IntN(len(orgs)))
				st.places = append(st.places, r.IntN(len(placesN)))
			}
			for range 12 {
				st.keywords = append(st.keywords, r.IntN(len(vocab)))
			}
		}
		id := "doc" + strconv.Itoa(i)
		pub := start.AddDate(0, 0, st.day+r.IntN(20))
		d := dossier.StoredDocument{}
		d.Document = dossier.Document{ID: id, Published: pub, Outlet: "Outlet " + strconv.Itoa(r.IntN(50)), Title: "Title " + word(4)}
		for k := range 15 {
			if k < 10 {
				d.Meta.Keywords = append(d.Meta.Keywords, vocab[st.keywords[r.IntN(len(st.keywords))]])
			} else {
				d.Meta.Keywords = append(d.Meta.Keywords, vocab[r.IntN(len(vocab))])
			}
		}
		if i%20 == 19 {
			d.Meta.DuplicateOf = "doc" + strconv.Itoa(i-1)
		}
		d.Meta.Claims = 8
		docs = append(docs, d)
		pos := 0
		local := 0
		mention := func(text string, typ dossier.EntityType, canonical string) string {
			local++
			lid := "e" + strconv.Itoa(local)
			pos += 10 + len(text)
			mentions = append(mentions, dossier.EntityMention{Document: id, Published: pub, Text: text,
				Entity: dossier.Entity{ID: lid, Span: dossier.Span{Start: pos - len(text), End: pos}, Type: typ, Canonical: canonical}})
			return lid
		}
		var persons, places []string
		for range 30 {
			switch k := r.IntN(10); {
			case k < 4:
				p := people[st.cast[r.IntN(len(st.cast))]]
				if r.IntN(3) == 0 {
					p = people[r.IntN(len(people))]
				}
				if r.IntN(4) == 0 {
					p = strings.Fields(p)[1] // the surname alone
				}
				persons = append(persons, mention(p, dossier.Person, ""))
			case k < 6:
				mention(orgs[st.orgs[r.IntN(len(st.orgs))]], dossier.Org, "")
			case k < 9:
				p := placesN[st.places[r.IntN(len(st.places))]]
				places = append(places, mention(p, dossier.GPE, p))
			default:
				mention("North Korean", dossier.NORP, "North Korea")
			}
		}
		for k := range 8 {
			c := dossier.LedgerClaim{Document: id, Published: pub}
			c.ID = "c" + strconv.Itoa(k+1)
			c.Kind = dossier.StatementClaim
			c.Certainty = dossier.Reported
			if len(persons) > 0 {
				p := persons[r.IntN(len(persons))]
				c.Sources = []dossier.Source{{Role: dossier.Speaker, Mention: dossier.Mention{Entity: p}}}
				c.Text.Sources = []dossier.SourceText{{Role: dossier.Speaker, Text: "the minister", Name: "the minister"}}
			}
			c.Evidence = dossier.Span{Start: k * 200, End: k*200 + 150}
			if k < 3 {
				c.Kind = dossier.CountClaim
				c.Measure = measures[r.IntN(len(measures))]
				v := float64(10 * (1 + r.IntN(500)))
				c.Low, c.High, c.Bound = v, v, dossier.Bound([]string{"exact", "approx", "min"}[r.IntN(3)])
				c.Text.Counted = "North Korean " + heads[r.IntN(len(heads))]
				if len(places) > 0 && r.IntN(2) == 0 {
					c.Where = &dossier.ClaimPlace{Entity: places[r.IntN(len(places))]}
				}
				c.When = &dossier.ClaimTime{Value: pub.Format(dayLayout)}
			}
			claims = append(claims, c)
		}
	}
	return docs, mentions, claims
}

// BenchmarkBuild100k reconciles 100,000 synthetic documents (3M mentions,
// 800k claims): go test ./reconcile -run '^$' -bench Build100k -benchtime 1x
func BenchmarkBuild100k(b *testing.B) {
	docs, mentions, claims := synthetic(100000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		cpu := cpuTime()
		l := Build(docs, mentions, claims, Options{})
		// CPU seconds, beside the wall time, since the machine is shared.
		b.ReportMetric((cpuTime() - cpu).Seconds(), "cpu-s/op")
		b.ReportMetric(float64(len(l.Figures)), "figures")
		b.ReportMetric(float64(len(l.Stories)), "stories")
		b.ReportMetric(float64(len(l.Entities)), "entities")
	}
}

// BenchmarkBuild10k is the same at 10,000 documents, to see how time
// grows with the corpus.
func BenchmarkBuild10k(b *testing.B) {
	docs, mentions, claims := synthetic(10000)
	b.ResetTimer()
	for range b.N {
		Build(docs, mentions, claims, Options{})
	}
}

// cpuTime is the user and system time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestSyntheticSmall(t *testing.T) {
	docs, mentions, claims := synthetic(400)
	l := Build(docs, mentions, claims, Options{})
	if len(l.Links) != len(mentions) {
		t.Errorf("Build(synthetic 400): %d links for %d mentions", len(l.Links), len(mentions))
	}
	inStory := 0
	for _, s := range l.Stories {
		inStory += len(s.Documents)
	}
	if inStory != len(docs) {
		t.Errorf("Build(synthetic 400): %d documents in stories, want %d", inStory, len(docs))
	}
	// Stories of 40 articles each, by construction: far fewer stories
	// than documents.
	if len(l.Stories) > len(docs)/5 {
		t.Errorf("Build(synthetic 400): %d stories, want at most %d", len(l.Stories), len(docs)/5)
	}
}
