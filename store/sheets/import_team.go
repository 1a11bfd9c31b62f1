package sheets

import (
	"io"
	"sort"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Columns of Team.xlsx, 0-based.
const (
	teamName = iota
	teamPosition
	teamIDKind
	teamID
	teamDeal
	teamDate
	teamHours
	teamActivity
	teamResults
)

// teamDay is one read row: whose hours, in which role, on which day.
type teamDay struct {
	row    int // data row index
	person *model.Person
	role   model.PersonRole
	day    model.DayHours
}

// ImportTeam reads a file in the layout of the portal's Team.xlsx into the year's timesheets:
// each row is one person's hours on one date (a leader of two groups has two rows on a date).
// The person is found by the ЕГН/ЛНЧ among the year's paid people, the role by the position as
// WriteTeam writes it. Rows go into the timesheet of that person, role and month (a new, prepared
// one when there is none); the rows of a date replace the days of that date, and dates the file
// does not mention stay as they are. An approved timesheet is locked (чл. 81, 85, 88): a row that
// would change it is an error. Any error in any row, all reported at once, means nothing is to be
// applied.
func ImportTeam(r io.Reader, d *model.YearData) (*Import, error) {
	sr, err := readSheet(r, teamHeader, "Team.xlsx")
	if err != nil {
		return nil, err
	}
	days := sr.teamDays(d)
	if len(sr.errs) > 0 {
		return nil, sr.errs
	}
	imp := &Import{Rows: len(days)}
	var open []*model.Timesheet // copies of the timesheets the rows go into, in order of first use
	byDate := map[*model.Timesheet]map[model.Date][]teamDay{}
	for _, td := range days {
		t := openTimesheet(d, &open, td)
		if byDate[t] == nil {
			byDate[t] = map[model.Date][]teamDay{}
		}
		byDate[t][td.day.Date] = append(byDate[t][td.day.Date], td)
	}
	for _, t := range open {
		changed := false
		for _, date := range sortedDates(byDate[t]) {
			rows := byDate[t][date]
			if !replaceDate(t, date, rows) {
				imp.Unchanged += len(rows)
				continue
			}
			if t.Status == model.Approved {
				sr.fail(rows[0].row, teamHours, model.CodeApprovedTimesheet, "отчетът на %s за %s е одобрен и заключен (чл. 81, 85, 88): часовете в него не се променят",
					rows[0].person.Name, t.Month)
			}
			changed = true
		}
		if changed {
			sort.SliceStable(t.Days, func(a, b int) bool { return t.Days[a].Date.Before(t.Days[b].Date) })
			imp.Records = append(imp.Records, t)
		}
	}
	if len(sr.errs) > 0 {
		return nil, sr.errs
	}
	return imp, nil
}

// openTimesheet returns the copy of the timesheet a row goes into: one already opened, a copy
// of the year's, or a new prepared one.
func openTimesheet(d *model.YearData, open *[]*model.Timesheet, td teamDay) *model.Timesheet {
	m := model.MonthOf(td.day.Date)
	for _, t := range *open {
		if t.PersonID == td.person.ID && t.Role == td.role && t.Month == m {
			return t
		}
	}
	for i := range d.Timesheets {
		t := d.Timesheets[i]
		if t.PersonID == td.person.ID && t.Role == td.role && t.Month == m {
			t.Days = append([]model.DayHours(nil), t.Days...)
			*open = append(*open, &t)
			return &t
		}
	}
	t := &model.Timesheet{Year: d.Programme.Year, PersonID: td.person.ID, Role: td.role, Month: m, Status: model.Prepared}
	*open = append(*open, t)
	return t
}

func sortedDates(m map[model.Date][]teamDay) []model.Date {
	out := make([]model.Date, 0, len(m))
	for d := range m {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// replaceDate puts the rows of one date in place of the timesheet's days of that date and reports
// whether that changed anything. The portal's file does not carry the group: a row takes the group
// of a day of the same date with the same activity.
func replaceDate(t *model.Timesheet, date model.Date, rows []teamDay) bool {
	var old, keep []model.DayHours
	for _, day := range t.Days {
		if day.Date == date {
			old = append(old, day)
		} else {
			keep = append(keep, day)
		}
	}
	used := make([]bool, len(old))
	same := len(old) == len(rows)
	for i, r := range rows {
		for j, o := range old {
			if !used[j] && o.Activity == r.day.Activity {
				used[j], r.day.GroupID = true, o.GroupID
				break
			}
		}
		same = same && old[i] == r.day
		keep = append(keep, r.day)
	}
	if same {
		return false
	}
	t.Days = keep
	return true
}

// teamDays reads and checks every row; problems go to sr.errs.
func (sr *sheetReader) teamDays(d *model.YearData) []teamDay {
	byNumber := map[string]*model.Person{}
	for i := range d.People {
		if p := &d.People[i]; p.PersonalNumber != "" {
			byNumber[p.PersonalNumber] = p
		}
	}
	var out []teamDay
	for i := range sr.rows {
		if sr.empty(i) {
			continue
		}
		td := teamDay{row: i}
		sr.required(i, teamName)
		td.role = sr.role(i)
		sr.oneOf(i, teamIDKind, idEGN, idForeigner)
		sr.oneOf(i, teamDeal, labourDeal, civilDeal, "Заповед", "Друго")
		if n := sr.required(i, teamID); n != "" {
			if td.person = byNumber[n]; td.person == nil {
				sr.fail(i, teamID, model.CodeUnknownPerson, "няма платено лице с ЕГН/ЛНЧ %s в учебната година %s: въведете го първо в приложението", n, d.Programme.Year)
			}
		}
		td.day = model.DayHours{Date: sr.date(i, teamDate, true), Hours: sr.hours(i, teamHours),
			Activity: sr.cell(i, teamActivity), Results: sr.cell(i, teamResults)}
		if !td.day.Date.IsZero() && d.Programme.Year != 0 && !d.Programme.Year.Contains(td.day.Date) {
			sr.fail(i, teamDate, model.CodeOutsideYear, "датата %s не е в учебната година %s", td.day.Date, d.Programme.Year)
		}
		if td.person == nil || td.role == "" || td.day.Date.IsZero() || td.day.Hours == 0 {
			continue
		}
		out = append(out, td)
	}
	return out
}

// role reads the position as WriteTeam writes it (the role's label, capitalised), in any case.
func (sr *sheetReader) role(i int) model.PersonRole {
	v := sr.cell(i, teamPosition)
	var labels []string
	for _, r := range []model.PersonRole{model.RoleLeader, model.RoleDirector, model.RoleAccountant} {
		labels = append(labels, capitalize(r.Label()))
		if strings.EqualFold(v, r.Label()) {
			return r
		}
	}
	sr.fail(i, teamPosition, model.CodeUnknownPosition, "„%s“ не е позиция по проекта: напишете %s", v, quoteAll(labels))
	return ""
}
