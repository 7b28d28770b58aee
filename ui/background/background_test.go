package background

import "testing"

func TestFromEnv(t *testing.T) {
	tests := []struct {
		in       string
		dark, ok bool
	}{
		{"", true, false},
		{"15;0", true, true},
		{"0;15", false, true},
		{"0;default;15", false, true},
		{"7;8", true, true},
		{"0;7", false, true},
		{"garbage", true, false},
		{"15;default", true, false},
	}
	for _, tt := range tests {
		dark, ok := FromEnv(tt.in)
		if dark != tt.dark || ok != tt.ok {
			t.Errorf("FromEnv(%q) = %v,%v; want %v,%v", tt.in, dark, ok, tt.dark, tt.ok)
		}
	}
}
