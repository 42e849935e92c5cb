package quant

import (
	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/text"
)

// flag is a bit set of the roles a word can play around a number.
type flag uint64

const (
	fUnit        flag = 1 << iota // zero … nine
	fTeen                         // ten … nineteen
	fTen                          // twenty … ninety
	fScale                        // hundred, thousand, million …
	fDozen                        // dozen
	fFrac                         // half, quarter
	fVague                        // dozens, hundreds, thousands … (value = twice the unit)
	fZero                         // no, none, nobody, zero
	fOrdinal                      // first, second …
	fApprox                       // about, around, some …
	fMin                          // over, more …
	fMax                          // under, up …
	fDet                          // the, a, an, this …
	fPrep                         // in, at, from …
	fConj                         // and, or, but
	fAux                          // be, have, modals
	fPron                         // pronouns
	fRel                          // who, that, which
	fAdv                          // adverbs that may sit between a subject and its verb
	fLink                         // verbs linking a toll to its figure: rose, reached, is
	fVerb                         // other verbs (not measure cues)
	fCueVerb                      // a measure verb or participle: killed, arrested …
	fCueNoun                      // a measure noun: deaths, casualties, cases …
	fCueAdj                       // a measure word that can head the counted phrase: dead, injured
	fCueOf                        // a measure noun before "of": murder of, evacuation of
	fTroop                        // forces: counted troops are deployed unless told otherwise
	fThing                        // places and objects: never killed, arrested …
	fMonth                        // January … and Jan.
	fWeekday                      // Monday …
	fIDWord                       // Flight, Route, Resolution …
	fTimeUnit                     // hours, days … (duration)
	fCurrency                     // dollars, $ … (money)
	fPercent                      // percent, %
	fMUnit                        // km, kg, magnitude … (measure)
	fClock                        // a.m., p.m., GMT (time of day, a measure)
	fAge                          // aged, age
	fBreak                        // while, but, because … end a clause
	fPlural                       // irregular plural nouns: people, police …
	fSkipMod                      // "more", "each" between a number and its noun
	fChange                       // rose, fell … (from X to Y is a change, not a range)
	fInclude                      // including, among them: the figure is part of the previous one
	fNotNP                        // never inside a counted noun phrase
	fMeasureNoun                  // earthquake, quake: a decimal before it is a magnitude
	fSingS                        // singular nouns ending in s: measles, news, series
	fLyNoun                       // nouns and adjectives in -ly that are no adverbs: family, assembly
	fIDLower                      // id words that mark an identifier even in lower case: flight 370
	fDisease                      // outbreak, virus, measles …: a document about an epidemic
	fHarm                         // crash, attack, injured …: a document about an accident or attack
	fJob                          // jobs, positions: what a job cut counts
	fStaff                        // workers, employees: the people a job cut affects
	fJobMod                       // job, staff, workforce: a modifier making "cuts", "losses" job losses
	fJobCut                       // cut, axed, shed …: verbs that take jobs or staff away
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	f    flag
	num  float64         // value of number words, scales, ordinals, vague plurals
	m    dossier.Measure // the measure of cue words
	kind dossier.QuantityKind
	unit string // canonical unit: "USD", "km"; the word itself otherwise
	word string // the lower-case word, interned
}

// lexicon maps a lower-case word to its entry. Built once at init; read-only
// afterwards, so safe for concurrent use.
var lexicon = map[string]*entry{}

func add(f flag, words ...string) {
	for _, w := range words {
		e := lexicon[w]
		if e == nil {
			e = &entry{word: w, unit: w}
			lexicon[w] = e
		}
		e.f |= f
	}
}

func addNum(f flag, v float64, words ...string) {
	add(f, words...)
	for _, w := range words {
		lexicon[w].num = v
	}
}

func addCue(f flag, m dossier.Measure, words ...string) {
	add(f, words...)
	for _, w := range words {
		if lexicon[w].m == "" {
			lexicon[w].m = m
		}
	}
}

func addUnit(f flag, k dossier.QuantityKind, unit string, words ...string) {
	add(f, words...)
	for _, w := range words {
		lexicon[w].kind = k
		if unit != "" {
			lexicon[w].unit = unit
		}
	}
}

