package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/dossierhq/dossier"
)

// readHTMLFile reads one HTML page; parsing is left to an ingest worker.
func readHTMLFile(ctx context.Context, r io.Reader, name string, emit emitFunc) error {
	data, err := readAllLimit(r, maxFileBytes)
	rec := Record{Origin: name, Format: FormatHTML, Err: err}
	return emit(pending{Record: rec, parse: func() (dossier.Document, error) { return ParseHTML(data, "", "") }})
}

// ParseHTML reads an HTML page: its main text (go-readability, as plain text
// with paragraphs separated by blank lines), title, outlet, publication date
// and URL.
//
// contentType is the HTTP Content-Type when known (for the charset); pageURL
// is the address the page was fetched from, used when the page names no
// canonical URL and to resolve relative ones. Metadata comes from, in order
// of preference: JSON-LD (headline, datePublished, publisher) and meta tags
// (og:title, og:site_name, article:published_time, dc.date, pubdate …),
// then <time datetime>, then what readability finds.
func ParseHTML(data []byte, contentType, pageURL string) (dossier.Document, error) {
	data = toUTF8(data, contentType)
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return dossier.Document{}, dossier.Errorf(dossier.EINVALID, "unreadable HTML: %v", err)
	}
	m := scanPage(root)
	doc := dossier.Document{URL: m.url(pageURL)}
	var base *url.URL
	if u, err := url.Parse(doc.URL); err == nil && u.IsAbs() {
		base = u
	}

	// A page that marks its one article with <article> says where the
	// story is: readability then cannot take in the related links and
	// teasers around it.
	isolateArticle(root)
	parser := readability.NewParser()
	art, rerr := parser.ParseAndMutate(root, base)
	var text string
	if rerr == nil && art.Node != nil {
		text = strings.TrimSpace(render.InnerText(art.Node))
	}
	if text == "" {
		// readability found no article (a very short page, say): take the
		// visible text of the whole body.
		if fresh, err := html.Parse(bytes.NewReader(data)); err == nil {
			if body := findElement(fresh, atom.Body); body != nil {
				text = strings.TrimSpace(render.InnerText(body))
			}
		}
	}
	if text == "" {
		return doc, dossier.Errorf(dossier.EINVALID, "no article text in the HTML page")
	}
	doc.Text = text
	doc.Title = firstNonEmpty(m.ldHeadline, m.meta["og:title"], m.meta["twitter:title"], art.Title(), m.title)
	doc.Outlet = firstNonEmpty(m.meta["og:site_name"], m.ldPublisher, m.meta["application-name"], art.SiteName(), hostOutlet(doc.URL))
	doc.Published = m.published()
	if doc.Published.IsZero() {
		if t, err := art.PublishedTime(); err == nil {
			doc.Published = calendarDate(t)
		}
	}
	return doc, nil
}

// toUTF8 converts a page to UTF-8. A declared charset (BOM, Content-Type,
// meta) wins; an undeclared page that is valid UTF-8 is taken as such,
// because charset's fallback only looks at the first kilobyte.
func toUTF8(data []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || (!certain && utf8.Valid(data)) {
		// Stray bytes in a UTF-8 page become U+FFFD, as a browser shows
		// them: the page's text is derived, and must be valid to analyse.
		return bytes.ToValidUTF8(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), []byte("\uFFFD"))
	}
	if out, err := enc.NewDecoder().Bytes(data); err == nil {
		return out
	}
	return data
}

// pageMeta is what a page says about itself outside its text.
type pageMeta struct {
	title                                       string
	meta                                        map[string]string // lower-case name/property/itemprop → first content
	canonical                                   string
	ldHeadline, ldPublished, ldPublisher, ldURL string
	timePub                                     string // <time pubdate> or itemprop=datePublished
	timeFirst                                   string // the first <time datetime>
}

// publishedKeys are the meta tags that carry a publication date, best first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "published_time",
	"datepublished", "article.published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dc.date.created", "dcterms.created", "citation_publication_date", "pubdate", "publishdate",
	"publish-date", "publish_date", "publication_date", "date", "sailthru.date", "parsely-pub-date",
	"article_date_original", "original-publish-date", "og:updated_time", "article:modified_time",
}

