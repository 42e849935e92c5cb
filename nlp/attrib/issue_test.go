package attrib_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/extract"
)

// Behaviour the attribution issue asks for, on sentences written for these
// tests, through the whole pipeline.

func extractText(t *testing.T, text string) *dossier.Analysis {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.Extract(dossier.Document{Text: text})
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	return a
}

// countClaim returns the count claim whose number reads num.
func countClaim(t *testing.T, a *dossier.Analysis, text, num string) *dossier.Claim {
	t.Helper()
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Kind == dossier.CountClaim && c.Number.Text(text) == num {
			return c
		}
	}
	t.Fatalf("Extract(%q): no count claim with number %q", text, num)
	return nil
}

func sourcesString(text string, ss []dossier.Source) string {
	var out []string
	for _, s := range ss {
		out = append(out, fmt.Sprintf("%s:%s", s.Role, s.Span.Text(text)))
	}
	return strings.Join(out, " | ")
}

// TestChains: sources run from the outermost speaker inwards.
func TestChains(t *testing.T) {
	for _, tc := range []struct {
		text, num, want string
	}{
		{"Lawmakers said on Tuesday that 300 soldiers were killed, citing the intelligence agency.", "300",
			"speaker:Lawmakers | cited:the intelligence agency"},
		// A cue right after ", and" goes on with the subject of its clause.
		{"The charity has 10 clinics in the region, and reports seeing 11,700 cases since February.", "11,700",
			"speaker:The charity"},
		{"Rebels held the town for a week, but the army retook it on Friday, and said 40 fighters were killed.", "40",
			"speaker:the army"},
		// What a speaker blames something for is the speaker's account.
		{"The government denied the charge and blames the rebels for the violence that killed 2,000 people last year.", "2,000",
			"speaker:The government"},
		// A participle opening the sentence speaks for the main clause's
		// subject.
		{"Saying that 40 people had been killed, the minister called for calm.", "40",
			"speaker:the minister"},
		{"Warning that the toll of 12 would rise, in the capital, officials ordered an evacuation.", "12",
			"speaker:officials"},
		// A comma inside the participle's clause does not end it.
		{"Saying that if elected, he would cut taxes for 20 million families, Trump promised a boom.", "20 million",
			"speaker:Trump"},
		// A relay named after the clause cites a source with a hedge word
		// too ("preliminary reports"); the hedge stays with the figure
		// (TestCertainty).
		{"The quake was felt across the country but preliminary reports said no one was hurt, the observatory added.", "no one",
			"speaker:the observatory | cited:preliminary reports"},
		// An according-to source to the sentence's end; a toll of the
		// missing put by a speaker; police questioning people report nothing.
		{"At least 40 people were killed, according to figures from the local health authority.", "At least 40",
			"speaker:figures from the local health authority"},
		{"Officials put the number of missing at 130, while rescuers said they had found 12 bodies.", "130",
			"speaker:Officials"},
		{"Police arrested 14 people overnight and were questioning another nine, a spokeswoman said.", "14",
			"speaker:a spokeswoman"},
		// "a Breitbart News report that …" is the outlet's report, and who
		// points to it relays it.
		{"Trump continued his push on Twitter, referencing a confirmed Breitbart News report that eight refugees were detained.", "eight",
			"speaker:Trump | cited:Breitbart News"},
		{"A Breitbart News report that eight refugees were detained spread quickly.", "eight",
			"speaker:Breitbart News"},
		// A group named in quotation marks after "called".
		{"A German news organization called “The Local” said 1,000 refugees arrived.", "1,000",
			"speaker:A German news organization called “The Local”"},
		// A group named by "called": a capitalised word inside the name is
		// the name's; the agency quoted past a possessive.
		{"A new group called Voters First says 12,000 people have joined it.", "12,000",
			"speaker:A new group called Voters First"},
		{"Two guards were killed, the agency quoted the emergency rule governor's office as saying.", "Two",
			"speaker:the agency | cited:the emergency rule governor's office"},
		// "added" with a figure as its object adds people; with a clause
		// after the figure it reports.
		{"In the city, organizers added 160 security guards along the route, the Sun-Times reported.", "160",
			"speaker:the Sun-Times"},
		{"The minister added 40 people had died in the floods.", "40",
			"speaker:The minister"},
		// The relay named after the clause, and "who cited" in an according-to source.
		{"The spy agency said on Monday that 300 soldiers had been killed, lawmakers who attended a closed-door briefing told reporters.", "300",
			"speaker:lawmakers | cited:The spy agency"},
		{"According to lawmaker Ana Kovac, who cited the intelligence service, casualties have exceeded 4,000.", "4,000",
			"speaker:lawmaker Ana Kovac | cited:the intelligence service"},
		{"A senior official, speaking on condition of anonymity, put the casualties in the \"several hundred.\"", "several hundred",
			"speaker:A senior official"},
		{"According to the ministry, the governor said 40 people died in the flood.", "40",
			"speaker:the ministry | cited:the governor"},
		{"Senator Mara Quill told reporters after a briefing from the defence ministry that 120 soldiers were wounded.", "120",
			"speaker:Senator Mara Quill | cited:the defence ministry"},
		{"The intelligence agency's assessment, as relayed by Senator Mara Quill, is that 300 troops were killed.", "300",
			"speaker:Senator Mara Quill | cited:The intelligence agency"},
		{"The ministry's figures, as reported by local media, show that 12 people died.", "12",
			"speaker:local media | cited:The ministry"},
		{"The mayor said 15 people were missing, citing police.", "15",
			"speaker:The mayor | cited:police"},
		{"Officials said 2,000 residents were evacuated.", "2,000",
			"speaker:Officials"},
		{"The storm destroyed 50 homes on Friday.", "50", ""},
		// A present-tense "reports" after a name is the verb, not a plural noun.
		{"The Press Freedom Coalition reports twelve journalist deaths in the region since 2018.", "twelve",
			"speaker:The Press Freedom Coalition"},
		// A time phrase between the subject and the verb.
		{"A second statement from the Peruvian government over the weekend said nine Peruvians died in the collapse.", "nine",
			"speaker:A second statement from the Peruvian government"},
		// An agency revising its toll: a long name with its acronym, an adjective before the toll.
		{"The National Office for Emergency Response (NOER) of Chile increased the previous death toll to eleven after the mudslide.", "eleven",
			"speaker:The National Office for Emergency Response (NOER) of Chile"},
		{"The news agency Reuters has placed the protester death count in the dozens.", "dozens",
			"speaker:The news agency Reuters"},
		// The subject of "reporting" after "with", set off as an apposition.
		{"Norway had the fewest cases, with its neighbour, Sweden, reporting 4,210 deaths as of Monday.", "4,210",
			"speaker:Sweden"},
		// "reported" before a noun is an adjective: nobody speaks.
		{"Meanwhile, the total reported casualties rose to 140 from a previous 80 injured people.", "140", ""},
		// The statement named after the quotation speaks it, not the speaker of the sentence before.
		{"A spokesperson told the Daily Courier the blast happened at 6 p.m. \"No members of staff were hurt. We thank the fire brigade;\" read the statement.", "No",
			"speaker:the statement"},
		// "In a statement, X …: \"…\"": X speaks the quotation, over its sentences,
		// whatever the verb.
		{"In a statement released after the raid, the Interior Ministry justified the operation, which was approved by Governor Ana Ruiz, as \"lawful\" in nature: \"Police have arrested the leaders of the ring. The ring was responsible for the deaths of 40 migrants.\"", "40",
			"speaker:the Interior Ministry"},
		// The addressee of "told" ends where a count begins.
		{"A fire service spokesman told the Daily Courier four victims were from one family.", "four",
			"speaker:A fire service spokesman"},
		{"Officials raised the death toll from 12 to 15 on Monday.", "15", "speaker:Officials"},
		// A statement page: "X said:" and the rest of the page, unquoted and
		// with no other speaker, is X's.
		{"The minister welcomed the report.\n\nThe minister said:\n\nI welcome the report.\n\nThis was an attack, with at least ten people killed.\n", "at least ten", "speaker:The minister"},
		// Agreeing to do something reports nothing; agreeing that something is so does.
		{"The prime minister agreed with his counterpart to compensate the families of the nine activists who were killed.", "nine", ""},
		{"The prime minister agreed that nine activists were killed.", "nine", "speaker:The prime minister"},
		// A table row's label is no speaker.
		{"KENYA:\nTotal dead: 192\nInjured: 4,877\n", "192", ""},
		// Wire style: "officials here", "reports reaching here"; an adverbial
		// clause after an inverted cue is no content of its own.
		{"Reports reaching here said a blast damaged the embassy, killing 40 people.", "40", "speaker:Reports"},
		{"At least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday.", "more than 1,700", "speaker:officials"},
		// A participle after the clause takes its subject, past an opening adverb.
		{"First, he mixed up the figures, claiming 300 people had died.", "300", "speaker:he"},
		{"The ministry issued figures, claiming 300 people had died.", "300", "speaker:The ministry"},
		{"Spain had the most cases, with the next largest country, the United Kingdom, reporting 3,542 deaths as of Monday.", "3,542",
			"speaker:the United Kingdom"},
		// Tokenised copy: the closing mark stands before the speaker, like an
		// opening one; the whole quotation is the speaker's.
		{"\"At the moment there is no evidence the two cases are linked. However, we are assuming they are, \"a spokeswoman said.", "two",
			"speaker:a spokeswoman"},
		{"In a statement released after the raid, the Interior Ministry defended the operation, which the governor approved, as \"lawful\" in its aims: \"The ring had smuggled goods for years. The ring was responsible for the deaths of 40 migrants.\"", "40",
			"speaker:the Interior Ministry"},
	} {
		a := extractText(t, tc.text)
		c := countClaim(t, a, tc.text, tc.num)
		if got := sourcesString(tc.text, c.Sources); got != tc.want {
			t.Errorf("Extract(%q): sources of %s = %q, want %q", tc.text, tc.num, got, tc.want)
		}
	}
}

