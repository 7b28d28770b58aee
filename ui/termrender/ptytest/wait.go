package ptytest

import (
	"strings"
	"testing"
	"time"
)

// WaitForOutput waits up to 5 s until output() holds want.
func WaitForOutput(tb testing.TB, output func() string, want string) {
	tb.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(output(), want) {
		if time.Now().After(deadline) {
			tb.Fatalf("the terminal never showed %q; got %q", want, output())
		}
		time.Sleep(time.Millisecond)
	}
}
