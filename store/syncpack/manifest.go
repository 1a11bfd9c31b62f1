package syncpack

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// FormatVersion is the version of the package format this code writes and the newest it reads.
// Format 2 adds each record's version vector; format 3 names the installation the package is
// addressed to (encrypted to it with age, issue #13) and what was left out for its role. Packages
// of formats 1 and 2 are still read.
const FormatVersion = 3

// Manifest describes a package: who sent it, for which school, year and period, and the size
// and SHA-256 of every other entry. manifest.sig signs its exact bytes.
type Manifest struct {
	Format       int              // FormatVersion of the writer; Write sets it
	AppVersion   string           // version of the application that wrote the package
	NEISPUO      string           // код по НЕИСПУО of the school: shown, no longer matched (it may be corrected)
	SchoolID     string           // the school's identity: the ID of its record, made when the school was created
	Year         model.SchoolYear // the school year the records belong to
	Period       Period           // the part of the year the package covers
	Installation string           // ID of the sending installation
	Sequence     uint64           // the sender's running number of packages, from 1
	Created      time.Time        // when the package was written, UTC, whole seconds
	Entries      []Entry          // every entry but manifest.json and manifest.sig; Write fills it
	PublicKey    ed25519.PublicKey
	// Acks holds, for each installation the sender has applied packages from, the Sequence of
	// the last one: the receiver learns which of its own changes the sender has already seen.
	Acks map[string]uint64
	// To (format 3) is the installation the package is addressed to and encrypted for; "" for a
	// package without an addressee (not encrypted). Signed, so a receiver cannot pass on what it
	// was sent as if the sender had addressed it to a third computer.
	To string
	// Role (format 3) is the role of the addressee the package was cut for; "" without To.
	Role model.AccountRole
	// LeftOut (format 3) says what the role of the addressee is not sent.
	LeftOut LeftOut
}

// LeftOut is what a package leaves out for its addressee's role (minimisation, Art. 5(1)(c)
// GDPR): whole kinds the role does not read, the special-category part of the records of
// Special (the receiver keeps its own), and attached files.
type LeftOut struct {
	Kinds   []model.Kind
	Special []model.Kind
	Files   []string
}

// IsZero reports whether nothing was left out.
func (l LeftOut) IsZero() bool { return len(l.Kinds)+len(l.Special)+len(l.Files) == 0 }

// Entry is one file inside the package as the manifest declares it.
type Entry struct {
	Name   string // slash-separated path inside the ZIP
	Size   int64  // uncompressed size in bytes
	SHA256 string // lower-case hex SHA-256 of the uncompressed bytes
}

// Period is the part of the school year a package covers; the zero Period is the whole year.
type Period struct {
	From, To model.Date
}

// IsYear reports whether the period is the whole school year.
func (p Period) IsYear() bool { return p.From.IsZero() && p.To.IsZero() }

// String formats the period for people: „цялата година“ or „15.09.2025 – 31.12.2025“.
func (p Period) String() string {
	if p.IsYear() {
		return "цялата година"
	}
	return p.From.String() + " – " + p.To.String()
}

// manifestJSON is the wire form of Manifest; see docs/package.schema.json.
type manifestJSON struct {
	Format       int               `json:"format"`
	AppVersion   string            `json:"app_version"`
	NEISPUO      string            `json:"neispuo"`
	SchoolID     string            `json:"school_id,omitempty"` // absent in packages of versions before it
	SchoolYear   string            `json:"school_year"`
	Period       json.RawMessage   `json:"period"`
	Installation string            `json:"installation"`
	Sequence     uint64            `json:"sequence"`
	Created      string            `json:"created"`
	Entries      []entryJSON       `json:"entries"`
	PublicKey    string            `json:"public_key"`
	Acks         map[string]uint64 `json:"acks"`
	To           string            `json:"to,omitempty"`
	Role         model.AccountRole `json:"role,omitempty"`
	LeftOut      *leftOutJSON      `json:"left_out,omitempty"`
}

type leftOutJSON struct {
	Kinds   []model.Kind `json:"kinds,omitempty"`
	Special []model.Kind `json:"special,omitempty"`
	Files   []string     `json:"files,omitempty"`
}

type entryJSON struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

type periodJSON struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// periodYear is the wire form of the whole-year period.
const periodYear = `"year"`

