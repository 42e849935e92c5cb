package claim

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// TestCoordinatedSources checks that a source coordinating named people,
// organisations or places gives one source per name, each with its
// entity, and that appositions, names with "and" inside and conjuncts
// without a name keep the source whole.
func TestCoordinatedSources(t *testing.T) {
	type ent struct {
		text string
		typ  dossier.EntityType
	}
	cases := []struct {
		text   string
		source string // the attribution's source ("" = none)
		cited  string // the attribution's cited source ("" = none)
		ents   []ent
		want   []string // "role:text=entity text" per claim source
	}{
		{
			text: "Lawmakers Lee Seong-kweun and Park Sun-won said 300 soldiers died.", source: "Lawmakers Lee Seong-kweun and Park Sun-won",
			// The recogniser found "Lee" only: the capitalised rest of the name stays with it.
			ents: []ent{{"Lee", dossier.Person}, {"Park Sun-won", dossier.Person}},
			want: []string{"speaker:Lawmakers Lee Seong-kweun=Lee", "speaker:Park Sun-won=Park Sun-won"},
		},
		{
			text: "Senators Ana Ruiz, Tom Hale and Mia Ko said 40 staff were arrested.", source: "Senators Ana Ruiz, Tom Hale and Mia Ko",
			ents: []ent{{"Ana Ruiz", dossier.Person}, {"Tom Hale", dossier.Person}, {"Mia Ko", dossier.Person}},
			want: []string{"speaker:Senators Ana Ruiz=Ana Ruiz", "speaker:Tom Hale=Tom Hale", "speaker:Mia Ko=Mia Ko"},
		},
		{
			text: "Officials said, citing Oxfam and the Red Cross, that 900 people fled.", source: "Officials", cited: "Oxfam and the Red Cross",
			ents: []ent{{"Oxfam", dossier.Org}, {"Red Cross", dossier.Org}},
			want: []string{"speaker:Officials=", "cited:Oxfam=Oxfam", "cited:the Red Cross=Red Cross"},
		},
		{
			text: "Bosnia and Herzegovina said 12 people were detained.", source: "Bosnia and Herzegovina",
			ents: []ent{{"Bosnia and Herzegovina", dossier.GPE}},
			want: []string{"speaker:Bosnia and Herzegovina=Bosnia and Herzegovina"},
		},
		{
			text: "The agency's chief, Ivan Petrov, said 30 people were hurt.", source: "The agency's chief, Ivan Petrov",
			ents: []ent{{"Ivan Petrov", dossier.Person}},
			want: []string{"speaker:The agency's chief, Ivan Petrov=Ivan Petrov"},
		},
		{
			text: "Police and Mayor Anne Roy said 5 people died.", source: "Police and Mayor Anne Roy",
			ents: []ent{{"Anne Roy", dossier.Person}},
			want: []string{"speaker:Police and Mayor Anne Roy=Anne Roy"},
		},
		{
			text: "Acme Power President and CEO Dana Holt said 6 workers died.", source: "Acme Power President and CEO Dana Holt",
			ents: []ent{{"Acme Power", dossier.Org}, {"Dana Holt", dossier.Person}},
			want: []string{"speaker:Acme Power President and CEO Dana Holt=Dana Holt"},
		},
		{
			text: "Officials in Kyiv and Warsaw said 70 soldiers died.", source: "Officials in Kyiv and Warsaw",
			ents: []ent{{"Kyiv", dossier.GPE}, {"Warsaw", dossier.GPE}},
			want: []string{"speaker:Officials in Kyiv and Warsaw=Warsaw"},
		},
		{
			text: "The Pentagon's spokesman and Ivan Petrov said 8 soldiers died.", source: "The Pentagon's spokesman and Ivan Petrov",
			ents: []ent{{"Pentagon", dossier.Org}, {"Ivan Petrov", dossier.Person}},
			want: []string{"speaker:The Pentagon's spokesman and Ivan Petrov=Ivan Petrov"},
		},
	}
	for _, c := range cases {
		var d nlp.Doc
		d.Reset(c.text, time.Time{})
		if err := (nlp.Tokenizer{}).Process(&d); err != nil {
			t.Fatal(err)
		}
		s := func(sub string) dossier.Span { return span(t, c.text, sub, 1) }
		for i, e := range c.ents {
			d.Entities = append(d.Entities, dossier.Entity{ID: fmt.Sprintf("e%d", i+1), Span: s(e.text), Type: e.typ, Canonical: e.text})
		}
		num := ""
		for _, w := range strings.Fields(c.text) {
			if w[0] >= '0' && w[0] <= '9' {
				num = w
				break
			}
		}
		d.Quantities = []dossier.Quantity{{Span: s(num), Number: s(num), Low: 1, High: 1, Bound: dossier.Exact, Kind: dossier.KindCount, Measure: dossier.Deaths}}
		a := dossier.Attribution{Cue: s("said"), Content: []dossier.Span{{Start: s(num).Start, End: len(c.text) - 1}}}
		// The recogniser's attribution points the whole source at its last name.
		if c.source != "" {
			a.Source = dossier.Mention{Span: s(c.source)}
			if n := len(d.Entities); n > 0 && s(c.source).Contains(d.Entities[n-1].Span) {
				a.Source.Entity = d.Entities[n-1].ID
			}
		}
		if c.cited != "" {
			a.Cited = []dossier.Mention{{Span: s(c.cited)}}
		}
		d.Attributions = []dossier.Attribution{a}
		if err := (&Stage{}).Process(&d); err != nil {
			t.Fatal(err)
		}
		if len(d.Claims) != 1 {
			t.Fatalf("Process(%q) made %d claims, want 1", c.text, len(d.Claims))
		}
		var got []string
		for _, src := range d.Claims[0].Sources {
			name := ""
			for _, e := range d.Entities {
				if e.ID == src.Entity {
					name = e.Span.Text(c.text)
				}
			}
			got = append(got, string(src.Role)+":"+src.Span.Text(c.text)+"="+name)
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("Process(%q) sources = %q, want %q", c.text, got, c.want)
		}
	}
}