func init() {
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		addNum(fUnit, float64(i), w)
	}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		addNum(fTeen, float64(10+i), w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		addNum(fTen, float64(20+10*i), w)
	}
	addNum(fScale, 100, "hundred")
	addNum(fScale, 1e3, "thousand")
	addNum(fScale, 1e6, "million", "mln", "mn")
	addNum(fScale, 1e9, "billion", "bn")
	addNum(fScale, 1e12, "trillion", "tn")
	addNum(fDozen, 12, "dozen")
	addNum(fFrac, 0.5, "half")
	addNum(fFrac, 0.25, "quarter")
	// Vague plurals: min at twice the unit (GUIDE).
	addNum(fVague, 24, "dozens")
	addNum(fVague, 40, "scores")
	addNum(fVague, 200, "hundreds")
	addNum(fVague, 2000, "thousands")
	addNum(fVague, 2e6, "millions")
	addNum(fVague, 2e9, "billions")
	add(fZero, "no", "none", "nobody", "zero")

	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		addNum(fOrdinal, float64(i+1), w)
	}
	for i, w := range []string{"thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"} {
		addNum(fOrdinal, float64(30+10*i), w)
	}
	addNum(fOrdinal, 100, "hundredth")
	addNum(fOrdinal, 1000, "thousandth")

	add(fApprox, "about", "around", "some", "roughly", "approximately", "nearly", "almost", "approx", "approx.",
		"circa", "estimated", "reportedly", "reported", "allegedly", "close", "perhaps", "possibly", "maybe", "probably", "c.", "ca.")
	add(fMin, "over", "more", "upwards", "least", "exceeding", "exceeded", "exceeds", "surpassed", "surpassing", "surpasses", "excess", "topped", "topping", "minimum", "plus", "beyond")
	add(fMax, "under", "up", "fewer", "less", "most", "maximum", "below")

	add(0, "n't", "n’t", "trapped", "buried", "pinned", "many", "much", "few", "greater", "several", "tens", "positive", "sustained", "sustaining", "suffering",
		"treated", "receiving", "needed", "required", "driven", "seeking", "seek", "without", "holding", "forced", "rendered", "besieged", "rounded", "ordered", "lack", "lacks", "lacked", "lacking")
	add(fDet, "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "another", "each", "every", "all", "both", "any", "such", "what")
	add(fPrep, "in", "at", "on", "from", "to", "of", "by", "with", "for", "near", "across", "into", "inside", "outside",
		"during", "since", "after", "before", "between", "among", "amongst", "against", "within", "without", "through",
		"throughout", "via", "per", "toward", "towards", "onto", "upon", "off", "than", "as", "like", "despite", "amid",
		"over", "under", "about", "around", "above", "below", "beyond", "including", "outside", "along", "following", "near")
	add(fConj, "and", "or", "but", "nor", "&")
	add(fAux, "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "'s", "’s", "'re", "’re", "'ve", "’ve")
	add(fPron, "i", "you", "he", "she", "it", "we", "they", "them", "him", "us", "me", "who", "whom", "whose", "which",
		"what", "there", "here", "themselves", "itself", "himself", "herself", "one's", "someone", "anyone", "everyone")
	add(fRel, "who", "that", "which", "whom")
	add(fAdv, "reportedly", "allegedly", "also", "all", "both", "each", "later", "subsequently", "since", "still",
		"now", "then", "already", "initially", "eventually", "originally", "apparently", "officially", "so", "far",
		"thus", "too", "just", "only", "not", "never", "ever", "further", "either", "altogether", "together",
		"together", "recently", "previously", "earlier", "reported", "believed", "feared", "thought", "said", "confirmed",
		"presumed", "known", "understood", "likely", "feared", "said", "to", "been", "being", "be", "being", "either", "immediately",
		"seriously", "critically", "badly", "severely", "slightly", "lightly", "fatally", "mortally", "gravely",
		"pronounced", "declared", "listed", "counted", "recorded", "registered")
	add(fLink, "rose", "risen", "rise", "rises", "rising", "climbed", "climbs", "climbing", "reached", "reaches", "reach",
		"stood", "stands", "stand", "jumped", "increased", "increases", "grew", "grown", "hit", "hits", "totalled", "totaled",
		"totals", "total", "numbered", "number", "numbers", "is", "are", "was", "were", "be", "been", "at", "to", "of",
		"now", "has", "have", "had", "include", "includes", "mounted", "soared", "surged", "passed", "topped", "exceeded", "surpassed",
		"surpassing", "exceeding", "topping", "passing", "reaching", "hitting", "nearing", "approaching",
		"put", "puts", "estimated", "brought", "brings", "bringing", "raised", "raising", "remains", "remained", "officially", "reportedly",
		"further", "climb", "went", "gone", "up", "increase", "stands", "stood", "set", "ranged", "ranging", "range", "ranges",
		"exceeds", "exceed", "surpasses", "surpass", "tops", "passes", "nears", "neared", "approached", "approaches",
		"totaling", "totalling", "doubled", "tripled", "quadrupled", "halved")
	add(fChange, "increasing", "raising", "revising", "lowering", "cutting", "pushing", "bringing", "rise", "rose", "risen", "rise", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "increased",
		"increases", "grew", "fell", "fallen", "falls", "dropped", "drops", "declined", "decreased", "revised", "cut",
		"raised", "lowered", "reduced", "soared", "surged", "doubled", "went", "up", "down", "changed")
	add(fInclude, "including", "included", "includes", "include")

	add(fBreak, "while", "but", "whereas", "although", "though", "because", "when", "whilst", "where", "if", "unless",
		"after", "before", "until", "since", "as", "so", "yet", "however", "despite")

	// Measure cues. A verb or participle after its subject ("were killed") or
	// before its object ("killed three people").
	addCue(fCueVerb, dossier.Deaths, "killed", "kill", "kills", "killing", "died", "die", "dies", "dying", "perished",
		"murdered", "slain", "massacred", "executed", "drowned", "slaughtered", "assassinated", "beheaded", "dead", "martyred", "hanged",
		"murdering", "massacring", "slaughtering", "assassinating", "beheading")
	addCue(fCueVerb, dossier.Injured, "injured", "injure", "injures", "injuring", "wounded", "wounding", "hurt", "hurting",
		"hospitalised", "hospitalized", "maimed")
	addCue(fCueVerb, dossier.Missing, "missing", "disappeared", "unaccounted", "vanished")
	addCue(fCueVerb, dossier.Captured, "captured", "capture", "captures", "capturing", "surrendered")
	addCue(fCueVerb, dossier.Arrested, "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining",
		"apprehended", "detains", "nabbed")
	addCue(fCueVerb, dossier.Kidnapped, "kidnapped", "kidnap", "kidnapping", "abducted", "abduct", "abducting", "abducts")
	addCue(fCueVerb, dossier.Displaced, "displaced", "displacing", "displace", "displaces", "fled", "flee", "fleeing", "flees",
		"evacuated", "evacuate", "evacuating", "evacuates", "relocated", "uprooted", "homeless", "resettled")
	addCue(fCueVerb, dossier.Deployed, "deployed", "deploy", "deploying", "deploys", "sent", "send", "sending", "sends",
		"stationed", "dispatched", "dispatch", "dispatching", "mobilised", "mobilized", "mobilising", "mobilizing", "airlifted", "redeployed", "redeploy", "redeploying", "redeploys", "massed")
	addCue(fCueVerb, dossier.Cases, "infected", "infecting", "infect", "sickened", "quarantined")
	addCue(fCueVerb, dossier.Affected, "affected", "affecting", "affect", "affects", "impacted", "furloughed", "stranded", "stranding")

	// Measure nouns: the counted head itself ("deaths"), or a toll before its
	// figure ("the death toll rose to 27").
	addCue(fCueNoun, dossier.Deaths, "deceased", "deaths", "death", "fatalities", "fatality", "dead", "toll", "tolls", "lives", "life", "bodies", "corpses", "killings", "murders",
		"homicides", "executions", "suicides")
	addCue(fCueNoun, dossier.Injured, "injuries", "injured", "wounded")
	addCue(fCueNoun, dossier.Casualties, "casualties", "casualty", "losses")
	addCue(fCueNoun, dossier.Missing, "missing")
	addCue(fCueNoun, dossier.Captured, "prisoners", "pows", "captives", "prisoner")
	addCue(fCueNoun, dossier.Arrested, "arrests", "detainees", "detentions")
	addCue(fCueNoun, dossier.Kidnapped, "hostages", "hostage", "abductees", "kidnappings", "abductions")
	addCue(fCueNoun, dossier.Displaced, "refugees", "evacuees", "homeless", "displaced", "idps", "evacuations", "asylum-seekers")
	addCue(fCueNoun, dossier.Cases, "cases", "case", "infections", "infection", "infected", "positives")
	// Words that can stand for the counted group right after the number: "27 dead".
	add(fCueAdj, "deceased", "dead", "injured", "wounded", "missing", "homeless", "displaced", "infected")
	// Nouns before "of" and the figure: "the murder of hundreds of people".
	addCue(fCueOf, dossier.Deaths, "remains", "bodies", "corpses", "murder", "murders", "killing", "killings", "deaths", "death", "massacre", "slaughter", "execution", "executions", "toll", "loss",
		"slaying", "slayings", "genocide", "massacres", "hanging", "hangings")
	addCue(fCueOf, dossier.Arrested, "arrest", "arrests", "detention")
	addCue(fCueOf, dossier.Kidnapped, "abduction", "kidnapping", "kidnappings", "abductions")
	addCue(fCueOf, dossier.Displaced, "evacuation", "displacement", "exodus", "relocation")
	addCue(fCueOf, dossier.Deployed, "deployment", "dispatch")
	addCue(fCueOf, dossier.Injured, "injury", "wounding")

	add(fTroop, "troops", "soldiers", "personnel", "policemen", "police", "firefighters", "marines",
		"peacekeepers", "servicemen", "servicemembers", "forces", "policeman", "soldier", "firefighter", "reservists", "sailors", "airmen", "paratroopers",
		"rescuers", "guardsmen", "commandos", "gendarmes", "militiamen", "mercenaries", "reinforcements", "firemen",
		"policewomen", "cops", "troopers", "guards", "bodyguards", "gunships", "warships", "fighter", "jets", "instructors", "servicewomen", "coastguards", "guard", "gis")
	add(fThing, "countries", "states", "cities", "towns", "villages", "provinces", "districts", "regions", "nations",
		"buildings", "homes", "houses", "vehicles", "cars", "trucks", "structures", "bridges", "roads", "schools",
		"hospitals", "shops", "stores", "strikes", "airstrikes", "raids", "attacks", "blasts", "explosions", "bombs",
		"missiles", "rockets", "drones", "shells", "rounds", "votes", "seats", "points", "goals", "words", "pages",
		"incidents", "times", "occasions", "sites", "locations", "areas", "facilities", "positions", "tunnels", "routes",
		"acres", "units", "earthquakes", "aftershocks", "quakes", "tremors", "fires", "wildfires", "flights", "tanks",
		"weapons", "guns", "doses", "tests", "samples", "beds", "countries’", "communities", "neighbourhoods",
		"neighborhoods", "apartments", "flats", "churches", "mosques", "temples", "camps", "bases", "prisons",
		"companies", "firms", "businesses", "languages", "species", "animals", "elephants", "dogs", "cattle",
		"pigs", "chickens", "birds", "cows", "poultry", "horses", "pieces", "hospital", "building", "house", "home",
		"markets", "funds", "stocks", "shares", "banks", "bonds", "currencies", "indexes", "indices", "loans", "mortgages", "accounts", "products", "models", "plants", "factories",
		"vehicle", "car", "village", "town", "city", "country", "state", "jackal", "case", "occasion", "incident", "animal", "items", "objects",
		// Events: they kill, but are never killed.
		"shootings", "bombings", "crashes", "accidents", "collisions", "storms", "floods", "landslides", "protests",
		"demonstrations", "rallies", "riots", "clashes", "elections", "operations", "missions", "events", "outbreaks", "epidemics")

	add(fPlural, "people", "persons", "personnel", "police", "children", "men", "women", "staff", "crew", "militia",
		"youth", "cattle", "sheep", "livestock", "aircraft", "others", "civilians", "dead", "injured", "wounded",
		"missing", "homeless", "infected", "displaced", "folk", "clergy", "military", "infantry", "cavalry", "public")
	add(fSingS, "measles", "mumps", "rabies", "herpes", "diabetes", "news", "series", "species", "means", "headquarters",
		"politics", "economics", "physics", "mathematics", "aids", "sars", "isis", "us", "texas", "paris", "status", "bus", "gas", "lens", "class")
	add(fLyNoun, "family", "ally", "rally", "assembly", "supply", "italy", "july", "anomaly", "monopoly", "reply",
		"belly", "bully", "lily", "holy", "early", "elderly", "friendly", "ugly", "silly", "wily", "burly", "homely",
		"kelly", "emily", "sally", "molly", "billy", "polly", "nelly", "manly", "lonely", "lovely", "costly", "deadly",
		"orderly", "unruly", "curly", "hourly", "daily", "weekly", "monthly", "yearly", "quarterly", "fly", "butterfly", "dragonfly")
	add(fSkipMod, "more", "each", "apiece", "additional", "extra")

	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
		"dec.", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
	add(fMonth, months...)
	add(fWeekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	add(fIDWord, "flight", "route", "resolution", "no.", "nos.", "number", "article", "section", "chapter", "highway",
		"interstate", "room", "gate", "platform", "bus", "level", "category", "ward", "precinct", "channel", "page",
		"pages", "volume", "vol.", "episode", "season", "version", "model", "paragraph", "clause", "amendment",
		"rule", "act", "bill", "phase", "stage", "grade", "class", "division", "district", "zone", "sector",
		"block", "lot", "apartment", "suite", "floor", "terminal", "pier", "track", "lane", "street", "avenue", "road",
		"exit", "code", "line", "item", "figure", "table", "appendix", "series", "game", "round", "week", "day", "year",
		"covid", "flights", "routes", "resolutions", "battalion", "brigade", "regiment", "corps", "squadron", "fleet",
		"infantry", "unit", "formula", "apollo", "boeing", "airbus", "windows", "iphone", "g", "su", "mig", "f", "tu", "il", "an")
	add(fIDLower, "flight", "route", "resolution", "no.", "nos.", "highway", "interstate", "room", "gate", "platform",
		"bus", "page", "pages", "chapter", "article", "section", "paragraph", "episode", "season", "version", "model",
		"category", "phase", "level", "grade", "terminal", "exit", "channel", "vol.", "volume", "clause", "amendment", "appendix")

	addUnit(fTimeUnit, dossier.KindDuration, "", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
		"week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "night",
		"nights", "fortnight", "fortnights", "hrs", "mins", "secs", "yrs", "millennia", "weekends", "semesters", "terms", "sec", "min", "hr")
	addUnit(fCurrency, dossier.KindMoney, "USD", "dollars", "dollar", "usd", "$", "us$", "bucks", "cents")
	addUnit(fCurrency, dossier.KindMoney, "EUR", "euros", "euro", "eur", "€")
	addUnit(fCurrency, dossier.KindMoney, "GBP", "pounds", "pound", "gbp", "£", "sterling", "quid", "pence")
	addUnit(fCurrency, dossier.KindMoney, "JPY", "yen", "¥", "jpy")
	addUnit(fCurrency, dossier.KindMoney, "CNY", "yuan", "renminbi", "rmb", "cny")
	addUnit(fCurrency, dossier.KindMoney, "INR", "rupees", "rupee", "rs", "rs.", "inr", "₹")
	addUnit(fCurrency, dossier.KindMoney, "RUB", "roubles", "rubles", "rouble", "ruble", "rub", "₽")
	addUnit(fCurrency, dossier.KindMoney, "BTC", "₿")
	addUnit(fCurrency, dossier.KindMoney, "", "francs", "pesos", "naira", "shillings", "dinars", "riyals", "rials", "lira",
		"liras", "baht", "ringgit", "rand", "hryvnia", "hryvnias", "won", "zloty", "kronor", "krona", "kroner", "dirhams",
		"bitcoin", "bitcoins", "reais", "real", "rupiah", "taka", "kwacha", "cedis", "pula", "shekels", "afghanis", "lei")
	addUnit(fPercent, dossier.KindPercent, "%", "%", "percent", "per-cent", "pct", "percentage", "percentages", "‰")
	addUnit(fMUnit, dossier.KindMeasure, "", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
		"mile", "mi", "metres", "meters", "metre", "meter", "m", "ft", "feet", "foot", "inches", "inch", "in.", "cm",
		"centimetres", "centimeters", "mm", "millimetres", "millimeters", "kg", "kgs", "kilograms", "kilogrammes", "kilos", "kilo",
		"grams", "gram", "g", "mg", "tonnes", "tons", "tonne", "ton", "lb", "lbs", "ounces", "oz", "litres", "liters",
		"litre", "liter", "gallons", "gallon", "barrels", "barrel", "bpd", "hectares", "hectare", "ha", "sq", "square",
		"degrees", "degree", "°", "°c", "°f", "celsius", "fahrenheit", "mph", "kph", "km/h", "knots", "knot",
		"magnitude", "richter", "mw", "gw", "kw", "kwh", "mwh", "megawatts", "gigawatts", "kilowatts", "watts", "volts",
		"kilotons", "kilotonnes", "megatons", "calories", "mb", "gb", "tb", "kb", "bytes", "megabytes", "gigabytes",
		"yards", "yard", "nautical", "cubic", "mcm", "bcm", "mmbtu", "decibels", "db", "hz", "mhz", "ghz", "pixels",
		"storeys", "stories", "floors", "laps", "times", "fold", "x", "per", "ppm", "mg/l", "psi", "bar", "pa", "kpa", "hpa", "millibars", "mb.",
		"km2", "km²", "m2", "m²", "mi2", "sqkm", "light-years", "light-year", "lightyears", "parsecs", "parsec")
	addUnit(fClock, dossier.KindMeasure, "", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "o’clock", "hrs.", "est", "edt", "pst", "pdt", "cet", "bst", "ist")
	add(fAge, "aged", "age", "ages")
	add(fApprox, "~", "≈")
	// Words of an epidemic: there, people in hospital are patients, not injured.
	add(fDisease, "outbreak", "outbreaks", "epidemic", "epidemics", "pandemic", "virus", "viruses", "infections",
		"infection", "infected", "infectious", "disease", "diseases", "measles", "cholera", "ebola", "covid", "covid-19",
		"coronavirus", "influenza", "flu", "dengue", "malaria", "tuberculosis", "mpox", "monkeypox", "diphtheria",
		"typhoid", "meningitis", "polio", "hepatitis", "norovirus", "salmonella", "listeria", "legionnaires", "anthrax",
		"sars", "mers", "h1n1", "h5n1", "zika", "plague", "contagion", "contagious", "vaccination", "vaccine", "vaccines", "cases")
	add(fHarm, "crash", "crashed", "crashes", "accident", "accidents", "collision", "collided", "derailed", "derailment",
		"attack", "attacks", "attacked", "attacker", "attackers", "explosion", "exploded", "explosions", "blast", "blasts",
		"bombing", "bomb", "bombs", "shooting", "gunman", "gunmen", "stabbing", "stampede", "fire", "blaze", "earthquake",
		"quake", "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods", "flooding", "landslide",
		"collapse", "collapsed", "wreck", "wreckage", "overturned", "injured", "wounded", "injuries", "wounds", "hurt", "burns")
	// Job losses: people affected ("cut 500 jobs", "300 workers were laid
	// off", "1,000 job cuts", "2,000 redundancies").
	addCue(fCueNoun, dossier.Affected, "layoffs", "lay-offs", "redundancies", "furloughs")
	addCue(fCueOf, dossier.Affected, "layoffs", "lay-offs", "redundancies", "furloughs")
	add(fJob, "jobs", "job", "positions", "posts", "roles")
	add(fStaff, "workers", "employees", "staff", "staffers", "worker", "employee")
	add(fJobMod, "job", "jobs", "staff", "workforce", "employee", "employees", "worker", "workers", "headcount", "payroll", "personnel")
	add(fJobCut, "cut", "cuts", "cutting", "axe", "axes", "axed", "axing", "ax", "slash", "slashes", "slashed", "slashing",
		"shed", "sheds", "shedding", "eliminate", "eliminates", "eliminated", "eliminating", "scrap", "scraps", "scrapped",
		"scrapping", "trim", "trims", "trimmed", "trimming", "dismiss", "dismisses", "dismissed", "dismissing", "sack", "sacks",
		"sacked", "sacking", "fire", "fires", "fired", "firing", "furlough", "furloughs", "furloughing", "lose", "loses", "lost", "losing",
		"suspend", "suspends", "suspended", "suspending")
	add(fMeasureNoun, "quake", "earthquake", "tremor", "aftershock", "temblor", "magnitude", "scale")

	// Words that never belong to a counted noun phrase though not stop words.
	add(fNotNP, "reportedly", "allegedly", "also", "each", "apiece", "respectively", "including", "included", "among",
		"said", "says", "told", "according", "yesterday", "today", "tomorrow", "tonight", "last", "this", "ago", "later",
		"earlier", "annually", "daily", "weekly", "monthly", "yearly", "respectively", "overall", "total", "altogether",
		"alone", "combined", "so", "far", "then", "there", "here", "now", "instead", "either", "too", "as", "well",
		"not", "no", "while", "whereas", "since", "until", "per", "plus", "minus", "versus", "vs", "vs.", "than", "ago", "nationwide", "worldwide",
		"still", "already", "now", "initially", "eventually", "originally", "apparently", "officially", "just", "only",
		"never", "ever", "recently", "previously", "together", "immediately", "ahead", "away", "back", "abroad",
		"overseas", "overnight", "aboard", "onboard", "alive", "locally", "elsewhere", "instead", "again", "inside", "outside", "due")

	// Verbs that end a noun phrase. Cue verbs are in the cue lists; "-ed"
	// forms are caught by shape.
	add(fVerb, "said", "say", "says", "told", "tell", "tells", "include", "includes", "including", "included", "remain",
		"remains", "remained", "were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "may", "might",
		"took", "take", "takes", "taken", "taking", "made", "make", "makes", "making", "gave", "give", "gives", "given",
		"got", "get", "gets", "went", "go", "goes", "gone", "came", "come", "comes", "saw", "see", "sees", "seen",
		"hit", "hits", "left", "leave", "leaves", "leaving", "lost", "lose", "loses", "losing", "won", "win", "wins",
		"fought", "fight", "fights", "fighting", "held", "hold", "holds", "holding", "brought", "bring", "brings",
		"stood", "stand", "stands", "found", "find", "finds", "thought", "think", "believe", "believed", "need", "needs",
		"fell", "fall", "falls", "rose", "rise", "rises", "ran", "run", "runs", "met", "meet", "meets", "sought",
		"seek", "seeks", "began", "begin", "begins", "begun", "shot", "struck", "strike", "became", "become", "becomes",
		"put", "puts", "set", "sets", "kept", "keep", "keeps", "led", "lead", "leads", "paid", "pay", "pays", "spent",
		"spend", "fled", "flee", "knew", "know", "knows", "known", "meant", "mean", "means", "felt", "feel", "sent",
		"built", "build", "sold", "sell", "bought", "buy", "caught", "catch", "claimed", "claim", "claims", "cost", "costs",
		"engaged", "destroyed", "damaged", "conducted", "received", "suffered", "involved", "involving", "providing",
		"provided", "rescued", "voted", "vote", "occurred", "collapsed", "attended", "gathered", "rallied", "joined",
		"marched", "protested", "crossed", "entered", "returned", "recovered", "survived", "died", "killed", "wounded",
		"spoke", "speak", "speaks", "wrote", "write", "writes", "broke", "chose", "drove", "ate", "flew", "forgot",
		"froze", "grew", "hid", "rode", "rang", "shook", "sang", "sank", "sat", "slept", "stole", "swam", "swore",
		"threw", "woke", "wore", "bore", "became", "blew", "bled", "dealt", "dug", "drew", "drank", "fed", "flung",
		"forgave", "heard", "knelt", "laid", "leapt", "lent", "lit", "sought", "spun", "sprang", "stuck", "strove",
		"swept", "swung", "taught", "tore", "understood", "wept", "withdrew", "withdraw", "arrived", "arrive", "arrives",
		"moved", "transferred", "relocated", "tested", "told", "asked", "urged", "warned", "added", "announced", "confirmed",
		"called", "showed", "shows", "appear", "appears", "appeared", "seem", "seems", "seemed", "continue", "continues",
		"continued", "helped", "help", "helps", "wanted", "want", "wants", "tried", "try", "tries", "used", "use", "uses",
		"work", "works", "worked", "live", "lived", "play", "played", "plays", "stayed", "stay", "stays", "waited",
		"await", "awaited", "awaits", "face", "faced", "faces", "remains", "admitted", "denied", "accused")
}

// lookup returns the lexicon entry for w, lower-casing ASCII letters into a
// stack buffer so that the hot path does not allocate.
func lookup(w string) *entry {
	var b [24]byte
	if len(w) == 0 || len(w) > len(b) {
		return nil
	}
	return lexicon[string(text.AppendLower(b[:0], w))]
}

// equalFold reports whether w equals the lower-case ASCII word lw, ignoring
// the case of w.
func equalFold(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}
