package attrib

import "strings"

// Word classes, one bit each, looked up once per token from a lower-cased
// table so the hot path never compares strings twice.
const (
	fCue        uint64 = 1 << iota // a speech or cognition verb form
	fPast                          // said, reported: past tense or participle
	fPartOnly                      // written, shown: participle only
	fPres                          // says, reports
	fBase                          // say, report
	fGer                           // saying, reporting
	fBe                            // is, was, been …
	fHave                          // has, have, had
	fModal                         // will, would, may …
	fDo                            // did, does, do
	fAdv                           // adverbs that sit between subject and cue: also, previously
	fNeg                           // not, n't, never
	fDet                           // the, a, this, his …
	fSubjPron                      // he, she, they …
	fObjPron                       // him, them …
	fPrep                          // of, in, for …
	fConj                          // and, or, but
	fSub                           // that, which, who, because …
	fStop                          // other function words that never end a speaker NP
	fHedge                         // believed, reportedly, may …
	fTime                          // Monday, yesterday, last, week …
	fDenial                        // denied, rejected: the source negates the content
	fSpeaker                       // officials, spokesman, police: a noun that can speak
	fMedium                        // statement, interview, briefing: "in a statement"
	fNoSubj                        // "it", "there": never a speaker
	fVerbish                       // common non-cue verbs that end a noun phrase
	fCap                           // starts with an upper-case letter
	fNum                           // a number token
	fEd                            // ends in -ed (verb or participle when lower case)
	fLy                            // ends in -ly (adverb when lower case)
	fNounLy                        // family, ally, early: -ly words that are not adverbs
	fIng                           // ends in -ing (a participle when lower case)
	fVerify                        // verified, confirm: doubt when negated
	fUnverified                    // unconfirmed, unverified
	fTrigger                       // according, in, reportedly, allegedly: cues the sentence scan tests by word
	fLight                         // issued, made, provided: verbs that issue a statement or figures
)

// fFunc marks words that never belong inside a speaker noun phrase.
const fFunc = fBe | fHave | fModal | fDo | fAdv | fNeg | fPrep | fConj | fSub | fStop | fTime | fVerbish | fObjPron

