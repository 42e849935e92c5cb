// Package tag holds dossier's part-of-speech tagger and phrase chunker:
// greedy left-to-right averaged perceptrons (package perceptron) in the
// style of the classic Honnibal tagger.
//
// The tagger predicts Penn Treebank tags with features of the word, its
// lower case, suffixes of 1–3 letters, first letter, shape and character
// flags, the words and suffixes ±2 around it and the two previous tags;
// frequent words that take one tag at least 97% of the time are tagged
// from a dictionary. It is trained on the POS column of CoNLL-2003
// eng.train and 95% of the GMB sentences, with GMB's tags for brackets,
// quotes and semicolons mapped to CoNLL's.
//
// The chunker predicts the BIO base-phrase tags of the CoNLL-2003 chunk
// column (B-NP, I-NP, B-VP, B-PP, O …) from the words and the predicted POS
// tags in a window and the two previous chunk tags.
//
// Both models are trained by "dossier train" and embedded in package
// model; Default and DefaultStage load them once. The readers of the
// training corpora (CoNLL-2003 files, the GMB CSV inside its zip) are here
// too, for package ner and package eval.
package tag
