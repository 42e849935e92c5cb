package attrib

import "testing"

// TestSourcePatterns covers who a figure belongs to when unnamed reports,
// according-to phrases and acronyms share a sentence.
func TestSourcePatterns(t *testing.T) {
	runCases(t, []attCase{
		// A clause after "claim" without "that" is what is claimed.
		{
			name: "claim and a clause",
			text: "The army confirmed 112 deaths, but opposition groups claim the real figure is over 300.",
			atts: []wantAtt{
				{src: r("The army"), cue: r("confirmed"), content: []ref{r("112 deaths")}},
				{src: r("opposition groups"), cue: r("claim"), content: []ref{r("the real figure is over 300")}},
			},
			figs: []wantFig{{r("112"), "The army", ""}, {r("over 300"), "opposition groups", ""}},
		},
		// A participle after a counted noun, with its agent; a weak cue
		// before a qualified figure.
		{
			name: "figure reported by",
			text: "The toll is up from the figure of around 2,200 deaths reported by the authorities in April.",
			atts: []wantAtt{{src: r("the authorities"), cue: r("reported"), content: []ref{r("The toll is up from the figure of around 2,200 deaths")}}},
			figs: []wantFig{{r("2,200"), "the authorities", ""}},
		},
		{
			name: "estimates about",
			text: "A report by the ministry estimates about 26,000 civilians have been killed.",
			atts: []wantAtt{{src: r("the ministry"), cue: r("estimates"), content: []ref{r("about 26,000 civilians have been killed")}}},
			figs: []wantFig{{r("26,000"), "the ministry", ""}},
		},
		// "which" after a time phrase: the report before it speaks.
		{
			name: "which after a time phrase",
			text: "This comes despite a report released by the ministry on the same day, which said that the economy shed 600 jobs.",
			atts: []wantAtt{{src: r("which"), cue: r("said"), content: []ref{r("that the economy shed 600 jobs")}}},
			figs: []wantFig{{r("600"), "which", ""}},
		},
		// An acronym is a name, not the function word it spells.
		{
			name: "acronym in an according-to source",
			text: "According to the WHO's weekly bulletin, 40 cases were recorded.",
			atts: []wantAtt{{src: r("the WHO's weekly bulletin"), cue: r("According to"), content: []ref{r("40 cases were recorded")}}},
			figs: []wantFig{{r("40"), "the WHO's weekly bulletin", ""}},
		},
		{
			name: "an acronym spelling a relative pronoun",
			text: "The fever has infected 140 people, the WHO said.",
			atts: []wantAtt{{src: r("the WHO"), cue: r("said"), content: []ref{r("The fever has infected 140 people")}}},
			figs: []wantFig{{r("140"), "the WHO", ""}},
		},
		{
			name: "said in an update",
			text: "The fever has killed 12 people, the agency said in its weekly update.",
			atts: []wantAtt{{src: r("the agency"), cue: r("said in its weekly update"), content: []ref{r("The fever has killed 12 people")}}},
		},
		// A name's possessive opens its phrase: the common noun before it
		// belongs to another ("the estimate" that the agency announced).
		{
			name: "a possessive name after a common noun",
			text: "The toll is in line with the estimate Lenz's health agency announced on Monday, when it said 40 people had died.",
			atts: []wantAtt{
				{src: r("Lenz's health agency"), cue: r("announced"), content: []ref{r("The toll is in line with the estimate"), r("when it said 40 people had died")}},
				// "it" takes the agency, as written before it.
				{src: r("Lenz's health agency"), cue: r("said"), content: []ref{r("40 people had died")}},
			},
			figs: []wantFig{{r("40"), "Lenz's health agency", ""}},
		},
		// A noun the tagger reads as a verb is still a noun after a determiner.
		{
			name: "apposition headed by a noun that can be a verb",
			text: "The Karst Observatory, a Vienna-based monitor, said 31 fighters were killed.",
			atts: []wantAtt{{src: r("The Karst Observatory, a Vienna-based monitor"), cue: r("said"), content: []ref{r("31 fighters were killed")}}},
			figs: []wantFig{{r("31"), "The Karst Observatory, a Vienna-based monitor", ""}},
		},
		// A capitalised function word inside a name.
		{
			name: "a name with a capitalised preposition before the cue",
			text: "Medics Without Frontiers said 64 patients were treated.",
			atts: []wantAtt{{src: r("Medics Without Frontiers"), cue: r("said"), content: []ref{r("64 patients were treated")}}},
		},
		{
			name: "a name with a capitalised preposition after according to",
			text: "According to Lawyers Without Frontiers, 19 lawyers were detained.",
			atts: []wantAtt{{src: r("Lawyers Without Frontiers"), cue: r("According to"), content: []ref{r("19 lawyers were detained")}}},
			figs: []wantFig{{r("19"), "Lawyers Without Frontiers", ""}},
		},
		{
			name: "acronym before a speech verb",
			text: "US officials said 12 sailors were missing.",
			atts: []wantAtt{{src: r("US officials"), cue: r("said"), content: []ref{r("12 sailors were missing")}}},
		},
		// "by reports", "by some accounts": nobody named, hedged.
		{
			name: "by one estimate opens the sentence",
			text: "By one estimate, 300 homes were destroyed.",
			atts: []wantAtt{{cue: r("By one estimate"), content: []ref{r("By one estimate, 300 homes were destroyed")}}},
			figs: []wantFig{{r("300"), "", ""}},
		},
		{
			name: "by some accounts set off inside the clause",
			text: "The fever had, by some accounts, sickened 900 pupils and killed 3, including, according to the health board, 2 teachers.",
			atts: []wantAtt{
				{cue: r("by some accounts"), content: []ref{r("sickened 900 pupils and killed 3")}},
				{src: r("the health board"), cue: r("according to"), content: []ref{r("The fever had, by some accounts, sickened 900 pupils and killed 3, including"), r("2 teachers")}},
			},
			figs: []wantFig{{r("900"), "", ""}, {r("3"), "", ""}, {r("2"), "the health board", ""}},
		},
		{
			name: "by reports on a day",
			text: "By reports on Sunday, four climbers died.",
			atts: []wantAtt{{cue: r("By reports"), content: []ref{r("By reports on Sunday, four climbers died")}}},
		},
		{
			name: "reports with a named issuer are no unnamed report",
			text: "The plan was backed by reports from the auditor.",
		},
		{
			name: "a speech verb names the source: by reports adds nothing",
			text: "By some accounts, 20 were hurt, the mayor said.",
			atts: []wantAtt{{src: r("the mayor"), cue: r("said"), content: []ref{r("By some accounts, 20 were hurt")}}},
		},
		// "reportedly" beside an according-to phrase: the phrase names the
		// source of its clause, the adverb still hedges it.
		{
			name: "reportedly with according to after the clause",
			text: "Nine miners were reportedly trapped, according to the mine operator.",
			atts: []wantAtt{
				{cue: r("reportedly"), content: []ref{r("Nine miners were reportedly trapped, according to the mine operator")}, hedges: []ref{r("reportedly")}},
				{src: r("the mine operator"), cue: r("according to"), content: []ref{r("Nine miners were reportedly trapped")}, hedges: []ref{r("reportedly")}},
			},
			figs: []wantFig{{r("Nine"), "the mine operator", ""}},
		},
		// A semicolon ends the clause of an according-to phrase and of
		// "reportedly".
		{
			name: "semicolon before according to",
			text: "The ferry was reportedly carrying 80 people; according to the coast guard, 12 were rescued.",
			atts: []wantAtt{
				{cue: r("reportedly"), content: []ref{r("The ferry was reportedly carrying 80 people")}, hedges: []ref{r("reportedly")}},
				{src: r("the coast guard"), cue: r("according to"), content: []ref{r("12 were rescued")}, hedges: []ref{}},
			},
			figs: []wantFig{{r("80"), "", ""}, {r("12"), "the coast guard", ""}},
		},
		// "…, according to X, and CLAUSE": the coordinated clause is not X's.
		{
			name: "a clause coordinated after according to",
			text: "The storm hit the coast on Monday, killing 9 according to the governor, and leaving reportedly 400 homeless.",
			atts: []wantAtt{
				{src: r("the governor"), cue: r("according to"), content: []ref{r("The storm hit the coast on Monday, killing 9")}, hedges: []ref{}},
				{cue: r("reportedly"), content: []ref{r("The storm hit the coast on Monday, killing 9 according to the governor, and leaving reportedly 400 homeless")}, hedges: []ref{r("reportedly")}},
			},
			figs: []wantFig{{r("9"), "the governor", ""}, {r("400"), "", ""}},
		},
		// Claiming an attack owns a deed; it states no figure.
		{
			name: "claimed an attack",
			text: "On Friday, the militia claimed twin bombings at the depot which killed 14 guards.",
			figs: []wantFig{{r("14"), "", ""}},
		},
		{
			name: "attacks claimed by a group",
			text: "Two raids, both claimed by the militia, have killed 30 villagers.",
			figs: []wantFig{{r("30"), "", ""}},
		},
		{
			name: "claimed responsibility",
			text: "The militia claimed responsibility for the ambush, which killed 8 soldiers.",
			figs: []wantFig{{r("8"), "", ""}},
		},
		// "as of" dates a source: "Reports as of Monday said".
		{
			name: "source with an as-of date",
			text: "Counts as of Monday said 60 cars had burned.",
			atts: []wantAtt{{src: r("Counts"), cue: r("said"), content: []ref{r("60 cars had burned")}}},
		},
		// A statement issued with its content: the issuer speaks.
		{
			name: "issued a statement saying",
			text: "The ministry issued a statement saying 20 people died.",
			atts: []wantAtt{{src: r("The ministry"), cue: r("issued a statement saying"), content: []ref{r("20 people died")}}},
			figs: []wantFig{{r("20"), "The ministry", ""}},
		},
		{
			name: "made an announcement with a colon and a long quote",
			text: "Earlier, the port authority made the following announcement: \"Ten ships are stuck. So far 3 crew members have been hurt.\"",
			atts: []wantAtt{{src: r("the port authority"), cue: r("made the following announcement"), content: []ref{r("\"Ten ships are stuck. So far 3 crew members have been hurt.\"")}}},
			figs: []wantFig{{r("Ten"), "the port authority", ""}, {r("3"), "the port authority", ""}},
		},
		{
			name: "released a statement that said",
			text: "The army released a statement on Monday that said 14 soldiers were killed.",
			atts: []wantAtt{{src: r("The army"), cue: r("released a statement on Monday that said"), content: []ref{r("14 soldiers were killed")}}},
		},
		{
			name: "put out a message",
			text: "Police put out a message: \"Two officers were hurt.\"",
			atts: []wantAtt{{src: r("Police"), cue: r("put out a message"), content: []ref{r("\"Two officers were hurt.\"")}}},
		},
		{
			name: "made without a medium is no cue",
			text: "The firm made a profit and sent a letter to 30 members.",
		},
		// A document with its author speaks for it.
		{
			name: "according to reports by an institute",
			text: "According to the reports by the Harbour Institute, 45 boats sank.",
			atts: []wantAtt{{src: r("the reports by the Harbour Institute"), cue: r("According to"), content: []ref{r("45 boats sank")}}},
		},
		{
			name: "according to a study with an attachment up to the comma",
			text: "According to a study by researchers at the clinic, 40 patients died.",
			atts: []wantAtt{{src: r("a study by researchers at the clinic"), cue: r("According to"), content: []ref{r("40 patients died")}}},
		},
		{
			name: "according to a source, a medium phrase is not the source",
			text: "According to the army in a statement, 9 soldiers died.",
			atts: []wantAtt{{src: r("the army"), cue: r("According to"), content: []ref{r("in a statement, 9 soldiers died")}}},
		},
		{
			name: "data from the ministry show",
			text: "Data from the ministry show 30 new cases.",
			atts: []wantAtt{{src: r("Data from the ministry"), cue: r("show"), content: []ref{r("30 new cases")}}},
		},
		{
			name: "figures released by the ministry showed",
			text: "Figures released by the health ministry showed 20 deaths.",
			atts: []wantAtt{{src: r("Figures released by the health ministry"), cue: r("showed"), content: []ref{r("20 deaths")}}},
		},
		{
			name: "a person who found something is no document",
			text: "The girl from the village found 3 coins.",
		},
		// A passive telling verb: the hearers relay what they were told.
		{
			name: "hearers of a passive telling verb are cited",
			text: "Rescue teams were told that 12 miners were trapped.",
			atts: []wantAtt{{cue: r("were told"), content: []ref{r("that 12 miners were trapped")}, cited: []ref{r("Rescue teams")}}},
			figs: []wantFig{{r("12"), "Rescue teams", ""}},
		},
		{
			name: "hearers inside an according-to content",
			text: "According to the envoy, aid workers were informed that 15 villagers had been shot.",
			atts: []wantAtt{
				{src: r("the envoy"), cue: r("According to"), content: []ref{r("aid workers were informed that 15 villagers had been shot")}},
				{src: r("the envoy"), cue: r("were informed"), content: []ref{r("that 15 villagers had been shot")}, cited: []ref{r("aid workers")}},
			},
			figs: []wantFig{{r("15"), "the envoy", "aid workers"}},
		},
		// Figures issued by a named body are its figures.
		{
			name: "figures provided by officials",
			text: "Some estimated death tolls, provided anonymously by officials to reporters, exceeded 100.",
			atts: []wantAtt{{src: r("officials"), cue: r("provided anonymously"), content: []ref{r("Some estimated death tolls"), r("exceeded 100")}, hedges: []ref{r("estimated")}}},
			figs: []wantFig{{r("100"), "officials", ""}},
		},
		{
			name: "figures compiled by a body",
			text: "The figures, compiled by the agency on Monday, put the toll at 45.",
			atts: []wantAtt{{src: r("the agency"), cue: r("compiled"), content: []ref{r("The figures"), r("put the toll at 45")}}},
		},
		{
			name: "goods provided by someone are no figures",
			text: "The food was provided by the army to 300 families.",
		},
		// "reportedly" in one of two coordinated clauses hedges that clause.
		{
			name: "reportedly in the first of two clauses",
			text: "The gunman reportedly fled on foot, and one of the guards was hurt, according to the paper.",
			atts: []wantAtt{
				{cue: r("reportedly"), content: []ref{r("The gunman reportedly fled on foot")}, hedges: []ref{r("reportedly")}},
				{src: r("the paper"), cue: r("according to"), content: []ref{r("The gunman reportedly fled on foot, and one of the guards was hurt")}, hedges: []ref{}},
			},
			figs: []wantFig{{r("one"), "the paper", ""}},
		},
		{
			name: "a count after and is no clause of its own",
			text: "Six people were reportedly killed, and 20 hurt.",
			atts: []wantAtt{{cue: r("reportedly"), content: []ref{r("Six people were reportedly killed, and 20 hurt")}, hedges: []ref{r("reportedly")}}},
		},
		{
			name: "by some accounts opening the sentence frames both clauses",
			text: "By some accounts, two hikers died, and three others were hurt.",
			atts: []wantAtt{{cue: r("By some accounts"), content: []ref{r("By some accounts, two hikers died, and three others were hurt")}}},
		},
		// A quotation that follows a sourced sentence in its paragraph,
		// with no cue of its own, goes on in that speaker's voice.
		{
			name:   "a quotation after the speaker's sentence",
			text:   "The envoy criticized the decision on the radio. “It shows no grasp of the front. We lost 30 soldiers there.”",
			atts:   []wantAtt{{src: r("The envoy"), cue: r("criticized"), content: []ref{r("the decision on the radio"), r("“It shows no grasp of the front. We lost 30 soldiers there.”")}}},
			quotes: []wantQuote{{quote: r("“It shows no grasp of the front. We lost 30 soldiers there.”"), speaker: r("The envoy")}},
			figs:   []wantFig{{r("30"), "The envoy", ""}},
		},
		{
			name: "a quotation with its own cue is its own speaker's",
			text: "The mayor said the bridge was closed. “We found 40 people in the river,” a diver said.",
			atts: []wantAtt{
				{src: r("The mayor"), cue: r("said"), content: []ref{r("the bridge was closed")}},
				{src: r("a diver"), cue: ref{"said", 1}, content: []ref{r("“We found 40 people in the river,”")}},
			},
			figs: []wantFig{{r("40"), "a diver", ""}},
		},
		{
			name: "a clitic auxiliary after a pronoun",
			text: "He’s claiming that 40 people were hurt. She's said 12 soldiers died.",
			atts: []wantAtt{
				{src: r("He"), cue: r("’s claiming"), content: []ref{r("that 40 people were hurt")}},
				{src: r("She"), cue: r("'s said"), content: []ref{r("12 soldiers died")}},
			},
			figs: []wantFig{{r("40"), "He", ""}, {r("12"), "She", ""}},
		},
		{
			name: "a split quotation resumes after an aside",
			text: "“Every time you say that,” Tester said, turning to the banker, “you hand 30 critics their case.”",
			atts: []wantAtt{{src: r("Tester"), cue: r("said"), content: []ref{r("“Every time you say that,”"), r("“you hand 30 critics their case.”")}}},
		},
		{
			name: "as the source put it, with circumstances",
			text: "As the minister put it in a statement on Monday, 200 families lost their homes.",
			atts: []wantAtt{{src: r("the minister"), cue: r("put it"), content: []ref{r("200 families lost their homes")}}},
			figs: []wantFig{{r("200"), "the minister", ""}},
		},
		{
			name: "as the source reported: as is not content",
			text: "As Politico reported, 15 staff members were injured.",
			atts: []wantAtt{{src: r("Politico"), cue: r("reported"), content: []ref{r("15 staff members were injured")}}},
			figs: []wantFig{{r("15"), "Politico", ""}},
		},
		{
			name: "media raising a toll",
			text: "State media raised the death toll to 59.",
			atts: []wantAtt{{src: r("State media"), cue: r("raised"), content: []ref{r("the death toll to 59")}}},
			figs: []wantFig{{r("59"), "State media", ""}},
		},
		{
			// The news convention: a paragraph of quotation alone goes on
			// with the speaker of the paragraph before.
			name: "a quotation making up the next paragraph is the speaker's",
			text: "The mayor said the bridge was closed.\n\n“We found 40 people in the river.”",
			atts: []wantAtt{{src: r("The mayor"), cue: r("said"), content: []ref{r("the bridge was closed"), r("“We found 40 people in the river.”")}}},
			figs: []wantFig{{r("40"), "The mayor", ""}},
		},
		{
			name: "a quotation sharing the next paragraph is not linked",
			text: "The mayor said the bridge was closed.\n\n“We found 40 people in the river,” a diver said.",
			atts: []wantAtt{
				{src: r("The mayor"), cue: r("said"), content: []ref{r("the bridge was closed")}},
				{src: r("a diver"), cue: ref{"said", 1}, content: []ref{r("“We found 40 people in the river,”")}},
			},
			figs: []wantFig{{r("40"), "a diver", ""}},
		},
		{
			name: "a quotation after a paragraph that ends unattributed is not linked",
			text: "The mayor said the bridge was closed. Traffic was diverted.\n\n“We found 40 people in the river.”",
			atts: []wantAtt{{src: r("The mayor"), cue: r("said"), content: []ref{r("the bridge was closed")}}},
			figs: []wantFig{{r("40"), "", ""}},
		},
		// "It said": the body named before speaks.
		{
			name: "it said after the body spoke",
			text: "The army said 25 fighters were killed. It also said 3 soldiers died.",
			atts: []wantAtt{
				{src: r("The army"), cue: r("said"), content: []ref{r("25 fighters were killed")}},
				{src: r("It"), cue: r("also said"), content: []ref{r("3 soldiers died")}},
			},
			figs: []wantFig{{r("3"), "It", ""}},
		},
		{
			name: "it seems speaks for nobody",
			text: "It seems that 4 boats sank.",
		},
		// Wire copy that quotes or cites a source for its figures.
		{
			name: "quoted a source as saying",
			text: "The news agency quoted a police source as saying 20 people had died.",
			atts: []wantAtt{{src: r("The news agency"), cue: r("quoted"), content: []ref{r("20 people had died")}, cited: []ref{r("a police source")}}},
			figs: []wantFig{{r("20"), "The news agency", "a police source"}},
		},
		{
			name: "quoted a source named with a possessive, after the figure",
			text: "Two guards were killed, the agency quoted the emergency rule governor's office as saying.",
			atts: []wantAtt{{src: r("the agency"), cue: r("quoted"), content: []ref{r("Two guards were killed")}, cited: []ref{r("the emergency rule governor's office")}}},
			figs: []wantFig{{r("Two"), "the agency", "the emergency rule governor's office"}},
		},
		{
			name: "quoted a source with initials and an apposition",
			text: "Newspapers quoted the Rights Observatory (ONDH), a state watchdog, as saying that 140 civilians had been killed.",
			atts: []wantAtt{{src: r("Newspapers"), cue: r("quoted"), content: []ref{r("that 140 civilians had been killed")}, cited: []ref{r("the Rights Observatory (ONDH)")}}},
			figs: []wantFig{{r("140"), "Newspapers", "the Rights Observatory (ONDH)"}},
		},
		{
			name: "quoting parenthetical before the cue",
			text: "State radio, quoting the health ministry, said 14 were injured.",
			atts: []wantAtt{{src: r("State radio"), cue: r("said"), content: []ref{r("14 were injured")}, cited: []ref{r("the health ministry")}}},
		},
		{
			name: "citing parenthetical before an inverted-looking cue",
			text: "Radio Nord, citing hospital sources, reported 25 dead.",
			atts: []wantAtt{{src: r("Radio Nord"), cue: r("reported"), content: []ref{r("25 dead")}, cited: []ref{r("hospital sources")}}},
			figs: []wantFig{{r("25"), "Radio Nord", "hospital sources"}},
		},
		{
			name: "quoting parenthetical after the cue",
			text: "The agency reported, quoting witnesses, that 12 were killed.",
			atts: []wantAtt{{src: r("The agency"), cue: r("reported"), content: []ref{r("that 12 were killed")}, cited: []ref{r("witnesses")}}},
		},
		{
			name: "quoted without as saying is no cue",
			text: "He quoted a poem at length.",
		},
		{
			name: "a group called X is named, not quoted",
			text: "A new group called Voters Alliance says it has 12,000 members.",
			atts: []wantAtt{{src: r("A new group called Voters Alliance"), cue: r("says"), content: []ref{r("it has 12,000 members")}}},
		},
		{
			name: "unnamed reports end with their clause",
			text: "There were no reports of injuries, and police say the fire is out.",
			atts: []wantAtt{
				{cue: r("reports"), content: []ref{r("of injuries")}},
				{src: r("police"), cue: r("say"), content: []ref{r("the fire is out")}},
			},
		},
		{
			name: "a quake felt is sensed, not believed",
			text: "The quake was felt for about seven seconds across the capital.",
		},
		{
			name: "a label before a colon is no speaker",
			text: "The Latest: Clinton wins the Nevada caucuses.",
		},
		{
			name: "a name before a colon is",
			text: "Lynch: No outside influence on the inquiry.",
			atts: []wantAtt{{src: r("Lynch"), cue: r(":"), content: []ref{r("No outside influence on the inquiry")}}},
		},
		{
			name: "a strike called by a party is convened, not spoken",
			text: "The strike, called by the opposition party, began after four students died.",
		},
		{
			name: "called on the telephone",
			text: "She called Sanders after the primaries.",
		},
		{
			name: "called someone a name speaks",
			text: "One lawmaker called Trump “a menace.”",
			atts: []wantAtt{{src: r("One lawmaker"), cue: r("called"), content: []ref{r("Trump “a menace.”")}}},
		},
		{
			name: "state media is a source",
			text: "Officials told state radio that 30 were hurt, and northern state media said 8 civilians died.",
			atts: []wantAtt{
				{src: r("Officials"), cue: r("told state radio"), content: []ref{r("that 30 were hurt")}},
				{src: r("northern state media"), cue: r("said"), content: []ref{r("8 civilians died")}},
			},
		},
		{
			name: "state as a verb is still a cue",
			text: "Officials state that 4 died.",
			atts: []wantAtt{{src: r("Officials"), cue: r("state"), content: []ref{r("that 4 died")}}},
		},
		{
			name: "an estimate hedges",
			text: "The agency estimates that 2,000 people have fled.",
			atts: []wantAtt{{src: r("The agency"), cue: r("estimates"), content: []ref{r("that 2,000 people have fled")}, hedges: []ref{r("estimates")}}},
		},
		// News agencies "report" figures.
		{
			name: "a named outlet reports a figure",
			text: "The Courier reports 20 people died in the blast.",
			atts: []wantAtt{{src: r("The Courier"), cue: r("reports"), content: []ref{r("20 people died in the blast")}}},
		},
		{
			name: "news reports before a measure are a noun",
			text: "News reports 20 minutes later showed the fire was out.",
		},
		// The channel a statement was made on is not its content.
		{
			name: "said on a platform",
			text: "Police have arrested 5 suspects, the force said on Twitter.",
			atts: []wantAtt{{src: r("the force"), cue: r("said"), content: []ref{r("Police have arrested 5 suspects")}}},
		},
		{
			name: "was quoted as saying",
			text: "The local governor was quoted as saying that 60 people had been killed.",
			atts: []wantAtt{{src: r("The local governor"), cue: r("was quoted as saying"), content: []ref{r("that 60 people had been killed")}}},
			figs: []wantFig{{r("60"), "The local governor", ""}},
		},
		// Putting a toll at a figure states it.
		{
			name: "put the toll at",
			text: "Authorities put the death toll at 80.",
			atts: []wantAtt{{src: r("Authorities"), cue: r("put"), content: []ref{r("the death toll at 80")}}},
		},
		{
			name: "two bodies put a crowd at two figures",
			text: "Police put the number of marchers at 5,000, while organisers put it at 20,000.",
			atts: []wantAtt{
				{src: r("Police"), cue: r("put"), content: []ref{r("the number of marchers at 5,000")}},
				{src: r("organisers"), cue: ref{"put", 1}, content: []ref{r("it at 20,000")}},
			},
		},
		{
			name: "an event that raised the toll is no speaker",
			text: "The discovery raised the toll to 40.",
		},
		{
			name: "officials revised the toll",
			text: "Officials later revised the toll to 35.",
			atts: []wantAtt{{src: r("Officials"), cue: r("later revised"), content: []ref{r("the toll to 35")}}},
		},
		// Fears and denials of reported figures.
		{
			name: "officials fear a figure",
			text: "Officials fear 100 may be dead.",
			atts: []wantAtt{{src: r("Officials"), cue: r("fear"), content: []ref{r("100 may be dead")}, hedges: []ref{r("may")}}},
		},
		{
			name: "dismissed reports that",
			text: "Police dismissed reports that 50 people had died.",
			atts: []wantAtt{{src: r("Police"), cue: r("dismissed"), content: []ref{r("reports that 50 people had died")}, negated: true}},
		},
		{
			name: "dismissed a plan is no denial of speech",
			text: "Police dismissed 50 officers.",
		},
		// A figure nobody could confirm: no source, unconfirmed.
		{
			name: "could not be confirmed with a figure for subject",
			text: "The figure of 70 dead could not be independently confirmed.",
			atts: []wantAtt{{cue: r("could not be independently confirmed"), content: []ref{r("The figure of 70 dead")}, hedges: []ref{r("could")}, unconf: true}},
			figs: []wantFig{{r("70"), "", ""}},
		},
		{
			name: "could not be verified leaves reportedly standing",
			text: "Six were reportedly killed, but this could not be verified.",
			atts: []wantAtt{{cue: r("reportedly"), content: []ref{r("Six were reportedly killed")}, hedges: []ref{r("reportedly")}, unconf: true}},
		},
		// Those who counted the dead are cited for the count.
		{
			name: "workers had counted, inside a that-clause",
			text: "A nurse, Lina Haddad, said that medical workers had counted 97 civilians killed.",
			atts: []wantAtt{
				{src: r("A nurse, Lina Haddad"), cue: r("said"), content: []ref{r("that medical workers had counted 97 civilians killed")}, cited: []ref{r("medical workers")}},
				{src: r("A nurse, Lina Haddad"), cue: r("had counted"), content: []ref{r("97 civilians killed")}, cited: []ref{r("medical workers")}},
			},
			figs: []wantFig{{r("97"), "A nurse, Lina Haddad", "medical workers"}},
		},
		{
			name: "bodies were counted is a tally, not speech",
			text: "In all 97 bodies were counted.",
		},
		// A short quote nested in a longer one with the same straight marks.
		{
			name:   "nested straight quotes",
			text:   "The envoy criticized the move. \"The \"peace plan\" is a fiction. We lost 30 soldiers.\"",
			atts:   []wantAtt{{src: r("The envoy"), cue: r("criticized"), content: []ref{r("the move"), r("\"The \"peace plan\" is a fiction. We lost 30 soldiers.\"")}}},
			quotes: []wantQuote{{quote: r("\"The \"peace plan\" is a fiction. We lost 30 soldiers.\""), speaker: r("The envoy")}},
		},
		{
			name:   "two straight quotes in a row are still two",
			text:   "He said \"no\" and then \"never again, not after 30 years\" to the panel.",
			atts:   []wantAtt{{src: r("He"), cue: r("said"), content: []ref{r("\"no\" and then \"never again, not after 30 years\" to the panel")}}},
			quotes: []wantQuote{{quote: r("\"no\""), speaker: r("He")}, {quote: r("\"never again, not after 30 years\""), speaker: r("He")}},
		},
		// Reports nobody is named for: hedged, no source; inside someone's
		// words they are what the speaker cites.
		{
			name: "there were reports of",
			text: "There were reports of 20 deaths in the north.",
			atts: []wantAtt{{cue: r("reports"), content: []ref{r("of 20 deaths in the north")}}},
			figs: []wantFig{{r("20"), "", ""}},
		},
		{
			name: "amid reports that",
			text: "Amid reports that 40 people were arrested, the minister resigned.",
			atts: []wantAtt{{cue: r("reports"), content: []ref{r("that 40 people were arrested, the minister resigned")}}},
		},
		{
			name: "reports in a speaker's words are cited",
			text: "The ministry said there were reports of 15 deaths.",
			atts: []wantAtt{
				{src: r("The ministry"), cue: r("said"), content: []ref{r("there were reports of 15 deaths")}},
				{src: r("The ministry"), cue: r("reports"), content: []ref{r("of 15 deaths")}, cited: []ref{r("reports")}},
			},
			figs: []wantFig{{r("15"), "The ministry", "reports"}},
		},
		{
			name: "a body's own reports are no unnamed reports",
			text: "The agency's reports of 9 deaths were accurate.",
		},
		{
			name: "according to a pronoun",
			text: "The mayor spoke on Monday. According to her, 30 homes were destroyed, but according to her office, 12 were.",
			atts: []wantAtt{
				{src: r("her"), cue: r("According to"), content: []ref{r("30 homes were destroyed")}},
				{src: r("her office"), cue: r("according to"), content: []ref{r("12 were")}},
			},
		},
		// A subject with appositions and a time adverbial before its verb.
		{
			name: "apposition and a weekday before the cue",
			text: "The harbour master, Ana Lopes, on Monday said nine boats sank.",
			atts: []wantAtt{{src: r("The harbour master, Ana Lopes"), cue: r("said"), content: []ref{r("nine boats sank")}}},
			figs: []wantFig{{r("nine"), "The harbour master, Ana Lopes", ""}},
		},
		{
			name: "an age and a weekday before the cue",
			text: "Tom Reid, 52, on Friday admitted his part in three robberies.",
			atts: []wantAtt{{src: r("Tom Reid, 52"), cue: r("admitted"), content: []ref{r("his part in three robberies")}}},
		},
		// Noun phrases alone before the comma are the subject, not content
		// reported by an inverted speaker after the cue.
		{
			name: "where the speaker is from",
			text: "Tom Reid, from Leeds, England, admitted his part in three robberies.",
			atts: []wantAtt{{src: r("Tom Reid, from Leeds, England"), cue: r("admitted"), content: []ref{r("his part in three robberies")}}},
		},
		// A report its author issued is how the author speaks, no relay.
		{
			name: "in a report, the author said",
			text: "In a report released on Friday, the charity said 70 schools were shut.",
			atts: []wantAtt{{src: r("the charity"), cue: r("said"), content: []ref{r("70 schools were shut")}}},
			figs: []wantFig{{r("70"), "the charity", ""}},
		},
		// Reports nobody could check have no source.
		{
			name: "unconfirmed reports",
			text: "There were unconfirmed reports that 12 guards had fled.",
			atts: []wantAtt{{cue: r("reports"), content: []ref{r("that 12 guards had fled")}, unconf: true}},
			figs: []wantFig{{r("12"), "", ""}},
		},
		{
			name: "reports someone could not verify",
			text: "The agency could not verify reports that 12 guards had fled.",
			atts: []wantAtt{{cue: r("reports"), content: []ref{r("that 12 guards had fled")}, unconf: true}},
			figs: []wantFig{{r("12"), "", ""}},
		},
		{
			name: "an inverted speaker after a clause still speaks",
			text: "Three robberies were solved, said the chief inspector.",
			atts: []wantAtt{{src: r("the chief inspector"), cue: r("said"), content: []ref{r("Three robberies were solved")}}},
		},
	})
}
