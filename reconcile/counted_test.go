package reconcile

import (
	"strings"
	"testing"
)

type placeSet map[string]bool

func (p placeSet) place(phrase string) (string, bool) {
	k := key(phrase)
	return k, p[k]
}

func TestParseGroup(t *testing.T) {
	pl := placeSet{"north korea": true, "kursk": true, "gaza": true, "russia": true}
	tests := []struct {
		text  string
		want  string // key()
		scope string
	}{
		{"North Korean troops", "north korea||troops", ""},
		{"North Korean soldiers", "north korea||troops", ""},
		{"North Korean soldier", "north korea||troops", ""},
		{"soldiers from North Korea", "north korea||troops", ""},
		{"the 11,000 North Korean servicemen", "north korea||troops", ""},
		{"of the 11,000 North Korean soldiers first sent", "north korea||troops", ""},
		{"North Koreans", "north korea||", ""},
		{"more North Korean troops", "north korea||troops", ""},
		{"others", "||", ""},
		{"two", "||", ""},
		{"people in Gaza", "||people", "gaza"},
		{"Gaza residents", "gaza||resident", ""},
		{"civilians", "||civilians", ""},
		{"Ukrainian civilians", "ukraine||civilians", ""},
		{"Russian and North Korean troops", "north korea+russia||troops", ""},
		{"soldiers and engineers", "||troops", ""},
		{"combat engineers", "|combat|engineer", ""},
		{"U.S. service members", "united states||troops", ""},
		{"children", "||children", ""},
	}
	for _, tc := range tests {
		g := parseGroup(tc.text, pl)
		if got := g.key(); got != tc.want || g.scope != tc.scope {
			t.Errorf("parseGroup(%q) = key %q scope %q, want key %q scope %q", tc.text, got, g.scope, tc.want, tc.scope)
		}
	}
	if g := parseGroup("North Koreans", pl); g.demonyms["north korea"] != "North Korean" {
		t.Errorf("parseGroup(%q).demonyms = %v, want north korea: North Korean", "North Koreans", g.demonyms)
	}
}

func TestSurnameVariant(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelenskyy", "zelensky", true},
		{"zelenskyy", "zelenskiy", true},
		{"zelensky", "zelenskiy", true},
		{"smith", "smyth", false}, // too short to guess
		{"biden", "biden", true},
		{"kirby", "kirov", false},
		{"johnson", "jackson", false},
	}
	for _, tc := range tests {
		if got := surnameVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("surnameVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestWordsAndKeys(t *testing.T) {
	tests := []struct{ in, want string }{
		{"South Korea’s National Intelligence Service", "south korea national intelligence service"},
		{"U.S.", "us"},
		{"Lee Seong-kweun", "lee seong kweun"},
		{"Zelenskyy's", "zelenskyy"},
		{"O'Brien", "obrien"},
		{"Volodymyr Zelens'kyj", "volodymyr zelenskyj"},
		{"Žižek", "zizek"},
	}
	for _, tc := range tests {
		if got := key(tc.in); got != tc.want {
			t.Errorf("key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripTitles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"President Zelenskyy", "Zelenskyy"},
		{"Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy"},
		{"White House National Security Council spokesperson John Kirby", "John Kirby"},
		{"Stephen King", "Stephen King"},
		{"Martin Luther King Jr.", "Martin Luther King"},
		{"Zelenskyy", "Zelenskyy"},
	}
	for _, tc := range tests {
		if got := stripTitles(tc.in); got != tc.want {
			t.Errorf("stripTitles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAcronymOf(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"NIS", "National Intelligence Service", true},
		{"ISIS", "Islamic State", true},
		{"NATO", "European Union", false},
		{"NIS", "Ministry of Defence", false},
	}
	for _, tc := range tests {
		if got := acronymOf(acronymLetters(tc.acr), key(tc.name)); got != tc.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tc.acr, tc.name, got, tc.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		lo, hi float64
		bound  string
		want   string
	}{
		{1100, 1100, "exact", "1,100"},
		{300, 300, "approx", "about 300"},
		{3000, 3000, "min", "more than 3,000"},
		{500, 500, "max", "up to 500"},
		{10000, 12000, "range", "10,000 to 12,000"},
		{2.5e6, 2.5e6, "exact", "2,500,000"},
		{999, 999, "exact", "999"},
	}
	for _, tc := range tests {
		v := fv(tc.lo, tc.hi, tc.bound)
		if got := describe(v); got != tc.want {
			t.Errorf("describe(%v) = %q, want %q", v, got, tc.want)
		}
	}
}

func TestDayOf(t *testing.T) {
	pub := day("2025-01-13")
	tests := []struct {
		v, want string
		ok      bool
	}{
		{"2025-01-13", "2025-01-13", true},
		{"2024-12", "2024-12-31", true},
		{"2025-01", "2025-01-13", true}, // capped at publication
		{"2024-FA", "2024-11-30", true},
		{"2024", "2024-12-31", true},
		{"2024-W52", "2024-12-29", true},
		{"2024-Q3", "2024-09-30", true},
		{"PRESENT_REF", "", false},
		{"XXXX-08", "", false},
	}
	for _, tc := range tests {
		got, ok := dayOf(tc.v, pub)
		s := ""
		if ok {
			s = got.Format(dayLayout)
		}
		if s != tc.want || ok != tc.ok {
			t.Errorf("dayOf(%q, 2025-01-13) = %q, %v, want %q, %v", tc.v, s, ok, tc.want, tc.ok)
		}
	}
}

func TestNumberNoNegativeZero(t *testing.T) {
	if got := number(-1500); !strings.HasPrefix(got, "-") || got != "-1,500" {
		t.Errorf("number(-1500) = %q, want -1,500", got)
	}
}
