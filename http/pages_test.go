package http

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
	"github.com/dossierhq/dossier/export"
)

func TestHighlight(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		marks      []mark
		want       string
	}{
		{"nested", "Ann Lee said 300 died.", []mark{
			{span: dossier.Span{Start: 0, End: 22}, class: "sent", rank: rankSentence},
			{span: dossier.Span{Start: 0, End: 7}, class: "ent", label: "PERSON", rank: rankLabelled},
			{span: dossier.Span{Start: 13, End: 16}, class: "qty", label: "300", rank: rankLabelled},
		}, `<span class="sent" data-start="0" data-end="22">` +
			`<mark class="ent" data-start="0" data-end="7">Ann Lee<span class="lbl" aria-hidden="true">PERSON</span></mark>` +
			` said <mark class="qty" data-start="13" data-end="16">300<span class="lbl" aria-hidden="true">300</span></mark> died.</span>`},
		{"crossing: the weaker span is split", "0123456789ABCDEFGHIJ", []mark{
			{span: dossier.Span{Start: 0, End: 10}, class: "sent", rank: rankSentence},
			{span: dossier.Span{Start: 10, End: 20}, class: "sent", rank: rankSentence},
			{span: dossier.Span{Start: 5, End: 15}, class: "quote", rank: rankRegion},
		}, `<span class="sent" data-start="0" data-end="10">01234</span>` +
			`<span class="quote" data-start="5" data-end="15"><span class="sent" data-start="0" data-end="10">56789</span>` +
			`<span class="sent" data-start="10" data-end="20">ABCDE</span></span>` +
			`<span class="sent" data-start="10" data-end="20">FGHIJ</span>`},
		{"crossing: the stronger span stays whole, its label once", "abcdefgh", []mark{
			{span: dossier.Span{Start: 2, End: 6}, class: "cue", label: "L", rank: rankCue},
			{span: dossier.Span{Start: 0, End: 4}, class: "src", rank: rankSource},
		}, `<span class="src" data-start="0" data-end="4">ab</span><span class="cue" data-start="2" data-end="6">` +
			`<span class="src" data-start="0" data-end="4">cd</span>ef<span class="lbl" aria-hidden="true">L</span></span>gh`},
		{"code points and escaping", "«Kim» <b>&</b>", []mark{
			{span: dossier.Span{Start: 2, End: 5}, class: "ent", rank: rankLabelled, title: `a "b"`},
			{span: dossier.Span{Start: 8, End: 16}, class: "tmx", rank: rankLabelled},
		}, `«<mark class="ent" data-start="1" data-end="4" title="a &#34;b&#34;">Kim</mark>» ` +
			`<mark class="tmx" data-start="6" data-end="14">&lt;b&gt;&amp;&lt;/b&gt;</mark>`},
		{"bad spans are skipped", "abc", []mark{
			{span: dossier.Span{Start: 2, End: 9}, class: "ent", rank: rankLabelled},
			{span: dossier.Span{Start: 2, End: 2}, class: "ent", rank: rankLabelled},
		}, `abc`},
	} {
		if got := string(highlight(tc.text, tc.marks)); got != tc.want {
			t.Errorf("%s: highlight(%q) =\n%s\nwant\n%s", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestHighlightKeepsText checks, on every test article, that the rendered
// text without tags is the text, and that every entity is one whole mark at
// its code-point offsets.
func TestHighlightKeepsText(t *testing.T) {
	fx := fillStore(t, &memStore{})
	tags := regexp.MustCompile(`<span class="lbl"[^>]*>[^<]*</span>|<[^>]+>`)
	entity := regexp.MustCompile(`<mark class="ent [^"]*" data-start="(\d+)" data-end="(\d+)"`)
	for id, a := range fx.docs {
		html := string(highlight(a.Document.Text, documentMarks(a)))
		plain := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(tags.ReplaceAllString(html, ""))
		if plain != a.Document.Text {
			t.Errorf("%s: text under the marks = %q, want %q", id, plain, a.Document.Text)
		}
		got := entity.FindAllStringSubmatch(html, -1)
		if len(got) != len(a.Entities) {
			t.Fatalf("%s: %d entity marks, want %d", id, len(got), len(a.Entities))
		}
		runes := []rune(a.Document.Text)
		for i, e := range a.Entities {
			start, _ := strconv.Atoi(got[i][1])
			end, _ := strconv.Atoi(got[i][2])
			if string(runes[start:end]) != e.Span.Text(a.Document.Text) {
				t.Errorf("%s: entity mark %d at [%d,%d) = %q, want %q", id, i, start, end, string(runes[start:end]), e.Span.Text(a.Document.Text))
			}
		}
	}
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{{0, "0"}, {300, "300"}, {2700, "2,700"}, {12000, "12,000"}, {1234567.5, "1,234,567.5"}, {-4000, "-4,000"}} {
		if got := number(tc.in); got != tc.want {
			t.Errorf("number(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTimexDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2025-01-13", "2025-01-13"}, {"2024-11", "2024-11-01"}, {"2024", "2024-01-01"}, {"2024-FA", "2024-09-22"},
		{"2024-Q3", "2024-07-01"}, {"2024-W02", "2024-01-08"}, {"PRESENT_REF", ""}, {"2024-XX", ""},
	} {
		got, ok := timexDate(tc.in)
		if s := got.Format("2006-01-02"); ok != (tc.want != "") || ok && s != tc.want {
			t.Errorf("timexDate(%q) = %s %v, want %q", tc.in, s, ok, tc.want)
		}
	}
}

// scriptOrStyle finds inline code the Content-Security-Policy would block.
var (
	scriptTag  = regexp.MustCompile(`<script[^>]*>`)
	styleAttr  = regexp.MustCompile(`\sstyle=|<style|\son[a-z]+=`)
	externalRe = regexp.MustCompile(`src="(https?:)?//|<link[^>]+href="(https?:)?//`)
)

func TestPages(t *testing.T) {
	s, _, fx := newTestServer(t, Options{})
	h := s.Handler()
	for _, tc := range []struct {
		target string
		status int
		want   []string
	}{
		{"/", 200, []string{"Recent figures", `href="/figures/` + fx.deaths + `"`, "decrease", `href="/stories/` + fx.storyID}},
		{"/documents", 200, []string{`id="documents-table"`, `data-document="wire-0307"`, `aria-current="page">Documents`}},
		{"/documents?limit=1", 200, []string{`rel="next"`}},
		{"/documents?from=yesterday", 400, []string{`role="alert"`, "from"}},
		{"/documents/wire-0307", 200, []string{`<mark class="ent`, `class="claim-btn"`, "Wire &lt;Service&gt;", `src="/assets/document.js"`}},
		{"/documents/island-0306", 200, []string{"“within a year.”"}},
		{"/claims", 200, []string{`id="claims-table"`, `<option>deaths</option>`}},
		{"/claims?measure=deaths", 200, []string{`<option selected>deaths</option>`, `data-measure="deaths"`}},
		{"/claims?measure=nonsense", 400, []string{`role="alert"`, "measure"}},
		{"/figures/" + fx.deaths, 200, []string{`id="chart"`, `id="chart-data"`, "uPlot.iife.min.js", `id="flag-list"`, "the toll falls"}},
		{"/entities/" + fx.entity, 200, []string{"What it said", "What was said about it"}},
		{"/stories/" + fx.storyID, 200, []string{"Articles", `href="/documents/harbor-0304"`}},
		{"/contradictions", 200, []string{`id="contradictions"`, "the toll falls"}},
		{"/documents/nope", 404, []string{"nope", "not_found"}},
		{"/figures/nope", 404, []string{"not_found"}},
		{"/no/such/page", 404, []string{"not_found"}},
	} {
		res, body := do(t, h, "GET", tc.target, nil)
		page := string(body)
		if res.StatusCode != tc.status || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			t.Errorf("GET %s = %d %s, want %d text/html", tc.target, res.StatusCode, res.Header.Get("Content-Type"), tc.status)
		}
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("GET %s: page lacks %q", tc.target, w)
			}
		}
		for _, tag := range scriptTag.FindAllString(page, -1) {
			if !strings.Contains(tag, ` src="/assets/`) && !strings.Contains(tag, `type="application/json"`) {
				t.Errorf("GET %s: inline script %s (the CSP blocks it)", tc.target, tag)
			}
		}
		if m := styleAttr.FindString(page); m != "" {
			t.Errorf("GET %s: inline style or handler %q (the CSP blocks it)", tc.target, m)
		}
		if m := externalRe.FindString(page); m != "" {
			t.Errorf("GET %s: external resource %q", tc.target, m)
		}
	}
}

// TestSourcesLinkToEntities checks the claims table links a source that
// resolves to a ledger entity to the entity's page.
func TestSourcesLinkToEntities(t *testing.T) {
	s, _, fx := newTestServer(t, Options{})
	if !fx.speaks {
		t.Skip("the extractor resolved no source to an entity in the test articles")
	}
	_, body := do(t, s.Handler(), "GET", "/claims?limit=500", nil)
	if want := `<a href="/entities/` + fx.entity + `">`; !strings.Contains(string(body), want) {
		t.Errorf("/claims has no link %s to the source's entity page", want)
	}
}

// TestClaimsPageFilters checks the claims table shows what the API lists
// for the same filters, and the next-page link keeps them.
func TestClaimsPageFilters(t *testing.T) {
	s, _, _ := newTestServer(t, Options{})
	h := s.Handler()
	row := regexp.MustCompile(`<tr data-claim="([^"]+)"`)
	for _, q := range []string{"", "measure=deaths", "kind=statement", "q=Leyte", "measure=injured&kind=count"} {
		var api claimList
		getJSON(t, h, "/api/claims?limit=500&"+q, 200, &api)
		_, body := do(t, h, "GET", "/claims?limit=500&"+q, nil)
		var rows []string
		for _, m := range row.FindAllStringSubmatch(string(body), -1) {
			rows = append(rows, m[1])
		}
		var want []string
		for _, c := range api.Claims {
			want = append(want, c.Document+"/"+c.ID)
		}
		if strings.Join(rows, " ") != strings.Join(want, " ") {
			t.Errorf("/claims?%s rows = %v, want the API's %v", q, rows, want)
		}
	}
	_, body := do(t, h, "GET", "/claims?measure=deaths&limit=1", nil)
	next := regexp.MustCompile(`href="(/claims\?[^"]+)" rel="next"`).FindStringSubmatch(string(body))
	if next == nil {
		t.Fatal("/claims?measure=deaths&limit=1: no next-page link")
	}
	u, _ := url.Parse(strings.ReplaceAll(next[1], "&amp;", "&"))
	if u.Query().Get("measure") != "deaths" || u.Query().Get("after") == "" {
		t.Errorf("next-page link %s drops the filter or the cursor", next[1])
	}
}

// TestFigureChartData checks the chart's series: one per source chain,
// every dated point placed, flags at their points.
func TestFigureChartData(t *testing.T) {
	s, _, fx := newTestServer(t, Options{})
	_, body := do(t, s.Handler(), "GET", "/figures/"+fx.deaths, nil)
	m := regexp.MustCompile(`(?s)<script type="application/json" id="chart-data">(.*?)</script>`).FindSubmatch(body)
	if m == nil {
		t.Fatal("no chart data in the figure page")
	}
	var chart chartData
	if err := json.Unmarshal(m[1], &chart); err != nil {
		t.Fatalf("chart data: %v in %s", err, m[1])
	}
	ms := &memStore{ledger: *fx.ledger}
	stored, _ := ms.Figure(t.Context(), fx.deaths)
	fig := export.FromFigure(stored)
	names := map[string]string{}
	for _, e := range fx.ledger.Entities {
		names[e.ID] = e.Name
	}
	sources := map[string]bool{}
	for _, p := range fig.Points {
		sources[pointSource(p, names)] = true
	}
	if len(chart.Series) != len(sources) {
		t.Errorf("chart has %d series, want one per source chain: %v", len(chart.Series), sources)
	}
	placed := 0
	for _, s := range chart.Series {
		if !sources[s.Label] {
			t.Errorf("series %q is no source of the figure", s.Label)
		}
		for _, v := range s.Mid {
			if v != nil {
				placed++
			}
		}
	}
	if placed != len(fig.Points) {
		t.Errorf("chart places %d points, want %d", placed, len(fig.Points))
	}
	flagged := 0
	for _, f := range fig.Flags {
		flagged += len(f.Points)
	}
	if len(chart.Flags) != flagged {
		t.Errorf("chart marks %d flagged points, want %d", len(chart.Flags), flagged)
	}
}
