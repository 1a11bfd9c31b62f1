//go:build !linux

package store

import "go.etcd.io/bbolt"

// releaseMapped is Linux's way to drop the memory map's pages a transaction read (see
// mapped_linux.go). On Windows the working set is trimmed by the system itself when memory is
// needed, and pages of a mapped file are not private memory; on macOS the map's pages are left.
func releaseMapped(*bbolt.Tx) {}
