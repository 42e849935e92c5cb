package storetest

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

// buildLedger derives a small ledger from what s holds, the way reconcile
// would in spirit: one entity per distinct name, one figure per measure
// with the copies of each point, two stories. Ids start with prefix.
func buildLedger(t *testing.T, s dossier.Store, prefix string) *dossier.Ledger {
	t.Helper()
	l := &dossier.Ledger{}
	byKey := map[string]int{}
	docsOf := map[string]map[string]bool{}
	links := map[string]string{} // document/local -> entity
	err := s.EachMention(ctx, func(m *dossier.EntityMention) error {
		name := m.Entity.Canonical
		if name == "" {
			name = m.Text
		}
		key := strings.ToLower(name)
		i, ok := byKey[key]
		if !ok {
			i = len(l.Entities)
			byKey[key] = i
			l.Entities = append(l.Entities, dossier.LedgerEntity{ID: prefix + "-E" + string(rune('a'+i%26)) + strings.Repeat("x", i/26),
				Name: name, Type: m.Entity.Type})
			docsOf[key] = map[string]bool{}
		}
		e := &l.Entities[i]
		e.Mentions++
		if !docsOf[key][m.Document] {
			docsOf[key][m.Document] = true
			e.Documents++
		}
		if m.Text != e.Name && !slices.Contains(e.Aliases, m.Text) {
			e.Aliases = append(e.Aliases, m.Text)
		}
		l.Links = append(l.Links, dossier.EntityLink{Document: m.Document, Local: m.Entity.ID, Entity: e.ID})
		links[m.Document+"/"+m.Entity.ID] = e.ID
		return nil
	})
	if err != nil {
		t.Fatalf("EachMention() error: %v", err)
	}
	copies := map[string][]string{}
	err = s.EachDocument(ctx, func(d *dossier.StoredDocument) error {
		copies[d.Document.ID] = d.Meta.Copies
		return nil
	})
	if err != nil {
		t.Fatalf("EachDocument() error: %v", err)
	}
	figures := map[dossier.Measure]*dossier.Figure{}
	var order []dossier.Measure
	err = s.EachClaim(ctx, dossier.ClaimFilter{Kind: dossier.CountClaim}, func(c *dossier.LedgerClaim) error {
		if c.Copy {
			return nil
		}
		f := figures[c.Measure]
		if f == nil {
			f = &dossier.Figure{ID: prefix + "-" + string(c.Measure), Measure: c.Measure, Counted: c.Text.Counted, Scope: "Norland"}
			figures[c.Measure] = f
			order = append(order, c.Measure)
		}
		p := dossier.FigurePoint{
			FigureValue: dossier.FigureValue{When: claimDay(*c), Low: c.Low, High: c.High, Bound: c.Bound},
			Certainty:   c.Certainty, Document: c.Document, Claim: c.ID, Copies: copies[c.Document],
		}
		for i, st := range c.Text.Sources {
			st.Entity = links[c.Document+"/"+c.Sources[i].Entity]
			p.Sources = append(p.Sources, st)
		}
		f.Points = append(f.Points, p)
		f.Latest = p.FigureValue
		f.Estimate = dossier.Estimate{Low: c.Low, Best: (c.Low + c.High) / 2, High: c.High}
		return nil
	})
	if err != nil {
		t.Fatalf("EachClaim(count) error: %v", err)
	}
	for i, m := range order {
		f := figures[m]
		if i == 0 {
			f.Flags = []dossier.Flag{{Kind: dossier.Decrease, Reason: "a cumulative figure went down: 57 after 42", Points: []int{0, len(f.Points) - 1}}}
		}
		l.Figures = append(l.Figures, *f)
	}
	l.Stories = []dossier.Story{
		{ID: prefix + "-S1", Title: "Floods in Norland", Keywords: []string{"floods", "Norland"},
			Start: mustDate("2025-03-10"), End: mustDate("2025-03-14"), Documents: []string{"flood-1", "flood-1-copy", "flood-2"}, Claims: 9},
		{ID: prefix + "-S2", Title: "Bridge reopens", Keywords: []string{"bridge"},
			Start: mustDate("2025-02-02"), End: mustDate("2025-02-02"), Documents: []string{"bridge"}},
	}
	l.Built = mustDate("2025-04-02")
	if len(l.Entities) == 0 || len(l.Figures) == 0 {
		t.Fatalf("the fixtures gave no entities or figures: the ledger tests need some")
	}
	return l
}

