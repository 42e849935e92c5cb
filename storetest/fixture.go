package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

// article is a fixture document: short news texts written for these tests.
type article struct {
	id, outlet, title, published, text string
	duplicateOf                        string
	bands                              []uint64
}

var articles = []article{
	{
		id: "flood-1", outlet: "Valley Courier", title: "Floods kill dozens in Norland", published: "2025-03-10",
		text: "Officials in Norland said on Monday that at least 42 people were killed in the floods, and about 300 were injured. " +
			"The governor, Maria Alvarez, told reporters that 1,200 residents had been evacuated from the river towns. " +
			"\"We are doing everything we can,\" Alvarez said.\n",
		bands: []uint64{11, 12, 13},
	},
	{
		// A wire copy of flood-1, reprinted by another outlet the next day.
		id: "flood-1-copy", outlet: "Coastal Times", title: "Floods kill dozens in Norland", published: "2025-03-11",
		text: "Officials in Norland said on Monday that at least 42 people were killed in the floods, and about 300 were injured. " +
			"The governor, Maria Alvarez, told reporters that 1,200 residents had been evacuated from the river towns. " +
			"\"We are doing everything we can,\" Alvarez said. (Wire report)\n",
		duplicateOf: "flood-1",
		bands:       []uint64{11, 12, 99},
	},
	{
		id: "flood-2", outlet: "Valley Courier", title: "Death toll rises after Norland floods", published: "2025-03-14",
		text: "The death toll from last week's floods in Norland has risen to 57, the regional health ministry said on Friday. " +
			"The Red Cross reported that roughly 3,000 people were displaced, citing local authorities. " +
			"Police arrested 12 men suspected of looting, according to a police spokesman.\n",
		bands: []uint64{21, 22, 23},
	},
	{
		id: "bridge", outlet: "Harbour Post", title: "Bridge reopens", published: "2025-02-02",
		text: "The old bridge over the Lenn river reopened to traffic on Sunday after two years of repairs. " +
			"Drivers welcomed the shorter route into the city centre.\n",
		bands: []uint64{31, 32},
	},
	{
		id: "strike", outlet: "Harbour Post", title: "Dock workers strike", published: "2025-03-12",
		text: "About 800 dock workers walked out on Wednesday, the union said. " +
			"Port officials said that as many as 40 ships were waiting to unload, though the figure could not be verified.\n",
		bands: []uint64{41, 42},
	},
}

// fixtures analyses the fixture articles with the default pipeline.
func fixtures(t *testing.T) []*dossier.StoredDocument {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New() error: %v", err)
	}
	out := make([]*dossier.StoredDocument, len(articles))
	for i, a := range articles {
		pub, err := time.Parse(time.DateOnly, a.published)
		if err != nil {
			t.Fatal(err)
		}
		an, err := x.Extract(dossier.Document{ID: a.id, URL: "https://example.org/" + a.id, Outlet: a.outlet,
			Title: a.title, Published: pub, Text: a.text})
		if err != nil {
			t.Fatalf("Extract(%s) error: %v", a.id, err)
		}
		sig := make([]uint32, 8)
		for j := range sig {
			sig[j] = uint32(i*1000 + j)
		}
		out[i] = &dossier.StoredDocument{Analysis: *an, Meta: dossier.DocumentMeta{
			Hash: hashOf(a.text), Words: len(an.Tokens), Claims: len(an.Claims),
			Ingested: time.Date(2025, 4, 1, 12, 0, i, 0, time.UTC), Origin: "fixture/" + a.id + ".txt", Format: "text",
			DuplicateOf: a.duplicateOf, Keywords: []string{"kw-" + a.id, a.outlet}, Signature: sig, Bands: a.bands,
		}}
	}
	return out
}

