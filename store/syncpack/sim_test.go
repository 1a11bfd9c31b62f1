package syncpack_test

import (
	"flag"
	"fmt"
	"maps"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// longSync runs the randomized sync test long: go test ./store/syncpack -run Randomized -long
// (or TVOYATCHAS_SYNC_ROUNDS=2000).
var longSync = flag.Bool("long", false, "run the randomized sync test for 1200 rounds per seed")

// simFields are the fields of a student the simulation edits, each to a value never used before.
var simFields = []string{"Name.First", "Name.Last", "Section", "Needs.Other"}

func fieldOf(st *model.Student, f string) *string {
	switch f {
	case "Name.First":
		return &st.Name.First
	case "Name.Last":
		return &st.Name.Last
	case "Section":
		return &st.Section
	}
	return &st.Needs.Other
}

// TestSync_Randomized runs 2 and 3 installations through random edits, deletions, additions,
// approvals, whole and --since packages, late and replayed packages, with clocks apart, and
// checks with an oracle that tracks every edit apart from the code: the files converge, and
// every value written that is not in the end was either replaced by someone who saw it or shown
// in a conflict — no edit is lost silently.
func TestSync_Randomized(t *testing.T) {
	rounds, seeds := 100, 2
	if *longSync {
		rounds, seeds = 1200, 4
	}
	if v, err := strconv.Atoi(os.Getenv("TVOYATCHAS_SYNC_ROUNDS")); err == nil {
		rounds = v
	}
	for _, n := range []int{2, 3} {
		for seed := int64(1); seed <= int64(seeds); seed++ {
			t.Run(fmt.Sprintf("%d-installations/seed-%d", n, seed), func(t *testing.T) {
				s := newSim(t, n, seed)
				for range rounds {
					s.step()
				}
				s.converge()
				s.check()
				t.Logf("%d rounds: %d edits, %d packages applied, %d merged, %d conflicts shown, %d fields in conflict written one over the other, %d fields asked about again",
					rounds, len(s.edits), s.applied, s.merged, s.conflicts, s.spurious, s.again)
			})
		}
	}
}

// simEdit is one value written to a field of a student.
type simEdit struct {
	id           model.ID
	field, value string
}

// simPkg is a package and who wrote it.
type simPkg struct {
	from int
	p    *syncpack.Package
}

type sim struct {
	t       *testing.T
	rng     *rand.Rand
	nodes   []*side
	pkgs    []simPkg // every package written, for replays
	pending []simPkg // written, not yet delivered
	next    int

	students, sheets []model.ID
	// The oracle.
	edits         []simEdit
	replaced      map[string]bool   // values an installation overwrote while it held them
	prev          map[string]string // the value each edit overwrote
	shown         map[string]bool   // values shown on either side of a conflict
	deleted       map[model.ID]bool // records some installation deleted
	deleteShown   map[model.ID]bool // … whose deletion was shown in a conflict
	approved      map[model.ID]bool // timesheets some installation approved
	approvalShown map[model.ID]bool

	applied, merged, conflicts, spurious, again int
	pairs                                       map[[2]string]bool // the values shown against each other
}

func newSim(t *testing.T, n int, seed int64) *sim {
	s := &sim{t: t, rng: rand.New(rand.NewSource(seed)), replaced: map[string]bool{}, prev: map[string]string{}, shown: map[string]bool{},
		deleted: map[model.ID]bool{}, deleteShown: map[model.ID]bool{}, approved: map[model.ID]bool{}, approvalShown: map[model.ID]bool{}}
	base := steppingClock()
	for i := range n {
		off := time.Duration(s.rng.Intn(3600)-1800) * time.Second // clocks up to half an hour apart
		s.nodes = append(s.nodes, openSideAt(t, fmt.Sprintf("n%d", i), func() time.Time { return base().Add(off) }))
	}
	first := s.nodes[0]
	if err := first.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		s.add(0)
	}
	oct := model.Month{Y: 2025, M: time.October}
	for i := range 3 {
		if err := first.db.Put(simLeader(model.ID(fmt.Sprintf("p%d", i)))); err != nil { // the timesheet's person
			t.Fatal(err)
		}
		ts := &model.Timesheet{ID: model.ID(fmt.Sprintf("ts%d", i)), Year: 2025, PersonID: model.ID(fmt.Sprintf("p%d", i)), Role: model.RoleLeader, Month: oct,
			Status: model.Prepared, Days: []model.DayHours{{Date: oct.First(), Hours: model.H(2)}}}
		if err := first.db.Put(ts); err != nil {
			t.Fatal(err)
		}
		s.sheets = append(s.sheets, ts.ID)
	}
	for i := 1; i < n; i++ {
		s.deliver(simPkg{0, first.export()}, i)
		s.deliver(simPkg{i, s.nodes[i].export()}, 0)
	}
	return s
}

