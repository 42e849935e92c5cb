package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/dossierhq/dossier"
)

// readFeed reads an RSS, Atom or JSON feed: one record per item. An item's
// text is its full content (content:encoded, Atom content) as plain text
// when present, else its summary or description; the outlet is the feed's
// title; the date is the item's publication date, else its update date.
func readFeed(ctx context.Context, r io.Reader, name string, emit emitFunc) error {
	data, err := readAllLimit(r, maxFileBytes)
	if err != nil {
		return emit(pending{Record: Record{Origin: name, Format: FormatFeed, Err: err}})
	}
	feed, err := gofeed.NewParser().ParseString(string(data))
	if err != nil {
		return emit(pending{Record: Record{Origin: name, Format: FormatFeed,
			Err: dossier.Errorf(dossier.EINVALID, "unreadable feed: %v", oneLine(err))}})
	}
	format := strings.ToLower(feed.FeedType)
	if format == "" {
		format = FormatFeed
	}
	outlet := feedOutlet(feed.Title)
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		if item == nil {
			continue
		}
		rec := Record{Origin: fmt.Sprintf("%s#item%d", name, i+1), Format: format}
		rec.Document, rec.Err = feedItem(item, outlet)
		if err := emit(pending{Record: rec}); err != nil {
			return err
		}
	}
	return nil
}

func feedItem(item *gofeed.Item, outlet string) (dossier.Document, error) {
	doc := dossier.Document{
		ID:     "",
		URL:    strings.TrimSpace(item.Link),
		Outlet: outlet,
		Title:  htmlFragmentText(item.Title),
	}
	switch {
	case item.PublishedParsed != nil:
		doc.Published = calendarDate(*item.PublishedParsed)
	case item.UpdatedParsed != nil:
		doc.Published = calendarDate(*item.UpdatedParsed)
	}
	doc.Text = htmlFragmentText(item.Content)
	if doc.Text == "" {
		doc.Text = htmlFragmentText(item.Description)
	}
	if doc.Text == "" {
		return doc, dossier.Errorf(dossier.EINVALID, "feed item %q has no content or description", clipString(doc.Title, 60))
	}
	return doc, nil
}

// oneLine keeps the first line of an error message (parsers' errors may
// quote whole input lines).
func oneLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return clipString(s, 200)
}

// feedOutlet names the outlet of a feed from its title, without the section
// that feed titles often add: "The Potomac Ledger — World" is The Potomac
// Ledger, "Harbour Daily | Politics" is Harbour Daily.
func feedOutlet(title string) string {
	title = strings.TrimSpace(title)
	for _, sep := range []string{" — ", " – ", " | ", " - ", ": "} {
		if i := strings.Index(title, sep); i > 0 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}
