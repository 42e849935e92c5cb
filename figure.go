package dossier

// Figure is every count claim about the same measure of the same group in
// the same scope, as a timeline (DESIGN §5).
type Figure struct {
	ID       string
	Measure  Measure
	Counted  string // normalised counted group: "North Korean troops"
	Scope    string // place scope, "" when none
	Latest   FigureValue
	Estimate Estimate
	Points   []FigurePoint // by date, then document
	Flags    []Flag
}

// FigureValue is one dated value.
type FigureValue struct {
	When      string // TIMEX3 date value
	Low, High float64
	Bound     Bound
}

// Estimate is low/best/high over the latest window of points.
type Estimate struct {
	Low, Best, High float64
}

// FigurePoint is one count claim in a figure.
type FigurePoint struct {
	FigureValue
	Sources   []SourceText
	Certainty Certainty
	Document  string
	Claim     string
	Copies    []string // documents that repeat this claim as wire copies
}

// FlagKind names what is wrong with a figure.
type FlagKind string

const (
	Disagreement FlagKind = "disagreement" // sources differ beyond their bounds in one window
	Decrease     FlagKind = "decrease"     // a cumulative measure goes down
	Inconsistent FlagKind = "inconsistent" // casualties vs deaths + injured
	CopiesOnly   FlagKind = "copies-only"  // known only through copies of one article
)

// Flag is one problem with a figure, with its reason in words and the
// indexes of the points involved.
type Flag struct {
	Kind   FlagKind
	Reason string
	Points []int
}

// FigureFilter selects figures.
type FigureFilter struct {
	Measure Measure
	About   string // case-insensitive substring of the counted group
	Entity  string // ledger entity id among the points' sources
	Flagged bool   // only figures with flags
	Limit   int
}
