package main

import "syscall"

// adviseHugePages asks the kernel to back b with transparent huge pages
// (when they are enabled as "madvise" or "always"); it is only advice, so a
// refusal changes nothing.
func adviseHugePages(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }
