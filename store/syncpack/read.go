package syncpack

import (
	"archive/zip"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Package is a verified package: its manifest, its records by kind, its forms by name, and the
// Fingerprint of the key that signed it, for the user to compare with the sender's.
type Package struct {
	Manifest    Manifest
	Records     map[model.Kind][]Envelope
	Files       map[string][]byte
	Fingerprint string
	// Encrypted is set by Open for a package decrypted with this file's identity (addressed to
	// it); a package read by Verify or Read is never Encrypted.
	Encrypted bool

	vectors map[model.Ref]vector      // the version vector of each record (format 2); see Package.vector
	bases   map[model.Ref][]baseState // the past states of a record the sender kept (format 2)
	log     *packageLog               // the change log's entries (changelog.go); nil from a version before it
}

// Verify checks the package at path completely — ZIP structure, names, sizes, compression
// ratios, signature, hashes, JSON — and returns its content. It changes nothing anywhere.
// A package it refuses yields a *model.Error with one of the Code… codes.
func Verify(path string, limits Limits) (*Package, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("syncpack: verify: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("syncpack: verify: %w", err)
	}
	return Read(f, st.Size(), limits)
}

// Read is Verify for a package already open, or in memory.
func Read(r io.ReaderAt, size int64, limits Limits) (*Package, error) {
	limits = limits.orDefault()
	if size > limits.MaxFileSize {
		return nil, refuse(CodeTooLarge, "Пакетът е %d MB, а се приемат до %d MB.", size>>20, limits.MaxFileSize>>20)
	}
	zr, err := openZip(r, size)
	if err != nil {
		return nil, err
	}
	files, err := indexEntries(zr, limits)
	if err != nil {
		return nil, err
	}
	m, err := readManifest(files, limits)
	if err != nil {
		return nil, err
	}
	if err := matchEntries(m, files, limits); err != nil {
		return nil, err
	}
	p := &Package{Manifest: m, Records: map[model.Kind][]Envelope{}, Files: map[string][]byte{},
		Fingerprint: Fingerprint(m.PublicKey)}
	for _, e := range m.Entries {
		if err := p.readEntry(files[e.Name], e, limits); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// openZip opens the central directory, telling a file cut short from one that is no ZIP at all.
func openZip(r io.ReaderAt, size int64) (*zip.Reader, error) {
	zr, err := zip.NewReader(r, size)
	if errors.Is(err, zip.ErrInsecurePath) && zr != nil {
		return zr, nil // checkName refuses such names with a clearer message
	}
	if err == nil {
		return zr, nil
	}
	head := make([]byte, len(ageHeader))
	n, _ := r.ReadAt(head, 0)
	if isEncrypted(head[:n]) {
		return nil, model.Errorf(CodeEncrypted, "", "Пакетът е шифрован за компютъра, до който е изпратен: отворете го в програмата на този компютър (tchas import --db ФАЙЛ ПАКЕТ).")
	}
	if n >= 4 && string(head[:4]) == "PK\x03\x04" {
		return nil, refuse(CodeTruncated, "Пакетът е непълен — вероятно копирането или изтеглянето е прекъснато. Копирайте го отново.")
	}
	return nil, refuse(CodeNotZip, "Файлът не е пакет за синхронизация (не е ZIP архив). Изберете файла с разширение .zip, създаден от програмата.")
}

// indexEntries maps names to entries, refusing unsafe, duplicated and too many names.
func indexEntries(zr *zip.Reader, limits Limits) (map[string]*zip.File, error) {
	if len(zr.File) > limits.MaxEntries {
		return nil, refuse(CodeTooLarge, "Пакетът съдържа %d файла, а се приемат до %d.", len(zr.File), limits.MaxEntries)
	}
	files := make(map[string]*zip.File, len(zr.File))
	folded := make(map[string]bool, len(zr.File))
	for _, f := range zr.File {
		if f.Name != manifestName && f.Name != signatureName {
			if _, err := checkName(f.Name); err != nil {
				return nil, err
			}
		}
		if folded[foldName(f.Name)] {
			return nil, refuse(CodeDuplicateEntry, "Пакетът съдържа файла „%s“ два пъти.", printable(f.Name))
		}
		folded[foldName(f.Name)] = true
		files[f.Name] = f
	}
	return files, nil
}

// readManifest reads manifest.json and checks manifest.sig against the key the manifest names.
func readManifest(files map[string]*zip.File, limits Limits) (Manifest, error) {
	mf := files[manifestName]
	if mf == nil {
		return Manifest{}, refuse(CodeBadManifest, "В пакета липсва описанието manifest.json.")
	}
	mb, err := readLimited(mf, maxManifestSize, limits)
	if err != nil {
		return Manifest{}, err
	}
	m, err := unmarshalManifest(mb, limits.MaxJSONDepth)
	if err != nil {
		return Manifest{}, err
	}
	sf := files[signatureName]
	if sf == nil {
		return Manifest{}, refuse(CodeBadSignature, "Пакетът не е подписан (липсва manifest.sig).")
	}
	sb, err := readLimited(sf, maxSignatureSize, limits)
	if err != nil {
		return Manifest{}, err
	}
	sig, err := base64.StdEncoding.Strict().DecodeString(string(sb))
	if err != nil || len(sig) != ed25519.SignatureSize || !ed25519.Verify(m.PublicKey, mb, sig) {
		return Manifest{}, refuse(CodeBadSignature, "Подписът на пакета не съвпада — пакетът е променян след създаването си или е подправен.")
	}
	return m, nil
}

// matchEntries requires the ZIP to hold exactly the entries the manifest lists, within limits.
func matchEntries(m Manifest, files map[string]*zip.File, limits Limits) error {
	listed := make(map[string]bool, len(m.Entries))
	var total int64
	for _, e := range m.Entries {
		listed[e.Name] = true
		if files[e.Name] == nil {
			return refuse(CodeMissingEntry, "В пакета липсва файлът „%s“, който описанието му изброява.", printable(e.Name))
		}
		if e.Size > limits.MaxEntrySize {
			return refuse(CodeTooLarge, "Файлът „%s“ в пакета е %d MB, а се приемат до %d MB.", printable(e.Name), e.Size>>20, limits.MaxEntrySize>>20)
		}
		total += e.Size
		if total > limits.MaxTotalUncompressed {
			return refuse(CodeTooLarge, "Съдържанието на пакета надхвърля %d MB.", limits.MaxTotalUncompressed>>20)
		}
	}
	for name := range files {
		if name != manifestName && name != signatureName && !listed[name] {
			return refuse(CodeUnlistedEntry, "Пакетът съдържа файла „%s“, който описанието му не изброява — добавен е след подписването.", printable(name))
		}
	}
	return nil
}

// readEntry reads one declared entry, checks its size and hash and decodes it.
func (p *Package) readEntry(f *zip.File, e Entry, limits Limits) error {
	b, err := readLimited(f, e.Size, limits)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(b)
	if int64(len(b)) != e.Size || hex.EncodeToString(sum[:]) != e.SHA256 {
		return refuse(CodeBadHash, "Съдържанието на „%s“ не съвпада с контролната сума в описанието — пакетът е повреден или променян.", printable(e.Name))
	}
	if e.Name == logName {
		return p.readLog(b, limits)
	}
	kind, _ := checkName(e.Name) // checked with the manifest
	if kind == "" {
		p.Files[e.Name] = b
		return nil
	}
	envs, vecs, bases, err := unmarshalRecords(e.Name, kind, b, limits.MaxJSONDepth)
	if err != nil {
		return err
	}
	p.Records[kind] = envs
	for i, bs := range bases {
		if len(bs) > 0 {
			if p.bases == nil {
				p.bases = map[model.Ref][]baseState{}
			}
			p.bases[model.Ref{Kind: kind, ID: envs[i].Meta.ID}] = bs
		}
	}
	for i, v := range vecs {
		if v != nil {
			if p.vectors == nil {
				p.vectors = map[model.Ref]vector{}
			}
			p.vectors[model.Ref{Kind: kind, ID: envs[i].Meta.ID}] = v
		}
	}
	return nil
}

// readLimited reads at most limit bytes of f. It trusts neither the sizes in the ZIP header nor the
// manifest: it stops reading one byte past limit, or once the output exceeds MaxRatio times the
// compressed size that bounds what the decompressor may consume.
func readLimited(f *zip.File, limit int64, limits Limits) ([]byte, error) {
	ratioCap := int64(limits.MaxRatio) * int64(max(f.CompressedSize64, 1))
	if ratioCap <= 0 || f.CompressedSize64 > uint64(limits.MaxFileSize) {
		ratioCap = limit + 1 // overflow: the file-size limit already bounds this entry
	}
	if f.UncompressedSize64 > uint64(limit) {
		return nil, tooLarge(f.Name)
	}
	if f.UncompressedSize64 > uint64(ratioCap) {
		return nil, zipBomb(f.Name, limits)
	}
	rc, err := f.Open()
	if errors.Is(err, zip.ErrAlgorithm) {
		return nil, refuse(CodeNotZip, "Файлът „%s“ в пакета е сгъстен по непознат начин.", printable(f.Name))
	} else if err != nil {
		return nil, refuse(CodeTruncated, "Файлът „%s“ в пакета е непълен или повреден. Копирайте пакета отново.", printable(f.Name))
	}
	defer rc.Close()
	var buf bytes.Buffer
	_, err = io.Copy(&buf, io.LimitReader(rc, min(limit, ratioCap)+1))
	switch {
	case int64(buf.Len()) > ratioCap:
		return nil, zipBomb(f.Name, limits)
	case int64(buf.Len()) > limit:
		return nil, tooLarge(f.Name)
	case err != nil:
		return nil, readError(f.Name, err)
	}
	return buf.Bytes(), nil
}

func tooLarge(name string) error {
	return refuse(CodeTooLarge, "Файлът „%s“ в пакета е по-голям от описания в манифеста или от допустимото.", printable(name))
}

func zipBomb(name string, limits Limits) error {
	return refuse(CodeZipBomb, "Файлът „%s“ в пакета е сгъстен повече от %d:1 — такъв пакет не е създаден от програмата и не се отваря.", printable(name), limits.MaxRatio)
}

// readError names what went wrong while decompressing an entry.
func readError(name string, err error) error {
	switch {
	case errors.Is(err, zip.ErrChecksum):
		return refuse(CodeBadHash, "Контролната сума на „%s“ не съвпада — пакетът е повреден.", printable(name))
	case errors.Is(err, zip.ErrFormat):
		// archive/zip reports ErrFormat when an entry yields more than its header declares.
		return tooLarge(name)
	}
	return refuse(CodeTruncated, "Файлът „%s“ в пакета е непълен или повреден (%s). Копирайте пакета отново.", printable(name), printable(err.Error()))
}