// cueForms lists speech and cognition verbs as base|3sg|past|participle|gerund.
var cueForms = []string{
	"say|says|said|said|saying",
	"tell|tells|told|told|telling",
	"state|states|stated|stated|stating",
	"report|reports|reported|reported|reporting",
	"announce|announces|announced|announced|announcing",
	"add|adds|added|added|adding",
	"claim|claims|claimed|claimed|claiming",
	"estimate|estimates|estimated|estimated|estimating",
	"believe|believes|believed|believed|believing",
	"suggest|suggests|suggested|suggested|suggesting",
	"confirm|confirms|confirmed|confirmed|confirming",
	"deny|denies|denied|denied|denying",
	"admit|admits|admitted|admitted|admitting",
	"warn|warns|warned|warned|warning",
	"write|writes|wrote|written|writing",
	"read|reads|read|read|reading", // "…," read the statement
	"tweet|tweets|tweeted|tweeted|tweeting",
	"post|posts|posted|posted|posting",
	"insist|insists|insisted|insisted|insisting",
	"note|notes|noted|noted|noting",
	"acknowledge|acknowledges|acknowledged|acknowledged|acknowledging",
	"express|expresses|expressed|expressed|expressing",
	"explain|explains|explained|explained|explaining",
	"argue|argues|argued|argued|arguing",
	"assert|asserts|asserted|asserted|asserting",
	"allege|alleges|alleged|alleged|alleging",
	"contend|contends|contended|contended|contending",
	"declare|declares|declared|declared|declaring",
	"predict|predicts|predicted|predicted|predicting",
	"reveal|reveals|revealed|revealed|revealing",
	"disclose|discloses|disclosed|disclosed|disclosing",
	"indicate|indicates|indicated|indicated|indicating",
	"mention|mentions|mentioned|mentioned|mentioning",
	"recall|recalls|recalled|recalled|recalling",
	"reply|replies|replied|replied|replying",
	"respond|responds|responded|responded|responding",
	"ask|asks|asked|asked|asking",
	"testify|testifies|testified|testified|testifying",
	"conclude|concludes|concluded|concluded|concluding",
	"concede|concedes|conceded|conceded|conceding",
	"caution|cautions|cautioned|cautioned|cautioning",
	"emphasize|emphasizes|emphasized|emphasized|emphasizing",
	"emphasise|emphasises|emphasised|emphasised|emphasising",
	"stress|stresses|stressed|stressed|stressing",
	"remark|remarks|remarked|remarked|remarking",
	"reiterate|reiterates|reiterated|reiterated|reiterating",
	"think|thinks|thought|thought|thinking",
	"fear|fears|feared|feared|fearing",
	"expect|expects|expected|expected|expecting",
	"urge|urges|urged|urged|urging",
	"vow|vows|vowed|vowed|vowing",
	"pledge|pledges|pledged|pledged|pledging",
	"promise|promises|promised|promised|promising",
	"complain|complains|complained|complained|complaining",
	"explain|explains|explained|explained|explaining",
	"write|writes|wrote|written|writing",
	"declare|declares|declared|declared|declaring",
	"describe|describes|described|described|describing",
	"accuse|accuses|accused|accused|accusing",
	"charge|charges|charged|charged|charging",
	"recount|recounts|recounted|recounted|recounting",
	"boast|boasts|boasted|boasted|boasting",
	"speculate|speculates|speculated|speculated|speculating",
	"propose|proposes|proposed|proposed|proposing",
	"demand|demands|demanded|demanded|demanding",
	"reject|rejects|rejected|rejected|rejecting",
	"dismiss|dismisses|dismissed|dismissed|dismissing",
	"show|shows|showed|shown|showing",
	"find|finds|found|found|finding",
	"agree|agrees|agreed|agreed|agreeing",
	"hope|hopes|hoped|hoped|hoping",
	"know|knows|knew|known|knowing",
	"continue|continues|continued|continued|continuing",
	"quip|quips|quipped|quipped|quipping",
	"joke|jokes|joked|joked|joking",
	"shout|shouts|shouted|shouted|shouting",
	"point|points|pointed|pointed|pointing", // only with "out" (cueNeedsNext)
	"maintain|maintains|maintained|maintained|maintaining",
	"call|calls|called|called|calling",
	"decline|declines|declined|declined|declining",
	"endorse|endorses|endorsed|endorsed|endorsing",
	"seek|seeks|sought|sought|seeking",
	"refuse|refuses|refused|refused|refusing",
	"defend|defends|defended|defended|defending",
	"praise|praises|praised|praised|praising",
	"question|questions|questioned|questioned|questioning",
	"offer|offers|offered|offered|offering",
	"seem|seems|seemed|seemed|seeming",
	"appear|appears|appeared|appeared|appearing",
	"observe|observes|observed|observed|observing",
	"tout|touts|touted|touted|touting",
	"criticize|criticizes|criticized|criticized|criticizing",
	"blame|blames|blamed|blamed|blaming",
	"advise|advises|advised|advised|advising",
	"inform|informs|informed|informed|informing",
	"answer|answers|answered|answered|answering",
	"repeat|repeats|repeated|repeated|repeating",
	"brief|briefs|briefed|briefed|briefing",
	"cite|cites|cited|cited|citing",
	"quote|quotes|quoted|quoted|quoting",
	"wonder|wonders|wondered|wondered|wondering",
	"predict|predicts|predicted|predicted|predicting",
	"acknowledge|acknowledges|acknowledged|acknowledged|acknowledging",
	"feel|feels|felt|felt|feeling",
	"doubt|doubts|doubted|doubted|doubting",
	"worry|worries|worried|worried|worrying",
	"assure|assures|assured|assured|assuring",
	"threaten|threatens|threatened|threatened|threatening",
	"count|counts|counted|counted|counting", // only "had counted 97 …" (weakCues)
}

// cueNeedsNext names cue lemmas' forms that are cues only before a particle:
// "pointed out", never "pointed" alone.
var cueNeedsNext = map[string]string{
	"point": "out", "points": "out", "pointed": "out", "pointing": "out",
}

