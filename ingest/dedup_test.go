package ingest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The wire story and its variants below were written for these tests. The
// copies are what outlets do to agency copy; the two "other" articles are
// independent reports of the same event, with the same names and figures.

var wireParagraphs = []string{
	"Flooding closes border crossings as river tops its banks",
	"LORRIN, March 5 (Example Wire) - The Sella river burst its banks at four places overnight, closing two border crossings and forcing about 1,800 people from their homes, regional officials said on Wednesday.",
	"Governor Talia Brenn said rescue teams had reached all but one of the villages cut off by the water, and that two people were still missing after their car was swept off a bridge near Osk.",
	"\"The water came faster than anyone expected,\" Brenn told reporters at an emergency centre set up in a school gymnasium. \"We are asking everyone near the river to leave now and not wait for the morning.\"",
	"The regional weather service said more than 140 millimetres of rain had fallen in 36 hours in the hills above the valley, more than the usual total for the whole of March.",
	"Rail traffic between Lorrin and the coast was suspended after a section of embankment collapsed near the town of Ferren, the national railway operator said in a statement.",
	"The two crossings into the neighbouring country, at Vell and Tarrow, would stay closed at least until Friday, the interior ministry said, adding that lorries were being sent north to a third crossing.",
	"Farmers' groups said thousands of hectares of winter wheat were under water and that losses could run into millions, though it was too early to give a figure.",
	"It is the second serious flood in the valley in three years. In 2022 an earthen dam gave way above Osk, damaging dozens of homes and prompting an inquiry that criticised the upkeep of flood defences.",
	"Residents of Osk said repairs promised after that inquiry had not been finished. \"They built half a wall and went away,\" said Peder Holm, the village's former mayor.",
	"The government said it would send 300 soldiers to help fill sandbags and evacuate the elderly, and that the prime minister would visit the region on Thursday.",
	"Forecasters expect the rain to ease on Thursday, but warned that the river would keep rising downstream for another two days as water drained from the hills.",
}

func wireText(paras []string) string { return strings.Join(paras, "\n\n") }

// wireCopies are wire copies as outlets print them.
func wireCopies() map[string]string {
	p := wireParagraphs
	edit := func(s string, pairs ...string) string { return strings.NewReplacer(pairs...).Replace(s) }
	newHeadline := append([]string{"Thousands evacuated as Sella floods Lorrin valley"}, p[1:]...)
	newLead := append([]string{p[0],
		"Around 1,800 people have been forced to leave their homes in the Lorrin valley after the Sella river overflowed in four places during the night, officials said on Wednesday, and two border crossings were shut."},
		p[2:]...)
	trimmed := append([]string(nil), p[:len(p)-3]...)
	noDateline := append([]string{p[0], strings.TrimPrefix(p[1], "LORRIN, March 5 (Example Wire) - ")}, p[2:]...)
	all := append([]string{"Sella river floods: 1,800 evacuated, crossings shut"}, newLead[1:len(newLead)-2]...)
	for i := range all {
		all[i] = edit(all[i], "said on Wednesday", "said Wednesday", "told reporters", "told journalists",
			"neighbouring", "neighboring", "the national railway operator said", "the rail operator said")
	}
	return map[string]string{
		"identical":             wireText(p),
		"new headline":          wireText(newHeadline),
		"new first paragraph":   wireText(newLead),
		"trimmed ending":        wireText(trimmed),
		"no dateline":           wireText(noDateline),
		"all of these + edits":  wireText(all),
		"re-wrapped, re-spaced": strings.ReplaceAll(wireText(p), " ", "\n"),
	}
}

// sameStory are independent articles on the same event: the same names,
// places and figures, written by other reporters.
var sameStory = map[string]string{
	"local paper": `Osk fears the worst as the Sella rises again

For the second time in three years, the people of Osk watched the Sella river pour into their streets. By Wednesday morning the water stood knee-deep outside the church, and the village's only bridge was closed.

Regional officials say about 1,800 people across the valley have left their homes. Two people from Osk are missing: a couple whose car was carried off the bridge on Tuesday night, neighbours said.

Peder Holm, who was mayor when the dam failed in 2022, walked the flooded lanes in waders. He said the flood wall promised after that disaster was only half built. "We were told it would protect us. It protects half of us," he said.

Governor Talia Brenn, speaking in the school gymnasium that now serves as a shelter, urged people living by the river to leave before dark. Soldiers are expected to arrive on Thursday to help.

Farmers on the valley floor said their winter wheat was lost. "You cannot sow again until the ground dries, and that will be May," said one, who asked not to be named.`,
	"national daily": `Government sends troops as Lorrin floods spread

The government will deploy 300 soldiers to the Lorrin valley, where the Sella river has flooded four stretches of its banks and driven some 1,800 residents from their homes, ministers announced on Wednesday.

The interior ministry kept the Vell and Tarrow border crossings closed and diverted lorry traffic north. Trains to the coast were halted after an embankment gave way near Ferren.

Meteorologists recorded over 140 millimetres of rain in a day and a half in the hills, more than a normal March brings in total. They expect the rain to stop on Thursday, while the river keeps rising downstream into the weekend.

Opposition deputies demanded to know why flood defences ordered after the 2022 dam failure at Osk had not been completed. The prime minister, who will visit the region on Thursday, said the work had been delayed by a dispute between contractors.

Governor Talia Brenn said two people remained missing. Farmers' organisations warned of heavy losses to winter crops but gave no estimate.`,
}

