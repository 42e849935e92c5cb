package reconcile

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dossierhq/dossier"
)

// form is one distinct surface form of entity mentions: a type and a text
// (white space normalised), with the canonical name the NER stage gave it.
type form struct {
	text      string
	typ       dossier.EntityType
	canonical string
	mentions  int
	node      int32
}

type formKey struct {
	typ  dossier.EntityType
	text string
}

// node is one normalised name of one type: every form whose name folds to
// the same key ("Zelenskyy", "ZELENSKYY") shares it. Nodes are merged
// into clusters (ledger entities) with a union-find over node indexes.
type node struct {
	typ      dossier.EntityType
	key      string   // folded name
	name     string   // the name as first written
	toks     []string // words of key
	mentions int
	acronym  bool // written like an acronym ("NIS")
	derived  bool // a demonym turned into its country ("North Korean")
}

// description is a source text that an article links to an entity
// ("Seoul's spy agency" → the NIS mention of the same article).
type description struct {
	text  string
	count int
	// targets counts the clusters (by a node of each) it was linked to.
	targets map[int32]int
}

// entities groups mentions into ledger entities.
type entities struct {
	forms    map[formKey]int32
	formList []form
	nodes    map[formKey]int32 // (type, key) → node
	nodeList []node
	parent   []int32
	descs    map[string]*description // by folded text
	descKeys []string                // insertion order, for determinism

	// Filled by resolve.
	ids    []string // node → ledger entity id (of its cluster)
	ledger []dossier.LedgerEntity
	byID   map[string]int // ledger id → index in ledger
	byName map[string]string
	// lookups caches lookup by the text as written.
	lookups map[string]string
	// tails maps the last two words of names and descriptions to the
	// entities they end (see generic).
	tails map[string][]string
}

func newEntities() *entities {
	return &entities{
		forms:   map[formKey]int32{},
		nodes:   map[formKey]int32{},
		descs:   map[string]*description{},
		lookups: map[string]string{},
	}
}

// addForm interns a mention's form and returns its index.
func (es *entities) addForm(text string, typ dossier.EntityType, canonical string) int32 {
	text = normSpace(text)
	fk := formKey{typ, text}
	if i, ok := es.forms[fk]; ok {
		es.formList[i].mentions++
		es.nodeList[es.formList[i].node].mentions++
		return i
	}
	ntyp, name, derived := nameOf(text, typ, canonical)
	n := es.addNode(ntyp, name)
	nd := &es.nodeList[n]
	nd.mentions++
	nd.derived = nd.derived || derived
	nd.acronym = nd.acronym || isAcronym(name)
	// "National Intelligence Service (NIS)" names the acronym as well.
	if typ == dossier.Org && strings.HasSuffix(name, ")") {
		if open := strings.LastIndex(name, " ("); open > 0 {
			full, acr := name[:open], name[open+2:len(name)-1]
			if isAcronym(acr) && acronymOf(acronymLetters(acr), key(full)) {
				es.union(n, es.addNode(typ, full))
				es.union(n, es.addNode(typ, acr))
			}
		}
	}
	i := int32(len(es.formList))
	es.formList = append(es.formList, form{text: text, typ: typ, canonical: canonical, mentions: 1, node: n})
	es.forms[fk] = i
	return i
}

func (es *entities) addNode(typ dossier.EntityType, name string) int32 {
	k := key(name)
	nk := formKey{typ, k}
	if n, ok := es.nodes[nk]; ok {
		return n
	}
	n := int32(len(es.nodeList))
	es.nodeList = append(es.nodeList, node{typ: typ, key: k, name: name, toks: strings.Fields(k), acronym: isAcronym(name)})
	es.parent = append(es.parent, n)
	es.nodes[nk] = n
	return n
}

func (es *entities) find(n int32) int32 {
	for es.parent[n] != n {
		es.parent[n] = es.parent[es.parent[n]]
		n = es.parent[n]
	}
	return n
}

