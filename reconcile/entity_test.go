package reconcile

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

func TestEntityMerges(t *testing.T) {
	c := newCorpus()
	for i, d := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"} {
		c.doc(d, fmt.Sprintf("2025-01-%02d", i+1), "Outlet", "title")
	}
	type ref struct{ doc, local string }
	var zel, nk, nis, cia, biden, hunter, joe, kim, kimJU, stella []ref
	add := func(dst *[]ref, doc, text string, typ dossier.EntityType, canonical string) {
		*dst = append(*dst, ref{doc, c.mention(doc, text, typ, canonical)})
	}
	add(&zel, "a", "Volodymyr Zelenskyy", dossier.Person, "")
	add(&zel, "a", "Zelenskyy", dossier.Person, "")
	add(&zel, "b", "Volodymyr Zelenskyy", dossier.Person, "")
	add(&zel, "b", "Zelensky", dossier.Person, "")
	add(&zel, "c", "Volodymyr Zelenskiy", dossier.Person, "")
	add(&zel, "d", "President Zelenskyy", dossier.Person, "")
	add(&zel, "e", "Zelenskiy", dossier.Person, "")
	add(&zel, "e", "V. Zelensky", dossier.Person, "")

	add(&nk, "a", "North Korean", dossier.NORP, "North Korea")
	add(&nk, "b", "North Korea", dossier.GPE, "North Korea")
	add(&nk, "c", "North Koreans", dossier.NORP, "North Korea")

	// "National Intelligence Service (NIS)" links the acronym.
	nisFull := c.mentionAt("f", "National Intelligence Service", dossier.Org, "", 100)
	nis = append(nis, ref{"f", nisFull})
	nis = append(nis, ref{"f", c.mentionAt("f", "NIS", dossier.Org, "", 131)})
	add(&nis, "g", "NIS", dossier.Org, "")
	add(&nis, "h", "National Intelligence Service", dossier.Org, "")

	// "CIA" is spelled out nowhere next to it, but one organisation of the
	// corpus has those initials.
	add(&cia, "g", "CIA", dossier.Org, "")
	add(&cia, "h", "Central Intelligence Agency", dossier.Org, "")
	// "ICC": two organisations have the initials; it stays itself.
	icc := c.mention("g", "ICC", dossier.Org, "")
	c.mention("h", "International Criminal Court", dossier.Org, "")
	c.mention("i", "International Cricket Council", dossier.Org, "")

	// Two people share a surname; the lone surname is neither.
	add(&joe, "a", "Joe Biden", dossier.Person, "")
	add(&hunter, "b", "Hunter Biden", dossier.Person, "")
	add(&biden, "c", "Biden", dossier.Person, "")
	add(&kimJU, "d", "Kim Jong Un", dossier.Person, "")
	add(&kimJU, "e", "Kim Jong-un", dossier.Person, "")
	add(&stella, "f", "Stella Kim", dossier.Person, "")
	add(&kim, "g", "Kim", dossier.Person, "")

	l := c.build()
	if len(l.Links) != len(c.mentions) {
		t.Errorf("Build: %d links for %d mentions, want one each", len(l.Links), len(c.mentions))
	}
	for _, k := range l.Links {
		if k.Entity == "" {
			t.Errorf("link %s/%s has no entity", k.Document, k.Local)
		}
	}
	sameEntity := func(name string, refs []ref, wantID, wantName string) {
		t.Helper()
		for _, r := range refs {
			if got := linkOf(l, r.doc, r.local); got != wantID {
				t.Errorf("%s: link %s/%s = %q, want %q", name, r.doc, r.local, got, wantID)
			}
		}
		e := entityNamed(l, wantName)
		if e == nil || e.ID != wantID {
			t.Errorf("%s: entity named %q = %+v, want id %q", name, wantName, e, wantID)
		}
	}
	sameEntity("Zelenskyy variants", zel, "person-volodymyr-zelenskyy", "Volodymyr Zelenskyy")
	sameEntity("demonym and country", nk, "gpe-north-korea", "North Korea")
	sameEntity("acronym in parentheses", nis, "org-national-intelligence-service", "National Intelligence Service")
	sameEntity("acronym by unique initials", cia, "org-central-intelligence-agency", "Central Intelligence Agency")
	sameEntity("Joe Biden", joe, "person-joe-biden", "Joe Biden")
	sameEntity("Hunter Biden", hunter, "person-hunter-biden", "Hunter Biden")
	sameEntity("lone Biden", biden, "person-biden", "Biden")
	sameEntity("Kim Jong Un", kimJU, "person-kim-jong-un", "Kim Jong Un")
	sameEntity("Stella Kim", stella, "person-stella-kim", "Stella Kim")
	sameEntity("lone Kim", kim, "person-kim", "Kim")
	if got := linkOf(l, "g", icc); got != "org-icc" {
		t.Errorf("ICC with two candidates links to %q, want org-icc", got)
	}

	z := entityNamed(l, "Volodymyr Zelenskyy")
	if z == nil {
		t.Fatal("no Volodymyr Zelenskyy")
	}
	for _, a := range []string{"Zelensky", "Zelenskiy", "Volodymyr Zelenskiy", "President Zelenskyy", "Zelenskyy"} {
		if !slices.Contains(z.Aliases, a) {
			t.Errorf("Volodymyr Zelenskyy aliases = %q, missing %q", z.Aliases, a)
		}
	}
	if z.Mentions != len(zel) || z.Documents != 5 {
		t.Errorf("Volodymyr Zelenskyy mentions %d in %d documents, want %d in 5", z.Mentions, z.Documents, len(zel))
	}
}