func TestDuplicateThreshold(t *testing.T) {
	orig := Signature(wireText(wireParagraphs))
	minCopy, maxOther := 1.0, 0.0
	for name, text := range wireCopies() {
		sig := Signature(text)
		est, exact := Similarity(orig, sig), exactJaccard(wireText(wireParagraphs), text)
		t.Logf("copy %-22s estimate %.3f exact %.3f", name, est, exact)
		if est < DuplicateThreshold {
			t.Errorf("Similarity(wire, %s copy) = %.3f, below DuplicateThreshold %.2f", name, est, DuplicateThreshold)
		}
		if !shareBand(BandKeys(orig), BandKeys(sig)) {
			t.Errorf("BandKeys(wire) and BandKeys(%s copy) share no key: the store would not find the copy", name)
		}
		minCopy = min(minCopy, est)
	}
	others := []string{wireText(wireParagraphs)}
	for _, text := range sameStory {
		others = append(others, text)
	}
	names := []string{"wire", "local paper", "national daily"}
	for i := range others {
		for j := i + 1; j < len(others); j++ {
			a, b := others[i], others[j]
			if i == 0 {
				b = sameStory[names[j]]
			}
			est, exact := Similarity(Signature(a), Signature(b)), exactJaccard(a, b)
			t.Logf("other %-14s vs %-14s estimate %.3f exact %.3f", names[i], names[j], est, exact)
			if est >= DuplicateThreshold {
				t.Errorf("Similarity(%s, %s) = %.3f, at or above DuplicateThreshold %.2f: different articles would be linked",
					names[i], names[j], est, DuplicateThreshold)
			}
			maxOther = max(maxOther, est)
		}
	}
	t.Logf("lowest copy %.3f, highest other article %.3f, threshold %.2f", minCopy, maxOther, DuplicateThreshold)
}

// exactJaccard computes the Jaccard similarity of the two texts' shingle
// sets directly, to check the estimate.
func exactJaccard(a, b string) float64 {
	sa, sb := shingleSet(a), shingleSet(b)
	inter := 0
	for s := range sa {
		if sb[s] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func shingleSet(text string) map[uint64]bool {
	set := map[uint64]bool{}
	var w [ShingleWords]uint64
	n := 0
	eachWord(text, func(h uint64) {
		w[n%ShingleWords] = h
		n++
		if n >= ShingleWords {
			set[shingle(&w, n)] = true
		}
	})
	if n > 0 && n < ShingleWords {
		set[shingle(&w, n)] = true
	}
	return set
}

func shareBand(a, b []uint64) bool {
	for i := range a {
		if a[i] == b[i] {
			return true
		}
	}
	return false
}

func TestSimilarityEstimatesJaccard(t *testing.T) {
	// Texts built from a shared and a private part of random words: the
	// MinHash estimate stays within 0.12 of the exact Jaccard similarity
	// (about 3 standard deviations for 128 hashes).
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string { return fmt.Sprintf("w%d", rng.IntN(1_000_000)) }
	words := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(word())
			b.WriteByte(' ')
		}
		return b.String()
	}
	for _, shared := range []int{0, 50, 150, 300, 400} {
		common := words(shared)
		a, b := common+words(400-shared), common+words(400-shared)
		est, exact := Similarity(Signature(a), Signature(b)), exactJaccard(a, b)
		if d := est - exact; d > 0.12 || d < -0.12 {
			t.Errorf("Similarity = %.3f for exact Jaccard %.3f (shared %d of 400 words)", est, exact, shared)
		}
	}
}

func TestSignature(t *testing.T) {
	if got := Signature(""); got != nil {
		t.Errorf("Signature(\"\") = %v, want nil", got)
	}
	if got := Signature(" … — !"); got != nil {
		t.Errorf("Signature(punctuation) = %v, want nil", got)
	}
	// Short texts are one shingle; case and punctuation do not matter.
	a, b := Signature("Troops Deployed."), Signature("troops — deployed")
	if len(a) != SignatureSize || Similarity(a, b) != 1 {
		t.Errorf("Similarity(Signature(%q), Signature(%q)) = %v, want 1", "Troops Deployed.", "troops — deployed", Similarity(a, b))
	}
	if Similarity(a, Signature("troops withdrawn")) == 1 {
		t.Errorf("Signature(%q) = Signature(%q)", "Troops Deployed.", "troops withdrawn")
	}
	// Non-ASCII words fold case too.
	if s := Similarity(Signature("Überfall in São Paulo gemeldet"), Signature("ÜBERFALL IN SÃO PAULO GEMELDET")); s != 1 {
		t.Errorf("Similarity(mixed-case non-ASCII) = %v, want 1", s)
	}
	if got := BandKeys(a); len(got) != Bands {
		t.Errorf("len(BandKeys(sig)) = %d, want %d", len(got), Bands)
	}
	if got := BandKeys(a[:10]); got != nil {
		t.Errorf("BandKeys(short signature) = %v, want nil", got)
	}
	if got := Similarity(a, nil); got != 0 {
		t.Errorf("Similarity(sig, nil) = %v, want 0", got)
	}
}

func BenchmarkSignature(b *testing.B) {
	text := wireText(wireParagraphs)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		BandKeys(Signature(text))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