// broadCues are verbs of stance and request that PolNeAR counts as cues —
// "declined to comment", "called the plan a disgrace", "urged voters to" —
// but only with a speaker before them: they are never inverted.
var broadCues = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true,
	"describe": true, "describes": true, "described": true, "describing": true,
	"decline": true, "declines": true, "declined": true, "declining": true,
	"accuse": true, "accuses": true, "accused": true, "accusing": true,
	"endorse": true, "endorses": true, "endorsed": true, "endorsing": true,
	"criticize": true, "criticizes": true, "criticized": true, "criticizing": true,
	"seek": true, "seeks": true, "sought": true,
	"refuse": true, "refuses": true, "refused": true,
	"cite": true, "cites": true, "cited": true,
	"urge": true, "urges": true, "urged": true, "urging": true,
	"defend": true, "defends": true, "defended": true, "defending": true,
	"praise": true, "praises": true, "praised": true, "praising": true,
	"question": true, "questions": true, "questioned": true, "questioning": true,
	"offer": true, "offers": true, "offered": true,
	"seem": true, "seems": true, "seemed": true,
	"appear": true, "appears": true, "appeared": true,
	"hopes": true, "hoped": true,
}

// weakCues are forms too often used in other senses to be cues without a
// complement that confirms them ("that", a quote, a colon).
var weakCues = map[string]bool{
	"read": true, "reads": true, "reading": true,
	"agree": true, "agrees": true, "agreed": true, "agreeing": true, // "agreed to compensate": a deal, not a report
	"post": true, "posts": true, "posted": true, "posting": true,
	"show": true, "shows": true, "showed": true, "shown": true, "showing": true,
	"find": true, "finds": true, "found": true, "finding": true,
	"know": true, "knows": true, "knew": true, "known": true, "knowing": true,
	"continue": true, "continues": true, "continued": true, "continuing": true,
	"charge": true, "charges": true, "charged": true, "charging": true,
	"express": true, "expresses": true, "expressing": true,
	"add": true, "adds": true,
	"expect": true, "expects": true, "expecting": true,
	"hope": true, "hoping": true,
	"thinking": true, "believing": true,
	"ask": true, "asks": true, "asked": true, "asking": true,
	"feel": true, "feels": true, "felt": true, "feeling": true,
	"promise": true, "promises": true, "promised": true, "promising": true,
	"demand": true, "demands": true, "demanded": true, "demanding": true,
	"quote": true, "quotes": true, "quoted": true, "quoting": true,
	"citing": true,
	"brief":  true, "briefs": true, "briefed": true, "briefing": true,

	"answer": true, "answers": true, "answered": true, "answering": true,

	"blame": true, "blames": true, "blamed": true, "blaming": true,

	"repeat": true, "repeats": true, "repeated": true, "repeating": true,
	"observe": true, "observes": true, "observed": true, "observing": true,
	"maintain": true, "maintains": true, "maintained": true, "maintaining": true,
	"reject": true, "rejects": true, "rejected": true, "rejecting": true,
	"dismiss": true, "dismisses": true, "dismissed": true, "dismissing": true,
	"threaten": true, "threatens": true, "threatened": true, "threatening": true,

	"report": true, "reports": true, "reporting": true, // nouns as often as verbs
	"estimate": true, "estimates": true,
	"claim": true, "claims": true,
	"fear": true, "fears": true,
	"doubt": true, "doubts": true,
	"worry": true, "worries": true, "worried": true, "worrying": true,
	"advise": true, "advises": true, "advised": true, "advising": true,
	"inform": true, "informs": true, "informed": true, "informing": true,
	"propose": true, "proposes": true, "proposed": true, "proposing": true,
	"note": true, "notes": true,
	"tweet": true, "tweets": true,
	"warning": true,
	"state":   true, "states": true, "remark": true, "remarks": true, "stresses": true,
	"pledge": true, "pledges": true,
	"count": true, "counts": true, "counted": true, "counting": true,
}

var lex = map[string]uint64{}

// lexLens[b] has bit n set when some lexicon word of n bytes starts with
// byte b: most tokens are no lexicon word, and this rules them out
// without a map lookup.
var lexLens [256]uint32

