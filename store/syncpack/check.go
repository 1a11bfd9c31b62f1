package syncpack

import (
	"encoding/hex"
	"slices"
	"unicode"

	"github.com/tvoyatchas/tvoyatchas/model"
)

const (
	maxInstallationLen = 64
	maxAcks            = 100
)

// check validates the values of a manifest, the same way for writing and for reading.
func (m Manifest) check() error {
	if m.Format < 1 || m.Format > FormatVersion {
		return badManifest("версията на формата %d не е позната", m.Format)
	}
	if !isDigits(m.NEISPUO) || len(m.NEISPUO) < 6 || len(m.NEISPUO) > 7 {
		return badManifest("кодът по НЕИСПУО „%s“ не е от 6 или 7 цифри", printable(m.NEISPUO))
	}
	if m.SchoolID != "" && !validInstallation(m.SchoolID) {
		return badManifest("идентификаторът на училището е невалиден")
	}
	if m.Year < 2000 || m.Year > 2200 {
		return badManifest("учебната година %d не е допустима", int(m.Year))
	}
	if err := m.Period.check(m.Year); err != nil {
		return err
	}
	if !validInstallation(m.Installation) {
		return badManifest("идентификаторът на изпращащата инсталация липсва или е невалиден")
	}
	if m.Sequence < 1 {
		return badManifest("поредният номер на пакета трябва да е поне 1")
	}
	if m.Created.IsZero() {
		return badManifest("часът на създаване липсва")
	}
	if len(m.Acks) > maxAcks {
		return badManifest("потвържденията са повече от %d", maxAcks)
	}
	for inst := range m.Acks {
		if !validInstallation(inst) {
			return badManifest("потвържденията съдържат невалиден идентификатор на инсталация")
		}
	}
	if err := m.checkAddress(); err != nil {
		return err
	}
	return checkEntries(m.Entries)
}

// checkAddress validates the addressee, its role and what was left out (format 3).
func (m Manifest) checkAddress() error {
	if m.Format < 3 && (m.To != "" || m.Role != "" || !m.LeftOut.IsZero()) {
		return badManifest("адресатът и пропуснатото се описват от формат 3 нататък")
	}
	if m.To != "" && !validInstallation(m.To) {
		return badManifest("идентификаторът на компютъра-получател е невалиден")
	}
	if (m.To == "") != (m.Role == "") || (m.Role != "" && !m.Role.Valid()) {
		return badManifest("ролята на получателя „%s“ липсва или не е позната", printable(string(m.Role)))
	}
	if m.To == "" && !m.LeftOut.IsZero() {
		return badManifest("пакет без получател не може да пропуска данни")
	}
	for _, list := range [][]model.Kind{m.LeftOut.Kinds, m.LeftOut.Special} {
		for _, k := range list {
			if !slices.Contains(model.Kinds, k) {
				return badManifest("пропуснатият вид записи „%s“ не е познат", printable(string(k)))
			}
		}
	}
	for _, f := range m.LeftOut.Files {
		if len(f) > 255 || !isPrintable(f) {
			return badManifest("името на пропуснат файл е невалидно")
		}
	}
	return nil
}

// check requires both dates or neither, in order, inside the school year.
func (p Period) check(year model.SchoolYear) error {
	if p.IsYear() {
		return nil
	}
	if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) || !year.Contains(p.From) || !year.Contains(p.To) {
		return badManifest("периодът %s – %s не е в учебната %s година или краят е преди началото", p.From, p.To, year)
	}
	return nil
}

// checkEntries validates the names, sizes and hashes the manifest declares.
func checkEntries(entries []Entry) error {
	seen := make(map[string]bool, len(entries))
	for _, e := range entries {
		if _, err := checkName(e.Name); err != nil {
			return err
		}
		if seen[foldName(e.Name)] {
			return refuse(CodeDuplicateEntry, "Описанието на пакета изброява файла „%s“ два пъти.", printable(e.Name))
		}
		seen[foldName(e.Name)] = true
		if e.Size < 0 {
			return badManifest("размерът на „%s“ е отрицателен", printable(e.Name))
		}
		if b, err := hex.DecodeString(e.SHA256); err != nil || len(b) != 32 || hex.EncodeToString(b) != e.SHA256 {
			return badManifest("контролната сума на „%s“ не е SHA-256 в шестнадесетичен вид", printable(e.Name))
		}
	}
	return nil
}

func validInstallation(s string) bool {
	return s != "" && len(s) <= maxInstallationLen && isPrintable(s)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isPrintable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
