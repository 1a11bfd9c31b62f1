package printing

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// placeFile writes name in dir through a temporary file beside it that is fsynced, closed and
// renamed into place, and returns the folder the name is in. A crash or a failing writer never
// leaves half a document under the name: the rename comes after the data is on disk. The
// rename itself is made durable by syncing the folder (syncFolders), which a batch does once for
// all its files rather than once per file as store.WriteFileAtomic does: a big school's batch is
// 5 500 files, and a second fsync per file was a large part of its time. Until that one sync a
// crash can lose a rename — the file is then missing, never partial — and the batch has not
// returned, so nothing told the user it was written.
func placeFile(dir, name string, write func(io.Writer) error) (folder string, err error) {
	path := filepath.Join(dir, name)
	folder = filepath.Dir(path)
	f, err := os.CreateTemp(folder, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return folder, fmt.Errorf("printing: write %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
			err = fmt.Errorf("printing: write %s: %w", name, err)
		}
	}()
	bw := fileBuffers.Get().(*bufio.Writer) // writers write in small pieces
	bw.Reset(f)
	defer func() {
		bw.Reset(io.Discard) // drop the file
		fileBuffers.Put(bw)
	}()
	if err = write(bw); err != nil {
		return folder, err
	}
	if err = bw.Flush(); err != nil {
		return folder, err
	}
	if err = f.Sync(); err != nil {
		return folder, err
	}
	if err = f.Close(); err != nil {
		return folder, err
	}
	return folder, os.Rename(f.Name(), path)
}

// fileBuffers are the 64 KB buffers placeFile writes through, reused: a batch writes thousands
// of files, each a new zeroed buffer before.
var fileBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

// syncFolders makes the renames into each folder durable, each folder once. Windows cannot
// sync a folder; there a rename is durable once it returns.
func syncFolders(folders map[string]bool) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	for folder := range folders {
		d, err := os.Open(folder)
		if err != nil {
			return fmt.Errorf("printing: sync %s: %w", folder, err)
		}
		err = d.Sync()
		if cerr := d.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("printing: sync %s: %w", folder, err)
		}
	}
	return nil
}

// writeFile writes one file as placeFile does and syncs its folder: durable when it returns.
func writeFile(dir, name string, write func(io.Writer) error) error {
	folder, err := placeFile(dir, name, write)
	if err != nil {
		return err
	}
	return syncFolders(map[string]bool{folder: true})
}
