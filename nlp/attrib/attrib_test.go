package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/nlp"
)

// ref names a span by its text and, when the text occurs more than once, by
// which occurrence (0-based) is meant.
type ref struct {
	text string
	nth  int
}

func r(s string) ref { return ref{text: s} }

func (x ref) span(t *testing.T, doc string) dossier.Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		k := strings.Index(doc[from:], x.text)
		if k < 0 {
			t.Fatalf("test bug: %q (occurrence %d) not in text", x.text, x.nth)
		}
		if !wordEdge(doc, from+k) || !wordEdge(doc, from+k+len(x.text)) {
			from += k + 1
			i--
			continue
		}
		if i == x.nth {
			return dossier.Span{Start: from + k, End: from + k + len(x.text)}
		}
		from += k + 1
	}
}

// wordEdge reports whether offset k of s is not inside a word.
func wordEdge(s string, k int) bool {
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	return k == 0 || k == len(s) || !isLetter(s[k-1]) || !isLetter(s[k])
}

type wantAtt struct {
	src     ref
	entity  string
	cue     ref
	content []ref
	cited   []ref
	hedges  []ref
	negated bool
	unconf  bool
}

type wantQuote struct {
	quote   ref
	speaker ref // empty text: no speaker
	entity  string
}

type ent struct {
	id, text string
	typ      dossier.EntityType
}

func run(text string, ents []ent) *nlp.Doc {
	d := &nlp.Doc{}
	d.Reset(text, time.Time{})
	_ = nlp.Tokenizer{}.Process(d)
	for _, e := range ents {
		k := strings.Index(text, e.text)
		if k < 0 {
			continue
		}
		d.Entities = append(d.Entities, dossier.Entity{ID: e.id, Span: dossier.Span{Start: k, End: k + len(e.text)}, Type: e.typ})
	}
	_ = New().Process(d)
	return d
}

// attCase is one table-driven case: a text, its entities and the
// attributions and quotes the stage must find.
type attCase struct {
	name   string
	text   string
	ents   []ent
	atts   []wantAtt
	quotes []wantQuote
	figs   []wantFig
}

// wantFig names the speaker and cited source a count claim would take for a
// figure: those of the innermost attribution whose content holds it (the
// rule of package claim; with no source the first cited source speaks).
type wantFig struct {
	fig     ref
	speaker string // "" : no attribution holds the figure, or none with a source
	cited   string
}