func TestDescriptionsLinkAcrossArticles(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t")
	c.doc("b", "2025-01-14", "B", "t")
	nis := c.mention("a", "National Intelligence Service", dossier.Org, "")
	// Article a links the description to the agency it names.
	c.statement("a", "c1", 500, "Seoul's spy agency said the troops lacked training.", speaker("Seoul's spy agency", nis))
	// Article b uses the description alone.
	c.count("b", "c1", dossier.Deaths, fv(300, 300, "approx"), "North Korean troops", "", "",
		speaker("South Korean lawmakers", ""), cited("Seoul's spy agency", ""))
	// A generic description is never an alias, nor a phrase with an
	// appositive or a list.
	c.statement("a", "c2", 700, "The agency said more.", speaker("the agency", nis))
	c.statement("a", "c3", 900, "The Seoul agency, which briefed lawmakers, said more.", speaker("The Seoul agency, which briefed lawmakers", nis))
	l := c.build()
	e := entityNamed(l, "National Intelligence Service")
	if e == nil {
		t.Fatal("no National Intelligence Service")
	}
	if !slices.Contains(e.Aliases, "Seoul's spy agency") || slices.Contains(e.Aliases, "the agency") ||
		slices.Contains(e.Aliases, "The Seoul agency, which briefed lawmakers") {
		t.Errorf("aliases = %q, want Seoul's spy agency and not the agency or a phrase with a clause", e.Aliases)
	}
	if len(l.Figures) != 1 {
		t.Fatalf("figures = %v, want 1", figureNames(l))
	}
	src := l.Figures[0].Points[0].Sources
	if src[1].Entity != e.ID || src[0].Entity != "" {
		t.Errorf("sources = %+v, want the cited spy agency resolved to %s and the lawmakers to none", src, e.ID)
	}
}

