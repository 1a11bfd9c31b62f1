package syncpack_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// roleFixture puts a small demo year on the sender and brings the receiver level with it; it
// returns one record of every kind — for the leader's kinds, of the leader's own group — and the
// leader's Person.
func roleFixture(t *testing.T, snd, rcv *side) (map[model.Kind]model.Record, model.ID) {
	t.Helper()
	d := demo.Generate(demo.Options{Students: 8, Seed: 3})
	demo.OtherProgrammes(d) // the other programmes' kinds too (issue #19)
	if err := snd.db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	if _, err := syncpack.Apply(rcv.db, snd.export(), d.Programme.Year); err != nil {
		t.Fatal(err)
	}
	g := d.Groups[0]
	day := g.Members[0].Joined
	// The demo's timesheets are approved and it has no waiting list: one of each, of the leader.
	extra := []model.Record{
		&model.Timesheet{Year: g.Year, PersonID: g.LeaderID, Role: model.RoleLeader, Month: model.MonthOf(day),
			Days: []model.DayHours{{Date: day, Hours: model.H(1), GroupID: g.ID}}, Status: model.Prepared},
		&model.WaitingList{Year: g.Year, Area: model.AreaDigital, Activity: "Роботика",
			Entries: []model.WaitingEntry{{StudentID: g.Members[0].StudentID, Rank: 1, Since: day}}},
	}
	if err := snd.db.PutAll(extra...); err != nil {
		t.Fatal(err)
	}
	if _, err := syncpack.Apply(rcv.db, snd.export(), d.Programme.Year); err != nil {
		t.Fatal(err)
	}
	if _, err := syncpack.Apply(snd.db, rcv.export(), d.Programme.Year); err != nil { // so snd writes --since packages
		t.Fatal(err)
	}
	pick := map[model.Kind]model.Record{}
	for _, r := range append(d.Records(), extra...) {
		k := r.RecordKind()
		switch v := r.(type) {
		case *model.ProgrammeRow:
			if v.GroupID != g.ID {
				continue
			}
		case *model.Session:
			if v.GroupID != g.ID {
				continue
			}
		case *model.Timesheet:
			if v.PersonID != g.LeaderID || v.Status == model.Approved {
				continue
			}
		}
		if pick[k] == nil {
			pick[k] = r
		}
	}
	return pick, g.LeaderID
}

// Every role × every kind × put and delete through a received package: a package with a record
// its sender's role may not write is refused whole, naming it; one it may write is applied.
func TestApply_RoleMatrix(t *testing.T) {
	snd, rcv := openSide(t, "sender"), openSide(t, "receiver")
	recs, leader := roleFixture(t, snd, rcv)
	peer := snd.db.Installation()
	setRole := func(r model.AccountRole) {
		t.Helper()
		if err := syncpack.SetPeerRole(rcv.db, peer, r); err != nil {
			t.Fatal(err)
		}
		if err := syncpack.SetPeerPerson(rcv.db, peer, leader); err != nil {
			t.Fatal(err)
		}
	}
	since := rcv.db.Installation()
	catchUp := func() { // as a director again, so the next case starts level
		t.Helper()
		setRole(model.AccountDirector)
		if _, err := syncpack.Apply(rcv.db, snd.exportFor(2025, since), 2025); err != nil {
			t.Fatal(err)
		}
	}
	for _, role := range model.AccountRoles {
		for _, k := range model.Kinds {
			r := recs[k]
			if r == nil {
				t.Errorf("the fixture has no %s", k)
				continue
			}
			for _, op := range []string{"put", "delete"} {
				if op == "delete" && k == model.KindSchool {
					continue // a file without its school writes no package (CodeNoSchool)
				}
				var err error
				if op == "put" {
					err = snd.db.Put(r)
				} else {
					err = snd.db.Delete(k, r.RecordID())
				}
				if err != nil {
					t.Fatalf("%s %s on the sender: %v", op, k, err)
				}
				setRole(role)
				_, err = syncpack.Apply(rcv.db, snd.exportFor(2025, since), 2025)
				want := role.CanWrite(k)
				switch {
				case want && err != nil:
					t.Errorf("%s %s %s: refused: %v", role, op, k, err)
				case !want && (model.ErrorCode(err) != syncpack.CodeForbidden || !strings.Contains(err.Error(), string(r.RecordID()))):
					t.Errorf("%s %s %s: %v, want %s naming %s", role, op, k, err, syncpack.CodeForbidden, r.RecordID())
				}
				if op == "delete" {
					if err := snd.db.Put(r); err != nil {
						t.Fatal(err)
					}
				}
				if op == "delete" || !want {
					catchUp()
				}
			}
		}
	}
}

