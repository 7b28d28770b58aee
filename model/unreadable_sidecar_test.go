package model

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// Attack 11: a sidecar that cannot be read for lack of permission is
// "permission denied", not corrupt: read-only, untouched, no move offered.
func TestAttackUnreadableSidecarIsNotCorrupt(t *testing.T) {
	err := sidecarReadError("/x/a.txt.annotty.json", &fs.PathError{Op: "open", Path: "/x/a.txt.annotty.json", Err: fs.ErrPermission})
	if !errors.Is(err, ErrSidecarUnreadable) || errors.Is(err, ErrCorruptSidecar) || err.Error() != "/x/a.txt.annotty.json: permission denied; read-only, the file was left untouched" {
		t.Errorf("classified as %v", err)
	}
	if os.Geteuid() == 0 {
		t.Skip("root reads any file: the rest needs a normal user")
	}
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	side := doc.Path + SidecarSuffix
	if err := os.WriteFile(side, []byte(`{"valid":"or not, it cannot be read"}`), 0o000); err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(doc, StoreOptions{})
	defer st.Close()
	if !errors.Is(err, ErrSidecarUnreadable) || errors.Is(err, ErrCorruptSidecar) || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("open: %v", err)
	}
	if _, err := st.MoveCorruptAside(); err == nil {
		t.Error("offered to move an unreadable file aside")
	}
	if _, err := os.Stat(side); err != nil {
		t.Errorf("the file was moved: %v", err)
	}
}
