// Package ner is dossier's named-entity recogniser: a greedy left-to-right
// averaged perceptron (package perceptron) over BIO tags, reading the
// words of a sentence with their part-of-speech and chunk tags (package
// tag). Features: the word, its lower case, shape and 2–4 letter affixes,
// the words ±2 around it, bigrams, POS and chunk tags in a window, the two
// previous entity tags, whether the sentence is a capitalised headline,
// and membership in hand-written lexicons (lexicon_data.go: countries,
// demonyms with their country, cities and states, non-GPE places, titles,
// organisation and place words, first names), each with its position
// inside the longest match.
//
// Outside an entity, a token without an upper-case letter, a digit or a
// non-ASCII letter is tagged O without consulting the model, in training
// and in use; only 54 of the 23,499 entities of CoNLL-2003 eng.train start
// with such a token, and it makes recognition about twice as fast.
//
// # Output types
//
// The model predicts PERSON, ORG, PLACE, NORP, EVENT and MISC (BIO tags;
// BILOU is available and scored the same on eng.testa). After
// decoding, PLACE becomes GPE when the lexicon knows the name as a country,
// city or state, LOC when it knows it as another kind of place (continent,
// region, sea, river, mountain range) or the name begins or ends with a
// natural-place word (River, Sea, Mountains, Island …), and GPE otherwise
// (a name ending in Council, Ministry, Agency and the like becomes ORG):
// unknown place names in news are mostly towns. ("Region", "Province",
// "Oblast" and the like make GPE.) Likewise NORP and MISC: an entity
// predicted as either is NORP when the lexicon knows it as a demonym or
// nationality (singular or plural), else MISC, which is how the training
// labels were made. FAC is not predicted.
//
// # Training data and label mapping
//
// CoNLL-2003 (eng.train; IOB tags PER, ORG, LOC, MISC):
//
//	PER  → PERSON
//	ORG  → ORG
//	LOC  → PLACE (so GPE or LOC by the rule above)
//	MISC → NORP when the whole entity is a demonym or nationality in the
//	       lexicon ("German", "North Koreans", "Muslim"), else MISC
//
// GMB (ner_dataset.csv; tags per, org, geo, gpe, tim, art, eve, nat):
//
//	per → PERSON, with leading titles ("President", "Mr.") dropped from the
//	      span, since GMB includes them and CoNLL and OntoNotes do not
//	org → ORG
//	geo → PLACE
//	gpe → NORP when the span's last POS tag is JJ or it is a demonym in the
//	      lexicon ("British", "Iraqis"), else PLACE ("Britain")
//	eve → EVENT
//	art → MISC
//	tim, nat → O (tim is a time expression, nat a natural phenomenon)
//
// Whether GMB is part of the committed model, and why, is in
// model/README.md.
//
// # Canonical names
//
// Canonical gives the country of a demonym ("North Korean" → "North
// Korea", "Ukrainians" → "Ukraine", "U.S." → "United States"), the full
// name of a country alias for GPEs ("Britain" → "United Kingdom"), and
// otherwise the text with white space normalised.
package ner
