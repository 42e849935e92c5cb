package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"
	"time"
)

// article is one document of the corpus as a reader of its format sees it.
type article struct {
	file      string // file name, with "#N" for the N-th record of a feed or JSONL file
	title     string
	outlet    string
	published time.Time
	text      string
	summary   bool // the text is a feed item's description only
}

// wantFiles is the corpus as README.md lists it.
var wantFiles = []string{
	"2024-10-18-harbour-daily.html",
	"2024-12-23-eastgate-observer.html",
	"2025-01-12-dnipro-dispatch.html",
	"2025-01-13-meridian-post.html",
	"2025-04-30-pacific-lantern.html",
	"2025-09-02-morning-compass.html",
	"briefs.jsonl",
	"potomac-ledger-world.rss",
}

func TestStoryFiles(t *testing.T) {
	entries, err := fs.ReadDir(Story(), ".")
	if err != nil {
		t.Fatalf("fs.ReadDir(Story(), \".\") error: %v", err)
	}
	got := map[string]bool{}
	for _, e := range entries {
		got[e.Name()] = true
	}
	for _, name := range wantFiles {
		if !got[name] {
			t.Errorf("Story() has no %s", name)
			continue
		}
		data, err := fs.ReadFile(Story(), name)
		if err != nil || len(data) == 0 {
			t.Errorf("fs.ReadFile(Story(), %q) = %d bytes, %v; want content", name, len(data), err)
		}
		delete(got, name)
	}
	for name := range got {
		t.Errorf("Story() has %s, which README.md and wantFiles do not list", name)
	}
}

func TestHTMLPages(t *testing.T) {
	for _, name := range wantFiles {
		if path.Ext(name) != ".html" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			a, meta, err := readHTML(name)
			if err != nil {
				t.Fatalf("readHTML(%q) error: %v", name, err)
			}
			if a.title == "" {
				t.Errorf("readHTML(%q) title is empty", name)
			}
			if meta["og:site_name"] == "" || meta["og:title"] == "" || meta["canonical"] == "" {
				t.Errorf("readHTML(%q) meta = %v, want og:site_name, og:title and a canonical link", name, meta)
			}
			if a.published.IsZero() {
				t.Errorf("readHTML(%q) has no publication date (meta, JSON-LD or <time datetime>)", name)
			}
		})
	}
}

func TestFeed(t *testing.T) {
	articles, err := readFeed("potomac-ledger-world.rss")
	if err != nil {
		t.Fatalf("readFeed error: %v", err)
	}
	if len(articles) != 4 {
		t.Fatalf("readFeed gave %d items, want 4", len(articles))
	}
	summaries := 0
	for _, a := range articles {
		if a.title == "" || a.published.IsZero() || a.text == "" {
			t.Errorf("feed item %s: title %q, published %v, %d bytes of text; want all three", a.file, a.title, a.published, len(a.text))
		}
		if a.summary {
			summaries++
		}
	}
	if summaries != 1 {
		t.Errorf("feed has %d items with a description only, want 1", summaries)
	}
}

func TestJSONL(t *testing.T) {
	articles, err := readJSONL("briefs.jsonl")
	if err != nil {
		t.Fatalf("readJSONL error: %v", err)
	}
	if len(articles) < 2 || len(articles) > 4 {
		t.Errorf("readJSONL gave %d records, want 2 to 4", len(articles))
	}
}

// TestArticles checks the corpus as a whole: its size, each article's length and date, and
// that the outlets are several.
func TestArticles(t *testing.T) {
	articles := readAll(t)
	if len(articles) < 12 || len(articles) > 15 {
		t.Errorf("corpus has %d articles, want 12 to 15", len(articles))
	}
	first := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	outlets := map[string]bool{}
	for _, a := range articles {
		if a.published.Before(first) || a.published.After(last) {
			t.Errorf("%s published %v, want a date from August 2024 to December 2025", a.file, a.published)
		}
		if a.outlet == "" {
			t.Errorf("%s has no outlet", a.file)
		}
		outlets[a.outlet] = true
		n := len(strings.Fields(a.text))
		t.Logf("%-48s %s  %-24s %3d words", a.file, a.published.Format(time.DateOnly), a.outlet, n)
		min, max := 150, 450
		if a.summary {
			min = 30
		}
		if n < min || n > max {
			t.Errorf("%s has %d words of text, want %d to %d", a.file, n, min, max)
		}
	}
	if len(outlets) < 10 {
		t.Errorf("corpus has %d outlets, want at least 10", len(outlets))
	}
}

