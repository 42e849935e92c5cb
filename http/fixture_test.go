package http

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

// testArticles are short articles written for these tests: one typhoon,
// three outlets, three days, figures that disagree and a toll that falls.
var testArticles = []struct {
	id, outlet, title, published, text string
}{
	{"harbor-0304", "Harbor Times", "Typhoon kills dozens in central Philippines", "2025-03-04",
		"At least 40 people were killed when Typhoon Amihan struck the central Philippines on Monday, the National Disaster " +
			"Risk Reduction and Management Council said on Tuesday. About 12,000 residents were evacuated from coastal towns " +
			"in Leyte, according to provincial officials.\n\"The water rose faster than anyone expected,\" said Maria Santos, " +
			"a teacher in Tacloban.\n"},
	{"island-0306", "Island Post", "Manila raises typhoon toll", "2025-03-06",
		"Officials in Manila said on Thursday that 65 people had died in the typhoon. The Red Cross reported that about " +
			"15,000 people had fled their homes in Leyte.\nPresident Ferdinand Marcos promised aid to the affected provinces " +
			"and said the government would rebuild schools “within a year.”\n"},
	{"wire-0307", "Wire <Service>", "Disaster council gives lower toll", "2025-03-07",
		"The death toll from Typhoon Amihan rose to 58, the disaster council said on Friday, fewer than the figure given " +
			"by officials in Manila. Around 300 people were injured, it said.\n"},
}

// fixture names what fillStore stored.
type fixture struct {
	docs    map[string]*dossier.Analysis
	ledger  *dossier.Ledger
	deaths  string // figure id of the deaths figure
	entity  string // a ledger entity, one that is a source of claims when the extractor found any
	speaks  bool   // entity is a source of claims
	storyID string
}

func slug(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '-'
	}, s)
}

// fillStore analyses the test articles, stores them, and replaces the
// ledger with one built here by hand: entities by canonical name, one
// figure per measure, a story of all three.
func fillStore(t testing.TB, s dossier.Store) *fixture {
	t.Helper()
	ctx := context.Background()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	fx := &fixture{docs: map[string]*dossier.Analysis{}, ledger: &dossier.Ledger{Built: time.Now()}, storyID: "story-typhoon"}
	entities := map[string]*dossier.LedgerEntity{}
	figures := map[dossier.Measure]*dossier.Figure{}
	story := dossier.Story{ID: fx.storyID, Title: testArticles[0].title, Keywords: []string{"typhoon", "leyte"}}
	for _, a := range testArticles {
		pub, _ := time.Parse(time.DateOnly, a.published)
		an, err := x.Extract(dossier.Document{ID: a.id, Outlet: a.outlet, Title: a.title, Published: pub, Text: a.text,
			URL: "https://example.org/" + a.id})
		if err != nil {
			t.Fatalf("Extract(%s): %v", a.id, err)
		}
		sum := sha256.Sum256([]byte(a.text))
		d := &dossier.StoredDocument{Analysis: *an, Meta: dossier.DocumentMeta{Hash: hex.EncodeToString(sum[:]),
			Words: len(an.Tokens), Claims: len(an.Claims), Ingested: time.Now(), Origin: a.id + ".txt", Format: "text", Story: fx.storyID}}
		if _, _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatalf("PutDocument(%s): %v", a.id, err)
		}
		fx.docs[a.id] = an
		story.Documents = append(story.Documents, a.id)
		story.Claims += len(an.Claims)
		if story.Start.IsZero() {
			story.Start = pub
		}
		story.End = pub
		for _, e := range an.Entities {
			id := "ent-" + slug(e.Canonical)
			le := entities[id]
			if le == nil {
				le = &dossier.LedgerEntity{ID: id, Name: e.Canonical, Type: e.Type}
				entities[id] = le
			}
			if text := e.Span.Text(a.text); text != e.Canonical && !slices.Contains(le.Aliases, text) {
				le.Aliases = append(le.Aliases, text)
			}
			le.Mentions++
			fx.ledger.Links = append(fx.ledger.Links, dossier.EntityLink{Document: a.id, Local: e.ID, Entity: id})
		}
		for _, c := range an.Claims {
			for _, src := range c.Sources {
				for _, e := range an.Entities {
					if e.ID == src.Entity && !fx.speaks {
						fx.entity, fx.speaks = "ent-"+slug(e.Canonical), true
					}
				}
			}
			if c.Kind != dossier.CountClaim {
				continue
			}
			f := figures[c.Measure]
			if f == nil {
				f = &dossier.Figure{ID: "fig-" + string(c.Measure), Measure: c.Measure, Counted: "people", Scope: "Philippines"}
				figures[c.Measure] = f
			}
			p := dossier.FigurePoint{FigureValue: dossier.FigureValue{When: a.published, Low: c.Low, High: c.High, Bound: c.Bound},
				Certainty: c.Certainty, Document: a.id, Claim: c.ID}
			if c.When != nil {
				p.When = c.When.Value
			}
			for _, src := range c.Sources {
				st := dossier.SourceText{Role: src.Role, Text: src.Span.Text(a.text), Name: src.Span.Text(a.text)}
				for _, e := range an.Entities {
					if e.ID == src.Entity {
						st.Entity, st.Name = "ent-"+slug(e.Canonical), e.Canonical
					}
				}
				p.Sources = append(p.Sources, st)
			}
			f.Points = append(f.Points, p)
		}
	}
	for _, e := range entities {
		e.Documents = 1
		fx.ledger.Entities = append(fx.ledger.Entities, *e)
	}
	slices.SortFunc(fx.ledger.Entities, func(a, b dossier.LedgerEntity) int { return strings.Compare(a.ID, b.ID) })
	if fx.entity == "" && len(fx.ledger.Entities) > 0 {
		fx.entity = fx.ledger.Entities[0].ID
	}
	for _, m := range []dossier.Measure{dossier.Deaths, dossier.Displaced, dossier.Injured} {
		f := figures[m]
		if f == nil {
			continue
		}
		last := f.Points[len(f.Points)-1]
		f.Latest = last.FigureValue
		f.Estimate = dossier.Estimate{Low: f.Points[0].Low, Best: last.Low, High: last.High}
		// A falling cumulative toll, flagged as reconcile would.
		for i := 1; i < len(f.Points); i++ {
			if f.Points[i].Low < f.Points[i-1].Low {
				f.Flags = append(f.Flags, dossier.Flag{Kind: dossier.Decrease,
					Reason: "the toll falls from " + number(f.Points[i-1].Low) + " to " + number(f.Points[i].Low), Points: []int{i - 1, i}})
			}
		}
		fx.ledger.Figures = append(fx.ledger.Figures, *f)
		if m == dossier.Deaths {
			fx.deaths = f.ID
		}
	}
	fx.ledger.Stories = []dossier.Story{story}
	if err := s.ReplaceLedger(ctx, fx.ledger); err != nil {
		t.Fatal(err)
	}
	if fx.deaths == "" || fx.entity == "" {
		t.Fatalf("fixture: no deaths figure (%q) or source entity (%q): the extractor changed; adjust testArticles", fx.deaths, fx.entity)
	}
	return fx
}
