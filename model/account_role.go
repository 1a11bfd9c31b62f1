package model

// AccountRole is what an account may do in the file (issue #14) and what a peer installation is sent
// (issue #13's minimisation). Persisted (accounts, peers, the change log): append-only.
type AccountRole string

// The roles of the instruction's division of duties.
const (
	// AccountDirector: everything, except approving the director's own reports (чл. 85, ал. 1;
	// чл. 86, ал. 2 — the director's hours go to the РУО).
	AccountDirector AccountRole = "director"
	// AccountAccountant: hours, pay, expenses, documents, inventory, the budget plan (чл. 88);
	// reads what those need; no ESF answers, education cards or surveys.
	AccountAccountant AccountRole = "accountant"
	// AccountLeader: the journal, programme and hours draft of the leader's own groups (чл. 52).
	AccountLeader AccountRole = "leader"
	// AccountInspector: the РУО's expert or the council's chair (чл. 99): reads and prints what
	// it is shown, changes nothing.
	AccountInspector AccountRole = "inspector"
)

// AccountRoles lists every role in the order a picker shows them.
var AccountRoles = []AccountRole{AccountDirector, AccountAccountant, AccountLeader, AccountInspector}

// Access is what a role may do with one kind of record.
type Access uint8

// The levels of access, each including the one before.
const (
	AccessNone  Access = iota // not read, not sent in a package, not shown
	AccessRead                // read, printed, sent
	AccessWrite               // also put and delete
)

// accountAccess is the role table: one row per role, one column per kind. A kind missing from a
// row is AccessNone. AccountLeader's AccessWrite is further limited to the records of the
// leader's own groups (the store checks that, it needs the records).
var accountAccess = map[AccountRole]map[Kind]Access{
	AccountDirector: allKinds(AccessWrite),
	AccountAccountant: {
		KindSchool: AccessRead, KindProgramme: AccessWrite, KindCouncilMember: AccessRead,
		KindMeeting: AccessRead, KindStudent: AccessRead, KindGroup: AccessRead,
		KindProgrammeRow: AccessRead, KindSession: AccessRead, KindPerson: AccessWrite,
		KindTimesheet: AccessWrite, KindSupplier: AccessWrite, KindContract: AccessWrite,
		KindExpense: AccessWrite,
		// The other programmes (issue #19): the accountant keeps a project's money and the
		// participation's contracts with the director; a leader sees none of them.
		KindInnovation: AccessRead, KindProject: AccessWrite, KindProjectEntry: AccessWrite,
	},
	AccountLeader: {
		KindSchool: AccessRead, KindProgramme: AccessRead, KindStudent: AccessRead,
		KindGroup: AccessRead, KindProgrammeRow: AccessWrite, KindSession: AccessWrite,
		KindPerson: AccessRead, KindTimesheet: AccessWrite,
	},
	AccountInspector: allKinds(AccessRead),
}

func allKinds(a Access) map[Kind]Access {
	m := make(map[Kind]Access, len(Kinds))
	for _, k := range Kinds {
		m[k] = a
	}
	return m
}

// Access returns what the role may do with records of kind k; an unknown role may do nothing.
func (r AccountRole) Access(k Kind) Access { return accountAccess[r][k] }

// CanRead reports whether the role may read records of kind k (and be sent them).
func (r AccountRole) CanRead(k Kind) bool { return r.Access(k) >= AccessRead }

// CanWrite reports whether the role may put or delete records of kind k.
func (r AccountRole) CanWrite(k Kind) bool { return r.Access(k) >= AccessWrite }

// SeesSpecial reports whether the role holds the key of the special categories of personal data
// (Art. 9 GDPR: the ESF panel's answers of Приложение № 2, health notes, the needs flags of
// чл. 57, ал. 2). By default only the director; an account may be given it explicitly.
func (r AccountRole) SeesSpecial() bool { return r == AccountDirector }

// Valid reports whether r is one of AccountRoles.
func (r AccountRole) Valid() bool { _, ok := accountAccess[r]; return ok }
