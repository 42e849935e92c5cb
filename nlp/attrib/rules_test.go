package attrib

import "testing"

// TestCountClaimPatterns covers constructions where the speaker of a figure
// used to come out wrong. Each case checks the attributions and, for the
// figures, the speaker and cited source a count claim takes from them.
func TestCountClaimPatterns(t *testing.T) {
	runCases(t, []attCase{
		// 1. An "according to X, citing Y," parenthetical after an
		// introductory phrase: the main clause after it is the content.
		{
			name: "according to parenthetical citing a source",
			text: "Following the weekend protests, according to a bulletin citing the regional governor, fifteen people were detained, and four guards were hurt.",
			atts: []wantAtt{{src: r("a bulletin"), cue: r("according to"),
				content: []ref{r("fifteen people were detained, and four guards were hurt")},
				cited:   []ref{r("the regional governor")}}},
			figs: []wantFig{{r("fifteen"), "a bulletin", "the regional governor"}, {r("four"), "a bulletin", "the regional governor"}},
		},
		{
			name: "according to after a time phrase",
			text: "On Sunday, according to the coast guard, nine sailors were rescued.",
			atts: []wantAtt{{src: r("the coast guard"), cue: r("according to"), content: []ref{r("nine sailors were rescued")}}},
			figs: []wantFig{{r("nine"), "the coast guard", ""}},
		},
		// 2. Coordinated verb phrases after a comma stay in the that-clause
		// when they repeat its auxiliary.
		{
			name: "coordinated verb phrase inside the that-clause",
			text: "In March, she conceded that she had hidden and sold the files from Oslo and Bergen, and had hidden three laptops in June.",
			atts: []wantAtt{{src: r("she"), cue: r("conceded"),
				content: []ref{r("that she had hidden and sold the files from Oslo and Bergen, and had hidden three laptops in June")}}},
			figs: []wantFig{{r("three"), "she", ""}},
		},
		{
			name: "a second verb phrase of the speaker still ends the content",
			text: "The mayor said that 40 homes were flooded, and has asked for federal help.",
			atts: []wantAtt{{src: r("The mayor"), cue: r("said"), content: []ref{r("that 40 homes were flooded")}}},
		},
		// 3. "confirmed dead" is a state, not a speech act; "told state
		// media" after the clause names the speaker.
		{
			name: "confirmed dead then told state media",
			text: "In all 27 are confirmed dead, officials told state media, adding that divers had stopped searching.",
			atts: []wantAtt{
				{src: r("officials"), cue: r("told state media"), content: []ref{r("In all 27 are confirmed dead")}},
				{src: r("officials"), cue: r("adding"), content: []ref{r("that divers had stopped searching")}},
			},
			figs: []wantFig{{r("27"), "officials", ""}},
		},
		{
			name: "confirmed cases are not a cue",
			text: "The province has 52 confirmed cases and 8 confirmed deaths.",
		},
		{
			name: "a count before confirmed cases is no speaker",
			text: "Doctors found 14 confirmed infections in the camp, the ministry said.",
			atts: []wantAtt{{src: r("the ministry"), cue: r("said"), content: []ref{r("Doctors found 14 confirmed infections in the camp")}}},
			figs: []wantFig{{r("14"), "the ministry", ""}},
		},
		// 4. An attribution inside another's content: the outer source is the
		// speaker, the inner one cited.
		// 5. "with officials reporting …": a participial cue after "with".
		// 6. "CLAUSE, X reported Y said.": X speaks, citing Y.
		// 7. "reportedly" before a participle hedges that participial clause only.
		{
			name: "reportedly hedges only the participial clause",
			text: "Scores died in the raid, reportedly carried out by the militia.",
			atts: []wantAtt{{cue: r("reportedly"), content: []ref{r("carried out by the militia")}, hedges: []ref{r("reportedly")}}},
			figs: []wantFig{{r("Scores"), "", ""}},
		},
		{
			name: "reportedly in the main clause still hedges it",
			text: "Six guards were reportedly wounded in the raid.",
			atts: []wantAtt{{cue: r("reportedly"), content: []ref{r("Six guards were reportedly wounded in the raid")}, hedges: []ref{r("reportedly")}}},
		},
		// 8. "claimed … lives" is the death sense of claim.
		{
			name: "claimed lives is no cue",
			text: "The island was still rebuilding after the cyclone, estimated to have caused $4 billion in losses and claimed about 900 lives.",
		},
		{
			name: "claimed the lives of",
			text: "The blast claimed the lives of 20 workers.",
		},
		{
			name: "claimed with a that-clause is still a cue",
			text: "The rebels claimed that 20 soldiers had surrendered.",
			atts: []wantAtt{{src: r("The rebels"), cue: r("claimed"), content: []ref{r("that 20 soldiers had surrendered")}}},
		},
		// 9. Participle adjectives inside the inverted source.
		{
			name:   "inverted source with a participle adjective",
			text:   "“Nobody told us where the front line was,” said the wounded conscript.",
			atts:   []wantAtt{{src: r("the wounded conscript"), cue: r("said"), content: []ref{r("“Nobody told us where the front line was,”")}}},
			quotes: []wantQuote{{quote: r("“Nobody told us where the front line was,”"), speaker: r("the wounded conscript")}},
		},
		{
			name: "inverted source: detained",
			text: "“We were never paid,” said two detained fighters.",
			atts: []wantAtt{{src: r("two detained fighters"), cue: r("said"), content: []ref{r("“We were never paid,”")}}},
		},
		// 10. "citing a briefing from X": X is cited, not the briefing.
		{
			name: "citing a briefing from",
			text: "About 40 sailors died and 90 others were hurt, Dutch legislators said, citing a confidential briefing from the Naval Staff.",
			atts: []wantAtt{{src: r("Dutch legislators"), cue: r("said"),
				content: []ref{r("About 40 sailors died and 90 others were hurt")}, cited: []ref{r("the Naval Staff")}}},
			figs: []wantFig{{r("90"), "Dutch legislators", "the Naval Staff"}},
		},
		{
			name: "citing a report by",
			text: "The union said 70 workers were sacked, citing a report by the labour inspectorate.",
			atts: []wantAtt{{src: r("The union"), cue: r("said"), content: []ref{r("70 workers were sacked")}, cited: []ref{r("the labour inspectorate")}}},
		},
		{
			name: "citing a reason is no source",
			text: "Vets said the calf may have gone without milk for 9 days, citing its low body weight.",
			atts: []wantAtt{{src: r("Vets"), cue: r("said"), content: []ref{r("the calf may have gone without milk for 9 days")}, hedges: []ref{r("may")}}},
			figs: []wantFig{{r("9"), "Vets", ""}},
		},
		{
			name: "citing unnamed officials",
			text: "The agency said 14 guards were freed, citing unnamed officials.",
			atts: []wantAtt{{src: r("The agency"), cue: r("said"), content: []ref{r("14 guards were freed")}, cited: []ref{r("unnamed officials")}}},
		},
		{
			name: "time adverbial after an according-to source",
			text: "According to the Harbour Institute late yesterday, 45 boats had sunk.",
			atts: []wantAtt{{src: r("the Harbour Institute"), cue: r("According to"), content: []ref{r("45 boats had sunk")}}},
		},
		{
			name: "a hedge inside a short quoted phrase",
			text: "The fire chief said there were \"perhaps 30 people trapped inside\".",
			atts: []wantAtt{{src: r("The fire chief"), cue: r("said"), content: []ref{r("there were \"perhaps 30 people trapped inside\"")}, hedges: []ref{r("perhaps")}}},
		},
		{
			name: "a verb of thinking inside a short quote is no hedge",
			text: "“We thought it was a drill,” the guard said.",
			atts: []wantAtt{{src: r("the guard"), cue: r("said"), content: []ref{r("“We thought it was a drill,”")}, hedges: []ref{}}},
		},
		{
			name: "a hedge in another sentence of a long quotation does not count",
			text: "“We may never know why the bridge fell. Forty cars went into the river,” the engineer said.",
			atts: []wantAtt{{src: r("the engineer"), cue: r("said"), content: []ref{r("“We may never know why the bridge fell. Forty cars went into the river,”")}, hedges: []ref{}}},
		},
		// 11. A passive belief followed by "according to X": one attribution.
		{
			name: "believed, according to",
			text: "Roughly 5,000 Chadian soldiers are believed to have crossed into the Darfur region, according to French and Sudanese officials.",
			atts: []wantAtt{{src: r("French and Sudanese officials"), cue: r("according to"),
				content: []ref{r("Roughly 5,000 Chadian soldiers are believed to have crossed into the Darfur region")},
				hedges:  []ref{r("Roughly"), r("believed")}}},
			figs: []wantFig{{r("Roughly 5,000"), "French and Sudanese officials", ""}},
		},
		{
			name: "estimated, officials said",
			text: "Some 800 houses are estimated to have burned, officials said.",
			atts: []wantAtt{{src: r("officials"), cue: r("said"),
				content: []ref{r("Some 800 houses are estimated to have burned")}, hedges: []ref{r("estimated")}}},
		},
		// Passive with an agent: the subject is the content, not the
		// adverbials after the agent.
		{
			name: "passive with agent",
			text: "The outbreak was confirmed by the health board on May 2, after a laboratory found 9 infections in the ward.",
			atts: []wantAtt{{src: r("the health board"), cue: r("was confirmed"), content: []ref{r("The outbreak")}}},
			figs: []wantFig{{r("9"), "", ""}},
		},
		{
			name: "passive with agent and a that-clause",
			text: "It was announced by the ministry that 40 schools would close.",
			atts: []wantAtt{{src: r("the ministry"), cue: r("was announced"), content: []ref{r("that 40 schools would close")}}},
		},
		{
			name: "passive telling verb with agent",
			text: "Later she was told by the fire chief of \"perhaps 30 people trapped inside\", while police said 12 were missing.",
			atts: []wantAtt{
				{src: r("the fire chief"), cue: r("was told"), content: []ref{r("of \"perhaps 30 people trapped inside\"")}},
				{src: r("police"), cue: r("said"), content: []ref{r("12 were missing")}},
			},
			figs: []wantFig{{r("30"), "the fire chief", ""}},
		},
		// "admitted" patients to hospital is no speech.
		{
			name: "hospital admitted",
			text: "The clinic admitted 18 injured miners overnight.",
		},
		{
			name: "admitted to killing is speech",
			text: "The suspect admitted to killing two guards.",
			atts: []wantAtt{{src: r("The suspect"), cue: r("admitted"), content: []ref{r("to killing two guards")}}},
		},
		// A time word with a possessive after a cue is part of the content.
		{
			name: "reported Monday's attack",
			text: "The agency reported Monday's attack killed 14 guards.",
			atts: []wantAtt{{src: r("The agency"), cue: r("reported"), content: []ref{r("Monday's attack killed 14 guards")}}},
		},
		// 12. A statement introduced by "X said:" at the end of a paragraph
		// runs on over the following paragraphs.
		{
			name: "statement after a colon",
			text: "Visiting the camp on Friday, Deputy Minister Ruth Kamau said:\n\nWe are shocked by accounts of the deaths of dozens of refugees.\n\nOur country has sent 40 doctors to the region.",
			atts: []wantAtt{{src: r("Deputy Minister Ruth Kamau"), cue: r("said"),
				content: []ref{r("We are shocked by accounts of the deaths of dozens of refugees.\n\nOur country has sent 40 doctors to the region")}}},
			figs: []wantFig{{r("dozens"), "Deputy Minister Ruth Kamau", ""}, {r("40"), "Deputy Minister Ruth Kamau", ""}},
		},
		{
			name: "a statement resting on reports cites them",
			text: "The bishop said:\n\nWe are horrified by reports of the killing of scores of villagers.",
			atts: []wantAtt{
				{src: r("The bishop"), cue: r("said"), content: []ref{r("We are horrified by reports of the killing of scores of villagers")}},
				{src: r("The bishop"), cue: r("reports"), content: []ref{r("of the killing of scores of villagers")}, cited: []ref{r("reports")}},
			},
			figs: []wantFig{{r("scores"), "The bishop", "reports"}},
		},
		{
			name: "statement after a colon ends where the narrative resumes",
			text: "The minister said:\n\nWe will rebuild every house in the valley.\n\nThe storm killed 40 people.\n\nRescue teams searched for two days.",
			atts: []wantAtt{{src: r("The minister"), cue: r("said"), content: []ref{r("We will rebuild every house in the valley")}}},
			figs: []wantFig{{r("40"), "", ""}},
		},
		{
			name: "statement after a colon ends at a new speaker",
			text: "The envoy said:\n\nWe have delivered 300 tonnes of food.\n\nLocal officials said 12 trucks were looted.",
			atts: []wantAtt{
				{src: r("The envoy"), cue: r("said"), content: []ref{r("We have delivered 300 tonnes of food")}},
				{src: r("Local officials"), cue: ref{"said", 1}, content: []ref{r("12 trucks were looted")}},
			},
		},
	})
}
