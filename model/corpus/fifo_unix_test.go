//go:build unix

package corpus

import (
	"testing"

	"github.com/annotty/annotty/model/internal/hostile"
)

// Attack 6: a FIFO where a file is expected is refused at once, not waited on.
func TestAttackFIFOIsRefusedWithoutBlocking(t *testing.T) {
	hostile.RefusesFIFO(t, func(path string) error {
		_, err := readCapped(path, 1<<20)
		return err
	})
}
