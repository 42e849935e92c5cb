package dossier

// EntityType is a named-entity class (OntoNotes names, as spaCy uses).
type EntityType string

const (
	Person  EntityType = "PERSON"
	Org     EntityType = "ORG"
	GPE     EntityType = "GPE" // countries, cities, states
	Loc     EntityType = "LOC" // non-GPE places: regions, rivers, mountains
	NORP    EntityType = "NORP"
	Fac     EntityType = "FAC"
	Event   EntityType = "EVENT"
	Misc    EntityType = "MISC"
	NoLabel EntityType = ""
)

// Entity is a mention of a named entity.
type Entity struct {
	ID        string // document-local id, e.g. "e1"
	Span      Span
	Type      EntityType
	Canonical string // canonical name, e.g. "North Korea" for "North Korean"
}

// Mention is a span that may refer to an entity (a speaker, a source).
// Entity is the document-local id of the entity it resolves to, or "".
// Antecedent is, for a pronoun ("he added"), the earlier mention it stands
// for ("the defector"), which need not be a named entity; zero otherwise.
type Mention struct {
	Span       Span
	Entity     string
	Antecedent Span
}