func testLedger(t *testing.T, s dossier.Store) {
	docs := fixtures(t)
	putAll(t, s, docs)
	l := buildLedger(t, s, "L")
	// Twice: a store may notice that nothing changed, and must still
	// answer as if it had written everything.
	for range 2 {
		if err := s.ReplaceLedger(ctx, l); err != nil {
			t.Fatalf("ReplaceLedger() error: %v", err)
		}
	}
	// Figures come back whole, in the ledger's order.
	figs, err := s.Figures(ctx, dossier.FigureFilter{})
	if err != nil {
		t.Fatalf("Figures() error: %v", err)
	}
	if !reflect.DeepEqual(figs, l.Figures) {
		t.Errorf("Figures() =\n%+v\nwant\n%+v", figs, l.Figures)
	}
	for _, want := range l.Figures {
		got, err := s.Figure(ctx, want.ID)
		if err != nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("Figure(%s) = %+v, %v; want %+v", want.ID, got, err, want)
		}
	}
	first := l.Figures[0]
	var sourceEntity string
	for _, f := range l.Figures {
		for _, p := range f.Points {
			for _, st := range p.Sources {
				if st.Entity != "" && sourceEntity == "" {
					sourceEntity = st.Entity
				}
			}
		}
	}
	figureFilters := []struct {
		f     dossier.FigureFilter
		match func(f dossier.Figure) bool
	}{
		{dossier.FigureFilter{Measure: first.Measure}, func(f dossier.Figure) bool { return f.Measure == first.Measure }},
		{dossier.FigureFilter{About: strings.ToUpper(first.Counted)}, func(f dossier.Figure) bool {
			return strings.Contains(strings.ToLower(f.Counted), strings.ToLower(first.Counted))
		}},
		{dossier.FigureFilter{Flagged: true}, func(f dossier.Figure) bool { return len(f.Flags) > 0 }},
		{dossier.FigureFilter{Entity: sourceEntity}, func(f dossier.Figure) bool {
			for _, p := range f.Points {
				for _, st := range p.Sources {
					if st.Entity == sourceEntity {
						return true
					}
				}
			}
			return false
		}},
		{dossier.FigureFilter{Limit: 1}, func(f dossier.Figure) bool { return f.ID == first.ID }},
	}
	for _, tc := range figureFilters {
		var want []string
		for _, f := range l.Figures {
			if tc.match(f) {
				want = append(want, f.ID)
			}
		}
		got, err := s.Figures(ctx, tc.f)
		if err != nil {
			t.Fatalf("Figures(%+v) error: %v", tc.f, err)
		}
		var ids []string
		for _, f := range got {
			ids = append(ids, f.ID)
		}
		if !slices.Equal(ids, want) || len(want) == 0 && tc.f.Entity != "" {
			t.Errorf("Figures(%+v) = %v, want %v", tc.f, ids, want)
		}
	}

	// Entities and stories.
	ents, err := s.Entities(ctx, dossier.EntityFilter{})
	if err != nil || !reflect.DeepEqual(ents, l.Entities) {
		t.Errorf("Entities() = %+v, %v; want %+v", ents, err, l.Entities)
	}
	for _, want := range l.Entities {
		got, err := s.Entity(ctx, want.ID)
		if err != nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("Entity(%s) = %+v, %v; want %+v", want.ID, got, err, want)
		}
	}
	e0 := l.Entities[0]
	for _, tc := range []struct {
		f    dossier.EntityFilter
		want func(e dossier.LedgerEntity) bool
	}{
		{dossier.EntityFilter{Type: e0.Type}, func(e dossier.LedgerEntity) bool { return e.Type == e0.Type }},
		{dossier.EntityFilter{Query: strings.ToUpper(e0.Name[1:])}, func(e dossier.LedgerEntity) bool {
			q := strings.ToLower(e0.Name[1:])
			if strings.Contains(strings.ToLower(e.Name), q) {
				return true
			}
			for _, a := range e.Aliases {
				if strings.Contains(strings.ToLower(a), q) {
					return true
				}
			}
			return false
		}},
		{dossier.EntityFilter{Limit: 2}, func(e dossier.LedgerEntity) bool {
			return e.ID == l.Entities[0].ID || len(l.Entities) > 1 && e.ID == l.Entities[1].ID
		}},
	} {
		var want []string
		for _, e := range l.Entities {
			if tc.want(e) {
				want = append(want, e.ID)
			}
		}
		got, err := s.Entities(ctx, tc.f)
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if err != nil || !slices.Equal(ids, want) {
			t.Errorf("Entities(%+v) = %v, %v; want %v", tc.f, ids, err, want)
		}
	}
	stories, err := s.Stories(ctx, dossier.StoryFilter{})
	if err != nil || len(stories) != len(l.Stories) {
		t.Fatalf("Stories() = %d, %v; want %d", len(stories), err, len(l.Stories))
	}
	for i := range stories {
		got, want := stories[i], l.Stories[i]
		if got.ID != want.ID || got.Title != want.Title || !slices.Equal(got.Keywords, want.Keywords) || !got.Start.Equal(want.Start) ||
			!got.End.Equal(want.End) || !slices.Equal(got.Documents, want.Documents) || got.Claims != want.Claims {
			t.Errorf("Stories()[%d] = %+v, want %+v", i, got, want)
		}
	}
	if got, err := s.Stories(ctx, dossier.StoryFilter{Query: "NORLAND"}); err != nil || len(got) != 1 || got[0].ID != "L-S1" {
		t.Errorf("Stories(query NORLAND) = %+v, %v; want L-S1", got, err)
	}
	if got, err := s.Story(ctx, "L-S2"); err != nil || got.Title != "Bridge reopens" {
		t.Errorf("Story(L-S2) = %+v, %v", got, err)
	}
	storyDocs, _, err := s.Documents(ctx, dossier.DocumentFilter{Story: "L-S1"})
	if ids := docIDs(storyDocs); err != nil || !slices.Equal(ids, []string{"flood-2", "flood-1-copy", "flood-1"}) {
		t.Errorf("Documents(story L-S1) = %v, %v", ids, err)
	}
	if d, err := s.Document(ctx, "bridge"); err != nil || d.Meta.Story != "L-S2" {
		t.Errorf("Document(bridge).Meta.Story = %q, %v; want L-S2", d.Meta.Story, err)
	}

	// Claims know their figure (the copies too), story and source entities.
	links := map[string]string{}
	for _, k := range l.Links {
		links[k.Document+"/"+k.Local] = k.Entity
	}
	storyOf := map[string]string{}
	for _, st := range l.Stories {
		for _, d := range st.Documents {
			storyOf[d] = st.ID
		}
	}
	figureOf := map[string]string{}
	for _, f := range l.Figures {
		for _, p := range f.Points {
			figureOf[p.Document+"/"+p.Claim] = f.ID
			for _, c := range p.Copies {
				figureOf[c+"/"+p.Claim] = f.ID // the fixture copy keeps claim ids
			}
		}
	}
	all, _, err := s.Claims(ctx, dossier.ClaimFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	copyMarked := false
	for _, c := range all {
		key := c.Document + "/" + c.ID
		if c.Figure != figureOf[key] {
			t.Errorf("Claims() %s figure = %q, want %q", key, c.Figure, figureOf[key])
		}
		if c.Copy && c.Figure != "" {
			copyMarked = true
		}
		if c.Story != storyOf[c.Document] {
			t.Errorf("Claims() %s story = %q, want %q", key, c.Story, storyOf[c.Document])
		}
		for i, st := range c.Text.Sources {
			if want := links[c.Document+"/"+c.Sources[i].Entity]; st.Entity != want {
				t.Errorf("Claims() %s source %d entity = %q, want %q", key, i, st.Entity, want)
			}
		}
	}
	if !copyMarked {
		t.Errorf("no claim of the wire copy is marked with its figure")
	}
	for _, f := range l.Figures {
		got, _, err := s.Claims(ctx, dossier.ClaimFilter{Figure: f.ID, Limit: 1000})
		var want []string
		for _, c := range all {
			if figureOf[c.Document+"/"+c.ID] == f.ID {
				want = append(want, c.Document+"/"+c.ID)
			}
		}
		if keys := claimKeys(got); err != nil || !slices.Equal(keys, want) {
			t.Errorf("Claims(figure %s) = %v, %v; want %v", f.ID, keys, err, want)
		}
	}
	got, _, err := s.Claims(ctx, dossier.ClaimFilter{Story: "L-S1", Limit: 1000})
	for _, c := range got {
		if storyOf[c.Document] != "L-S1" {
			t.Errorf("Claims(story L-S1) gave %s/%s", c.Document, c.ID)
		}
	}
	if err != nil || len(got) == 0 {
		t.Errorf("Claims(story L-S1) = %d, %v", len(got), err)
	}
	// The entity filter: claims the entity is a source of, places or counts.
	byDoc := map[string]*dossier.StoredDocument{}
	for _, d := range docs {
		byDoc[d.Document.ID] = d
	}
	tested := 0
	for _, e := range l.Entities {
		var want []string
		for _, c := range all {
			if namesEntity(c, byDoc[c.Document], links, e.ID) {
				want = append(want, c.Document+"/"+c.ID)
			}
		}
		got, _, err := s.Claims(ctx, dossier.ClaimFilter{Entity: e.ID, Limit: 1000})
		if keys := claimKeys(got); err != nil || !slices.Equal(keys, want) {
			t.Errorf("Claims(entity %s %q) = %v, %v; want %v", e.ID, e.Name, keys, err, want)
		}
		tested += len(want)
	}
	if tested == 0 {
		t.Errorf("no claim names a ledger entity: the entity filter is untested")
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	flags := 0
	for _, f := range l.Figures {
		flags += len(f.Flags)
	}
	if st.Entities != len(l.Entities) || st.Figures != len(l.Figures) || st.Flags != flags || st.Stories != len(l.Stories) {
		t.Errorf("Stats() = %+v, want %d entities, %d figures, %d flags, %d stories", st, len(l.Entities), len(l.Figures), flags, len(l.Stories))
	}
}

// namesEntity reports whether ledger entity id is a source of c, its
// place, or inside its counted group.
func namesEntity(c dossier.LedgerClaim, d *dossier.StoredDocument, links map[string]string, id string) bool {
	linked := func(local string) bool { return local != "" && links[c.Document+"/"+local] == id }
	for _, s := range c.Sources {
		if linked(s.Entity) {
			return true
		}
	}
	if c.Where != nil && linked(c.Where.Entity) {
		return true
	}
	for _, e := range d.Entities {
		if c.Counted.Len() > 0 && c.Counted.Contains(e.Span) && linked(e.ID) {
			return true
		}
	}
	return false
}

func testLedgerReplaced(t *testing.T, s dossier.Store) {
	putAll(t, s, fixtures(t))
	a := buildLedger(t, s, "A")
	if err := s.ReplaceLedger(ctx, a); err != nil {
		t.Fatal(err)
	}
	b := buildLedger(t, s, "B")
	b.Figures = b.Figures[1:]
	b.Stories = b.Stories[1:]
	b.Entities = b.Entities[:1]
	var links []dossier.EntityLink
	for _, k := range b.Links {
		if k.Entity == b.Entities[0].ID {
			links = append(links, k)
		}
	}
	b.Links = links
	if err := s.ReplaceLedger(ctx, b); err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Figures {
		_, err := s.Figure(ctx, f.ID)
		wantCode(t, "Figure("+f.ID+") after a new ledger", err, dossier.ENOTFOUND)
	}
	_, err := s.Entity(ctx, a.Entities[0].ID)
	wantCode(t, "Entity("+a.Entities[0].ID+") after a new ledger", err, dossier.ENOTFOUND)
	figs, err := s.Figures(ctx, dossier.FigureFilter{})
	if err != nil || len(figs) != len(b.Figures) {
		t.Errorf("Figures() = %d, %v; want %d", len(figs), err, len(b.Figures))
	}
	all, _, err := s.Claims(ctx, dossier.ClaimFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range all {
		if strings.HasPrefix(c.Figure, "A-") || strings.HasPrefix(c.Story, "A-") {
			t.Errorf("Claims() %s/%s still in the old ledger: figure %q story %q", c.Document, c.ID, c.Figure, c.Story)
		}
		if c.Document != "bridge" && c.Story != "" {
			t.Errorf("Claims() %s/%s story = %q, want none", c.Document, c.ID, c.Story)
		}
		for _, st := range c.Text.Sources {
			if st.Entity != "" && st.Entity != b.Entities[0].ID {
				t.Errorf("Claims() %s/%s source entity %q is not in the new ledger", c.Document, c.ID, st.Entity)
			}
		}
	}
	// An empty ledger clears everything derived.
	if err := s.ReplaceLedger(ctx, &dossier.Ledger{}); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Entities != 0 || st.Figures != 0 || st.Flags != 0 || st.Stories != 0 || st.Documents != len(articles) {
		t.Errorf("Stats() after an empty ledger = %+v, %v", st, err)
	}
	all, _, err = s.Claims(ctx, dossier.ClaimFilter{Limit: 1000})
	for _, c := range all {
		if c.Figure != "" || c.Story != "" {
			t.Errorf("Claims() %s/%s after an empty ledger: figure %q story %q", c.Document, c.ID, c.Figure, c.Story)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
}

func testLedgerInvalid(t *testing.T, s dossier.Store) {
	putAll(t, s, fixtures(t))
	good := buildLedger(t, s, "G")
	if err := s.ReplaceLedger(ctx, good); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		break_ func(l *dossier.Ledger)
	}{
		{"link to an unknown document", func(l *dossier.Ledger) {
			l.Links = append(l.Links, dossier.EntityLink{Document: "missing", Local: "e1", Entity: l.Entities[0].ID})
		}},
		{"point in an unknown document", func(l *dossier.Ledger) { l.Figures[0].Points[0].Document = "missing" }},
		{"point to an unknown claim", func(l *dossier.Ledger) { l.Figures[0].Points[0].Claim = "c999" }},
		{"story of an unknown document", func(l *dossier.Ledger) { l.Stories[0].Documents = append(l.Stories[0].Documents, "missing") }},
		{"entity id twice", func(l *dossier.Ledger) { l.Entities = append(l.Entities, l.Entities[0]) }},
		{"figure id twice", func(l *dossier.Ledger) { l.Figures = append(l.Figures, l.Figures[0]) }},
		{"story id twice", func(l *dossier.Ledger) { l.Stories = append(l.Stories, l.Stories[0]) }},
	} {
		bad := buildLedger(t, s, "X")
		tc.break_(bad)
		err := s.ReplaceLedger(ctx, bad)
		wantCode(t, "ReplaceLedger("+tc.name+")", err, dossier.EINVALID)
	}
	// The good ledger is still whole.
	figs, err := s.Figures(ctx, dossier.FigureFilter{})
	if err != nil || !reflect.DeepEqual(figs, good.Figures) {
		t.Errorf("Figures() after failed replacements = %d figures, %v; want the previous ledger", len(figs), err)
	}
	ents, err := s.Entities(ctx, dossier.EntityFilter{})
	if err != nil || len(ents) != len(good.Entities) || ents[0].ID != good.Entities[0].ID {
		t.Errorf("Entities() after failed replacements = %d, %v; want the previous ledger", len(ents), err)
	}
	all, _, err := s.Claims(ctx, dossier.ClaimFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var figured []string
	for _, c := range all {
		if c.Figure != "" {
			figured = append(figured, c.Figure)
			if !strings.HasPrefix(c.Figure, "G-") {
				t.Errorf("Claims() %s/%s figure %q after a failed replacement", c.Document, c.ID, c.Figure)
			}
		}
	}
	sort.Strings(figured)
	if len(figured) == 0 {
		t.Errorf("no claim keeps its figure after failed replacements")
	}
}
