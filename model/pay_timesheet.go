package model

import "slices"

// Approver is who approves a monthly report of hours. Not persisted: the report keeps the
// approver's name (Timesheet.ApprovedBy).
type Approver int

// Approvers: the school's director approves the leaders' and the accountant's reports
// (чл. 81, ал. 2; чл. 88, ал. 3); the head of the regional office (РУО) the director's
// (чл. 85, ал. 1; чл. 86, ал. 2).
const (
	ApproverDirector Approver = iota
	ApproverRUO
)

// ApproverFor is who approves person p's reports.
func ApproverFor(p *Person) Approver {
	if p.Has(RoleDirector) {
		return ApproverRUO
	}
	return ApproverDirector
}

// Approval is an approval of a report: who, their name, when, and for the director's and the
// accountant's reports the yearly maximum of Приложение № 7 and the hours already approved,
// since a report is approved only up to the maximum (чл. 86, ал. 2; чл. 88, ал. 3).
type Approval struct {
	By   Approver
	Name string
	On   Date
	// Max is the person's yearly maximum of Приложение № 7; zero means none applies.
	Max Hours
	// Used is the hours of the person's role already approved in the year, other than t's.
	Used Hours
}

// Approve approves the prepared report t of person p, which locks it. It refuses the
// director's approval of the director's own report, a report of the leaders or the accountant
// approved by anyone but the director, an empty report, one already approved and one that
// would take the role past its yearly maximum.
func Approve(t *Timesheet, p *Person, a Approval) error {
	switch {
	case t.Status == Approved:
		return Errorf(CodeAlreadyApproved, "Status", "отчетът за %s вече е одобрен на %s от %s", t.Month, t.ApprovedOn, t.ApprovedBy)
	case a.By == ApproverDirector && p.Has(RoleDirector):
		return Errorf(CodeOwnTimesheet, "ApprovedBy",
			"директорът не може да одобри собствения си отчет: отчетът на директора се приема и одобрява от началника на РУО (чл. 85, ал. 1; чл. 86, ал. 2)")
	case a.By == ApproverRUO && !p.Has(RoleDirector):
		return Errorf(CodeWrongApprover, "ApprovedBy",
			"отчетите на ръководителите и на счетоводителя се приемат и одобряват от директора на училището (чл. 81, ал. 2; чл. 88, ал. 3)")
	case a.Name == "":
		return Errorf(CodeRequired, "ApprovedBy", "впишете името на одобряващия отчета")
	case a.On.IsZero():
		return Errorf(CodeRequired, "ApprovedOn", "впишете датата на одобряване")
	case t.Total() <= 0:
		return Errorf(CodeEmptyTimesheet, "Days", "отчетът за %s няма отработени часове: няма какво да се одобри", t.Month)
	case a.Max > 0 && a.Used+t.Total() > a.Max:
		return Errorf(CodeOverAnnex7, "Days",
			"с този отчет одобрените часове на %s стават %s, а максимумът по Приложение № 7 е %s: отчетът се одобрява до този брой (%s)",
			t.Role.Label(), a.Used+t.Total(), a.Max, annex7Article(t.Role))
	}
	t.Status, t.ApprovedBy, t.ApprovedOn = Approved, a.Name, a.On
	return t.Validate()
}

func annex7Article(r PersonRole) string {
	if r == RoleDirector {
		return "чл. 86, ал. 2"
	}
	return "чл. 88, ал. 3"
}

// CheckTimesheetChange refuses to save next over old when old is approved and next differs
// from it in anything: an approved report is locked (чл. 81, ал. 2; чл. 86; чл. 88). old is
// nil for a new report.
func CheckTimesheetChange(old, next *Timesheet) error {
	if old == nil || old.Status != Approved || sameTimesheet(old, next) {
		return nil
	}
	return Errorf(CodeApprovedLocked, "Status",
		"отчетът за %s е одобрен на %s от %s и не може да се променя (чл. 81, ал. 2)", old.Month, old.ApprovedOn, old.ApprovedBy)
}

func sameTimesheet(a, b *Timesheet) bool {
	return a.ID == b.ID && a.Year == b.Year && a.PersonID == b.PersonID && a.Role == b.Role &&
		a.Month == b.Month && a.Status == b.Status && a.ApprovedBy == b.ApprovedBy &&
		a.ApprovedOn == b.ApprovedOn && slices.Equal(a.Days, b.Days)
}

// RoleHours sums the hours of the reports by the role they are reported in: the director's
// and the accountant's against Приложение № 7. The checks and the Часове screen both use it.
func RoleHours(ts []Timesheet) map[PersonRole]Hours {
	out := map[PersonRole]Hours{}
	for i := range ts {
		out[ts[i].Role] += ts[i].Total()
	}
	return out
}

// ApprovedRoleHours sums the hours of the approved reports by role, leaving out the report
// with ID except (the one being approved).
func ApprovedRoleHours(ts []Timesheet, role PersonRole, except ID) Hours {
	var h Hours
	for i := range ts {
		if t := &ts[i]; t.Role == role && t.Status == Approved && (except == "" || t.ID != except) {
			h += t.Total()
		}
	}
	return h
}