// The author of a received record is the sender's log's account, not the text of its envelope.
func TestApply_AuthorFromTheLog(t *testing.T) {
	snd, rcv := openSide(t, "sender"), openSide(t, "receiver")
	if err := snd.db.AddAccount(model.Account{Name: "Директорът", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := snd.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	st := student("Ана")
	snd.putStudent(st)
	rcv.apply(snd.export())
	m, err := rcv.db.Meta(model.KindStudent, st.ID)
	want := fmt.Sprintf("Директорът @%s", snd.db.Installation()[:8])
	if err != nil || m.By != want {
		t.Fatalf("by = %q, want %q (%v)", m.By, want, err)
	}
	if _, err := rcv.db.VerifyLog(); err != nil {
		t.Fatal(err)
	}
	got, _ := rcv.db.Log(func(e *store.LogEntry) bool { return e.Installation == snd.db.Installation() })
	if len(got) < 3 {
		t.Fatalf("received %d of the sender's entries", len(got))
	}
}

// A package whose log entries were edited, removed or reordered — signed again by its sender's
// own key, as a sender forging its log would — is refused whole, naming the entry.
func TestApply_LogTamperedInPackage(t *testing.T) {
	snd, rcv := openSide(t, "sender"), openSide(t, "receiver")
	snd.key = testKey(t) // declareAll signs with it
	if err := snd.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"А", "Б"} {
		snd.putStudent(student(n))
	}
	rcv.apply(snd.export())
	for _, n := range []string{"В", "Г", "Д"} {
		snd.putStudent(student(n))
	}
	path := filepath.Join(t.TempDir(), "p.zip")
	if _, err := syncpack.Export(snd.db, path, syncpack.ExportOptions{Key: snd.key, AppVersion: "test", Year: 2025}); err != nil {
		t.Fatal(err)
	}
	own := snd.db.Installation()
	cases := []struct {
		name   string
		tamper func(es []store.LogEntry) []store.LogEntry
		seq    string
	}{
		{"held entry rewritten", func(es []store.LogEntry) []store.LogEntry {
			es[1].Account = "директор"
			es[1].Hash = es[1].ComputeHash()
			return es
		}, "№ 2 "},
		{"new entry edited", func(es []store.LogEntry) []store.LogEntry { es[4].Fields = []string{"Grade"}; return es }, "№ 5 "},
		{"new entry removed", func(es []store.LogEntry) []store.LogEntry { return append(es[:4:4], es[5:]...) }, "№ 5 "},
		{"new entries reordered", func(es []store.LogEntry) []store.LogEntry { es[4], es[5] = es[5], es[4]; return es }, "№ 5 "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			entries := unpack(t, path)
			i := find(entries, "log.json")
			var l struct {
				Heads   map[string]uint64 `json:"heads"`
				Entries []store.LogEntry  `json:"entries"`
			}
			if err := json.Unmarshal(entries[i].data, &l); err != nil {
				t.Fatal(err)
			}
			var mine, rest []store.LogEntry
			for _, e := range l.Entries {
				if e.Installation == own {
					mine = append(mine, e)
				} else {
					rest = append(rest, e)
				}
			}
			l.Entries = append(c.tamper(mine), rest...)
			entries[i].data, _ = json.Marshal(l)
			p, err := syncpack.Verify(save(t, pack(t, declareAll(t, entries))), syncpack.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			_, err = syncpack.Apply(rcv.db, p, 2025)
			assertCode(t, err, syncpack.CodeLogBreak)
			if !strings.Contains(err.Error(), c.seq) {
				t.Errorf("the refusal does not name entry %s: %v", c.seq, err)
			}
		})
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	rcv.apply(p) // the package as written is taken
}

// The dry run refuses a package its sender's role may not write, as Apply does.
func TestPlan_RefusesWhatTheSenderMayNotWrite(t *testing.T) {
	snd, rcv := openSide(t, "sender"), openSide(t, "receiver")
	if err := snd.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	rcv.apply(snd.export()) // the sender becomes a known peer, a director's until its role is set
	st := student("Ана")
	snd.putStudent(st)
	p := snd.export()
	if err := syncpack.SetPeerRole(rcv.db, snd.db.Installation(), model.AccountInspector); err != nil {
		t.Fatal(err)
	}
	_, err := syncpack.Plan(rcv.db, p, 2025)
	assertCode(t, err, syncpack.CodeForbidden)
	if !strings.Contains(err.Error(), string(st.ID)) {
		t.Errorf("the refusal does not name %s: %v", st.ID, err)
	}
	if err := syncpack.SetPeerRole(rcv.db, snd.db.Installation(), model.AccountAccountant); err != nil {
		t.Fatal(err)
	}
	if _, err := syncpack.Plan(rcv.db, p, 2025); model.ErrorCode(err) != syncpack.CodeForbidden {
		t.Errorf("an accountant's package with a student: %v", err)
	}
}