func TestAttributions(t *testing.T) {
	runCases(t, []attCase{
		{
			name: "report with cited briefing in the next sentence",
			text: "Japanese legislators reported on Tuesday that roughly 40 fishermen have been rescued and 12 others remain missing near Hokkaido. " +
				"The rescues were credited to calm weather and quick coordination, as revealed in a private briefing from Japan’s Coast Guard Agency.",
			ents: []ent{{"e1", "Japan’s Coast Guard Agency", dossier.Org}},
			atts: []wantAtt{
				{src: r("Japanese legislators"), cue: r("reported"),
					content: []ref{r("that roughly 40 fishermen have been rescued and 12 others remain missing near Hokkaido")},
					cited:   []ref{r("Japan’s Coast Guard Agency")}, hedges: []ref{r("roughly")}},
				{src: r("Japan’s Coast Guard Agency"), entity: "e1", cue: r("revealed"),
					content: []ref{r("The rescues were credited to calm weather and quick coordination")}},
			},
		},
		{
			name: "coordinated plural source",
			text: "Canadian and Mexican officials have stated that about 900 firefighters were sent to the northern region of Sonora.",
			atts: []wantAtt{{src: r("Canadian and Mexican officials"), cue: r("have stated"),
				content: []ref{r("that about 900 firefighters were sent to the northern region of Sonora")}}},
		},
		{
			name: "inverted quote then pronoun quote",
			text: "A ferry sank near the harbour on Sunday. “The river rose faster than anyone expected,” said the ferry captain. “We lost the dock in minutes,” he added.",
			ents: []ent{{"e9", "Sunday", "DATE"}},
			atts: []wantAtt{
				{src: r("the ferry captain"), cue: r("said"), content: []ref{r("“The river rose faster than anyone expected,”")}},
				{src: r("he"), cue: r("added"), content: []ref{r("“We lost the dock in minutes,”")}},
			},
			quotes: []wantQuote{
				{quote: r("“The river rose faster than anyone expected,”"), speaker: r("the ferry captain")},
				{quote: r("“We lost the dock in minutes,”"), speaker: r("he")},
			},
		},
		{
			name: "pronoun resolves to the nearest person",
			text: "Mayor Linda Osei toured the site with engineers from Halvorsen Ltd. She said the bridge would reopen in May.",
			ents: []ent{{"e1", "Linda Osei", dossier.Person}, {"e2", "Halvorsen Ltd.", dossier.Org}},
			atts: []wantAtt{{src: r("She"), entity: "e1", cue: r("said"), content: []ref{r("the bridge would reopen in May")}, hedges: nil}},
		},
		{
			name: "they resolves to an organisation",
			text: "Engineers at Halvorsen Ltd. inspected the bridge. They said it was safe.",
			ents: []ent{{"e2", "Halvorsen Ltd.", dossier.Org}},
			atts: []wantAtt{{src: r("They"), entity: "e2", cue: r("said"), content: []ref{r("it was safe")}}},
		},
		{
			name: "passive belief without a source",
			text: "The detained engineers are believed to hold design records.",
			atts: []wantAtt{{cue: r("are believed"), content: []ref{r("The detained engineers"), r("to hold design records")}, hedges: []ref{r("believed")}}},
		},
		{
			name: "impersonal passive",
			text: "It was also mentioned that the pumps had failed twice.",
			atts: []wantAtt{{cue: r("was also mentioned"), content: []ref{r("that the pumps had failed twice")}}},
		},
		{
			name: "experts suggest",
			text: "Analysts suggest that the outage was caused by a faulty update.",
			atts: []wantAtt{{src: r("Analysts"), cue: r("suggest"), content: []ref{r("that the outage was caused by a faulty update")}, hedges: []ref{r("suggest")}}},
		},
		{
			name: "title and name with time before content",
			text: "Fire Department spokesperson Maria Lopez stated last week that three crews may have been exposed.",
			ents: []ent{{"e2", "Maria Lopez", dossier.Person}, {"e3", "Fire Department", dossier.Org}},
			atts: []wantAtt{{src: r("Fire Department spokesperson Maria Lopez"), entity: "e2", cue: r("stated"),
				content: []ref{r("that three crews may have been exposed")}, hedges: []ref{r("may")}}},
		},
		{
			name: "according to with PP attachments",
			text: "At least 15 people died in the flooding, according to Deputy Commissioner Arun Mehta of the disaster agency of the state of Assam.",
			ents: []ent{{"e1", "Arun Mehta", dossier.Person}},
			atts: []wantAtt{{src: r("Deputy Commissioner Arun Mehta of the disaster agency of the state of Assam"), entity: "e1", cue: r("according to"),
				content: []ref{r("At least 15 people died in the flooding")}}},
		},
		{
			name: "according to first",
			text: "According to the ministry, 200 homes were destroyed.",
			atts: []wantAtt{{src: r("the ministry"), cue: r("According to"), content: []ref{r("200 homes were destroyed")}}},
		},
		{
			name: "according to inside an attributed clause is cited",
			text: "The mayor said that, according to the Red Cross, 60 families had been evacuated.",
			atts: []wantAtt{{src: r("The mayor"), cue: r("said"), content: []ref{r("that"), r("60 families had been evacuated")}, cited: []ref{r("the Red Cross")}}},
		},
		{
			name: "citing",
			text: "The union said 300 workers walked out, citing the Labour Ministry.",
			atts: []wantAtt{{src: r("The union"), cue: r("said"), content: []ref{r("300 workers walked out")}, cited: []ref{r("the Labour Ministry")}}},
		},
		{
			name: "denial",
			text: "The company denied that any records had been stolen.",
			atts: []wantAtt{{src: r("The company"), cue: r("denied"), content: []ref{r("that any records had been stolen")}, negated: true}},
		},
		{
			name: "did not say",
			text: "Police did not say how many people were arrested.",
			atts: []wantAtt{{src: r("Police"), cue: r("did not say"), content: []ref{r("how many people were arrested")}, negated: true}},
		},
		{
			name: "unconfirmed in the next sentence",
			text: "Rebels claimed that they had shot down two drones. The claim could not be independently verified.",
			atts: []wantAtt{{src: r("Rebels"), cue: r("claimed"), content: []ref{r("that they had shot down two drones")}, unconf: true}},
		},
		{
			name: "quote split by the cue",
			text: "“We are not leaving,” the farmer said. “This land is all we have.”",
			atts: []wantAtt{{src: r("the farmer"), cue: r("said"), content: []ref{r("“We are not leaving,”"), r("“This land is all we have.”")}}},
			quotes: []wantQuote{
				{quote: r("“We are not leaving,”"), speaker: r("the farmer")},
				{quote: r("“This land is all we have.”"), speaker: r("the farmer")},
			},
		},
		{
			name: "quote over two paragraphs",
			text: "Coach Ana Ruiz spoke after the final.\n\n“We trained hard all season.\n\n“Nobody expected this result,” she said.",
			ents: []ent{{"e1", "Ana Ruiz", dossier.Person}},
			atts: []wantAtt{{src: r("she"), entity: "e1", cue: r("said"),
				content: []ref{r("“We trained hard all season.\n\n“Nobody expected this result,”")}}},
			quotes: []wantQuote{{quote: r("“We trained hard all season.\n\n“Nobody expected this result,”"), speaker: r("she"), entity: "e1"}},
		},
		{
			name: "colon then quote",
			text: "The minister wrote: \"Every family will be compensated.\"",
			atts: []wantAtt{{src: r("The minister"), cue: r("wrote"), content: []ref{r("\"Every family will be compensated.\"")}}},
		},
		{
			name: "appositive",
			text: "Tom Berg, a spokesman for the port, said the fire was contained.",
			atts: []wantAtt{{src: r("Tom Berg, a spokesman for the port"), cue: r("said"), content: []ref{r("the fire was contained")}}},
		},
		{
			name: "reportedly",
			text: "Two tankers were reportedly seized near the strait.",
			atts: []wantAtt{{cue: r("reportedly"), content: []ref{r("Two tankers were reportedly seized near the strait")}, hedges: []ref{r("reportedly")}}},
		},
		{
			name: "told reporters",
			text: "The governor told reporters that 30 roads were closed.",
			atts: []wantAtt{{src: r("The governor"), cue: r("told reporters"), content: []ref{r("that 30 roads were closed")}}},
		},
		{
			name: "said in a statement",
			text: "The ministry said in a statement that 12 soldiers were wounded.",
			atts: []wantAtt{{src: r("The ministry"), cue: r("said in a statement"), content: []ref{r("that 12 soldiers were wounded")}}},
		},
		{
			name: "inverted with title",
			text: "“Our stocks are running out,” said Dr. Amara Singh.",
			atts: []wantAtt{{src: r("Dr. Amara Singh"), cue: r("said"), content: []ref{r("“Our stocks are running out,”")}}},
		},
		{
			name: "clause then source",
			text: "The storm killed 12 people, officials said.",
			atts: []wantAtt{{src: r("officials"), cue: r("said"), content: []ref{r("The storm killed 12 people")}}},
		},
		{
			name: "two speakers in one sentence",
			text: "Officials said 12 people were killed, but residents said the toll was higher.",
			atts: []wantAtt{
				{src: r("Officials"), cue: r("said"), content: []ref{r("12 people were killed")}},
				{src: r("residents"), cue: ref{"said", 1}, content: []ref{r("the toll was higher")}},
			},
		},
		{
			name: "briefing in the same sentence",
			text: "Lawmakers said after a briefing from the Defence Intelligence Agency that 50 drones were launched.",
			atts: []wantAtt{{src: r("Lawmakers"), cue: r("said"), content: []ref{r("that 50 drones were launched")}, cited: []ref{r("the Defence Intelligence Agency")}}},
		},
		{
			name: "coordinated verb phrase shares the subject",
			text: "The governor toured the shelter and said 80 people had spent the night there.",
			atts: []wantAtt{{src: r("The governor"), cue: r("said"), content: []ref{r("80 people had spent the night there")}}},
		},
		{
			name: "inverted source with apposition",
			text: "“The pumps failed at dawn,” said Dana Whit, a site engineer.",
			atts: []wantAtt{{src: r("Dana Whit, a site engineer"), cue: r("said"), content: []ref{r("“The pumps failed at dawn,”")}}},
		},
		{
			name: "headline colon",
			text: "Harbour chief: Ferry service will resume next week\n\nThe ferry has been idle since May.",
			atts: []wantAtt{{src: r("Harbour chief"), cue: r(":"), content: []ref{r("Ferry service will resume next week")}}},
		},
		{
			name: "poll as source",
			text: "In a Radio Nord poll released Monday, 61 percent of residents backed the plan.",
			atts: []wantAtt{{src: r("a Radio Nord poll released Monday"), cue: r("In"), content: []ref{r("61 percent of residents backed the plan")}}},
		},
		{
			name: "asked whether",
			text: "Reporters asked whether the curfew would be lifted.",
			atts: []wantAtt{{src: r("Reporters"), cue: r("asked"), content: []ref{r("whether the curfew would be lifted")}}},
		},
		{
			name: "stance verb needs a speaker before it",
			text: "The mayor declined to comment on the fire.",
			atts: []wantAtt{{src: r("The mayor"), cue: r("declined"), content: []ref{r("to comment on the fire")}}},
		},
		{
			name: "quote runs on after the cue sentence",
			text: "“We will rebuild,” the mayor said. “Every house will stand again.”\n\n“Nobody will be forgotten.”",
			atts: []wantAtt{{src: r("the mayor"), cue: r("said"), content: []ref{r("“We will rebuild,”"), r("“Every house will stand again.”"), r("“Nobody will be forgotten.”")}}},
		},
		{
			name: "count noun is not a cue",
			text: "Rebels now hold ground in 30 states.",
		},
		{
			name: "no attribution",
			text: "The bridge reopened on Monday after repairs.",
		},
	})
}