func (m *pageMeta) published() time.Time {
	try := func(s string) (time.Time, bool) {
		if s == "" {
			return time.Time{}, false
		}
		t, err := ParseDate(s)
		return t, err == nil
	}
	for _, k := range publishedKeys[:3] {
		if t, ok := try(m.meta[k]); ok {
			return t
		}
	}
	if t, ok := try(m.ldPublished); ok {
		return t
	}
	for _, k := range publishedKeys[3:] {
		if t, ok := try(m.meta[k]); ok {
			return t
		}
	}
	if t, ok := try(m.timePub); ok {
		return t
	}
	if t, ok := try(m.timeFirst); ok {
		return t
	}
	return time.Time{}
}

// url returns the page's own address: canonical link, og:url, JSON-LD url,
// else pageURL; relative references resolve against pageURL, else og:url.
func (m *pageMeta) url(pageURL string) string {
	base := pageURL
	if u, err := url.Parse(base); err != nil || !u.IsAbs() {
		// A relative canonical link resolves against og:url when the page
		// is read from a file.
		base = m.meta["og:url"]
	}
	for _, s := range []string{m.canonical, m.meta["og:url"], m.ldURL} {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		u, err := url.Parse(s)
		if err != nil {
			continue
		}
		if !u.IsAbs() {
			b, err := url.Parse(base)
			if err != nil || !b.IsAbs() {
				continue
			}
			u = b.ResolveReference(u)
		}
		if u.Scheme == "http" || u.Scheme == "https" {
			return u.String()
		}
	}
	return pageURL
}

// scanPage walks the tree once for the title, meta tags, canonical link,
// JSON-LD and <time> elements.
func scanPage(root *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					content = strings.TrimSpace(attr(n, "datetime"))
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, k)))
					if key != "" && content != "" {
						if _, seen := m.meta[key]; !seen {
							m.meta[key] = content
						}
					}
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = attr(n, "href")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					m.readJSONLD(textOf(n))
				}
				return
			case atom.Time:
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt == "" {
					dt = strings.TrimSpace(textOf(n))
				}
				pub := hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")
				if pub && m.timePub == "" {
					m.timePub = dt
				}
				if m.timeFirst == "" && attr(n, "datetime") != "" {
					m.timeFirst = dt
				}
			default:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") && m.timePub == "" {
					m.timePub = strings.TrimSpace(firstNonEmpty(attr(n, "content"), attr(n, "datetime"), textOf(n)))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// articleTypes are the schema.org types whose JSON-LD describes the article
// itself.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"backgroundnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "report": true, "scholarlyarticle": true,
}

// readJSONLD takes headline, date, publisher and URL from the first
// article-typed object in a JSON-LD block (top level, array or @graph).
func (m *pageMeta) readJSONLD(src string) {
	if m.ldHeadline != "" || m.ldPublished != "" {
		return
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	var visit func(v any, depth int) bool
	visit = func(v any, depth int) bool {
		if depth > 4 {
			return false
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if visit(e, depth+1) {
					return true
				}
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				m.ldHeadline = strings.TrimSpace(firstNonEmpty(jsonString(x["headline"]), jsonString(x["name"])))
				m.ldPublished = firstNonEmpty(jsonString(x["datePublished"]), jsonString(x["dateCreated"]))
				m.ldPublisher = jsonName(x["publisher"])
				m.ldURL = firstNonEmpty(jsonString(x["url"]), jsonName(x["mainEntityOfPage"]))
				return true
			}
			if g, ok := x["@graph"]; ok {
				return visit(g, depth+1)
			}
		}
		return false
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func jsonString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// jsonName reads a name from a string, an object's "name" (or "@id" for a
// page reference), or the first element of an array of either.
func jsonName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return strings.TrimSpace(firstNonEmpty(jsonString(x["name"]), jsonString(x["@id"])))
	case []any:
		for _, e := range x {
			if s := jsonName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// htmlFragmentText returns the visible text of an HTML fragment (a feed
// item's content); text without markup is returned unchanged but trimmed.
func htmlFragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(render.InnerText(root))
}

// isolateArticle makes the page's only <article> element, when it holds a
// story's worth of text (at least 80 words), the only content of <body>.
func isolateArticle(root *html.Node) {
	var arts []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			arts = append(arts, n)
			return // nested articles (comments, teasers) belong to it
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	body := findElement(root, atom.Body)
	if len(arts) != 1 || body == nil || len(strings.Fields(textOf(arts[0]))) < 80 {
		return
	}
	a := arts[0]
	a.Parent.RemoveChild(a)
	for c := body.FirstChild; c != nil; {
		next := c.NextSibling
		body.RemoveChild(c)
		c = next
	}
	body.AppendChild(a)
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// hostOutlet names an outlet by its host when the page names none:
// "https://www.example.com/x" → "example.com".
func hostOutlet(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}
