package syncpack_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// demoPair is a director's file holding a small demo year, paired with an accountant's.
func demoPair(t *testing.T) (dir, acc *side, d *model.YearData) {
	t.Helper()
	dir, acc = openSide(t, "director"), openSide(t, "accountant")
	d = demoGenerate(40)
	if err := dir.db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	pairSides(t, dir, acc, model.AccountAccountant, model.AccountDirector)
	return dir, acc, d
}

// demoGenerate is the synthetic demo year of n students the privacy tests use.
func demoGenerate(n int) *model.YearData { return demo.Generate(demo.Options{Students: n, Seed: 3}) }

// personalData lists ЕГН, names and phone numbers of the demo year's students, parents and staff.
func personalData(d *model.YearData) []string {
	var out []string
	for _, s := range d.Students {
		out = append(out, s.PersonalNumber, s.Name.Last)
	}
	for _, a := range d.Applications {
		if a.ParentPhone != "" {
			out = append(out, a.ParentPhone)
		}
	}
	for _, p := range d.People {
		if p.PersonalNumber != "" {
			out = append(out, p.PersonalNumber)
		}
	}
	return longDistinct(out)
}

// longDistinct drops repeats and strings too short to mean anything in a search.
func longDistinct(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if len(s) >= 6 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Shown for issue #13: a package of the demo year for the accountant holds none of the year's
// ЕГН, names and phone numbers in its bytes, nor inside anything deflated in it — while the
// same package, decrypted by the accountant, does (so the search would find them).
func TestPackage_DemoPackageCarriesNoPersonalDataInClear(t *testing.T) {
	dir, acc, d := demoPair(t)
	needles := personalData(d)
	if len(needles) < 40 {
		t.Fatalf("only %d needles", len(needles))
	}
	path, e := dir.exportTo(acc, d.Programme.Year, nil)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !e.Encrypted || !bytes.HasPrefix(raw, []byte("age-encryption.org/v1\n")) {
		t.Fatalf("the package is not encrypted: %q…", raw[:min(len(raw), 30)])
	}
	if found := leaks(raw, needles); len(found) > 0 {
		t.Errorf("the package holds in clear: %v", found)
	}
	// The same search on what the accountant reads finds the students (it may read them).
	p := acc.open(path)
	var plain []byte
	for _, envs := range p.Records {
		for _, e := range envs {
			plain = append(plain, e.Data...)
		}
	}
	if found := leaks(plain, needles); len(found) == 0 {
		t.Error("the search finds nothing even in the decrypted records: it proves nothing")
	}
}

// Minimisation: the accountant gets no ESF answers, education cards, surveys or needs flags; the
// manifest says so; what it reads arrives whole.
func TestExport_AccountantPackageLeavesOutWhatTheRoleDoesNotRead(t *testing.T) {
	dir, acc, d := demoPair(t)
	files := map[string][]byte{"forms/microdata-ESF.xlsx": []byte("esf"), "forms/team-2025-q1.xlsx": []byte("team")}
	path, e := dir.exportTo(acc, d.Programme.Year, files)
	p := acc.open(path)
	role := model.AccountAccountant
	for _, k := range model.Kinds {
		if !role.CanRead(k) && len(p.Records[k]) > 0 {
			t.Errorf("%d records of %s, which the accountant does not read", len(p.Records[k]), k)
		}
		if role.CanRead(k) && k != model.KindApplication && len(d.Records()) > 0 && countKind(d, k) != len(p.Records[k]) {
			t.Errorf("%s: %d records sent, the year has %d", k, len(p.Records[k]), countKind(d, k))
		}
	}
	withNeeds := 0
	for _, s := range d.Students {
		if s.Needs.Any() {
			withNeeds++
		}
	}
	if withNeeds == 0 {
		t.Fatal("the demo has no student with needs flags: the test proves nothing")
	}
	for _, env := range p.Records[model.KindStudent] {
		if bytes.Contains(env.Data, []byte(`"SocialFactors":true`)) || bytes.Contains(env.Data, []byte(`"LowResults":true`)) {
			t.Fatalf("student %s carries needs flags to the accountant", env.Meta.ID)
		}
	}
	m := p.Manifest
	if m.To != acc.db.Installation() || m.Role != role {
		t.Errorf("manifest addressed to %q as %q", m.To, m.Role)
	}
	for _, k := range []model.Kind{model.KindApplication, model.KindEducationCard, model.KindInterestSurvey} {
		if !contains(m.LeftOut.Kinds, k) {
			t.Errorf("the manifest does not list %s as left out: %+v", k, m.LeftOut)
		}
	}
	if !contains(m.LeftOut.Special, model.KindStudent) || contains(m.LeftOut.Special, model.KindApplication) {
		t.Errorf("special parts left out: %v, want student only (applications are not sent at all)", m.LeftOut.Special)
	}
	if _, ok := p.Files["forms/microdata-ESF.xlsx"]; ok || p.Files["forms/team-2025-q1.xlsx"] == nil || !contains(m.LeftOut.Files, "forms/microdata-ESF.xlsx") {
		t.Errorf("files %v, left out %v: want the team sheet only", keys(p.Files), m.LeftOut.Files)
	}
	if e.LeftOut.IsZero() {
		t.Error("Export does not report what it left out")
	}
	// The director's own role gets everything.
	if _, err := syncpack.Apply(acc.db, p, d.Programme.Year); err != nil {
		t.Fatal(err)
	}
	back, _ := acc.exportTo(dir, d.Programme.Year, nil)
	q := dir.open(back)
	if !q.Manifest.LeftOut.IsZero() || q.Manifest.Role != model.AccountDirector {
		t.Errorf("the package for the director leaves out %+v", q.Manifest.LeftOut)
	}
	checkLogCutForAccountant(t, acc, dir.db.Installation())
	// The director's file takes back its own entries that the accountant holds redacted.
	if _, err := syncpack.Apply(dir.db, q, d.Programme.Year); err != nil {
		t.Fatal(err)
	}
	if _, err := dir.db.VerifyLog(); err != nil {
		t.Fatal(err)
	}
}

// checkLogCutForAccountant: the accountant's file holds the director's (installation director) log entries about what the
// accountant may not read (applications, cards, surveys; students, whose needs flags are special)
// redacted — their place in the chain, no account, kind, ID or fields — and the others whole; its
// chains verify.
func checkLogCutForAccountant(t *testing.T, acc *side, director string) {
	t.Helper()
	es, err := acc.db.Log(nil)
	if err != nil {
		t.Fatal(err)
	}
	var redacted, whole int
	for _, e := range es {
		switch {
		case e.Installation != director: // the accountant's own: what it received, whole
		case e.Redacted:
			redacted++
			if e.Kind != "" || e.ID != "" || e.Account != "" || e.Fields != nil || e.Hash == "" {
				t.Fatalf("a redacted entry carries %+v", e)
			}
		case e.Kind == model.KindApplication, e.Kind == model.KindStudent, e.Kind == model.KindEducationCard:
			t.Fatalf("the accountant holds the entry of %s %s whole", e.Kind, e.ID)
		case e.Kind != "":
			whole++
		}
	}
	if redacted == 0 || whole == 0 {
		t.Fatalf("%d entries redacted, %d whole: want both", redacted, whole)
	}
	if n, err := acc.db.VerifyLog(); err != nil || n < redacted+whole {
		t.Fatalf("VerifyLog of the accountant's file = %d, %v", n, err)
	}
}

func countKind(d *model.YearData, k model.Kind) int {
	n := 0
	for _, r := range d.Records() {
		if r.RecordKind() == k {
			n++
		}
	}
	return n
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Only the addressee reads the package: without the data file it is for (Verify alone), or with
// another installation's file, it is refused and nothing is read.
func TestOpen_OnlyTheAddresseeReadsThePackage(t *testing.T) {
	dir, acc, d := demoPair(t)
	path, _ := dir.exportTo(acc, d.Programme.Year, nil)
	_, err := syncpack.Verify(path, syncpack.DefaultLimits)
	assertCode(t, err, syncpack.CodeEncrypted)
	other := openSide(t, "other")
	_, err = syncpack.Open(other.db, path, syncpack.DefaultLimits)
	assertCode(t, err, syncpack.CodeNotForUs)
	p := acc.open(path)
	if !p.Encrypted || p.Fingerprint != dir.key.Fingerprint() {
		t.Errorf("opened: encrypted %v, fingerprint %s", p.Encrypted, p.Fingerprint)
	}
	if _, err := syncpack.Apply(acc.db, p, d.Programme.Year); err != nil {
		t.Fatal(err)
	}
}

// A package changed after it was encrypted — one bit anywhere past the header, or cut short — is
// refused, and so is one the attacker re-encrypted to the receiver after changing its content
// (the receiver's recipient is public): the signature inside is the sender's no more.
func TestOpen_TamperedPackageRefused(t *testing.T) {
	dir, acc, d := demoPair(t)
	path, _ := dir.exportTo(acc, d.Programme.Year, nil)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, off := range []int{len(raw) / 2, len(raw) - 3} {
		bad := bytes.Clone(raw)
		bad[off] ^= 0x10
		_, err := syncpack.Open(acc.db, save(t, bad), syncpack.DefaultLimits)
		assertCode(t, err, syncpack.CodeTampered)
	}
	_, err = syncpack.Open(acc.db, save(t, raw[:len(raw)-100]), syncpack.DefaultLimits)
	assertCode(t, err, syncpack.CodeTampered)

	// Signed by another key in the director's name, encrypted to the accountant.
	forger := openSide(t, "forger")
	if err := forger.db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	forged := forgePackage(t, forger, dir.db.Installation(), acc)
	p := acc.open(forged)
	_, err = syncpack.Plan(acc.db, p, d.Programme.Year)
	assertCode(t, err, syncpack.CodeKeyChanged)
}

// A paired peer's package that comes in the clear is refused with what to do; a peer trusted
// before pairing (a package of the previous version) is still accepted until the two pair.
func TestApply_PlainPackageFromPairedPeerRefused(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	dir.putStudent(student("Мария"))
	first := dir.export() // a whole package in the clear, as before pairing
	if err := syncpack.Trust(acc.db, first, 2025); err != nil {
		t.Fatal(err)
	}
	acc.apply(first)
	dir.putStudent(student("Петя"))
	acc.apply(dir.export()) // trusted, not paired: accepted (migration)

	k, err := syncpack.InstallationKey(dir.db)
	if err != nil {
		t.Fatal(err)
	}
	dir.key = k // the key it pairs with; the peer knew the other one: forget it first
	if err := syncpack.Forget(acc.db, dir.db.Installation()); err != nil {
		t.Fatal(err)
	}
	pairSides(t, dir, acc, model.AccountAccountant, model.AccountDirector)
	dir.putStudent(student("Ваня"))
	_, err = syncpack.Plan(acc.db, dir.export(), 2025)
	assertCode(t, err, syncpack.CodePlainPaired)
	if !strings.Contains(err.Error(), "--to "+acc.db.Installation()) {
		t.Errorf("the refusal does not say what to do: %v", err)
	}
	path, _ := dir.exportTo(acc, 2025, nil)
	if plan := acc.apply(acc.open(path)); plan.Count(syncpack.ActionAdd) != 1 {
		t.Errorf("the encrypted package adds %d students, want 1", plan.Count(syncpack.ActionAdd))
	}
}

// A pairing text whose recipient was replaced (to read what is sent to the peer) is refused: the
// recipient is signed by the key whose fingerprint the users compare.
func TestParsePairing_ReplacedRecipientRefused(t *testing.T) {
	a, b := openSide(t, "director"), openSide(t, "accountant")
	text, _, err := syncpack.PairingText(a.db)
	if err != nil {
		t.Fatal(err)
	}
	theirs, _, err := syncpack.PairingText(b.db)
	if err != nil {
		t.Fatal(err)
	}
	line := func(s, key string) string {
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, key+":") {
				return l
			}
		}
		t.Fatalf("no %s in %q", key, s)
		return ""
	}
	forged := strings.Replace(text, line(text, "recipient"), line(theirs, "recipient"), 1)
	_, err = syncpack.ParsePairing(forged)
	assertCode(t, err, syncpack.CodeBadPairing)
	for _, bad := range []string{"", "tchas-pair 1\n", strings.Replace(text, "tchas-pair 1", "tchas-pair 9", 1), text[:len(text)-20]} {
		if _, err := syncpack.ParsePairing(bad); model.ErrorCode(err) != syncpack.CodeBadPairing {
			t.Errorf("%q: %v", bad, err)
		}
	}
	pr, err := syncpack.ParsePairing(text)
	if err != nil {
		t.Fatal(err)
	}
	assertCode(t, syncpack.Pair(b.db, pr, "janitor"), syncpack.CodeBadRole)
	assertCode(t, syncpack.Pair(a.db, pr, model.AccountAccountant), syncpack.CodeOwnPackage)
	if err := syncpack.Pair(b.db, pr, model.AccountLeader); err != nil {
		t.Fatal(err)
	}
	peers, err := syncpack.Peers(b.db)
	if err != nil || len(peers) != 1 || peers[0].Role != model.AccountLeader || !peers[0].Paired {
		t.Errorf("peers %+v, %v", peers, err)
	}
}