// TestWireCopies checks the property near-duplicate detection relies on: the two reprints of
// the wire story share most of their word shingles, and no other pair shares many.
func TestWireCopies(t *testing.T) {
	articles := readAll(t)
	var wire []int
	for i, a := range articles {
		if strings.Contains(a.text, "(Northline Wire)") {
			wire = append(wire, i)
		}
	}
	if len(wire) != 2 {
		t.Fatalf("%d articles carry the Northline Wire dateline, want 2", len(wire))
	}
	shingles := make([]map[string]bool, len(articles))
	for i, a := range articles {
		shingles[i] = wordShingles(a.text, 5)
	}
	for i := range articles {
		for j := i + 1; j < len(articles); j++ {
			got := jaccard(shingles[i], shingles[j])
			isCopy := i == wire[0] && j == wire[1]
			if isCopy && got < 0.6 {
				t.Errorf("jaccard(%s, %s) = %.2f, want ≥ 0.6 for two copies of one wire story", articles[i].file, articles[j].file, got)
			}
			if !isCopy && got > 0.2 {
				t.Errorf("jaccard(%s, %s) = %.2f, want ≤ 0.2 for different stories", articles[i].file, articles[j].file, got)
			}
		}
	}
}

func readAll(t *testing.T) []article {
	t.Helper()
	var all []article
	for _, name := range wantFiles {
		var got []article
		var err error
		switch path.Ext(name) {
		case ".html":
			var a article
			a, _, err = readHTML(name)
			got = []article{a}
		case ".rss":
			got, err = readFeed(name)
		case ".jsonl":
			got, err = readJSONL(name)
		}
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		all = append(all, got...)
	}
	return all
}