// kind of word → lower-case words.
var classes = []struct {
	f     uint64
	words string
}{
	{fBe, "is are was were be been being am 're ’re"},
	{fHave, "has have had having 've ’ve"},
	{fModal, "will would may might could can should must shall 'll ’ll 'd ’d"},
	{fDo, "did does do"},
	{fAdv, "twice always usually sometimes constantly consistently loudly forcefully long since however meanwhile instead now moreover furthermore additionally indeed thus overall finally nonetheless nevertheless also previously repeatedly recently reportedly later once never just already frequently often publicly privately again first then still earlier further separately initially similarly subsequently simply flatly strongly openly angrily bluntly proudly falsely correctly wrongly quickly quietly bluntly emphatically immediately allegedly reportedly even only ultimately specifically explicitly directly formally officially previously long"},
	{fNeg, "not n't n’t never"},
	{fDet, "the a an this these those his her its their our my your some any each every no another both either neither such"},
	{fSubjPron, "he she they we i you it"},
	{fObjPron, "him them us me"},
	{fPrep, "of in for at from on with by to about under over into onto near after before during without within among between against through across toward towards via per including like than despite since upon amid"},
	{fConj, "and or but nor yet so &"},
	{fSub, "that which who whom whose when where while because although though if whether as since unless until whereas how what why"},
	{fStop, "not there here also too very more most less least much many few"},
	{fHedge, "believed believe believes reportedly allegedly suggest suggests suggested suggesting may might could possibly likely probably perhaps preliminary estimated estimate estimates estimating unconfirmed unverified apparently approximately roughly purportedly presumably seemingly supposedly thought expected appears appeared seems seemed feared"},
	{fTime, "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow last this next week month year weekend morning afternoon evening night earlier later recently day days weeks months years ago jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. january february march april june july august september october november december"},
	{fDenial, "deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes refuted disputed disputes dispute"},
	{fSpeaker, "rescuers medics doctors workers officials official lawmakers lawmaker spokesman spokeswoman spokesperson spokespeople police authorities authority experts expert analysts analyst reports report study studies survey poll polls researchers researcher scientists sources source government ministry military army officers officer witnesses witness residents resident diplomats diplomat statement agency president minister leader leaders defector defectors observers observer prosecutors prosecutor investigators investigator critics critic supporters aides aide advisers adviser advisor campaign officials people"},
	{fMedium, "announcement bulletin communique statement interview briefing report conference call speech post tweet letter email e-mail message release interviews statements remarks session hearing meeting address op-ed memo update updates video broadcast"},
	{fNoSubj, "it there this that what which who"},
	{fNounLy, "early family ally rally supply assembly daily weekly monthly quarterly elderly costly deadly friendly lonely holy ugly anomaly reply monopoly italy july bully jelly belly lily tally kelly sally billy molly holly emily"},
	{fVerify, "verified verify confirmed confirm corroborated corroborate"},
	{fUnverified, "unconfirmed unverified"},
	{fTrigger, "according in reportedly allegedly by"},
	{fTrigger | fLight, "issued issues issue released releases made makes posted posts published publishes gave gives sent sends shared shares put puts putting placed places place raised raises revised revises lowered lowers updated updates increased increases provided compiled supplied collected gathered given"},
	{fVerbish, "is are was were be been has have had do does did will would can could may might should must get gets got make makes made go goes went take takes took come comes came give gives gave keep kept want wants wanted need needs needed seem seems seemed become became called call calls"},
}

func init() {
	for _, c := range classes {
		for _, w := range strings.Fields(c.words) {
			lex[w] |= c.f
		}
	}
	for _, line := range cueForms {
		p := strings.Split(line, "|")
		if len(p) != 5 {
			continue
		}
		lex[p[0]] |= fCue | fBase
		lex[p[1]] |= fCue | fPres
		lex[p[4]] |= fCue | fGer
		if p[2] == p[3] {
			lex[p[2]] |= fCue | fPast
		} else {
			lex[p[2]] |= fCue | fPast
			lex[p[3]] |= fCue | fPartOnly
		}
	}
	for w := range lex {
		if n := len(w); n > 0 && n < 32 {
			lexLens[w[0]] |= 1 << n
		}
	}
	lexTable = newLexTab(lex)
	verbTable = newVerbTab()
}

// Verb classes of verbTable: the word sets verbCue asks about for every
// cue candidate, looked up once by the word's hash instead of one Go map
// each (they were a quarter of verbCue's time).
const (
	vBroad     uint64 = 1 << iota // broadCues
	vWeak                         // weakCues
	vTell                         // tellVerbs
	vNeedsNext                    // cueNeedsNext
	vGo                           // goForm
	vLenShift  = 8                // the word's length from this bit up
)

var verbTable lexTab

