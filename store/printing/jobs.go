package printing

import (
	"fmt"
	"io"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// Options choose what Jobs prints.
type Options struct {
	// Budget gives the budget plan its totals; nil prints the plan without T and its split,
	// and no budget workbook (its caps and shares need T).
	Budget *model.Budget
	// Quarter, when set, prints only what belongs to that quarter: its inventory, team and
	// documents reports, the timesheets of its months, the minutes of its meetings, and the
	// groups' journals as kept so far. The zero Quarter prints the whole year.
	Quarter Quarter
	// Kind, when set, prints only documents of that kind (one of Kinds).
	Kind string
	// Today is the day of printing: past the year's end, the microdata close every participant's
	// participation (sheets.WriteMicrodata). Zero assumes the year is still running.
	Today model.Date
	// Profile gives the payroll statements their rates (model.BuildPayroll); nil takes the
	// year's own profile (model.ProfileFor), and a year whose profile cannot be read prints no
	// statement (the checks report the profile).
	Profile *model.Profile
	// Keys is the open data file (*store.DB): an account of an encrypted file without the
	// special-categories key gets no microdata_ESF.xlsx (sheets.CheckMicrodata; MicrodataLeftOut
	// says why). Nil: a plain file's or a test's year, printed whole.
	Keys sheets.KeyHolder
}

// MicrodataLeftOut is why Jobs leaves microdata_ESF.xlsx out for opts.Keys (issue #13), nil when
// it does not: the caller shows it beside what was printed.
func MicrodataLeftOut(opts Options) error { return sheets.CheckMicrodata(opts.Keys) }

// Jobs lists the documents of the year in the order of Kinds.
func Jobs(d *model.YearData, opts Options) []Job {
	var jobs []Job
	add := func(kind, id, ext string, write func(io.Writer) error) {
		if opts.Kind == "" || opts.Kind == kind {
			jobs = append(jobs, Job{Kind: kind, Name: kind + "-" + LatinName(id) + ext, Write: write})
		}
	}
	perID := func(kind string, ids []model.ID, write func(io.Writer, *model.YearData, model.ID) error) {
		for _, id := range ids {
			add(kind, string(id), ".pdf", func(w io.Writer) error { return write(w, d, id) })
		}
	}
	whole := opts.Quarter.IsZero()
	perID("journal", recordIDs(d.Groups), forms.WriteJournal)
	perID("timesheet", timesheetIDs(d, opts.Quarter), forms.WriteTimesheet)
	if whole {
		perID("application", recordIDs(d.Applications), forms.WriteApplication)
		perID("programme", recordIDs(d.Groups), forms.WriteProgramme)
	}
	perID("minutes", meetingIDs(d, opts.Quarter), forms.WriteMinutes)
	if whole {
		perID("card", recordIDs(d.Cards), forms.WriteCard)
		perID("survey", recordIDs(d.Surveys), forms.WriteSurvey)
	}
	quarters := Quarters(d.Programme.Year)
	if !whole {
		quarters = []Quarter{opts.Quarter}
	}
	for _, q := range quarters {
		// The year's batch leaves out a quarter without documents: an inventory saying „none“ is
		// paper nobody files. A quarter asked for by name is printed all the same.
		if whole && !hasDocuments(d, q) {
			continue
		}
		add("inventory", q.Name(), ".pdf", func(w io.Writer) error { return forms.WriteInventory(w, d, q.Y, q.Q) })
		add("inventory", q.Name(), ".xlsx", func(w io.Writer) error { return sheets.WriteInventory(w, d, q.Y, q.Q) })
	}
	payrollJobs(d, opts, quarters, add)
	if whole {
		yearJobs(d, opts.Budget, add)
	}
	for _, q := range quarters {
		add("team", q.Name(), ".xlsx", func(w io.Writer) error { return sheets.WriteTeam(w, d, sheets.Quarter(q.Y, q.Q)) })
	}
	for _, q := range quarters {
		add("docs", q.Name(), ".xlsx", func(w io.Writer) error { return sheets.WriteDocs(w, d, sheets.Quarter(q.Y, q.Q)) })
	}
	if whole {
		if MicrodataLeftOut(opts) == nil {
			add("microdata", "ESF", ".xlsx", func(w io.Writer) error { return sheets.WriteMicrodataFor(opts.Keys, w, d, opts.Today) })
		}
		programmeJobs(d, add)
	}
	return jobs
}

// programmeJobs adds the forms of the school's other programmes the year has (issue #19): the
// drafts of each cooperation contract and mobility annex of „Иновации в действие“, and each
// period report of a Програма „Образование“ 2021–2027 project whose period ends in the school
// year (the year it is reported in). A year without them adds nothing. Named by record ID and number (a contract's number is
// free text).
func programmeJobs(d *model.YearData, add func(kind, id, ext string, write func(io.Writer) error)) {
	for i := range d.Innovations {
		in := &d.Innovations[i]
		for k := range in.Contracts {
			add("innovationcontract", fmt.Sprintf("%s-%d", in.ID, k+1), ".pdf", func(w io.Writer) error {
				return forms.WriteInnovationContract(w, d, in, k)
			})
		}
		for k := range in.Mobilities {
			add("innovationannex", fmt.Sprintf("%s-%d", in.ID, k+1), ".pdf", func(w io.Writer) error {
				return forms.WriteInnovationAnnex(w, d, in, k)
			})
		}
	}
	y := d.Programme.Year
	for i := range d.Projects {
		p := &d.Projects[i]
		for _, r := range p.Reports {
			if !y.Contains(r.To) {
				continue // reported in the school year its period ends in
			}
			add("projectreport", fmt.Sprintf("%s-%d", p.ID, r.No), ".pdf", func(w io.Writer) error {
				return forms.WriteProjectReport(w, d, p, r.No)
			})
		}
	}
}

// payrollJobs adds the payroll statement (чл. 104, т. 4) of each quarter with approved hours of
// someone on it, as the school pays: by calendar quarter, numbered as the register's „ведомост“
// (model.PayrollDocOf). A quarter without a row prints none, even when asked for by name: a
// statement of nobody is not a document of the register.
func payrollJobs(d *model.YearData, opts Options, quarters []Quarter, add func(kind, id, ext string, write func(io.Writer) error)) {
	if opts.Kind != "" && opts.Kind != "payroll" {
		return // not asked for: no statement is built
	}
	p := opts.Profile
	if p == nil {
		var err error
		if p, err = model.ProfileFor(d, assets.Profile, assets.DefaultProfileID); err != nil {
			return
		}
	}
	for _, q := range quarters {
		pr := model.BuildPayroll(d, p, opts.Budget, model.QuarterPeriod(model.Quarter{Y: q.Y, Q: q.Q}))
		if len(pr.Rows) == 0 {
			continue
		}
		add("payroll", q.Name(), ".pdf", func(w io.Writer) error { return forms.WritePayroll(w, d, &pr) })
	}
}

// yearJobs adds the documents of the whole year: the budget plan, printed and as a workbook, the
// school programme (чл. 38) and the council's yearly report (чл. 30, ал. 1, т. 9).
func yearJobs(d *model.YearData, b *model.Budget, add func(kind, id, ext string, write func(io.Writer) error)) {
	add("budget", d.Programme.Year.String(), ".pdf", func(w io.Writer) error { return forms.WriteBudgetPlan(w, d, b) })
	if b != nil { // the workbook's caps and shares need T
		add("budget", d.Programme.Year.String(), ".xlsx", func(w io.Writer) error {
			return sheets.WriteBudgetPlan(w, b, model.PlanVsActual(d, b))
		})
	}
	add("schoolprogramme", d.Programme.Year.String(), ".pdf", func(w io.Writer) error { return forms.WriteSchoolProgramme(w, d, b) })
	add("councilreport", d.Programme.Year.String(), ".pdf", func(w io.Writer) error { return forms.WriteCouncilReport(w, d) })
	add("waiting", d.Programme.Year.String(), ".pdf", func(w io.Writer) error { return forms.WriteWaitingLists(w, d) })
}

// hasDocuments reports whether the quarter's inventory lists any document (model.InventoryOf).
func hasDocuments(d *model.YearData, q Quarter) bool {
	inv, err := model.InventoryOf(d, q.Y, q.Q)
	return err != nil || len(inv.Activities) > 0 // an error is printed, for the form to say it
}

// timesheetIDs returns the year's timesheets, or those of the quarter's months.
func timesheetIDs(d *model.YearData, q Quarter) []model.ID {
	var ids []model.ID
	for _, t := range d.Timesheets {
		if q.IsZero() || q.contains(t.Month) {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// meetingIDs returns the year's meetings, or those held in the quarter.
func meetingIDs(d *model.YearData, q Quarter) []model.ID {
	var ids []model.ID
	for _, m := range d.Meetings {
		if q.IsZero() || q.contains(model.MonthOf(m.Date)) {
			ids = append(ids, m.ID)
		}
	}
	return ids
}

// recordIDs returns the IDs of records held by value in a slice.
func recordIDs[T any, P interface {
	*T
	model.Record
}](xs []T) []model.ID {
	ids := make([]model.ID, len(xs))
	for i := range xs {
		ids[i] = P(&xs[i]).RecordID()
	}
	return ids
}
