package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The start of bbolt's file format (go.etcd.io/bbolt/internal/common, format version 2): a page
// header of 16 bytes, then on pages 0 and 1 the meta, whose last field is an FNV-64a checksum
// of the fields before it.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	metaSize         = 64
	metaChecksumAt   = 56
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	freelistPageFlag = 0x10
	noFreelist       = ^uint64(0)
)

// What readMetaAt finds where no meta page is at all (as opposed to a damaged one).
var (
	errShortMeta   = errors.New("file too short")
	errNotBoltMeta = errors.New("not a bbolt meta page")
)

// boltMeta is the part of a meta page precheck needs.
type boltMeta struct {
	pageSize uint32
	root     uint64 // page of the root bucket
	freelist uint64
	pgid     uint64 // high-water mark: pages in use
	txid     uint64
}

// precheck reads the file's meta pages with plain reads and checks what bbolt.Open trusts
// before it can fail safely: the size against the high-water mark, and the types of the root
// and freelist pages. A file this catches makes bbolt panic inside Open, which leaves the file
// open (and locked) until the program exits.
func precheck(f *os.File) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	m, err := readMeta(f)
	if err != nil {
		return err
	}
	ps := uint64(m.pageSize)
	if uint64(fi.Size()) < m.pgid*ps {
		return fmt.Errorf("file is truncated: %d bytes, expected %d", fi.Size(), m.pgid*ps)
	}
	if m.root >= m.pgid || (m.freelist != noFreelist && m.freelist >= m.pgid) {
		return fmt.Errorf("meta points past the end: root %d, freelist %d, pages %d", m.root, m.freelist, m.pgid)
	}
	if err := checkPageHeader(f, m.root, ps, branchPageFlag, leafPageFlag); err != nil {
		return fmt.Errorf("root page: %w", err)
	}
	if m.freelist != noFreelist {
		if err := checkPageHeader(f, m.freelist, ps, freelistPageFlag); err != nil {
			return fmt.Errorf("freelist page: %w", err)
		}
	}
	return nil
}

// readMeta returns the meta bbolt would use: the valid one with the higher transaction.
func readMeta(f *os.File) (boltMeta, error) {
	m0, err0 := readMetaAt(f, 0)
	var sizes []int64
	if err0 == nil {
		sizes = append(sizes, int64(m0.pageSize))
	}
	sizes = append(sizes, int64(os.Getpagesize()), 4096, 8192, 16384, 65536)
	err1 := err0
	var m1 boltMeta
	for _, s := range sizes {
		if m1, err1 = readMetaAt(f, s); err1 == nil {
			break
		}
	}
	switch {
	case err0 != nil && err1 != nil:
		return boltMeta{}, fmt.Errorf("no valid meta page: %w", errors.Join(err0, err1))
	case err0 != nil || (err1 == nil && m1.txid > m0.txid):
		return m1, nil
	}
	return m0, nil
}

// readMetaAt reads and validates the meta page at offset off.
func readMetaAt(f *os.File, off int64) (boltMeta, error) {
	buf := make([]byte, pageHeaderSize+metaSize)
	if _, err := f.ReadAt(buf, off); err != nil {
		if errors.Is(err, io.EOF) {
			return boltMeta{}, fmt.Errorf("meta at %d: %w", off, errShortMeta)
		}
		return boltMeta{}, err
	}
	b := buf[pageHeaderSize:]
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltVersion {
		return boltMeta{}, fmt.Errorf("meta at %d: %w", off, errNotBoltMeta)
	}
	h := fnv.New64a()
	_, _ = h.Write(b[:metaChecksumAt])
	if h.Sum64() != le.Uint64(b[metaChecksumAt:]) {
		return boltMeta{}, fmt.Errorf("meta at %d: checksum mismatch", off)
	}
	m := boltMeta{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]),
		pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}
	if m.pageSize < 1024 || m.pageSize&(m.pageSize-1) != 0 {
		return boltMeta{}, fmt.Errorf("meta at %d: page size %d", off, m.pageSize)
	}
	return m, nil
}

// checkPageHeader checks that page id says it is page id, of one of the given types.
func checkPageHeader(f *os.File, id, pageSize uint64, flags ...uint16) error {
	buf := make([]byte, pageHeaderSize)
	if _, err := f.ReadAt(buf, int64(id*pageSize)); err != nil {
		return fmt.Errorf("read page %d: %w", id, err)
	}
	gotID, gotFlags := binary.LittleEndian.Uint64(buf[0:]), binary.LittleEndian.Uint16(buf[8:])
	if gotID != id {
		return fmt.Errorf("page %d says it is page %d", id, gotID)
	}
	for _, fl := range flags {
		if gotFlags == fl {
			return nil
		}
	}
	return fmt.Errorf("page %d has type %#x", id, gotFlags)
}

// precheckFile runs precheck on the file at path.
func precheckFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return precheck(f)
}