func hashOf(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// handBuilt is a document in which every field of every layer type is set,
// with the nil/empty distinctions a round trip must keep.
func handBuilt() *dossier.StoredDocument {
	text := "Über 2.7 million people — “the agency” said on 3 May — were displaced, she added, citing Kyiv. Ведомство said nothing."
	sp := func(sub string) dossier.Span {
		for i := 0; i+len(sub) <= len(text); i++ {
			if text[i:i+len(sub)] == sub {
				return dossier.Span{Start: i, End: i + len(sub)}
			}
		}
		panic("storetest: no " + sub + " in the hand-built text")
	}
	return &dossier.StoredDocument{
		Analysis: dossier.Analysis{
			Document: dossier.Document{ID: "hand", URL: "https://example.org/hand?x=1&y=2", Outlet: "Hand Outlet",
				Title: "Hand-built «layers»", Published: time.Date(2024, 11, 30, 23, 15, 0, 0, time.FixedZone("", -5*3600)), Text: text},
			Sentences: []dossier.Span{sp("Über 2.7 million people — “the agency” said on 3 May — were displaced, she added, citing Kyiv."), sp("Ведомство said nothing.")},
			Tokens:    []dossier.Span{sp("Über"), sp("2.7"), sp("million"), sp("people"), sp("—"), sp("Ведомство"), sp("nothing"), sp(".")},
			Entities: []dossier.Entity{
				{ID: "e1", Span: sp("Kyiv"), Type: dossier.GPE, Canonical: "Kyiv"},
				{ID: "e2", Span: sp("Ведомство"), Type: dossier.Org, Canonical: ""},
				{ID: "e3", Span: sp("the agency"), Type: dossier.Org, Canonical: "The Agency"},
			},
			Times: []dossier.Timex{{Span: sp("3 May"), Type: dossier.Date, Value: "2024-05-03"}, {Span: sp("Über"), Type: dossier.Duration, Value: "PT6H"}},
			Quantities: []dossier.Quantity{{Span: sp("Über 2.7 million"), Number: sp("2.7 million"), Low: 2.7e6, High: 2700000.5,
				Bound: dossier.Min, Kind: dossier.KindCount, Unit: "people", Counted: sp("people"), Hedge: "Über",
				Measure: dossier.Displaced, Cue: sp("displaced")}, {Span: sp("3"), Number: sp("3"), Low: -0.25, High: 1e-9, Kind: dossier.KindDate}},
			Quotes: []dossier.Quote{
				{Span: sp("“the agency”"), Speaker: &dossier.Mention{Span: sp("she"), Entity: "e3", Antecedent: sp("the agency")}},
				{Span: sp("Ведомство said"), Speaker: nil},
			},
			Attributions: []dossier.Attribution{
				{Source: dossier.Mention{Span: sp("she"), Entity: "e3", Antecedent: sp("the agency")}, Cue: sp("added"),
					Content: []dossier.Span{sp("Über 2.7 million people"), sp("were displaced")},
					Cited:   []dossier.Mention{{Span: sp("Kyiv"), Entity: "e1"}}, Hedges: []dossier.Span{sp("Über")}, Negated: true, Unconfirmed: true},
				{Source: dossier.Mention{Span: sp("Ведомство")}, Cue: sp("said"), Content: []dossier.Span{}, Cited: nil, Hedges: nil},
			},
			Claims: []dossier.Claim{
				{ID: "c1", Kind: dossier.CountClaim, Measure: dossier.Displaced, Low: 2.7e6, High: 2.7e6, Bound: dossier.Min,
					Number: sp("2.7 million"), Counted: sp("people"),
					Sources: []dossier.Source{
						{Role: dossier.Speaker, Mention: dossier.Mention{Span: sp("she"), Entity: "e3", Antecedent: sp("the agency")}},
						{Role: dossier.Cited, Mention: dossier.Mention{Span: sp("Kyiv"), Entity: "e1"}},
					},
					Cue: sp("added"), Certainty: dossier.Hedged, Hedges: []string{"Über", "about"},
					When:     &dossier.ClaimTime{Value: "2024-05-03", Span: sp("3 May")},
					Where:    &dossier.ClaimPlace{Span: sp("Kyiv"), Entity: "e1"},
					Evidence: sp("Über 2.7 million people — “the agency” said on 3 May — were displaced, she added, citing Kyiv.")},
				{ID: "c2", Kind: dossier.StatementClaim, Sources: []dossier.Source{}, Certainty: dossier.Denied, Hedges: []string{},
					When: &dossier.ClaimTime{Value: "2024-FA"}, Content: sp("nothing"), Evidence: sp("Ведомство said nothing.")},
			},
		},
		Meta: dossier.DocumentMeta{Hash: hashOf(text), Words: 8, Claims: 2, Ingested: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC),
			Origin: "hand", Format: "html", Keywords: []string{"displaced", "agency"}, Signature: []uint32{1, 1 << 31, 4294967295},
			Bands: []uint64{1 << 63, 7, 18446744073709551615}},
	}
}

func mustDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}
