//go:build unix

package adjudicate

import (
	"testing"

	"github.com/annotty/annotty/model/internal/hostile"
)

// Attack 6: a FIFO where a file is expected is refused at once, not waited on.
func TestAttackFIFOIsRefusedWithoutBlocking(t *testing.T) {
	hostile.RefusesFIFO(t, func(path string) error {
		_, err := LoadState(path)
		return err
	})
}
