package attrib

import "testing"

// TestWireCopyPatterns covers briefing transcripts and wire copy: hard-wrapped
// lines, briefers, business cues.
func TestWireCopyPatterns(t *testing.T) {
	runCases(t, []attCase{
		// A line wrapped in mid-sentence does not end the content.
		{
			name: "hard-wrapped line inside the content",
			text: "The spokesman said the number of flights cancelled during the\nstrike\n now stands at 1,240.",
			atts: []wantAtt{{src: r("The spokesman"), cue: r("said"),
				content: []ref{r("the number of flights cancelled during the\nstrike\n now stands at 1,240")}}},
			figs: []wantFig{{r("1,240"), "The spokesman", ""}},
		},
		{
			name: "hard-wrapped line after a parenthetical cue",
			text: "Over the weekend, Reyes said, the navy\nescorted 14 tankers.",
			atts: []wantAtt{{src: r("Reyes"), cue: r("said"),
				content: []ref{r("Over the weekend"), r("the navy\nescorted 14 tankers")}}},
			figs: []wantFig{{r("14"), "Reyes", ""}},
		},
		{
			name: "a headline line still ends before the body",
			text: "Flood kills 12\nThe river burst its banks overnight, the police said.",
			atts: []wantAtt{{src: r("the police"), cue: r("said"),
				content: []ref{r("The river burst its banks overnight")}}},
			figs: []wantFig{{r("12"), "", ""}},
		},
		// "went on to say" is the speaker carrying on, not "declined to say".
		{
			name: "went on to say after a quote with an editor's full stop",
			text: "Dr Ama Osei said, \"The worst is behind us[.]\" She went on to say hundreds of patients could go home.",
			atts: []wantAtt{
				{src: r("Dr Ama Osei"), cue: r("said"), content: []ref{r("\"The worst is behind us[.]\"")}},
				{src: r("She"), cue: r("went on to say"), content: []ref{r("hundreds of patients could go home")}, hedges: []ref{r("could")}},
			},
		},
		{
			name: "declined to say is still no cue",
			text: "The warden declined to say how many inmates escaped.",
			atts: []wantAtt{{src: r("The warden"), cue: r("declined"), content: []ref{r("to say how many inmates escaped")}}},
		},
		// An appositive may carry a relative clause with "that".
		{
			name: "appositive with a relative that-clause",
			text: "Tom Berg, head of the agency that monitored the vote, said 40 ballots were lost.",
			atts: []wantAtt{{src: r("Tom Berg, head of the agency that monitored the vote"), cue: r("said"), content: []ref{r("40 ballots were lost")}}},
			figs: []wantFig{{r("40"), "Tom Berg, head of the agency that monitored the vote", ""}},
		},
		// A parenthetical cue speaks for the clause after a semicolon only.
		{
			name: "parenthetical cue after a semicolon",
			text: "Six sailors died in the storm; they had, his brother says, paid a crew to take them out.",
			atts: []wantAtt{{src: r("his brother"), cue: r("says"), content: []ref{r("they had"), r("paid a crew to take them out")}}},
			figs: []wantFig{{r("Six"), "", ""}},
		},
		{
			name: "semicolons between verb phrases stay in the content",
			text: "The jets struck four depots; destroyed 13 trucks; and damaged a bridge, he added.",
			atts: []wantAtt{{src: r("he"), cue: r("added"), content: []ref{r("The jets struck four depots; destroyed 13 trucks; and damaged a bridge")}}},
			figs: []wantFig{{r("four"), "he", ""}, {r("13"), "he", ""}},
		},
		// "reportedly" in a second verb phrase hedges that phrase only.
		{
			name: "reportedly in a coordinated verb phrase",
			text: "The march drew tens of thousands of people, and was reportedly the largest in a decade.",
			atts: []wantAtt{{src: ref{}, cue: r("reportedly"), content: []ref{r("was reportedly the largest in a decade")}, hedges: []ref{r("reportedly")}}},
			figs: []wantFig{{r("tens of thousands"), "", ""}},
		},
		// A passive cue that is yet to happen reports nothing.
		{
			name: "to be announced",
			text: "Three more stores to be closed are to be announced in June.",
			figs: []wantFig{{r("Three"), "", ""}},
		},
		{
			name: "will be published",
			text: "The names of the 40 winners will be published on Monday.",
		},
	})
}
