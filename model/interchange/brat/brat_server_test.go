package brat

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange/interchangetest"
)

// TestBratsOwnParserReadsOurExport runs brat's server-side parser and
// verifier on an export when ANNOTTY_BRAT_SRC names a brat checkout's
// server/src (brat is not packaged on npm, Debian or the Go proxy, so CI
// cannot install it; run it by hand after changing the exporter).
func TestBratsOwnParserReadsOurExport(t *testing.T) {
	src := os.Getenv("ANNOTTY_BRAT_SRC")
	if src == "" {
		t.Skip("set ANNOTTY_BRAT_SRC to a brat checkout's server/src to check the export with brat's own parser")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	doc := interchangetest.Document(t)
	dir := t.TempDir()
	good := Encode(model.NewAnnotationFile(interchangetest.Set(t, doc), interchangetest.Detections(t)), doc.Text, nil)
	bad := strings.Replace(string(good.Ann), "\tquote 18 46\t", "\tquote 17 45\t", 1) // offsets that do not hold the text
	for name, ann := range map[string][]byte{"good": good.Ann, "bad": []byte(bad)} {
		os.WriteFile(filepath.Join(dir, name+".ann"), ann, 0o644)
		os.WriteFile(filepath.Join(dir, name+".txt"), good.Text, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "annotation.conf"), good.Conf, 0o644)
	run := func(name string) string {
		out, err := exec.Command(python, "testdata/brat_check.py", src, filepath.Join(dir, name), dir).CombinedOutput()
		if err != nil {
			t.Fatalf("brat on %s: %v\n%s", name, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	if got := run("good"); got != "failed 0 textbounds 10 relations 4 issues []" {
		t.Errorf("brat on our export: %s", got)
	}
	if got := run("bad"); strings.HasPrefix(got, "failed 0 ") {
		t.Errorf("brat accepted offsets that do not hold their text, so this check cannot fail: %s", got)
	}
}
