package syncpack

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The fixed names inside a package.
const (
	manifestName  = "manifest.json"
	signatureName = "manifest.sig"
	recordsDir    = "records/"
	formsDir      = "forms/"
	maxNameLen    = 200
)

// recordsName returns the entry that holds the records of kind.
func recordsName(kind model.Kind) string { return recordsDir + string(kind) + ".json" }

// checkName refuses a name that could escape the folder it is unpacked into on any system
// (../, /abs, C:, \ on Windows) or that the format does not define. It returns the kind when the
// entry holds records, "" for a form.
func checkName(name string) (model.Kind, error) {
	if name == logName {
		return "", nil
	}
	if !safeName(name) {
		return "", refuse(CodeBadName, "Пакетът съдържа файл с недопустимо име „%s“, който може да излезе извън папката си.", printable(name))
	}
	if rest, ok := strings.CutPrefix(name, recordsDir); ok {
		kind, ok := strings.CutSuffix(rest, ".json")
		if !ok || strings.Contains(kind, "/") {
			return "", refuse(CodeBadName, "Пакетът съдържа неочакван файл „%s“ в папка records.", printable(name))
		}
		if !slices.Contains(model.Kinds, model.Kind(kind)) {
			return "", refuse(CodeUnknownKind, "Пакетът съдържа записи от непознат вид „%s“; вероятно е създаден от по-нова версия на програмата — обновете я.", printable(kind))
		}
		return model.Kind(kind), nil
	}
	if rest, ok := strings.CutPrefix(name, formsDir); ok {
		lower := strings.ToLower(rest)
		if strings.HasSuffix(lower, ".pdf") || strings.HasSuffix(lower, ".xlsx") {
			return "", nil
		}
	}
	return "", refuse(CodeBadName, "Пакетът съдържа неочакван файл „%s“: разрешени са само записи и формуляри PDF/XLSX.", printable(name))
}

// safeName reports whether name is a clean relative slash-separated path.
func safeName(name string) bool {
	if name == "" || len(name) > maxNameLen || !utf8.ValidString(name) {
		return false
	}
	if strings.ContainsAny(name, `\:`) || strings.HasPrefix(name, "/") {
		return false
	}
	for _, r := range name {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return false
		}
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || seg == "." || seg == ".." || strings.TrimSpace(seg) != seg {
			return false
		}
	}
	return true
}

// foldName is the key under which two names collide on a case-insensitive file system.
func foldName(name string) string { return strings.ToLower(name) }

// printable shortens a hostile name for a message: no control characters, at most 60 runes.
func printable(s string) string {
	s = strings.ToValidUTF8(s, "?")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return s
}
