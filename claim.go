package dossier

// ClaimKind separates figures from attributed statements.
type ClaimKind string

const (
	CountClaim     ClaimKind = "count"
	StatementClaim ClaimKind = "statement"
)

// Measure is the closed vocabulary of what a count claim counts (DESIGN §4).
type Measure string

const (
	Deaths     Measure = "deaths"
	Injured    Measure = "injured"
	Casualties Measure = "casualties"
	Missing    Measure = "missing"
	Captured   Measure = "captured"
	Arrested   Measure = "arrested"
	Kidnapped  Measure = "kidnapped"
	Displaced  Measure = "displaced"
	Deployed   Measure = "deployed"
	Cases      Measure = "cases"
	Affected   Measure = "affected"
	Other      Measure = "other"
)

// Certainty is how sure the text makes the claim sound.
type Certainty string

const (
	Asserted    Certainty = "asserted"
	Reported    Certainty = "reported"
	Hedged      Certainty = "hedged"
	Denied      Certainty = "denied"
	Unconfirmed Certainty = "unconfirmed"
)

// SourceRole places a source in the attribution chain.
type SourceRole string

const (
	Speaker SourceRole = "speaker"
	Cited   SourceRole = "cited"
)

// Source is one link of a claim's attribution chain, outermost first.
type Source struct {
	Role SourceRole
	Mention
}

// ClaimTime is when a figure holds or was stated.
type ClaimTime struct {
	Value string // TIMEX3 date value: YYYY-MM-DD, YYYY-MM, YYYY, 2024-FA
	Span  Span   // the expression in the text; zero when taken from the publication date
}

// ClaimPlace is where a claim applies.
type ClaimPlace struct {
	Span   Span
	Entity string
}

// Claim is one sourced figure or statement, tied to its evidence.
type Claim struct {
	ID        string
	Kind      ClaimKind
	Measure   Measure // count claims only
	Low, High float64
	Bound     Bound
	Number    Span
	Counted   Span
	Sources   []Source
	Cue       Span
	Certainty Certainty
	Hedges    []string
	When      *ClaimTime
	Where     *ClaimPlace
	Content   Span // statement claims: the attributed content
	Evidence  Span // the sentence(s) that support it
}
