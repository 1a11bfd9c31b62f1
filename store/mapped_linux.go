package store

import (
	"go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMapped drops the data file's pages that tx's reads made resident in this process's
// memory map (issue #16's peak memory: the open's verification reads every page, and the
// year's decode its records — 16 MB of the 3,000-student demo, ≈ 150 MB at 30,000, counted in
// the resident size until the kernel needs them). bbolt maps the file read-only and shared and
// writes with pwrite, so MADV_DONTNEED only unmaps pages of the page cache: nothing is lost, a
// later read faults the page in again from the cache (or the disk). It must run inside tx,
// on tx's goroutine: the open transaction keeps bbolt from remapping the file meanwhile (a
// remap takes the map's lock that every transaction holds), so the address and the size
// (tx.Size, never past the mapping) are the mapping's. Errors are ignored: the pages only stay.
func releaseMapped(tx *bbolt.Tx) {
	size := tx.Size()
	if size <= 0 {
		return
	}
	// The mapping's address as a number: no Go pointer into it is made here.
	_, _, _ = unix.Syscall(unix.SYS_MADVISE, tx.DB().Info().Data, uintptr(size), unix.MADV_DONTNEED)
}
