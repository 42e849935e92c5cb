package ingest

import (
	"strings"
	"testing"
)

// TestParseHTMLKeepsToTheArticle: related links beside the one <article>
// of a page are not part of its text.
func TestParseHTMLKeepsToTheArticle(t *testing.T) {
	para := strings.Repeat("The harbour authority said the ferry service would resume on Friday after repairs to the pier were finished. ", 5)
	page := `<!doctype html><html><head><title>Ferry service to resume</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Ferry service to resume</h1><p>` + para + `</p><p>` + para + `</p></article>
<section class="related"><h2>Read more</h2><a href="/a">Storm warning lifted for the coast</a><a href="/b">Council approves new bus routes</a></section></main>
<footer>Harbour Daily</footer></body></html>`
	doc, err := ParseHTML([]byte(page), "text/html", "https://example.org/ferry")
	if err != nil {
		t.Fatalf("ParseHTML: %v", err)
	}
	if !strings.Contains(doc.Text, "ferry service would resume") {
		t.Errorf("ParseHTML text = %q, want the article's paragraphs", doc.Text)
	}
	for _, bad := range []string{"Read more", "Storm warning", "bus routes", "Home"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("ParseHTML text contains %q from outside the article:\n%s", bad, doc.Text)
		}
	}
}