// runCases checks each case's attributions and quotes.
func runCases(t *testing.T, tests []attCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(tc.text, tc.ents)
			if len(d.Attributions) != len(tc.atts) {
				t.Fatalf("got %d attributions, want %d:\n%s", len(d.Attributions), len(tc.atts), dump(d))
			}
			for i, w := range tc.atts {
				g := d.Attributions[i]
				check := func(what string, got dossier.Span, want ref) {
					t.Helper()
					var ws dossier.Span
					if want.text != "" {
						ws = want.span(t, tc.text)
					}
					if got != ws {
						t.Errorf("attribution %d %s = %v %q, want %v %q\n%s", i, what, got, got.Text(tc.text), ws, want.text, dump(d))
					}
				}
				check("source", g.Source.Span, w.src)
				check("cue", g.Cue, w.cue)
				if g.Source.Entity != w.entity {
					t.Errorf("attribution %d source entity = %q, want %q", i, g.Source.Entity, w.entity)
				}
				if len(g.Content) != len(w.content) {
					t.Errorf("attribution %d: %d content parts, want %d\n%s", i, len(g.Content), len(w.content), dump(d))
				} else {
					for k := range w.content {
						check("content", g.Content[k], w.content[k])
					}
				}
				if len(g.Cited) != len(w.cited) {
					t.Errorf("attribution %d: %d cited, want %d\n%s", i, len(g.Cited), len(w.cited), dump(d))
				} else {
					for k := range w.cited {
						check("cited", g.Cited[k].Span, w.cited[k])
					}
				}
				if w.hedges != nil {
					if len(g.Hedges) != len(w.hedges) {
						t.Errorf("attribution %d: %d hedges, want %d\n%s", i, len(g.Hedges), len(w.hedges), dump(d))
					} else {
						for k := range w.hedges {
							check("hedge", g.Hedges[k], w.hedges[k])
						}
					}
				}
				if g.Negated != w.negated || g.Unconfirmed != w.unconf {
					t.Errorf("attribution %d negated/unconfirmed = %v/%v, want %v/%v", i, g.Negated, g.Unconfirmed, w.negated, w.unconf)
				}
			}
			checkFigs(t, d, tc.figs)
			if tc.quotes == nil {
				return
			}
			if len(d.Quotes) != len(tc.quotes) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(d.Quotes), len(tc.quotes), dump(d))
			}
			for i, w := range tc.quotes {
				q := d.Quotes[i]
				if ws := w.quote.span(t, tc.text); q.Span != ws {
					t.Errorf("quote %d = %q, want %q", i, q.Span.Text(tc.text), w.quote.text)
				}
				switch {
				case w.speaker.text == "" && q.Speaker != nil:
					t.Errorf("quote %d speaker = %q, want none", i, q.Speaker.Span.Text(tc.text))
				case w.speaker.text != "" && q.Speaker == nil:
					t.Errorf("quote %d has no speaker, want %q", i, w.speaker.text)
				case w.speaker.text != "":
					if ws := w.speaker.span(t, tc.text); q.Speaker.Span != ws || q.Speaker.Entity != w.entity {
						t.Errorf("quote %d speaker = %q [%s], want %q [%s]", i, q.Speaker.Span.Text(tc.text), q.Speaker.Entity, w.speaker.text, w.entity)
					}
				}
			}
		})
	}
}

