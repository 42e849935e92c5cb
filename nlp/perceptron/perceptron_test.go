package perceptron

import (
	"bytes"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func word(s string) uint64 { return Mix(1, HashString(Seed, s)) }

// trainToy learns to tell animals from colours by the word and its suffix.
func trainToy(t *testing.T) *Model {
	t.Helper()
	data := []struct {
		w     string
		class int
	}{{"cat", 0}, {"dog", 0}, {"cow", 0}, {"red", 1}, {"blue", 1}, {"green", 1}}
	tr := NewTrainer([]string{"animal", "colour"}, 10)
	rng := rand.New(rand.NewPCG(1, 2))
	scores := make([]float32, 2)
	for epoch := 0; epoch < 10; epoch++ {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for _, d := range data {
			f := []uint64{word(d.w), Mix(2, 0)}
			tr.Update(f, d.class, tr.Predict(f, scores, nil))
		}
	}
	return tr.Model()
}

func TestPredict(t *testing.T) {
	m := trainToy(t)
	scores := make([]float32, m.NumClasses())
	for _, tc := range []struct {
		w       string
		allowed []bool
		want    string
	}{
		{"cat", nil, "animal"},
		{"green", nil, "colour"},
		{"cat", []bool{false, true}, "colour"},
	} {
		got := m.Classes[m.Predict([]uint64{word(tc.w), Mix(2, 0)}, scores, tc.allowed)]
		if got != tc.want {
			t.Errorf("Predict(%q, allowed %v) = %q, want %q", tc.w, tc.allowed, got, tc.want)
		}
	}
}

func TestSaveLoad(t *testing.T) {
	m := trainToy(t)
	m.Extra = []byte("lexicon")
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatalf("Save() = %v", err)
	}
	got, err := Load(&buf)
	if err != nil {
		t.Fatalf("Load(Save(m)) = %v", err)
	}
	if !slices.Equal(got.Classes, m.Classes) || string(got.Extra) != "lexicon" || got.bits != m.bits ||
		got.stride != m.stride || !slices.Equal(got.w, m.w) {
		t.Errorf("Load(Save(m)) differs from m")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := Load(strings.NewReader(in)); err == nil {
			t.Errorf("Load(%q) = nil error, want one", in)
		}
	}
	var buf bytes.Buffer
	m := trainToy(t)
	m.Save(&buf)
	b := buf.Bytes()
	if _, err := Load(bytes.NewReader(b[:len(b)/2])); err == nil {
		t.Errorf("Load(truncated) = nil error, want one")
	}
}

func TestHashLowerFoldsCase(t *testing.T) {
	if HashLower(Seed, "North") != HashString(Seed, "north") {
		t.Errorf("HashLower(%q) != HashString(%q)", "North", "north")
	}
}

// scoreRowByRow is Score written plainly: each feature's row added to
// every class in feature order. The fast Score must give the same float32
// sums bit for bit, so that predictions never change with it.
func scoreRowByRow(m *Model, feats []uint64, scores []float32) {
	for _, f := range feats {
		off := int(bucket(f, m.mask)) * m.stride
		s := math.Float32frombits(uint32(m.w[off])<<16 | uint32(m.w[off+1])<<24)
		for i := range scores[:m.nc] {
			scores[i] += float32(int8(m.w[off+2+i])) * s
		}
	}
}

func TestScoreMatchesRowByRow(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, nc := range []int{1, 2, 3, 4, 5, 7, 8, 13, 20, 43} {
		m := &Model{bits: 8}
		m.init(nc)
		for b := 0; b < 1<<m.bits; b++ {
			off := b * m.stride
			if rng.IntN(5) == 0 {
				continue // an empty bucket
			}
			// Scales over a wide range of exponents make rounding depend
			// on the order of the additions.
			scale := float32(math.Ldexp(1+rng.Float64(), rng.IntN(40)-20))
			sb := math.Float32bits(scale) >> 16
			m.w[off], m.w[off+1] = byte(sb), byte(sb>>8)
			for c := 0; c < nc; c++ {
				m.w[off+2+c] = byte(rng.IntN(256))
			}
		}
		for trial := 0; trial < 50; trial++ {
			feats := make([]uint64, rng.IntN(150))
			for i := range feats {
				feats[i] = rng.Uint64()
			}
			got, want := make([]float32, nc), make([]float32, nc)
			m.Score(feats, got)
			scoreRowByRow(m, feats, want)
			for c := range got {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("classes %d, %d features: Score class %d = %v, row by row %v", nc, len(feats), c, got[c], want[c])
				}
			}
		}
	}
}

