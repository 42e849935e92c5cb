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
	})
}