// TestEmptyEntities checks that the stage finds the same sources without
// entities, leaving pronouns unresolved.
func TestEmptyEntities(t *testing.T) {
	d := run("Mayor Linda Osei visited the site. She said the bridge would reopen.", nil)
	if len(d.Attributions) != 1 || d.Attributions[0].Source.Entity != "" || d.Attributions[0].Source.Span.Text(d.Text) != "She" {
		t.Fatalf("unexpected:\n%s", dump(d))
	}
}

func TestStageContract(t *testing.T) {
	s := New()
	if s.Requires() != nlp.Tokens|nlp.Sentences|nlp.Entities || s.Provides() != nlp.Quotes|nlp.Attributions || s.Name() == "" {
		t.Fatal("stage layers")
	}
	if _, err := nlp.NewPipeline(nlp.Tokenizer{}, s); err == nil {
		t.Fatal("pipeline without entities must be refused")
	}
	d := &nlp.Doc{}
	d.Reset("", time.Time{})
	if err := s.Process(d); err != nil || len(d.Attributions) != 0 {
		t.Fatal("empty document")
	}
}

// checkFigs applies the count-claim rule to each figure.
func checkFigs(t *testing.T, d *nlp.Doc, figs []wantFig) {
	t.Helper()
	for _, w := range figs {
		sp := w.fig.span(t, d.Text)
		var best *dossier.Attribution
		bestLen := 0
		for i := range d.Attributions {
			a := &d.Attributions[i]
			for _, c := range a.Content {
				if c.Contains(sp) && (best == nil || c.Len() < bestLen) {
					best, bestLen = a, c.Len()
				}
			}
		}
		speaker, cited := "", ""
		if best != nil {
			speaker = best.Source.Span.Text(d.Text)
			cs := best.Cited
			if speaker == "" && len(cs) > 0 {
				speaker, cs = cs[0].Span.Text(d.Text), cs[1:]
			}
			if len(cs) > 0 {
				cited = cs[0].Span.Text(d.Text)
			}
		}
		if speaker != w.speaker || cited != w.cited {
			t.Errorf("figure %q: speaker %q cited %q, want %q and %q\n%s", w.fig.text, speaker, cited, w.speaker, w.cited, dump(d))
		}
	}
}

