package attrib

import "testing"

// TestNestedAttributions covers attributions inside the content of
// another: the outer source speaks, the inner one is cited.
func TestNestedAttributions(t *testing.T) {
	runCases(t, []attCase{
		{
			name: "X reported its source said",
			text: "Ekho.ru reported its source said \"four gunmen\" were shot dead near the depot on Friday.",
			atts: []wantAtt{
				{src: r("Ekho.ru"), cue: r("reported"), content: []ref{r("its source said \"four gunmen\" were shot dead near the depot on Friday")}, cited: []ref{r("its source")}},
				{src: r("Ekho.ru"), cue: r("said"), content: []ref{r("\"four gunmen\" were shot dead near the depot on Friday")}, cited: []ref{r("its source")}},
			},
			figs: []wantFig{{r("four"), "Ekho.ru", "its source"}},
		},
		{
			name: "with NP reporting inside a report",
			text: "The agency reported the blast the worst in a decade, with medics reporting at the time 60 soldiers and 12 civilians killed.",
			atts: []wantAtt{
				{src: r("The agency"), cue: r("reported"), content: []ref{r("the blast the worst in a decade, with medics reporting at the time 60 soldiers and 12 civilians killed")}, cited: []ref{r("medics")}},
				{src: r("The agency"), cue: ref{"reporting", 0}, content: []ref{r("60 soldiers and 12 civilians killed")}, cited: []ref{r("medics")}},
			},
			figs: []wantFig{{r("60"), "The agency", "medics"}, {r("12"), "The agency", "medics"}},
		},
		{
			name: "with NP saying",
			text: "Floods cut the valley road, with engineers saying 30 bridges were damaged.",
			atts: []wantAtt{{src: r("engineers"), cue: r("saying"), content: []ref{r("30 bridges were damaged")}}},
			figs: []wantFig{{r("30"), "engineers", ""}},
		},
		{
			name: "trailing X reported Y said",
			text: "The clinic, which lost power overnight, admitted 18 injured miners who walked from the pit, Radio Kivu reported the mayor said.",
			atts: []wantAtt{{src: r("Radio Kivu"), cue: r("reported"),
				content: []ref{r("The clinic, which lost power overnight, admitted 18 injured miners who walked from the pit")},
				cited:   []ref{r("the mayor")}}},
			figs: []wantFig{{r("18"), "Radio Kivu", "the mayor"}},
		},
		{
			name: "a quotation inside nested speech is the inner speaker's",
			text: "The paper reported that a guard said “we saw nine trucks leave before dawn”.",
			atts: []wantAtt{
				{src: r("The paper"), cue: r("reported"), content: []ref{r("that a guard said “we saw nine trucks leave before dawn”")}, cited: []ref{r("a guard")}},
				{src: r("The paper"), cue: r("said"), content: []ref{r("“we saw nine trucks leave before dawn”")}, cited: []ref{r("a guard")}},
			},
			quotes: []wantQuote{{quote: r("“we saw nine trucks leave before dawn”"), speaker: r("a guard")}},
			figs:   []wantFig{{r("nine"), "The paper", "a guard"}},
		},
		{
			name: "according to X, Y said: X relays Y",
			text: "According to the broadcaster, witnesses said 12 people were stabbed.",
			atts: []wantAtt{{src: r("the broadcaster"), cue: r("said"), content: []ref{r("12 people were stabbed")}, cited: []ref{r("witnesses")}}},
			figs: []wantFig{{r("12"), "the broadcaster", "witnesses"}},
		},
		{
			name: "Y, according to X, said",
			text: "Neighbours, according to the local paper, said a gunman fired 30 shots.",
			atts: []wantAtt{{src: r("the local paper"), cue: r("said"), content: []ref{r("a gunman fired 30 shots")}, cited: []ref{r("Neighbours")}}},
			figs: []wantFig{{r("30"), "the local paper", "Neighbours"}},
		},
		{
			name: "a quantifier subject does not coordinate with the object before it",
			text: "One farmer said most villagers lost their cattle and several said they had sold 20 goats.",
			atts: []wantAtt{
				{src: r("One farmer"), cue: r("said"), content: []ref{r("most villagers lost their cattle")}},
				{src: r("several"), cue: ref{"said", 1}, content: []ref{r("they had sold 20 goats")}},
			},
		},
		{
			name: "despite X claiming is X's claim, not the outer speaker's",
			text: "The inquiry says nothing was stolen despite the tabloid claiming 40 rifles had vanished.",
			atts: []wantAtt{
				{src: r("The inquiry"), cue: r("says"), content: []ref{r("nothing was stolen despite the tabloid claiming 40 rifles had vanished")}},
				{src: r("the tabloid"), cue: r("claiming"), content: []ref{r("40 rifles had vanished")}},
			},
			figs: []wantFig{{r("40"), "the tabloid", ""}},
		},
	})
}