// simLeader is a leader without personal numbers, for the timesheets to refer to.
func simLeader(id model.ID) *model.Person {
	return &model.Person{ID: id, Year: 2025, Name: model.PersonName{First: "Ръководител", Last: string(id)},
		Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff, Rate: model.Euro(12, 0)}
}

func (s *sim) value() string {
	s.next++
	return "з" + strconv.Itoa(s.next)
}

// step does one random thing.
func (s *sim) step() {
	i := s.rng.Intn(len(s.nodes))
	switch r := s.rng.Intn(100); {
	case r < 35:
		s.edit(i)
	case r < 40:
		s.remove(i)
	case r < 44:
		s.add(i)
	case r < 48:
		s.approve(i)
	case r < 53:
		s.editSheet(i)
	case r < 88:
		s.send(i)
	default:
		if os.Getenv("NOLATE") == "" {
			s.late()
		}
	}
}

// live returns a random student live on node i, nil when there is none.
func (s *sim) live(i int) *model.Student {
	for _, k := range s.rng.Perm(len(s.students)) {
		var st model.Student
		if err := s.nodes[i].db.Get(model.KindStudent, s.students[k], &st); err == nil {
			return &st
		}
	}
	return nil
}

func (s *sim) edit(i int) {
	st := s.live(i)
	if st == nil {
		return
	}
	f := simFields[s.rng.Intn(len(simFields))]
	p := fieldOf(st, f)
	s.replaced[*p] = true
	old := *p
	*p = s.value()
	s.prev[*p] = old
	s.nodes[i].putStudent(st)
	s.edits = append(s.edits, simEdit{st.ID, f, *p})
}

func (s *sim) remove(i int) {
	st := s.live(i)
	if st == nil {
		return
	}
	for _, f := range simFields {
		s.replaced[*fieldOf(st, f)] = true
	}
	if err := s.nodes[i].db.Delete(model.KindStudent, st.ID); err != nil {
		s.t.Fatal(err)
	}
	s.deleted[st.ID] = true
}

func (s *sim) add(i int) {
	st := student(s.value())
	st.ID = model.ID(fmt.Sprintf("st%05d", len(s.students))) // not random: the run follows its seed
	st.Name.Last, st.Section, st.Needs.Other = s.value(), s.value(), s.value()
	s.nodes[i].putStudent(st)
	s.students = append(s.students, st.ID)
	for _, f := range simFields {
		s.edits = append(s.edits, simEdit{st.ID, f, *fieldOf(st, f)})
	}
}

// sheet returns a random timesheet of node i, still prepared.
func (s *sim) sheet(i int) *model.Timesheet {
	var ts model.Timesheet
	id := s.sheets[s.rng.Intn(len(s.sheets))]
	if err := s.nodes[i].db.Get(model.KindTimesheet, id, &ts); err != nil || ts.Status != model.Prepared {
		return nil
	}
	return &ts
}

func (s *sim) approve(i int) {
	ts := s.sheet(i)
	if ts == nil {
		return
	}
	ts.Status, ts.ApprovedBy, ts.ApprovedOn = model.Approved, "Директор", model.NewDate(2025, time.November, 3)
	if err := s.nodes[i].db.Put(ts); err != nil {
		s.t.Fatal(err)
	}
	s.approved[ts.ID] = true
}

func (s *sim) editSheet(i int) {
	ts := s.sheet(i)
	if ts == nil {
		return
	}
	ts.Days = []model.DayHours{{Date: ts.Month.First().AddDays(s.rng.Intn(20)), Hours: model.H(int64(1 + s.rng.Intn(4)))}}
	if err := s.nodes[i].db.Put(ts); err != nil {
		s.t.Fatal(err)
	}
}

// send writes a package of node i — whole, or --since a peer — and delivers it now or later.
func (s *sim) send(i int) {
	j := (i + 1 + s.rng.Intn(len(s.nodes)-1)) % len(s.nodes)
	since := ""
	if s.rng.Intn(2) == 0 && s.knows(i, j) {
		since = s.nodes[j].db.Installation()
	}
	pk := simPkg{i, s.nodes[i].exportFor(2025, since)}
	s.pkgs = append(s.pkgs, pk)
	if s.rng.Intn(4) == 0 && os.Getenv("NOLATE") == "" {
		s.pending = append(s.pending, pk)
		return
	}
	s.deliver(pk, j)
}

// knows reports whether node i has applied a package of node j (a --since package needs it).
func (s *sim) knows(i, j int) bool {
	peers, err := syncpack.Peers(s.nodes[i].db)
	if err != nil {
		s.t.Fatal(err)
	}
	for _, p := range peers {
		if p.Installation == s.nodes[j].db.Installation() {
			return true
		}
	}
	return false
}

