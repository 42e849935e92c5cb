package dossier

// Quote is a direct quotation, quote marks included, with its speaker.
type Quote struct {
	Span    Span
	Speaker *Mention // nil when unknown
}

// Attribution ties content to the source that states it through a cue:
// "lawmakers [source] reported [cue] that … [content], citing the NIS [cited]".
type Attribution struct {
	Source      Mention
	Cue         Span
	Content     []Span // in text order; two parts when the cue splits the content
	Cited       []Mention
	Hedges      []Span // hedge words inside the cue or content ("believed", "may")
	Negated     bool   // the source denies the content
	Unconfirmed bool   // the text says it could not be verified
	Learned     bool   // found by the learned model where the rules found none
}