// TestQuoteSpeakers: every direct quote gets a speaker, named before or
// after it, and pronouns and descriptions resolve to the entity.
func TestQuoteSpeakers(t *testing.T) {
	for _, tc := range []struct {
		text, quote, speaker, entity string // entity: part of the text of the entity the speaker resolves to ("" when none is expected)
	}{
		{`"We will rebuild the bridge," Mayor Ana Kovac said on Monday.`, `"We will rebuild the bridge,"`, "Mayor Ana Kovac", ""},
		{`Ana Kovac visited the site on Monday. "We will rebuild the bridge," she said.`, `"We will rebuild the bridge,"`, "she", "Ana Kovac"},
		{`Ana Kovac, the mayor, spoke after the flood. "We will rebuild the bridge by spring," she told reporters. "Nobody will be left behind."`, `"Nobody will be left behind."`, "she", "Ana Kovac"},
		{`The Water Authority of Lenz issued figures on Monday. "The dam held," the authority said.`, `"The dam held,"`, "the authority", "Authority"},
		{`The National Intelligence Service briefed lawmakers on Monday. "Losses are heavy," the agency said.`, `"Losses are heavy,"`, "the agency", "Intelligence"},
		// Tokenised copy: a space before the closing mark after a comma.
		{`"We will rebuild the bridge, "Mayor Ana Kovac said.`, `"We will rebuild the bridge, "`, "Mayor Ana Kovac", ""},
		// A statement announced with a colon, the quotation in the next paragraph.
		{"Gen. Ana Ruiz, the regional commander, released the following statement today:\n\n\"We mourn the loss of one of our own, who was killed yesterday in the north.\"", "\"We mourn the loss of one of our own, who was killed yesterday in the north.\"", "Gen. Ana Ruiz, the regional commander", "Ana Ruiz"},
		// Any verb beside a quotation reports it, in or out of the cue lexicon.
		{`"Everything you said was right," the judge exclaimed.`, `"Everything you said was right,"`, "the judge", ""},
		{`Mayor Ana Kovac concluded, "There is not a single bridge like this one."`, `"There is not a single bridge like this one."`, "Mayor Ana Kovac", "Ana Kovac"},
		{`Farmer Jo Potts echoed: "The river took everything we had."`, `"The river took everything we had."`, "Farmer Jo Potts", "Jo Potts"},
		{`POLLS WERE RIGHT ABOUT THE SOUTH - Dana Ruiz: "The polls caught the late swing in every southern state."`, `"The polls caught the late swing in every southern state."`, "Dana Ruiz", "Dana Ruiz"},
		// A statement announced with a comma, running over two sentences.
		{`After the flood, Mayor Ana Kovac issued a statement, "The bridge will be rebuilt. Work starts in May."`, `"The bridge will be rebuilt. Work starts in May."`, "Mayor Ana Kovac", "Ana Kovac"},
		// A party and state tag belongs to the name; a telling verb after
		// a quotation takes the speaker after it.
		{`"We will rebuild the bridge by spring," Sen. Ana Kovac, D-Ore., said.`, `"We will rebuild the bridge by spring,"`, "Sen. Ana Kovac, D-Ore.", "Ana Kovac"},
		{`"The bridge will not stand another winter," warned Kovac.`, `"The bridge will not stand another winter,"`, "Kovac", ""},
		// The noun before "who" speaks, not the object of its clause.
		{`Late on Monday an official who spoke anonymously to discuss internal strategy said, "There are talks between the two teams."`, `"There are talks between the two teams."`, "an official", ""},
		// Turns after a quotation; a naming verb does not go on talking.
		{`Kovac: "We will rebuild the bridge." Ruiz: "We will build a tunnel instead."`, `"We will build a tunnel instead."`, "Ruiz", ""},
		{`"Is the council against the plan?" asked Ana Kovac, pointing to what she calls the "lazy" budget. "The answer is that it is not."`, `"The answer is that it is not."`, "Ana Kovac", "Ana Kovac"},
		// An apposition with its attachments; a gerund after a long
		// fronted phrase takes the clause's subject.
		{`"The data showed the largest rise since July," Dana Ruiz, an adviser to the council and former head of the budget office, wrote after the report.`, `"The data showed the largest rise since July,"`, "Dana Ruiz, an adviser to the council and former head of the budget office", "Dana Ruiz"},
		{`On Thursday, after staying neutral throughout the primary, Kovac appeared on television and endorsed Ruiz, saying, "She is the fighter this city needs."`, `"She is the fighter this city needs."`, "Kovac", ""},
		// "As X puts it"; a weak cue whose words follow in the paragraph.
		{`As the columnist Dana Ruiz puts it, "The council is unmoved, and the voters are uninspired."`, `"The council is unmoved, and the voters are uninspired."`, "the columnist Dana Ruiz", "Dana Ruiz"},
		{`The historian Ana Kovac agreed. "The council is running out of time to find a new plan."`, `"The council is running out of time to find a new plan."`, "The historian Ana Kovac", "Ana Kovac"},
		// A quotation opened with one kind of mark and closed with another.
		{"“As a builder, he put a lot of people out of business, too\" Ruiz said after an event on Wednesday.", "“As a builder, he put a lot of people out of business, too\"", "Ruiz", ""},
		// A credit line under a paragraph that is one quotation.
		{"\"The bridge is finally open. We waited ten years.\"\n\n-Ana Kovac, a commuter from Lenz.", "\"The bridge is finally open. We waited ten years.\"", "Ana Kovac", "Ana Kovac"},
		// One tells a programme, not a quotation.
		{`"The bridge will be rebuilt by May," the mayor told "Morning Report" on Monday.`, `"The bridge will be rebuilt by May,"`, "the mayor", ""},
		// The next quotation of the paragraph goes on in the speaker's voice
		// though the writer's words close its sentence.
		{`"Nobody will be left behind," Kovac added. "She listened to every family in the valley before she chose" the new route.`, `"She listened to every family in the valley before she chose"`, "Kovac", ""},
	} {
		a := extractText(t, tc.text)
		var q *dossier.Quote
		for i := range a.Quotes {
			if a.Quotes[i].Span.Text(tc.text) == tc.quote {
				q = &a.Quotes[i]
			}
		}
		if q == nil {
			t.Errorf("Extract(%q): no quote %s", tc.text, tc.quote)
			continue
		}
		if q.Speaker == nil {
			t.Errorf("Extract(%q): quote %s has no speaker, want %q", tc.text, tc.quote, tc.speaker)
			continue
		}
		if got := q.Speaker.Span.Text(tc.text); got != tc.speaker {
			t.Errorf("Extract(%q): speaker of %s = %q, want %q", tc.text, tc.quote, got, tc.speaker)
		}
		if tc.entity == "" {
			continue
		}
		var ent string
		for _, e := range a.Entities {
			if e.ID == q.Speaker.Entity {
				ent = e.Span.Text(tc.text)
			}
		}
		if !strings.Contains(ent, tc.entity) {
			t.Errorf("Extract(%q): speaker %q of %s resolves to entity %q, want %q", tc.text, tc.speaker, tc.quote, ent, tc.entity)
		}
	}
}