func TestPronounAntecedent(t *testing.T) {
	tests := []struct {
		text, pronoun, want string
	}{
		{"The army said 25 fighters were killed. It also said 3 soldiers died.", "It", "The army"},
		{"Police said 5 were hurt. According to them, 12 died.", "them", "Police"},
		{"The agency said 20 died. Witnesses said 30 died. It said 3 were hurt.", "It", "The agency"},
		{"“We were sent to die,” said the deserter. “Nobody came back,” he added.", "he", "the deserter"},
		{"“We were sent to die,” said the deserter. “Nobody came back,” he added. “I ran,” he said.", "he", "the deserter"},
	}
	for _, tt := range tests {
		d := run(tt.text, nil)
		var got []string
		for _, a := range d.Attributions {
			if a.Source.Span.Text(d.Text) == tt.pronoun {
				got = append(got, a.Source.Antecedent.Text(d.Text))
			}
		}
		if len(got) == 0 {
			t.Errorf("Process(%q): no attribution by %q", tt.text, tt.pronoun)
		}
		for _, g := range got {
			if g != tt.want {
				t.Errorf("Process(%q): %q stands for %q, want %q", tt.text, tt.pronoun, g, tt.want)
			}
		}
	}
}

func TestCitingInstitutions(t *testing.T) {
	tests := []struct {
		text, cited string
	}{
		{"About 2,000 soldiers have been killed, a lawmaker said on Tuesday, citing the country's intelligence service.", "the country's intelligence service"},
		{"A lawmaker said that 40 people had died, citing the health ministry.", "the health ministry"},
		{"The prisoner was released, officials said, citing her low body weight.", ""},
	}
	for _, tt := range tests {
		d := run(tt.text, nil)
		var got []string
		for _, a := range d.Attributions {
			for _, c := range a.Cited {
				got = append(got, c.Span.Text(d.Text))
			}
		}
		if tt.cited == "" && len(got) > 0 || tt.cited != "" && (len(got) != 1 || got[0] != tt.cited) {
			t.Errorf("Process(%q) cites %q, want %q", tt.text, got, tt.cited)
		}
	}
}
