package dossier

// Bound says how a figure relates to the true number.
type Bound string

const (
	Exact  Bound = "exact"
	Approx Bound = "approx"
	Min    Bound = "min"
	Max    Bound = "max"
	Range  Bound = "range"
)

// QuantityKind separates counts of people and things, which can become count
// claims, from amounts that never do.
type QuantityKind string

const (
	KindCount    QuantityKind = "count"
	KindMoney    QuantityKind = "money"
	KindPercent  QuantityKind = "percent"
	KindAge      QuantityKind = "age"
	KindDate     QuantityKind = "date"     // years, days of the month
	KindDuration QuantityKind = "duration" // "six hours", "three years"
	KindOrdinal  QuantityKind = "ordinal"  // "the fifth", "second"
	KindID       QuantityKind = "id"       // "Flight 123", "Route 66"
	KindMeasure  QuantityKind = "measure"  // distances, weights, magnitudes, times of day
)

// Quantity is a number expression with its qualifier ("approximately 300"),
// its value and, for counts, the noun phrase counted.
type Quantity struct {
	Span    Span // the number expression including its qualifier
	Number  Span // the number itself, without the qualifier
	Low     float64
	High    float64
	Bound   Bound
	Kind    QuantityKind
	Unit    string  // head noun of what is counted, or the unit ("troops", "USD", "km")
	Counted Span    // the noun phrase counted; zero when none
	Hedge   string  // the qualifier word(s) ("approximately"), if any
	Measure Measure // for counts: what the sentence says happened to them; "" otherwise
	Cue     Span    // the words that gave the measure ("killed", "death toll")
}
