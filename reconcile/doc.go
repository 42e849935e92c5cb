// Package reconcile derives the cross-document ledger (DESIGN §5): ledger
// entities and the links of every document-local entity to them, figures
// with their points, estimates and flags, and stories.
//
// # API
//
// Run(ctx, store, Options{}) reads the store (EachDocument, EachMention,
// EachClaim), builds the ledger and hands it to ReplaceLedger; cmd/dossier
// and http call it after ingest. Build(docs, mentions, claims, opts) does
// the same over slices, and a Builder (NewBuilder, AddDocument, AddMention,
// AddClaim, Ledger) over a stream: add documents, then mentions, then
// claims. The work is linear in the input, with maps and inverted indexes
// in place of pairwise comparisons of documents.
//
// # Entities
//
// Mentions are grouped by type and folded name (case, diacritics,
// punctuation: "Zelenskyy", "ZELENSKYY" and "Zelenskyy's" are one key).
// A demonym whose NER canonical name is a country ("North Korean") joins
// that country (GPE). People lose titles ("President", "spokesperson")
// and what precedes them. Then:
//   - a person's surname spelling variants merge when the first names are
//     equal (or one is the other's initial) and the surnames share their
//     first three letters within edit distance 1 (6+ letters) or 2 (9+):
//     Zelenskyy, Zelensky, Zelenskiy;
//   - a lone name ("Zelenskyy", "President Zelensky") joins the one full
//     name it can be, by surname or, for names written surname first, by
//     first name; two candidates ("Kim": Kim Jong Un and Stella Kim) keep
//     it apart, and two full names never merge across first names;
//   - "George Bush" joins "George W. Bush" unless another middle name
//     competes;
//   - an acronym right after a name whose initials it follows ("National
//     Intelligence Service (NIS)") merges everywhere; an acronym no article
//     spells out joins the one organisation of the corpus with those
//     initials;
//   - a source text the attribution layer links to an entity ("Seoul's spy
//     agency" → the NIS mention) becomes an alias when it is a proper
//     description (capitalised, not a pronoun, no coordination); it then
//     resolves sources with no local entity in other articles. A generic
//     description ("the country's spy agency") resolves to the one entity
//     of its article, else of the corpus, whose name or description ends in
//     the same two words ("spy agency" = "intelligence service").
//
// An entity's name is its most mentioned full form; its id is the type and
// the folded name ("person-volodymyr-zelenskyy"), stable across runs.
// Aliases are every other form and description, most frequent first.
//
// # Figures
//
// A figure is one measure of one counted group in one scope. The counted
// phrase is normalised to nationality or place qualifiers plus a head noun
// class: "North Korean soldiers", "soldiers from North Korea", "the 11,000
// North Korean servicemen" → North Korean troops; determiners, numbers,
// bounds, participles ("killed") and measure nouns ("casualties") drop.
// A phrase with nothing left ("2,700 others", "600 dead") takes the group
// of the count claim before it in the same passage, else the one
// nationality the passage names. A bare nationality ("North Koreans")
// takes the one head its nationality has in the same family of measures
// (deaths, injured, casualties, missing, captured), else "people"; a head
// without nationality ("12,000 troops") takes the one nationality its story
// (else the corpus) gives that head. `other` claims about things ("two
// countries") make no figure.
//
// Scope is the claim's place, raised to its country when articles say so
// ("the Russian region of Kursk", "Russia's Kursk region", "Kursk,
// Russia"); the group's own country ("flown home to North Korea") is no
// scope. Scopes are settled per group across a family of measures: with
// one scope, unscoped points join it; with one country and places not
// known to lie elsewhere, the places nest in that country; otherwise one
// figure per scope, and an unscoped point joins the scope most points of
// its story have. Figure ids hash (measure, group, scope).
//
// Claims that are no level of their group make series of their own beside
// it, so that a timeline of levels is not misread: increments, whose
// number expression carries "more", "additional", "another" or "further"
// ("6,000 more troops", nlp/quant's Increment) → "additional North Korean
// troops"; and subsets of a group that names its harm moved, treated or
// freed ("2,000 wounded soldiers were flown or carried back", "40
// hostages were released") → "North Korean troops flown or carried back".
// Their ids hash the part too; they raise no decrease flag, and a
// cumulative measure's growth does not excuse their disagreements.
//
// Points carry when (the claim's TIMEX3 value, else the publication date),
// low, high, bound, the source chain with ledger entity ids, certainty,
// document and claim. A claim in a wire copy (DuplicateOf, followed to the
// original) with the same measure, group and value as one of the original
// is listed in that point's Copies, not counted. Points sort by date, then
// publication, document and claim. A point's series is its innermost
// source (the original speaker, whoever relays it); two points share a
// source when their series match or their chains share an entity.
//
// Latest is the most recent point. Estimate takes each series' latest
// point within Window (14 days) of the latest: low is the least stated
// low, high the greatest stated high, best the median of point bests (the
// number; a range's middle; the floor of "more than", the ceiling of "up
// to").
//
// # Flags
//
// Bounds widen values into intervals: exact [v,v], approx ±10%, min
// [v,∞), max [0,v], range [lo,hi].
//   - disagreement: two points of different sources within Window whose
//     intervals do not overlap; for a cumulative measure only on the same
//     date or when the later one is lower ("different sources, same date:
//     about 1,100 vs more than 3,000"); one flag per pair of series;
//   - decrease: a cumulative measure (deaths, injured, casualties,
//     captured, arrested, kidnapped, displaced, cases) whose later point
//     from the same source lies below an earlier one's interval;
//   - inconsistent: a casualties point whose interval misses deaths +
//     injured of the same group and scope from the same innermost source on
//     the same date ("300 killed and 2,700 injured" agrees with "over
//     3,000"; with 5,000 it is flagged);
//   - copies-only: every point from one article, which has copies.
//
// # Stories
//
// Documents are clustered in one pass in publication order. Each has a
// TF-IDF vector of its keywords (ingest ranks them), else of its entities
// and title words. A document joins the story whose centroid is most
// similar (cosine ≥ StorySimilarity, 0.2) among stories whose last article
// is at most StoryGap (30 days) older, or, needing twice the similarity,
// at most StoryMaxGap (180 days) older; else it starts a story. Wire
// copies join their original's story. Candidate stories come from an
// inverted index over centroid terms, skipping terms in more than 2% of
// documents. A story's title is its most central article's; its id hashes
// its first document's id.
package reconcile