// readHTML reads a page with the standard library's lenient HTML mode of encoding/xml: the
// title, the meta properties, the publication date from article:published_time, a JSON-LD
// datePublished or a <time datetime>, and the main text — the unclassed paragraphs of the
// <article> element, or of the page outside header, footer, nav and aside when it has none.
func readHTML(name string) (article, map[string]string, error) {
	a := article{file: name}
	data, err := fs.ReadFile(Story(), name)
	if err != nil {
		return a, nil, err
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	meta := map[string]string{}
	var stack []string
	var inTitle, inJSONLD bool
	var para *strings.Builder
	var articleParas, pageParas []string
	inside := func(names ...string) bool {
		for _, s := range stack {
			for _, n := range names {
				if s == n {
					return true
				}
			}
		}
		return false
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return a, meta, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, at := range tok.Attr {
				attr[at.Name.Local] = at.Value
			}
			// void elements (meta, link, br…) enter the stack too: AutoClose ends them at once
			stack = append(stack, tok.Name.Local)
			switch tok.Name.Local {
			case "title":
				inTitle = true
			case "meta":
				if key := attr["property"] + attr["name"]; key != "" {
					meta[key] = attr["content"]
				}
			case "link":
				if attr["rel"] == "canonical" {
					meta["canonical"] = attr["href"]
				}
			case "script":
				inJSONLD = attr["type"] == "application/ld+json"
			case "time":
				if d, ok := attr["datetime"]; ok {
					meta["time"] = d
				}
			case "p":
				if attr["class"] == "" {
					para = &strings.Builder{}
				}
			}
		case xml.EndElement:
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == tok.Name.Local {
					stack = stack[:i]
					break
				}
			}
			switch tok.Name.Local {
			case "title":
				inTitle = false
			case "script":
				inJSONLD = false
			case "p":
				if para != nil {
					text := strings.TrimSpace(para.String())
					if inside("article") {
						articleParas = append(articleParas, text)
					} else if !inside("header", "footer", "nav", "aside") {
						pageParas = append(pageParas, text)
					}
					para = nil
				}
			}
		case xml.CharData:
			switch {
			case inTitle:
				a.title += string(tok)
			case inJSONLD:
				var ld struct {
					Type          string `json:"@type"`
					DatePublished string `json:"datePublished"`
				}
				if err := json.Unmarshal(tok, &ld); err != nil {
					return a, meta, err
				}
				if ld.Type == "NewsArticle" {
					meta["datePublished"] = ld.DatePublished
				}
			case para != nil:
				para.Write(tok)
			}
		}
	}
	a.title = strings.TrimSpace(a.title)
	a.outlet = meta["og:site_name"]
	for _, key := range []string{"article:published_time", "datePublished", "time"} {
		if meta[key] == "" {
			continue
		}
		a.published, err = time.Parse(time.RFC3339, meta[key])
		if err != nil {
			return a, meta, err
		}
		break
	}
	if articleParas != nil {
		a.text = strings.Join(articleParas, "\n\n")
	} else {
		a.text = strings.Join(pageParas, "\n\n")
	}
	return a, meta, nil
}

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// readFeed reads an RSS 2.0 file: each item's content:encoded when present, else its description.
func readFeed(name string) ([]article, error) {
	data, err := fs.ReadFile(Story(), name)
	if err != nil {
		return nil, err
	}
	var feed struct {
		Version string `xml:"version,attr"`
		Channel struct {
			Title string `xml:"title"`
			Items []struct {
				Title       string `xml:"title"`
				Link        string `xml:"link"`
				PubDate     string `xml:"pubDate"`
				Description string `xml:"description"`
				Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal(data, &feed); err != nil {
		return nil, err
	}
	if feed.Version != "2.0" {
		return nil, errors.New("rss version " + feed.Version + ", want 2.0")
	}
	outlet, _, _ := strings.Cut(feed.Channel.Title, " — ")
	var articles []article
	for i, it := range feed.Channel.Items {
		published, err := time.Parse(time.RFC1123Z, it.PubDate)
		if err != nil {
			return nil, err
		}
		a := article{file: name + "#" + string(rune('1'+i)), title: it.Title, outlet: outlet, published: published}
		if it.Encoded != "" {
			a.text = htmlTag.ReplaceAllString(it.Encoded, "")
		} else {
			a.text, a.summary = it.Description, true
		}
		if it.Link == "" {
			return nil, errors.New("item " + it.Title + " has no link")
		}
		articles = append(articles, a)
	}
	return articles, nil
}

// readJSONL reads one {"id","url","title","published","outlet","text"} record per line.
func readJSONL(name string) ([]article, error) {
	data, err := fs.ReadFile(Story(), name)
	if err != nil {
		return nil, err
	}
	var articles []article
	ids := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var rec map[string]string
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		for _, field := range []string{"id", "url", "title", "published", "outlet", "text"} {
			if rec[field] == "" {
				return nil, errors.New(name + ": record " + rec["id"] + " has no " + field)
			}
		}
		if ids[rec["id"]] {
			return nil, errors.New(name + ": id " + rec["id"] + " repeated")
		}
		ids[rec["id"]] = true
		published, err := time.Parse(time.DateOnly, rec["published"])
		if err != nil {
			return nil, err
		}
		articles = append(articles, article{file: name + "#" + rec["id"], title: rec["title"], outlet: rec["outlet"], published: published, text: rec["text"]})
	}
	return articles, sc.Err()
}

// wordShingles returns the set of n-word windows of the lower-cased words of text.
func wordShingles(text string, n int) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	set := map[string]bool{}
	for i := 0; i+n <= len(words); i++ {
		set[strings.Join(words[i:i+n], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for s := range a {
		if b[s] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