func (es *entities) union(a, b int32) {
	ra, rb := es.find(a), es.find(b)
	if ra == rb {
		return
	}
	// The smaller index stays root: the result does not depend on the
	// order of unions.
	if rb < ra {
		ra, rb = rb, ra
	}
	es.parent[rb] = ra
}

// addDescription records that an article links a source written as text to
// the mention whose form is f.
func (es *entities) addDescription(text string, f int32) {
	text = cleanDescription(text)
	if !isProperDescription(text) {
		return
	}
	k := key(text)
	if k == es.nodeList[es.formList[f].node].key || k == key(es.formList[f].text) {
		return // the name itself, not a description
	}
	d := es.descs[k]
	if d == nil {
		d = &description{text: text, targets: map[int32]int{}}
		es.descs[k] = d
		es.descKeys = append(es.descKeys, k)
	}
	d.count++
	d.targets[es.formList[f].node]++
}

// cleanDescription trims a source text to the phrase that names: without
// an apposition or relative clause ("Lee Seong-kweun, who sits on…") or a
// leading "the". A coordination ("Lee and Park", "neither Moscow nor
// Pyongyang") names several and gives "".
func cleanDescription(text string) string {
	text = normSpace(text)
	if i := strings.IndexAny(text, ",;(—–"); i >= 0 {
		text = strings.TrimSpace(text[:i])
	}
	for _, w := range []string{" who ", " which ", " that "} {
		if i := strings.Index(text, w); i >= 0 {
			text = text[:i]
		}
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w == "and" || w == "or" || w == "nor" || w == "neither" || w == "&" {
			return ""
		}
	}
	for _, d := range []string{"the ", "The "} {
		text = strings.TrimPrefix(text, d)
	}
	return text
}

// isAliasText reports whether a source description reads as a name for
// its entity ("Seoul's spy agency") rather than a whole noun phrase with an
// appositive, a relative clause or a list ("Lee, who sits on the
// committee", "Lawmakers Lee and Park").
func isAliasText(text string) bool {
	if strings.ContainsAny(text, ",;()") || len(strings.Fields(text)) > 6 {
		return false
	}
	for _, w := range strings.Fields(text) {
		switch strings.ToLower(w) {
		case "and", "or", "who", "which", "that", "whose":
			return false
		}
	}
	return true
}

// pronouns never become aliases.
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "his": true, "its": true, "their": true,
	"who": true, "which": true, "that": true, "this": true, "these": true, "those": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true,
}