func TestPredictMemoMatchesPredict(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	m := &Model{bits: 10}
	m.init(7)
	for b := 0; b < 1<<m.bits; b++ {
		off := b * m.stride
		sb := math.Float32bits(float32(math.Ldexp(1+rng.Float64(), rng.IntN(30)-15))) >> 16
		m.w[off], m.w[off+1] = byte(sb), byte(sb>>8)
		for c := 0; c < m.nc; c++ {
			m.w[off+2+c] = byte(rng.IntN(256))
		}
	}
	// Few words in few slots: hits, misses and evictions all happen.
	const prefix = 4
	memo := NewMemo(m, prefix, 8)
	words := make([][]uint64, 40)
	for i := range words {
		words[i] = make([]uint64, prefix)
		for j := range words[i] {
			words[i][j] = rng.Uint64()
		}
	}
	allowed := []bool{true, false, true, true, false, true, true}
	got, want := make([]float32, m.nc), make([]float32, m.nc)
	for trial := 0; trial < 2000; trial++ {
		feats := append([]uint64(nil), words[rng.IntN(len(words))]...)
		for range rng.IntN(30) {
			feats = append(feats, rng.Uint64())
		}
		a := allowed
		if trial%2 == 0 {
			a = nil
		}
		g, w := m.PredictMemo(memo, feats, got, a), m.Predict(feats, want, a)
		if g != w {
			t.Fatalf("trial %d: PredictMemo = %d, Predict = %d", trial, g, w)
		}
		for c := range got {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
				t.Fatalf("trial %d: PredictMemo score %d = %v, Predict %v", trial, c, got[c], want[c])
			}
		}
	}
	// Shorter than the prefix: no memo.
	if g, w := m.PredictMemo(memo, words[0][:2], got, nil), m.Predict(words[0][:2], want, nil); g != w {
		t.Errorf("PredictMemo(2 features) = %d, Predict = %d", g, w)
	}
}

func TestTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 7, 100, 3000} {
		m := map[uint64]uint8{}
		for len(m) < n {
			m[rng.Uint64()] = uint8(rng.IntN(255))
		}
		m[0] = 9 // a zero key is a key like any other
		tb := NewTable(m)
		if tb.Len() != len(m) {
			t.Errorf("NewTable(%d keys).Len() = %d", len(m), tb.Len())
		}
		for k, v := range m {
			if got, ok := tb.Get(k); !ok || got != v {
				t.Errorf("Get(%#x) = %d, %v; want %d, true", k, got, ok, v)
			}
		}
		for range 1000 {
			k := rng.Uint64()
			if _, in := m[k]; in {
				continue
			}
			if got, ok := tb.Get(k); ok {
				t.Errorf("Get(%#x) = %d, true for a key not in the map", k, got)
			}
		}
	}
}

func TestRulesRoundTrip(t *testing.T) {
	rules := map[uint64]uint8{0: 1, 1 << 63: 2, 0xdeadbeef: 0}
	b := AppendRules([]byte("head"), rules)
	got, err := ReadRules(b[4:], 3)
	if err != nil || !maps.Equal(got, rules) {
		t.Errorf("ReadRules(AppendRules(%v)) = %v, %v", rules, got, err)
	}
	for _, tc := range []struct {
		name string
		b    []byte
		nc   int
	}{{"a cut record", b[4 : len(b)-1], 3}, {"a class out of range", b[4:], 2}} {
		if _, err := ReadRules(tc.b, tc.nc); err == nil {
			t.Errorf("ReadRules with %s = nil error, want one", tc.name)
		}
	}
}

func TestTableMap(t *testing.T) {
	m := map[uint64]uint8{0: 3, 42: 0, 1 << 40: 7}
	if got := NewTable(m).Map(); !maps.Equal(got, m) {
		t.Errorf("NewTable(%v).Map() = %v", m, got)
	}
	var nilTable *Table
	if got := nilTable.Map(); len(got) != 0 || nilTable.Len() != 0 {
		t.Errorf("nil table: Map() = %v, Len() = %d; want empty", got, nilTable.Len())
	}
}

// TestDistillerRulesSeen checks the occurrence floor: a context seen
// fewer than DistillMin times qualifies only under a lower floor, and a
// context whose class varies never does.
func TestDistillerRulesSeen(t *testing.T) {
	d := Distiller{}
	for range 12 {
		d.Add(1, 2) // always class 2
	}
	for i := range 12 {
		d.Add(3, i%2) // no class nearly always
	}
	for range DistillMin {
		d.Add(4, 1)
	}
	for _, tc := range []struct {
		min  int
		want map[uint64]uint8
	}{
		{DistillMin, map[uint64]uint8{4: 1}},
		{10, map[uint64]uint8{1: 2, 4: 1}},
		{13, map[uint64]uint8{4: 1}},
	} {
		if got := d.RulesSeen(tc.min); !maps.Equal(got, tc.want) {
			t.Errorf("RulesSeen(%d) = %v, want %v", tc.min, got, tc.want)
		}
	}
	if got := d.Rules(); !maps.Equal(got, d.RulesSeen(DistillMin)) {
		t.Errorf("Rules() = %v, want RulesSeen(DistillMin) = %v", got, d.RulesSeen(DistillMin))
	}
}

// TestPrefetchChangesNothing prefetches the rows of random features, the
// last row among them, for models of every row width, and checks that
// the weights and the scores stay as they were.
func TestPrefetchChangesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, nc := range []int{3, 5, 13, 43, 70} {
		m := &Model{bits: 8}
		m.init(nc)
		for i := range m.w {
			m.w[i] = byte(rng.IntN(256))
		}
		for off := 0; off < len(m.w); off += m.stride {
			m.w[off], m.w[off+1] = 0x80, 0x3f
		}
		feats := make([]uint64, 100)
		for i := range feats {
			feats[i] = rng.Uint64()
		}
		for feats[0] = 0; bucket(feats[0], m.mask) != m.mask; feats[0]++ {
		}
		before := slices.Clone(m.w)
		want := make([]float32, nc)
		m.Score(feats, want)
		m.Prefetch(feats)
		m.Prefetch(nil)
		got := make([]float32, nc)
		m.Score(feats, got)
		if !slices.Equal(m.w, before) || !slices.Equal(got, want) {
			t.Errorf("%d classes: Prefetch changed the model or its scores", nc)
		}
	}
}