// late delivers a package held back, or replays an old one, to any installation but its writer.
func (s *sim) late() {
	var pk simPkg
	if len(s.pending) > 0 && s.rng.Intn(2) == 0 {
		k := s.rng.Intn(len(s.pending))
		pk = s.pending[k]
		s.pending = append(s.pending[:k], s.pending[k+1:]...)
	} else if len(s.pkgs) > 0 {
		pk = s.pkgs[s.rng.Intn(len(s.pkgs))]
	} else {
		return
	}
	j := (pk.from + 1 + s.rng.Intn(len(s.nodes)-1)) % len(s.nodes)
	s.deliver(pk, j)
}

// deliver applies the package at node j, the user deciding some conflicts either way.
func (s *sim) deliver(pk simPkg, j int) {
	db := s.nodes[j].db
	choices := syncpack.Choices{}
	if s.rng.Intn(3) == 0 {
		dry, err := syncpack.Plan(db, pk.p, 2025)
		if err != nil {
			s.t.Fatal(err)
		}
		for _, c := range dry.Conflicts() {
			choices[c.Ref()] = []syncpack.Choice{syncpack.ChoiceMine, syncpack.ChoiceTheirs}[s.rng.Intn(2)]
		}
	}
	plan, err := syncpack.ApplyWith(db, pk.p, 2025, syncpack.ApplyOptions{Choices: choices})
	if err != nil {
		s.t.Fatalf("n%d applies a package of n%d: %v", j, pk.from, err)
	}
	s.applied++
	s.merged += plan.Count(syncpack.ActionMerge)
	for _, c := range plan.Conflicts() {
		s.conflicts++
		s.show(c)
	}
}

// show records what a conflict showed the user.
func (s *sim) show(c syncpack.Change) {
	cf := c.Conflict
	if s.pairs == nil {
		s.pairs = map[[2]string]bool{}
	}
	for _, f := range cf.Fields {
		s.shown[f.Mine], s.shown[f.Theirs] = true, true
		pair := [2]string{min(f.Mine, f.Theirs), max(f.Mine, f.Theirs)}
		if s.pairs[pair] && strings.HasPrefix(f.Mine, "з") && strings.HasPrefix(f.Theirs, "з") {
			s.again++ // the same two edits asked about before
		}
		s.pairs[pair] = true
		if s.follows(f.Mine, f.Theirs) || s.follows(f.Theirs, f.Mine) {
			s.spurious++ // one side's value was written over the other's: no conflict
		}
	}
	if cf.Mine.Deleted || cf.Theirs.Deleted {
		s.deleteShown[c.Ref().ID] = true
	}
	for _, side := range []syncpack.Side{cf.Mine, cf.Theirs} {
		if ts, ok := side.Record.(*model.Timesheet); ok && ts.Status == model.Approved {
			s.approvalShown[ts.ID] = true
		}
	}
}

// follows reports whether value b was written over a, directly or by later edits.
func (s *sim) follows(a, b string) bool {
	for range len(s.prev) + 1 {
		p, ok := s.prev[b]
		if !ok {
			return false
		}
		if p == a {
			return true
		}
		b = p
	}
	return false
}

// converge exchanges whole packages between every two installations until the files agree.
func (s *sim) converge() {
	for range 6 {
		for i := range s.nodes {
			for j := range s.nodes {
				if i != j {
					s.deliver(simPkg{i, s.nodes[i].export()}, j)
				}
			}
		}
		if s.agree() {
			return
		}
	}
	for i := 1; i < len(s.nodes); i++ {
		if a, b := s.nodes[0].snapshot(), s.nodes[i].snapshot(); !maps.Equal(a, b) {
			s.t.Fatalf("n0 and n%d do not converge:\n%v\n%v", i, a, b)
		}
	}
}

func (s *sim) agree() bool {
	first := s.nodes[0].snapshot()
	for _, n := range s.nodes[1:] {
		if !maps.Equal(first, n.snapshot()) {
			return false
		}
	}
	return true
}

// check compares the converged file with every edit the oracle recorded.
func (s *sim) check() {
	db := s.nodes[0].db
	for _, e := range s.edits {
		var st model.Student
		if err := db.Get(model.KindStudent, e.id, &st); err == nil && *fieldOf(&st, e.field) == e.value {
			continue
		}
		if !s.replaced[e.value] && !s.shown[e.value] {
			s.t.Errorf("silent loss: %s of student %s = %q was overwritten unseen and never shown", e.field, e.id, e.value)
		}
	}
	for id := range s.deleted {
		var st model.Student
		if err := db.Get(model.KindStudent, id, &st); err == nil && !s.deleteShown[id] {
			s.t.Errorf("silent loss: the deletion of student %s was undone without a conflict", id)
		}
	}
	for id := range s.approved {
		var ts model.Timesheet
		if err := db.Get(model.KindTimesheet, id, &ts); err == nil && ts.Status != model.Approved && !s.approvalShown[id] {
			s.t.Errorf("silent loss: the approval of timesheet %s was undone without a conflict", id)
		}
	}
}
