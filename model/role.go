package model

// Role is what an account may do in the file (issue #14) and what a peer installation is sent
// (issue #13's minimisation). Persisted (accounts, peers, the change log): append-only.
type Role string

// The roles of the instruction's division of duties.
const (
	// RoleDirector: everything, except approving the director's own reports (чл. 85, ал. 1;
	// чл. 86, ал. 2 — the director's hours go to the РУО).
	RoleDirector Role = "director"
	// RoleAccountant: hours, pay, expenses, documents, inventory, the budget plan (чл. 88);
	// reads what those need; no ESF answers, education cards or surveys.
	RoleAccountant Role = "accountant"
	// RoleLeader: the journal, programme and hours draft of the leader's own groups (чл. 52).
	RoleLeader Role = "leader"
	// RoleInspector: the РУО's expert or the council's chair (чл. 99): reads and prints what
	// it is shown, changes nothing.
	RoleInspector Role = "inspector"
)

// Roles lists every role in the order a picker shows them.
var Roles = []Role{RoleDirector, RoleAccountant, RoleLeader, RoleInspector}

// Access is what a role may do with one kind of record.
type Access uint8

// The levels of access, each including the one before.
const (
	AccessNone  Access = iota // not read, not sent in a package, not shown
	AccessRead                // read, printed, sent
	AccessWrite               // also put and delete
)

// roleAccess is the role table: one row per role, one column per kind. A kind missing from a
// row is AccessNone. RoleLeader's AccessWrite is further limited to the records of the
// leader's own groups (the store checks that, it needs the records).
var roleAccess = map[Role]map[Kind]Access{
	RoleDirector: allKinds(AccessWrite),
	RoleAccountant: {
		KindSchool: AccessRead, KindProgramme: AccessWrite, KindCouncilMember: AccessRead,
		KindMeeting: AccessRead, KindStudent: AccessRead, KindGroup: AccessRead,
		KindProgrammeRow: AccessRead, KindSession: AccessRead, KindPerson: AccessWrite,
		KindTimesheet: AccessWrite, KindSupplier: AccessWrite, KindContract: AccessWrite,
		KindExpense: AccessWrite,
	},
	RoleLeader: {
		KindSchool: AccessRead, KindProgramme: AccessRead, KindStudent: AccessRead,
		KindGroup: AccessRead, KindProgrammeRow: AccessWrite, KindSession: AccessWrite,
		KindPerson: AccessRead, KindTimesheet: AccessWrite,
	},
	RoleInspector: allKinds(AccessRead),
}

func allKinds(a Access) map[Kind]Access {
	m := make(map[Kind]Access, len(Kinds))
	for _, k := range Kinds {
		m[k] = a
	}
	return m
}

// Access returns what the role may do with records of kind k; an unknown role may do nothing.
func (r Role) Access(k Kind) Access { return roleAccess[r][k] }

// CanRead reports whether the role may read records of kind k (and be sent them).
func (r Role) CanRead(k Kind) bool { return r.Access(k) >= AccessRead }

// CanWrite reports whether the role may put or delete records of kind k.
func (r Role) CanWrite(k Kind) bool { return r.Access(k) >= AccessWrite }

// SeesSpecial reports whether the role holds the key of the special categories of personal data
// (Art. 9 GDPR: the ESF panel's answers of Приложение № 2, health notes, the needs flags of
// чл. 57, ал. 2). By default only the director; an account may be given it explicitly.
func (r Role) SeesSpecial() bool { return r == RoleDirector }

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { _, ok := roleAccess[r]; return ok }