// TestCertainty: hedges, denials and unverified figures.
func TestCertainty(t *testing.T) {
	for _, tc := range []struct {
		text, num string
		want      dossier.Certainty
		hedge     string // one hedge that must be listed ("" for none required)
	}{
		{"Officials said 300 troops were killed.", "300", dossier.Reported, ""},
		{"Officials said approximately 300 troops were killed.", "approximately 300", dossier.Hedged, "approximately"},
		{"About 300 troops were reportedly killed in the assault.", "About 300", dossier.Hedged, "reportedly"},
		{"Some 300 troops are believed to have been killed.", "Some 300", dossier.Hedged, "believed"},
		{"An estimated 300 troops were killed, the army said.", "An estimated 300", dossier.Hedged, ""},
		{"Analysts suggest that 300 troops were killed.", "300", dossier.Hedged, "suggest"},
		{"Officials said 300 troops may have been killed.", "300", dossier.Hedged, "may"},
		{"Officials said 300 troops could have been killed.", "300", dossier.Hedged, "could"},
		{"Preliminary figures show that 300 troops were killed, officials said.", "300", dossier.Hedged, "preliminary"},
		{"The army denied that 300 troops were killed.", "300", dossier.Denied, ""},
		{"The army has not confirmed that 300 troops were killed.", "300", dossier.Denied, ""},
		{"Local media reported that 300 troops were killed, a figure that could not be independently verified.", "300", dossier.Unconfirmed, ""},
		{"Local media reported that 300 troops were killed. The figure could not be independently verified.", "300", dossier.Unconfirmed, ""},
		{"The storm killed 300 people.", "300", dossier.Asserted, ""},
		{"Five hostages, who were beheaded, were shown in the video.", "Five", dossier.Asserted, ""},
		{"The boy was found clinging to a tube after eight other people drowned.", "eight", dossier.Asserted, ""},
		{"Monitors could not verify reports that 300 troops were killed.", "300", dossier.Unconfirmed, ""},
		{"There were unconfirmed reports that 300 troops were killed.", "300", dossier.Unconfirmed, ""},
		{"Reuters could not independently verify the report that 60 soldiers had been killed.", "60", dossier.Unconfirmed, ""},
		{"The quake shook the city, but there were no reports of casualties, officials said.", "no", dossier.Hedged, "reports"},
		// A caveat a sentence or two later that names the report or says
		// there was no independent confirmation.
		{"At least 50 soldiers were killed, Interfax said. Fighting went on. The Interfax report could not be independently confirmed.", "At least 50", dossier.Unconfirmed, ""},
		// A caveat naming the source reaches past other lines and speakers;
		// one naming another source does not.
		{"At least 50 soldiers were killed in the battle, the Interfax news agency said.\nThe fighting went on into the night.\nRebels said they held the city centre.\nThe Interfax report could not be independently confirmed.", "At least 50", dossier.Unconfirmed, ""},
		{"At least 50 soldiers were killed in the battle, the Interfax news agency said.\nThe fighting went on into the night.\nRebels said they held the city centre.\nThe Tass report could not be independently confirmed.", "At least 50", dossier.Reported, ""},
		{"The quake was felt across the country but preliminary reports said no one was hurt, the observatory added.", "no one", dossier.Hedged, "preliminary"},
		// What is not known is neither denied nor reported.
		{"The fate of 12 other bodyguards kidnapped with them is not known.", "12", dossier.Asserted, ""},
		// Blame passively given, or never given, is no account of the figure.
		{"He was blamed for the deaths of 12 people.", "12", dossier.Asserted, ""},
		{"The administration has never blamed the rebels for the attack that killed 12 soldiers.", "12", dossier.Asserted, ""},
		{"At least 50 soldiers were killed in the battle, the Interfax news agency said.\nThe fighting went on into the night.\nRebels said they held the city centre.\nInterfax's report has not been independently verified.", "At least 50", dossier.Unconfirmed, ""},
		// A name elsewhere in the caveat is not the report's.
		{"Ukraine's military said 500 Russian troops were killed.\nRussia's defence ministry said it had struck a base.\nRussia's claim that it struck a base near the Ukraine border could not be independently verified.", "500", dossier.Reported, ""},
		{"Thirty senators oppose the nominee, the Senate press office said.\nThe vote was put off.\nLawmakers said the Senate had not confirmed him.", "Thirty", dossier.Reported, ""},
		{"Two civilians were killed, IRNA said. Shelling went on. There was no independent confirmation of the reports.", "Two", dossier.Unconfirmed, ""},
		{"Ten people died, police said. The weather was bad. Its cause could not be confirmed.", "Ten", dossier.Reported, ""},
		// "believed" describing the group is no doubt about its fate.
		{"A police spokesman said two youths believed to be supporters of the party had been killed.", "two", dossier.Reported, ""},
		// A hedge of a reason after the figure, or of what a noun before
		// it is like, is not the figure's.
		{"Agents arrested 137 people for allegedly spying for a foreign power, the minister said.", "137", dossier.Reported, ""},
		{"A gunman apparently angry at his employer shot dead four coworkers on Friday, police said.", "four", dossier.Reported, ""},
		{"A knife-wielding neighbour apparently intent on robbery attacked the house, killing one man and wounding three others, police said.", "three", dossier.Reported, ""},
		{"The man was arrested for allegedly killing three people, police said.", "three", dossier.Hedged, "allegedly"},
		{"Police said a gunman allegedly shot dead four coworkers on Friday.", "four", dossier.Hedged, "allegedly"},
		{"Police said two soldiers are believed to be dead.", "two", dossier.Hedged, "believed"},
		// "No reports of" reports none, hedged, even beside a speech verb
		// in another clause.
		{"But there were no reports of injuries, and police say the unrest has eased.", "no", dossier.Hedged, ""},
		// A count told as reported, with nobody named, is hedged; a
		// participle before the noun only describes it.
		{"There have been 111 measles cases reported since the floods.", "111", dossier.Hedged, ""},
		{"Eight reported attacks killed 20 people.", "20", dossier.Asserted, ""},
		{"The toll is up from 2,200 deaths reported by the ministry in April.", "2,200", dossier.Reported, ""},
		// A hedge in another coordinated clause does not reach the figure.
		{"Dozens of people were still missing, and the death toll was expected to rise, officials said.", "Dozens", dossier.Reported, ""},
		// "by early reports" between two conjuncts hedges the one after it.
		{"On Monday, the blast left six dead and, by early reports, at least 20 injured.", "at least 20", dossier.Hedged, "by early reports"},
		{"On Monday, the blast left six dead and, by early reports, at least 20 injured.", "six", dossier.Asserted, ""},
		// Acts are not reports: allegiance pledged, war declared.
		{"A couple claiming allegiance to the group shot dead 14 people in the town.", "14", dossier.Asserted, ""},
		{"The government declared war on the rebels, a conflict with more than 3,000 deaths.", "more than 3,000", dossier.Asserted, ""},
		// What is described is what follows "as".
		{"Twelve people were hurt by a blast that the mayor described as “a deliberate attack.”", "Twelve", dossier.Asserted, ""},
		// A participle in the figure's phrase takes the deaths as given.
		{"The senator said the six guards killed in the raid might have been saved.", "six", dossier.Reported, ""},
		// A speaker's guess, inside a long quotation.
		{"“The street is full of smoke. I think over 30 bodies are lying there,” the nurse said.", "over 30", dossier.Hedged, "think"},
		{"The mayor said: “We guess about 200 were taken from the village.”", "about 200", dossier.Hedged, "guess"},
		{"The mayor said he would guess that 200 were taken from the village.", "200", dossier.Reported, ""},
		// Hedges of a share or of a judgement, not of the figure.
		{"Roughly half of the 800 troops are stationed abroad, the ministry said.", "800", dossier.Reported, ""},
		{"Perhaps most alarming, officials said 40 people were killed.", "40", dossier.Reported, ""},
		// A second predicate of the speaker ends the content; after "that"
		// the clause's own subject goes on.
		{"The governor said she would visit later, and to date has only issued a statement about the county, where thousands of people remain homeless.", "thousands", dossier.Asserted, ""},
		{"In May he admitted that he had kidnapped and killed citizens from Jordan, and had kidnapped two Moroccans in October.", "two", dossier.Reported, ""},
		{"Lawmakers insist the tide is turning — and the Senate is holding talks after the shooting deaths of 49 people.", "49", dossier.Asserted, ""},
		// A look or a deed is not something said.
		{"The candidate appeared to show indifference to the deaths of six soldiers.", "six", dossier.Asserted, ""},
		{"Six protesters were arrested after refusing to leave the lobby of the hotel, police said.", "Six", dossier.Reported, ""},
		{"Between 10 and 15 people are feared dead after the ferry sank, the coast guard said.", "Between 10 and 15", dossier.Hedged, "feared"},
		// Troops pledged are no report.
		{"The government has pledged 3,300 soldiers to the mission.", "3,300", dossier.Asserted, ""},
		// A question put to someone is not their report.
		{"“We must act,” the minister told reporters after she was asked about the attack that killed 49 people.", "49", dossier.Asserted, ""},
		// A number before a participle and its noun is no report.
		{"Only one person was shot dead last year, according to the police agency, and there were only eight reported incidents.", "Only one", dossier.Reported, ""},
	} {
		a := extractText(t, tc.text)
		c := countClaim(t, a, tc.text, tc.num)
		if c.Certainty != tc.want {
			t.Errorf("Extract(%q): certainty of %s = %q (hedges %q), want %q", tc.text, tc.num, c.Certainty, c.Hedges, tc.want)
		}
		if tc.hedge == "" {
			continue
		}
		found := false
		for _, h := range c.Hedges {
			if strings.EqualFold(h, tc.hedge) {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q): hedges of %s = %q, want %q among them", tc.text, tc.num, c.Hedges, tc.hedge)
		}
	}
}