// marshalManifest encodes m as indented JSON: people open manifests to see what they received.
func marshalManifest(m Manifest) ([]byte, error) {
	period := json.RawMessage(periodYear)
	if !m.Period.IsYear() {
		b, err := json.Marshal(periodJSON{From: m.Period.From.ISO(), To: m.Period.To.ISO()})
		if err != nil {
			return nil, fmt.Errorf("marshal period: %w", err)
		}
		period = b
	}
	w := manifestJSON{
		Format: m.Format, AppVersion: m.AppVersion, NEISPUO: m.NEISPUO, SchoolID: m.SchoolID,
		SchoolYear: m.Year.String(), Period: period, Installation: m.Installation,
		Sequence: m.Sequence, Created: m.Created.UTC().Format(time.RFC3339),
		Entries: make([]entryJSON, len(m.Entries)), PublicKey: base64.StdEncoding.EncodeToString(m.PublicKey),
		Acks: m.Acks, To: m.To, Role: m.Role,
	}
	if !m.LeftOut.IsZero() {
		w.LeftOut = &leftOutJSON{Kinds: m.LeftOut.Kinds, Special: m.LeftOut.Special, Files: m.LeftOut.Files}
	}
	if w.Acks == nil {
		w.Acks = map[string]uint64{}
	}
	for i, e := range m.Entries {
		w.Entries[i] = entryJSON(e)
	}
	b, err := json.MarshalIndent(w, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// unmarshalManifest decodes and validates manifest.json. It reads the format version first, so a
// package from a newer application says so instead of complaining about its new fields.
func unmarshalManifest(b []byte, maxDepth int) (Manifest, error) {
	if err := checkJSON(manifestName, b, maxDepth); err != nil {
		return Manifest{}, err
	}
	var v struct{ Format int }
	if err := json.Unmarshal(b, &v); err != nil {
		return Manifest{}, badJSON(manifestName, err)
	}
	if v.Format > FormatVersion {
		return Manifest{}, model.Errorf(CodeNewerFormat, "", "Пакетът е създаден от по-нова версия на програмата (формат %d, тази версия чете до %d). Обновете програмата и опитайте отново.", v.Format, FormatVersion)
	}
	var w manifestJSON
	if err := decodeStrict(manifestName, b, &w); err != nil {
		return Manifest{}, err
	}
	return w.manifest()
}

// manifest converts and validates the wire form.
func (w manifestJSON) manifest() (Manifest, error) {
	m := Manifest{Format: w.Format, AppVersion: w.AppVersion, NEISPUO: w.NEISPUO, SchoolID: w.SchoolID,
		Installation: w.Installation, Sequence: w.Sequence, Acks: w.Acks, To: w.To, Role: w.Role}
	if w.LeftOut != nil {
		m.LeftOut = LeftOut{Kinds: w.LeftOut.Kinds, Special: w.LeftOut.Special, Files: w.LeftOut.Files}
	}
	var err error
	if m.Year, err = model.ParseSchoolYear(w.SchoolYear); err != nil || m.Year.String() != w.SchoolYear {
		return Manifest{}, badManifest("учебната година „%s“ не е във вида 2025/2026", printable(w.SchoolYear))
	}
	if m.Period, err = unmarshalPeriod(w.Period); err != nil {
		return Manifest{}, err
	}
	m.Created, err = time.Parse(time.RFC3339, w.Created)
	if err != nil || m.Created.UTC().Format(time.RFC3339) != w.Created {
		return Manifest{}, badManifest("часът на създаване „%s“ не е във вида 2025-11-23T09:30:00Z", printable(w.Created))
	}
	key, err := base64.StdEncoding.Strict().DecodeString(w.PublicKey)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return Manifest{}, badManifest("публичният ключ на изпращача липсва или е повреден")
	}
	m.PublicKey = key
	m.Entries = make([]Entry, len(w.Entries))
	for i, e := range w.Entries {
		m.Entries[i] = Entry(e)
	}
	return m, m.check()
}

// unmarshalPeriod reads "year" or {"from": …, "to": …}; Manifest.check checks the dates.
func unmarshalPeriod(b json.RawMessage) (Period, error) {
	if string(b) == periodYear {
		return Period{}, nil
	}
	var w periodJSON
	if len(b) == 0 || b[0] != '{' {
		return Period{}, badManifest("периодът трябва да е \"year\" или {\"from\", \"to\"}")
	}
	if err := decodeStrict(manifestName, b, &w); err != nil {
		return Period{}, err
	}
	from, err1 := model.ParseDate(w.From)
	to, err2 := model.ParseDate(w.To)
	if err1 != nil || err2 != nil || from.ISO() != w.From || to.ISO() != w.To {
		return Period{}, badManifest("периодът %s – %s не е от дати във вида 2025-09-15", printable(w.From), printable(w.To))
	}
	return Period{From: from, To: to}, nil
}

// badManifest refuses a manifest with an invalid value.
func badManifest(format string, args ...any) error {
	return refuse(CodeBadManifest, "Описанието (manifest.json) на пакета е невалидно: "+format+".", args...)
}
