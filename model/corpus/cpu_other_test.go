//go:build !unix

package corpus

import "time"

// cpuTime is not measured here: the cpu-ms/op figures read 0.
func cpuTime() time.Duration { return 0 }