// isProperDescription reports whether a source text can name one entity
// across articles: two words or more, one of them capitalised and not a
// determiner ("Seoul's spy agency", "South Korea's intelligence agency"),
// not a pronoun or a generic phrase ("the agency", "officials").
func isProperDescription(text string) bool {
	fs := strings.Fields(text)
	if len(fs) < 2 || pronouns[strings.ToLower(text)] {
		return false
	}
	for _, w := range fs {
		r := w[0]
		if 'A' <= r && r <= 'Z' && !determiners[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// titles are words that precede a person's name ("President Zelenskyy",
// "spokesperson John Kirby"); suffixes follow it.
var titles = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "mr": true, "mrs": true,
	"ms": true, "miss": true, "dr": true, "prof": true, "professor": true, "gen": true,
	"general": true, "lt": true, "lieutenant": true, "col": true, "colonel": true, "maj": true,
	"capt": true, "captain": true, "sgt": true, "sergeant": true, "adm": true, "admiral": true,
	"cmdr": true, "commander": true, "sen": true, "senator": true, "rep": true,
	"representative": true, "gov": true, "governor": true, "mayor": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "sheikh": true,
	"chancellor": true, "secretary": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "chief": true, "director": true, "ambassador": true, "judge": true,
	"justice": true, "lawmaker": true, "leader": true, "deputy": true, "chairman": true,
	"chairwoman": true, "ceo": true, "envoy": true, "commissioner": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "rev": true, "reverend": true, "premier": true,
	"marshal": true, "field": true, "coach": true, "officer": true, "spokesperson's": true,
}

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// stripTitles drops the titles and what precedes them from a person's name
// ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy") and
// suffixes after it ("Jr.").
func stripTitles(text string) string {
	fs := strings.Fields(text)
	for len(fs) > 1 && suffixes[key(fs[len(fs)-1])] {
		fs = fs[:len(fs)-1]
	}
	start := 0
	for i := len(fs) - 2; i >= 0; i-- {
		if titles[key(fs[i])] {
			start = i + 1
			break
		}
	}
	return strings.TrimRight(strings.Join(fs[start:], " "), ",")
}

// nameOf gives the type and name under which a form is grouped: a demonym
// with a country as canonical name becomes that country (GPE); a person's
// name loses its titles; places take their canonical name.
func nameOf(text string, typ dossier.EntityType, canonical string) (dossier.EntityType, string, bool) {
	switch typ {
	case dossier.NORP:
		if canonical != "" && key(canonical) != key(text) {
			return dossier.GPE, canonical, true
		}
	case dossier.GPE, dossier.Loc:
		if canonical != "" {
			return typ, canonical, false
		}
	case dossier.Person:
		if s := stripTitles(text); s != "" {
			return typ, s, false
		}
	}
	if strings.HasPrefix(text, "the ") || strings.HasPrefix(text, "The ") {
		text = text[4:]
	}
	return typ, text, false
}

// linkAcronym merges an acronym mention right after a name ("National
// Intelligence Service (NIS)") when its letters abbreviate the name.
func (es *entities) linkAcronym(nameForm, acrForm int32) {
	a, b := &es.formList[nameForm], &es.formList[acrForm]
	if !isAcronym(b.text) || b.typ == dossier.Person {
		return
	}
	na := &es.nodeList[a.node]
	if na.acronym || len(na.toks) < 2 || a.typ == dossier.Person || a.typ == dossier.NORP {
		return
	}
	if acronymOf(acronymLetters(b.text), na.key) {
		es.union(a.node, b.node)
	}
}

// merge applies the cross-document rules that need every node: spelling
// variants and surnames of people, acronyms by unique initials, and the
// same place typed GPE in one article and LOC in another.
func (es *entities) merge() {
	es.mergePersons()
	es.mergeAcronyms()
	for n := range es.nodeList {
		nd := &es.nodeList[n]
		if nd.typ == dossier.Loc {
			if g, ok := es.nodes[formKey{dossier.GPE, nd.key}]; ok {
				es.union(int32(n), g)
			}
		}
	}
}

// firstCompatible reports whether two first names can be the same person's:
// equal, or one is the other's initial.
func firstCompatible(a, b string) bool {
	if a == b {
		return true
	}
	return (len(a) == 1 || len(b) == 1) && a[0] == b[0]
}

// surnameVariant reports whether two surnames are spelling variants:
// sharing their first three letters and within edit distance 1 (6
// letters or more) or 2 (9 letters or more) — Zelenskyy, Zelensky,
// Zelenskiy. Transliterations differ in their endings far more than in
// their openings.
func surnameVariant(a, b string) bool {
	if a == b {
		return true
	}
	n := min(len(a), len(b))
	if n < 6 || a[:3] != b[:3] {
		return false
	}
	max := 1
	if n >= 9 {
		max = 2
	}
	return editDistance(a, b, max) <= max
}

func (es *entities) mergePersons() {
	var full, single []int32
	for n := range es.nodeList {
		nd := &es.nodeList[n]
		if nd.typ != dossier.Person || len(nd.toks) == 0 {
			continue
		}
		if len(nd.toks) == 1 {
			single = append(single, int32(n))
		} else {
			full = append(full, int32(n))
		}
	}
	// Middle names: "George Bush" is "George W. Bush" only when no other
	// middle name ("George H. W. Bush") competes for it.
	byReduced := map[string][]int32{}
	for _, n := range full {
		t := es.nodeList[n].toks
		r := t[0] + " " + t[len(t)-1]
		byReduced[r] = append(byReduced[r], n)
	}
	reducedKeys := sortedKeys(byReduced)
	for _, r := range reducedKeys {
		ns := byReduced[r]
		middles := map[string]bool{}
		for _, n := range ns {
			t := es.nodeList[n].toks
			if len(t) > 2 {
				middles[strings.Join(t[1:len(t)-1], " ")] = true
			}
		}
		if len(middles) > 1 {
			continue
		}
		for _, n := range ns[1:] {
			es.union(ns[0], n)
		}
	}
	// Spelling variants of the surname with the same first name. Variants
	// share their first three letters (surnameVariant), so names are
	// compared only within such a block.
	type pair struct{ first, last string }
	rep := map[pair]int32{}
	block := map[string][]pair{} // first three letters of a surname → names
	var pairs []pair
	for _, r := range reducedKeys {
		first, last, _ := strings.Cut(r, " ")
		p := pair{first, last}
		rep[p] = byReduced[r][0]
		pairs = append(pairs, p)
		block[prefix3(last)] = append(block[prefix3(last)], p)
	}
	// variants calls fn with the names whose surname is a variant of last.
	variants := func(last string, fn func(q pair)) {
		for _, q := range block[prefix3(last)] {
			if surnameVariant(last, q.last) {
				fn(q)
			}
		}
	}
	byFirstLast := map[string][]pair{} // first name + block → names
	for _, p := range pairs {
		k := p.first + " " + prefix3(p.last)
		byFirstLast[k] = append(byFirstLast[k], p)
	}
	for _, k := range sortedKeys(byFirstLast) {
		ps := byFirstLast[k]
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				if surnameVariant(ps[i].last, ps[j].last) {
					es.union(rep[ps[i]], rep[ps[j]])
				}
			}
		}
	}
	// An initial ("V. Zelenskyy") joins the one full first name it fits.
	for _, p := range pairs {
		if len(p.first) != 1 {
			continue
		}
		roots := map[int32]bool{}
		variants(p.last, func(q pair) {
			if len(q.first) > 1 && q.first[0] == p.first[0] {
				roots[es.find(rep[q])] = true
			}
		})
		if len(roots) == 1 {
			for root := range roots {
				es.union(rep[p], root)
			}
		}
	}
	// A lone name ("Zelenskyy", "President Zelensky") is the one full name
	// whose surname (or, for names written surname first, first name) it
	// matches; two candidates ("Kim": Kim Jong Un, Stella Kim) block it.
	byFirst := map[string][]int32{}
	for _, r := range reducedKeys {
		first, _, _ := strings.Cut(r, " ")
		byFirst[first] = append(byFirst[first], byReduced[r][0])
	}
	for _, n := range single {
		t := es.nodeList[n].toks[0]
		roots := map[int32]bool{}
		variants(t, func(q pair) { roots[es.find(rep[q])] = true })
		for _, m := range byFirst[t] {
			roots[es.find(m)] = true
		}
		if len(roots) == 1 {
			for root := range roots {
				es.union(n, root)
			}
		}
	}
}