func newVerbTab() lexTab {
	m := map[string]uint64{}
	for _, set := range []struct {
		words map[string]bool
		c     uint64
	}{{broadCues, vBroad}, {weakCues, vWeak}, {tellVerbs, vTell}, {goForm, vGo}} {
		for w, ok := range set.words {
			if ok {
				m[w] |= set.c
			}
		}
	}
	for w := range cueNeedsNext {
		m[w] |= vNeedsNext
	}
	for w, c := range m {
		m[w] = c | uint64(len(w))<<vLenShift
	}
	return newLexTab(m)
}

// verbClass returns the verbTable classes of token i: the hash classify
// left names the word, and its length rules out a normalised non-ASCII
// word hashing as an ASCII one.
func (s *scratch) verbClass(i int) uint64 {
	if i < 0 || i >= len(s.wh) || s.wh[i] == 0 {
		return 0
	}
	w := s.word(i)
	c := verbTable.getFold(s.wh[i], w)
	if c>>vLenShift != uint64(len(w)) {
		return 0
	}
	return c
}

// lexTab is lex as an open-addressing table keyed by an FNV-1a hash the
// caller computes while it lower-cases the word, so a lookup hashes
// nothing; as a Go map it took a tenth of the rules' time. The hash alone
// names the word: its low bits pick the slot and its high 32 are kept in
// it, so a word outside the lexicon takes a lexicon word's classes about
// once in 2^32 lookups (comparing the words too cost 3% of the stage in
// the pipeline). newLexTab keeps the words to compare only when two
// lexicon words share those 32 bits. A slot is eight bytes, so the table
// is 16 KB: in the pipeline the stages before evict it between documents,
// and every cache line it takes is one more to bring back.
type lexTab struct {
	mask  uint64
	slots []uint64 // the hash's high 32 bits, then packLex(classes); 0 empty
	words []string // nil unless two lexicon words share a tag
}

// packLex packs the classes a lexicon word can have into 31 bits: the
// bits classify computes itself (fCap, fNum, fEd, fLy, fIng) are never
// stored, and the ones above them move down into their place.
func packLex(f uint64) uint64 {
	return f&(1<<26-1) | (f>>30&1)<<26 | (f>>32&0xF)<<27
}

func unpackLex(p uint64) uint64 {
	return p&(1<<26-1) | (p>>26&1)<<30 | (p>>27&0xF)<<32
}

const (
	lexSeed  uint64 = 14695981039346656037
	lexPrime uint64 = 1099511628211
)

var lexTable lexTab

func lexHash(w string) uint64 {
	h := lexSeed
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * lexPrime
	}
	return h
}

func newLexTab(m map[string]uint64) lexTab {
	n := 1
	for n < 2*len(m) {
		n <<= 1
	}
	t := lexTab{mask: uint64(n - 1), slots: make([]uint64, n)}
	words := make([]string, n)
	seen := make(map[uint64]bool, len(m))
	for w, f := range m {
		if f == 0 {
			continue
		}
		h := lexHash(w)
		if seen[h>>32] {
			t.words = words
		}
		seen[h>>32] = true
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i], words[i] = h>>32<<32|packLex(f), w
	}
	return t
}

// touch reads the table's every cache line (eight slots) in order and
// returns their sum, for the caller to keep so the reads stay.
func (t *lexTab) touch() uint64 {
	var sum uint64
	for i := 0; i < len(t.slots); i += 8 {
		sum += t.slots[i]
	}
	return sum
}

// getFold returns the classes of word w, ignoring ASCII case, whose
// lower-case hash is h.
func (t *lexTab) getFold(h uint64, w string) uint64 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl == 0 {
			return 0
		}
		if sl>>32 == h>>32 && (t.words == nil || equalLowerASCII(t.words[i], w)) {
			return unpackLex(sl & (1<<32 - 1))
		}
	}
}

// equalLowerASCII reports whether w, lower-cased in ASCII, is lower.
func equalLowerASCII(lower, w string) bool {
	if len(lower) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// get returns the classes of lower-case word w whose hash is h.
func (t *lexTab) get(h uint64, w []byte) uint64 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl == 0 {
			return 0
		}
		if sl>>32 == h>>32 && (t.words == nil || t.words[i] == string(w)) {
			return unpackLex(sl & (1<<32 - 1))
		}
	}
}
