package dossier

// TimexType is the TIMEX3 type of a temporal expression.
type TimexType string

const (
	Date     TimexType = "DATE"
	Time     TimexType = "TIME"
	Duration TimexType = "DURATION"
	Set      TimexType = "SET"
)

// Timex is a temporal expression normalised to a TIMEX3 value against the
// publication date ("on Monday" -> 2025-01-13, "last fall" -> 2024-FA,
// "six hours" -> PT6H).
type Timex struct {
	Span  Span
	Type  TimexType
	Value string
	// Mod is the TIMEX3 mod when the words qualify the value: APPROX,
	// LESS_THAN ("almost three years"), MORE_THAN, EQUAL_OR_LESS,
	// EQUAL_OR_MORE, START ("early December"), MID, END; empty for none.
	Mod string
}