func prefix3(s string) string { return s[:min(3, len(s))] }

// mergeAcronyms joins an acronym no article spelled out to the one
// organisation of the corpus whose initials it is.
func (es *entities) mergeAcronyms() {
	byInitials := map[string][]int32{}
	hasFull := map[int32]bool{}
	for n := range es.nodeList {
		nd := &es.nodeList[n]
		if nd.typ == dossier.Org && !nd.acronym && len(nd.toks) >= 2 {
			in := initials(nd.key)
			byInitials[in] = append(byInitials[in], int32(n))
			hasFull[es.find(int32(n))] = true
		}
	}
	for n := range es.nodeList {
		nd := &es.nodeList[n]
		if !nd.acronym || hasFull[es.find(int32(n))] {
			continue
		}
		if nd.typ != dossier.Org && nd.typ != dossier.Misc && nd.typ != dossier.NoLabel {
			continue
		}
		roots := map[int32]bool{}
		for _, m := range byInitials[strings.ReplaceAll(nd.key, " ", "")] {
			roots[es.find(m)] = true
		}
		if len(roots) == 1 {
			for root := range roots {
				es.union(int32(n), root)
			}
		}
	}
}

// resolve builds the ledger entities of the merged clusters: names,
// stable ids, aliases with counts. docs counts the documents of each
// cluster by its root node.
func (es *entities) resolve(docs map[int32]int) {
	// The best form of each node names it: its most frequent text.
	bestForm := make([]int32, len(es.nodeList))
	for i := range bestForm {
		bestForm[i] = -1
	}
	for f := range es.formList {
		fm := &es.formList[f]
		b := bestForm[fm.node]
		if b < 0 || fm.mentions > es.formList[b].mentions ||
			fm.mentions == es.formList[b].mentions && fm.text < es.formList[b].text {
			bestForm[fm.node] = int32(f)
		}
	}
	members := map[int32][]int32{}
	for n := range es.nodeList {
		r := es.find(int32(n))
		members[r] = append(members[r], int32(n))
	}
	roots := make([]int32, 0, len(members))
	for r := range members {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	es.ids = make([]string, len(es.nodeList))
	es.byID = map[string]int{}
	es.byName = map[string]string{}
	clusterOf := map[int32]int{} // root → ledger index
	for _, r := range roots {
		ms := members[r]
		// The canonical node: a full name before an acronym, a lone
		// surname or a demonym; then the most mentioned.
		best := ms[0]
		for _, m := range ms[1:] {
			if nodeBetter(&es.nodeList[m], &es.nodeList[best]) {
				best = m
			}
		}
		bn := &es.nodeList[best]
		name := displayName(es, best, bestForm[best])
		id := strings.ToLower(string(bn.typ))
		if id == "" {
			id = "entity"
		}
		id += "-" + slug(bn.key)
		for k := 2; ; k++ {
			if _, taken := es.byID[id]; !taken {
				break
			}
			id = strings.TrimSuffix(id, "-"+strconv.Itoa(k-1)) + "-" + strconv.Itoa(k)
		}
		le := dossier.LedgerEntity{ID: id, Name: name, Type: bn.typ, Documents: docs[r]}
		for _, m := range ms {
			es.ids[m] = id
			le.Mentions += es.nodeList[m].mentions
			es.byName[es.nodeList[m].key] = mergeName(es.byName[es.nodeList[m].key], id)
		}
		clusterOf[r] = len(es.ledger)
		es.byID[id] = len(es.ledger)
		es.ledger = append(es.ledger, le)
	}
	// Aliases: every form's text and every description, with counts.
	aliases := make([]map[string]int, len(es.ledger))
	for f := range es.formList {
		fm := &es.formList[f]
		li := clusterOf[es.find(fm.node)]
		if aliases[li] == nil {
			aliases[li] = map[string]int{}
		}
		aliases[li][fm.text] += fm.mentions
		es.byName[key(fm.text)] = mergeName(es.byName[key(fm.text)], es.ledger[li].ID)
	}
	for _, k := range es.descKeys {
		d := es.descs[k]
		// A description joins the cluster most articles link it to.
		var bestRoot int32 = -1
		votes := map[int32]int{}
		for n, c := range d.targets {
			votes[es.find(n)] += c
		}
		for r, c := range votes {
			if bestRoot < 0 || c > votes[bestRoot] || c == votes[bestRoot] && r < bestRoot {
				bestRoot = r
			}
		}
		li := clusterOf[bestRoot]
		if aliases[li] == nil {
			aliases[li] = map[string]int{}
		}
		if isAliasText(d.text) {
			aliases[li][d.text] += d.count
		}
		// Only an unambiguous description resolves sources elsewhere.
		if len(votes) == 1 {
			es.byName[k] = mergeName(es.byName[k], es.ledger[li].ID)
		} else {
			es.byName[k] = mergeName(es.byName[k], "")
		}
	}
	// Tails index the last two words of organisations' names and of
	// every proper description, for generic descriptions ("the
	// country's spy agency" → "spy agency" → the NIS).
	es.tails = map[string][]string{}
	addTail := func(k, id string) {
		t := tailOf(strings.Fields(k))
		if t == "" {
			return
		}
		if !slices.Contains(es.tails[t], id) {
			es.tails[t] = append(es.tails[t], id)
		}
	}
	for i := range es.ledger {
		if es.ledger[i].Type == dossier.Org {
			addTail(key(es.ledger[i].Name), es.ledger[i].ID)
		}
	}
	for i := range es.ledger {
		for t := range aliases[i] {
			if isProperDescription(t) && es.ledger[i].Type != dossier.Person {
				addTail(key(t), es.ledger[i].ID)
			}
		}
	}
	for i := range es.ledger {
		le := &es.ledger[i]
		type ac struct {
			text  string
			count int
		}
		var as []ac
		for t, c := range aliases[i] {
			if t != le.Name {
				as = append(as, ac{t, c})
			}
		}
		slices.SortFunc(as, func(a, b ac) int {
			if c := cmp.Compare(b.count, a.count); c != 0 {
				return c
			}
			return strings.Compare(a.text, b.text)
		})
		for _, a := range as {
			le.Aliases = append(le.Aliases, a.text)
		}
	}
}

// mergeName records that a folded name leads to id; a name leading to two
// entities leads to none ("\x00" marks the conflict).
func mergeName(old, id string) string {
	switch {
	case old == "" || old == id:
		return id
	default:
		return "\x00"
	}
}

// lookup returns the ledger entity id a written name resolves to through
// the corpus's names, variants and descriptions, or "".
func (es *entities) lookup(text string) string {
	if id, ok := es.lookups[text]; ok {
		return id
	}
	id := es.lookupKey(text)
	es.lookups[text] = id
	return id
}

func (es *entities) lookupKey(text string) string {
	k := key(text)
	if id := es.byName[k]; id != "\x00" && id != "" {
		return id
	}
	if s := key(stripTitles(text)); s != k {
		if id := es.byName[s]; id != "\x00" {
			return id
		}
	}
	return ""
}

// tailOf returns the last two words of a folded name, with the words for
// a spy agency made one ("spy agency", "intelligence service").
func tailOf(ws []string) string {
	if len(ws) < 2 {
		return ""
	}
	a, b := ws[len(ws)-2], ws[len(ws)-1]
	if (a == "spy" || a == "intelligence") && (b == "agency" || b == "service" || b == "services") {
		return "intelligence agency"
	}
	return a + " " + b
}

// generic resolves a generic description ("the spy agency", "the
// country's intelligence service") to the one entity, among those the
// document mentions (inDoc), whose name or proper description ends with
// the same two words; with none in the document, to the one entity of
// the corpus that does.
func (es *entities) generic(text string, inDoc func(id string) bool) string {
	ws := strings.Fields(key(cleanDescription(text)))
	for len(ws) > 0 && determiners[ws[0]] {
		ws = ws[1:]
	}
	t := tailOf(ws)
	if t == "" {
		return ""
	}
	cands := es.tails[t]
	found := ""
	for _, id := range cands {
		if inDoc(id) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	if found == "" && len(cands) == 1 {
		found = cands[0]
	}
	return found
}

func nodeBetter(a, b *node) bool {
	ra, rb := nodeRank(a), nodeRank(b)
	if ra != rb {
		return ra > rb
	}
	if a.mentions != b.mentions {
		return a.mentions > b.mentions
	}
	if len(a.toks) != len(b.toks) {
		return len(a.toks) > len(b.toks)
	}
	return a.key < b.key
}

// nodeRank orders the kinds of names a cluster can be called by.
func nodeRank(n *node) int {
	switch {
	case n.acronym:
		return 0
	case n.typ == dossier.Person && len(n.toks) < 2:
		return 1
	case n.derived:
		return 2
	}
	return 3
}

// displayName is the name of a node as written most often.
func displayName(es *entities, n, f int32) string {
	if f < 0 {
		return es.nodeList[n].name
	}
	fm := &es.formList[f]
	_, name, _ := nameOf(fm.text, fm.typ, fm.canonical)
	return name
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
