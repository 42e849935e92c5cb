// Package ingest reads news documents from files and streams, analyses them
// with the extraction pipeline and stores them in a dossier.Store, linking
// near-duplicates (wire copies) to the document they copy.
//
// # Reading
//
// Read turns one input into Records (a dossier.Document with its Origin and
// Format, or the reason it could not be read). Formats, detected from the
// file extension and then from the content (Format* constants):
//
//   - text (.txt, .md): the file is the text, byte for byte; its first line
//     is the title when it reads like a headline.
//   - html (.html, .htm): main text by go-readability, as plain text with
//     blank lines between paragraphs; title, outlet, publication date and
//     URL from JSON-LD, meta tags (og:*, article:published_time, dc.date,
//     pubdate …), <time datetime> and the canonical link. ParseHTML does
//     this for a page already in memory.
//   - feed (.rss, .atom, or sniffed RSS/Atom/JSON Feed): one record per
//     item; the item's full content (content:encoded, Atom content) as text,
//     else its summary/description; outlet = the feed's title.
//   - warc (.warc, .warc.gz): HTML pages in response records (HTTP 200) and
//     resource records, read as html pages; the capture date stands in when
//     a page states no publication date. Truncated and corrupt records are
//     reported and skipped.
//   - jsonl (.jsonl, .ndjson): one {"id","url","title","published","outlet",
//     "text"} object per line, as `dossier extract --jsonl` reads.
//
// A gzip stream is decompressed transparently (x.jsonl.gz, x.warc.gz, …).
// ParseDate reads the publication dates these formats carry.
//
// Origins name the record for the ledger and for error reports: the path
// for a text or HTML file, "path#item3" for a feed item, "path:12" for a
// JSONL line, "path#<WARC-Record-ID>" for a WARC record. Error messages do
// not repeat the origin: print them as Skip.String does, "origin: reason".
//
// # Ingesting
//
//	g := ingest.New(store, ingest.Options{Progress: bar.Update})
//	sum, err := g.Run(ctx, []string{"articles/", "feed.rss", "*.warc.gz", "-"})
//	sum, err := g.Ingest(ctx, req.Body, "upload", "")   // one stream, e.g. an HTTP POST
//
// Run takes files, folders (recursive, hidden files and folders skipped),
// glob patterns and "-" (Options.Stdin). For each record, in parallel
// workers (Options.Workers, one extract.Extractor each):
//
//  1. the content hash (hex SHA-256 of the text); a hash already in the
//     store counts as Unchanged and is not analysed again;
//  2. extract.Extractor Check and Extract; a failure skips the record;
//  3. the MinHash Signature, its BandKeys and the Keywords;
//
// then one writer, in input order: Store.SimilarDocuments on the band keys,
// DuplicateOf = the earliest published stored document whose Similarity
// is at least Options.Threshold (DuplicateThreshold by default), and
// the store: through dossier.BatchStore.PutDocuments when the store has it,
// up to 16 documents per transaction and none waiting over 50 ms, else
// Store.PutDocument one at a time. A killed run therefore loses at most the
// uncommitted batch, and a rerun stores each document exactly once. A document without an id gets the first 16 hex digits of
// its hash, so reruns assign the same ids.
//
// Records that cannot be read, analysed or stored (EINVALID, ECONFLICT)
// are listed in Summary.Skipped with their origin and reason, and the run
// goes on; so are inputs that name nothing, and inputs with no documents
// (an empty feed, a crawl without HTML pages). An unknown Options.Format
// or format argument fails the call at once (EINVALID). Run and Ingest return an error only for what stops the whole
// run: a cancelled context or a failing store; the Summary counts what was
// done up to then. Options.Progress is called after each record with
// counts and bytes read (BytesTotal is known unless reading stdin).
// Options.Published and Options.Outlet fill in documents that state none.
//
// An Ingester may serve concurrent calls (an HTTP server's uploads); it
// keeps its extractors between calls, so one Ingester per process is
// cheaper than one per upload.
//
// # Near-duplicates and keywords
//
// Signature is a MinHash of SignatureSize values over ShingleWords-word
// shingles of lower-cased words; BandKeys splits it into Bands LSH keys for
// the store's candidate lookup; Similarity estimates the Jaccard similarity
// of two signatures. Keywords picks up to MaxKeywords salient terms
// (entity names, then frequent content words) for story clustering.
package ingest
