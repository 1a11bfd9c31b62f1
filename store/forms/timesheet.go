package forms

import (
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// months are the Bulgarian names of the months, for report headings.
var months = [...]string{"", "януари", "февруари", "март", "април", "май", "юни", "юли", "август",
	"септември", "октомври", "ноември", "декември"}

// WriteTimesheet prints a person's monthly report of hours worked (чл. 81, ал. 2; чл. 85, ал. 1;
// чл. 86, ал. 2; чл. 88, ал. 3): each day with its group, what was done and what came of it, the
// month's total and the pay it makes at the person's rate, and the approval.
func WriteTimesheet(w io.Writer, d *model.YearData, timesheetID model.ID) error {
	t, err := find(d.Timesheets, timesheetID)
	if err != nil {
		return fmt.Errorf("write timesheet: %w", err)
	}
	ix := newIndex(d)
	p, ok := ix.people[t.PersonID]
	if !ok {
		return fmt.Errorf("write timesheet %q: person %q not in the year's data", t.ID, t.PersonID)
	}
	dc := newCodedDoc(d, "Отчет за отработените часове", "timesheet", t.ID)
	dc.title("ОТЧЕТ ЗА ОТРАБОТЕНИТЕ ЧАСОВЕ")
	dc.subtitle(fmt.Sprintf("за месец %s %d г.", months[t.Month.M], t.Month.Y))
	dc.field("Име, презиме, фамилия", p.Name.String())
	dc.field("Позиция по проекта", t.Role.Label())
	dc.field("Основание", agreementText(p))
	// The rate of the report's role as it applies in the month: a lev rate is its euro
	// conversion from 2026 (Person.RateOn: remuneration in the person's favour, ЗВЕРБ).
	rate := p.RateOn(t.Role, t.Month.First())
	dc.field("Ставка за астрономически час", rate.String())
	sigs := []signature{{"Изготвил", p.Name.String()}, {approverRole(p), approverName(d, t, p)}}
	// The totals and signatures below take five lines of fields: the last days go with them.
	dc.table(timesheetColumns, timesheetRows(t, ix), tableStyle{BoldLast: true, KeepWith: 5*15 + dc.signaturesHeight(sigs...)})
	dc.field("Общо отработени часове", t.Total().String())
	dc.field("Възнаграждение (часове × ставка)", t.Total().Pay(rate).String())
	dc.field("Приема и одобрява", approvalBasis(p, t.Role))
	if t.Status == model.Approved {
		dc.field("Одобрен", fmt.Sprintf("на %s от %s", t.ApprovedOn, t.ApprovedBy))
	}
	dc.signatures(sigs...)
	return dc.finish(w)
}

// agreementText names the additional agreement or contract the person works under.
func agreementText(p *model.Person) string {
	kind := "Допълнително споразумение"
	if p.Engagement == model.External {
		kind = "Договор"
	}
	if p.AgreementNo == "" {
		return ""
	}
	s := kind + " № " + p.AgreementNo
	if !p.AgreementDate.IsZero() {
		s += " от " + p.AgreementDate.String()
	}
	return s
}

// approverRole is who approves the report, decided by whether the person is the director
// (model.ApproverFor): the head of the regional education office approves the director's own
// report (чл. 85, ал. 1; чл. 86, ал. 2), the director every other (чл. 81, ал. 2; чл. 88, ал. 3).
func approverRole(p *model.Person) string {
	if model.ApproverFor(p) == model.ApproverRUO {
		return "Одобрил (началник на РУО)"
	}
	return "Одобрил (директор)"
}

// approvalBasis says who accepts and approves the report and under which article, so the
// person signing sees why it goes to them.
func approvalBasis(p *model.Person, role model.PersonRole) string {
	switch {
	case model.ApproverFor(p) == model.ApproverRUO:
		return "началникът на РУО (чл. 85, ал. 1; чл. 86, ал. 2)"
	case role == model.RoleAccountant:
		return "директорът на училището (чл. 88, ал. 3)"
	}
	return "директорът на училището (чл. 81, ал. 2)"
}

// approverName is the name under the approver's line: who approved it, else the school's
// director when the director approves; the head of the РУО is not in the year's data.
func approverName(d *model.YearData, t *model.Timesheet, p *model.Person) string {
	if t.ApprovedBy != "" {
		return t.ApprovedBy
	}
	if model.ApproverFor(p) == model.ApproverRUO {
		return ""
	}
	return d.School.DirectorName
}

var timesheetColumns = []column{
	{"№", 4.5, gopdf.Right}, {"Дата", 11.5, gopdf.Center}, {"Ден", 13, gopdf.Left}, {"Група", 15, gopdf.Left},
	{"Извършена дейност", 25, gopdf.Left}, {"Конкретни резултати", 23, gopdf.Left}, {"Часове", 8.2, gopdf.Right},
}

func timesheetRows(t *model.Timesheet, ix index) [][]string {
	rows := make([][]string, 0, len(t.Days)+1)
	for i, day := range t.Days {
		rows = append(rows, []string{itemNo(i), day.Date.String(), weekdayName(day.Date.Weekday()),
			ix.groupName(day.GroupID), day.Activity, day.Results, day.Hours.String()})
	}
	return append(rows, []string{"", "Общо", "", "", "", "", t.Total().String()})
}
