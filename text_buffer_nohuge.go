//go:build unix && !linux

package main

// adviseHugePages does nothing where madvise has no huge-page advice.
func adviseHugePages([]byte) {}