// format2 rewrites s's next clear package as the previous version wrote it: "format": 2, signed
// with the test key (s's key must be it).
func (s *side) format2() string {
	s.t.Helper()
	s.sent++
	path := filepath.Join(s.dir, fmt.Sprintf("%s-f2-%d.zip", s.name, s.sent))
	if _, err := syncpack.Export(s.db, path, syncpack.ExportOptions{Key: s.key, AppVersion: "1.0", Year: 2025}); err != nil {
		s.t.Fatal(err)
	}
	entries := editManifest(s.t, unpack(s.t, path), func(m map[string]any) { m["format"] = 2 })
	return save(s.t, pack(s.t, entries))
}

// The previous format (signed, not encrypted) from a computer trusted on its fingerprint is
// applied — the way from the previous version — until the two computers pair; then it is
// refused with what to do.
func TestApply_PreviousFormatAcceptedUntilPaired(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	// The previous version's key, kept in the file as that version kept it.
	if err := dir.db.SetSetting("syncpack.key", hex.EncodeToString(testSeed)); err != nil {
		t.Fatal(err)
	}
	dir.key = testKey(t)
	dir.putStudent(student("Мария"))
	p, err := syncpack.Open(acc.db, dir.format2(), syncpack.DefaultLimits)
	if err != nil || p.Manifest.Format != 2 || p.Encrypted {
		t.Fatalf("format 2: %v, %+v", err, p)
	}
	if err := syncpack.Trust(acc.db, p, 2025); err != nil {
		t.Fatal(err)
	}
	acc.apply(p)
	dir.putStudent(student("Петя"))
	p, err = syncpack.Open(acc.db, dir.format2(), syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if plan := acc.apply(p); plan.Count(syncpack.ActionAdd) != 1 || plan.NewPeer {
		t.Errorf("the trusted peer's format 2 package: %d added, new peer %v", plan.Count(syncpack.ActionAdd), plan.NewPeer)
	}
	if peers, _ := syncpack.Peers(acc.db); len(peers) != 1 || peers[0].Role != model.AccountDirector || peers[0].Paired {
		t.Errorf("a peer trusted before roles: %+v; want the director's role, not paired", peers)
	}

	// Trusted is not paired: nothing can be encrypted to it yet.
	_, err = syncpack.ExportPackage(acc.db, filepath.Join(acc.dir, "to-dir.zip"), syncpack.ExportOptions{Key: acc.key, Year: 2025, To: dir.db.Installation()})
	assertCode(t, err, syncpack.CodeNotPaired)

	pairSides(t, dir, acc, model.AccountAccountant, model.AccountDirector) // the same key: no need to forget
	dir.putStudent(student("Ваня"))
	p, err = syncpack.Open(acc.db, dir.format2(), syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	before := acc.snapshot()
	_, err = syncpack.Apply(acc.db, p, 2025)
	assertCode(t, err, syncpack.CodePlainPaired)
	if len(acc.snapshot()) != len(before) {
		t.Error("the refused package changed the file")
	}
}