func TestContainmentFromText(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t")
	c.doc("b", "2025-01-14", "B", "t")
	c.doc("c", "2025-01-15", "C", "t")
	// "... deployed to the Russian region of Kursk, where ..."
	ev := "troops were deployed to the Russian region of Kursk, where Ukraine"
	c.mentionAt("a", "Russian", dossier.NORP, "Russia", 1000+strings.Index(ev, "Russian"))
	kursk := c.mentionAt("a", "Kursk", dossier.GPE, "", 1000+strings.Index(ev, "Kursk"))
	ua := c.mentionAt("a", "Ukraine", dossier.GPE, "", 1000+strings.Index(ev, "Ukraine"))
	c.statement("a", "c1", 1000, ev, speaker("officials", ""))
	c.mention("b", "Ukrainian", dossier.NORP, "Ukraine")
	c.count("a", "c2", dossier.Deployed, fv(11000, 11000, "approx"), "North Korean troops", "", kursk, speaker("officials", ""))
	russia := c.mention("b", "Russia", dossier.GPE, "")
	c.count("b", "c1", dossier.Deployed, fv(12000, 12000, "exact"), "North Korean troops", "", russia, speaker("the Pentagon", ""))
	// Ukraine is another country: its figure stays apart.
	c.count("a", "c3", dossier.Deployed, fv(500, 500, "exact"), "North Korean troops", "", ua, speaker("officials", ""))
	l := c.build()
	var scopes []string
	for _, f := range l.Figures {
		scopes = append(scopes, fmt.Sprintf("%s:%d", f.Scope, len(f.Points)))
	}
	slices.Sort(scopes)
	if want := []string{"Russia:2", "Ukraine:1"}; !slices.Equal(scopes, want) {
		t.Errorf("deployed figures by scope = %v, want %v (Kursk inside Russia)", scopes, want)
	}
}

func TestGenericDescriptions(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t")
	c.doc("b", "2025-01-14", "B", "t")
	c.doc("c", "2025-01-15", "C", "t")
	c.mention("a", "National Intelligence Service", dossier.Org, "")
	c.mention("b", "Foreign Intelligence Service", dossier.Org, "")
	c.mention("b", "National Intelligence Service", dossier.Org, "")
	c.count("a", "c1", dossier.Deaths, fv(300, 300, "approx"), "North Korean troops", "", "",
		speaker("lawmakers", ""), cited("the country's spy agency", ""))
	// Two intelligence services in the article: the description is
	// ambiguous there.
	c.count("b", "c1", dossier.Deaths, fv(400, 400, "approx"), "North Korean troops", "", "",
		speaker("the spy agency", ""))
	// None in the article, two in the corpus: ambiguous too.
	c.count("c", "c1", dossier.Deaths, fv(500, 500, "approx"), "North Korean troops", "", "",
		speaker("the intelligence service", ""))
	l := c.build()
	f := l.Figures[0]
	want := []string{"org-national-intelligence-service", "", ""}
	for i, p := range f.Points {
		if got := p.Sources[len(p.Sources)-1].Entity; got != want[i] {
			t.Errorf("point %d (%s) innermost source %q = %q, want %q", i, p.Document, p.Sources[len(p.Sources)-1].Text, got, want[i])
		}
	}
}

func TestAliasesAreCleaned(t *testing.T) {
	c := newCorpus()
	c.doc("a", "2025-01-13", "A", "t")
	lee := c.mention("a", "Lee Seong-kweun", dossier.Person, "")
	py := c.mention("a", "Pyongyang", dossier.GPE, "")
	c.statement("a", "c1", 0, "x", speaker("Lee Seong-kweun, who sits on the intelligence committee", lee))
	c.statement("a", "c2", 10, "y", speaker("neither Moscow nor Pyongyang", py))
	c.statement("a", "c3", 20, "z", speaker("South Korean lawmaker Lee Seong-kweun", lee))
	l := c.build()
	e := entityNamed(l, "Lee Seong-kweun")
	if e == nil || !slices.Equal(e.Aliases, []string{"South Korean lawmaker Lee Seong-kweun"}) {
		t.Errorf("Lee Seong-kweun = %+v, want the one alias South Korean lawmaker Lee Seong-kweun", e)
	}
	if p := entityNamed(l, "Pyongyang"); p == nil || len(p.Aliases) != 0 {
		t.Errorf("Pyongyang = %+v, want no aliases", p)
	}
}
