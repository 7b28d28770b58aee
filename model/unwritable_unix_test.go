//go:build unix

package model

import (
	"os"
	"os/exec"
	"testing"
)

// makeUnwritable makes dir refuse new files (chmod for a normal user; chattr
// +i for root, whom permissions do not stop) and returns the undo.
func makeUnwritable(t *testing.T, dir string) (undo func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		undo = func() { os.Chmod(dir, 0o755) }
	} else {
		if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
			t.Skipf("cannot make %s unwritable as root: %v %s", dir, err, out)
		}
		undo = func() { exec.Command("chattr", "-i", dir).Run() }
	}
	t.Cleanup(undo)
	return undo
}
