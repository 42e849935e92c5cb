package ingest

import "testing"

func TestFeedOutlet(t *testing.T) {
	tests := []struct{ title, want string }{
		{"The Potomac Ledger — World", "The Potomac Ledger"},
		{"Harbour Daily | Politics", "Harbour Daily"},
		{"Northline Wire - Top stories", "Northline Wire"},
		{"  Eastgate Observer ", "Eastgate Observer"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := feedOutlet(tt.title); got != tt.want {
			t.Errorf("feedOutlet(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
