package model

import "strings"

// Project is a project of Програма „Образование“ 2021–2027 (seed 002): its contract, period,
// activities with their budget lines in euro, and period reports. It spans school years, so it
// is not year-scoped: every year of the file shows it. Its expenses, hours and participants are
// ProjectEntry records referring to the shared people, students and suppliers by ID.
type Project struct {
	ID         ID            `json:"ID"`
	Programme  ProgrammeKind `json:"Programme"`
	Name       string        `json:"Name"`
	Procedure  string        `json:"Procedure"`
	ContractNo string        `json:"ContractNo"`
	ContractOn Date          `json:"ContractOn"`
	Start      Date          `json:"Start"`
	End        Date          `json:"End"`
	// Budget is the contract's total; the activities' lines must add up to it.
	Budget     Money             `json:"Budget"`
	Activities []ProjectActivity `json:"Activities"`
	Reports    []PeriodReport    `json:"Reports"`
}

// ProjectActivity is one activity of the contract with its budget lines.
type ProjectActivity struct {
	No    int          `json:"No"`
	Name  string       `json:"Name"`
	Lines []BudgetLine `json:"Lines"`
	// PlanHours and PlanParticipants are the activity's indicators.
	PlanHours        Hours `json:"PlanHours"`
	PlanParticipants int   `json:"PlanParticipants"`
}

// BudgetLine is one line of an activity's budget, in euro.
type BudgetLine struct {
	Code string `json:"Code"`
	Name string `json:"Name"`
	Plan Money  `json:"Plan"`
}

// PeriodReport is one reporting period of the project (an interim or the final report).
type PeriodReport struct {
	No          int  `json:"No"`
	From        Date `json:"From"`
	To          Date `json:"To"`
	DueOn       Date `json:"DueOn"`
	SubmittedOn Date `json:"SubmittedOn"`
}

// ProjectEntry is an expense, hours of work or participants recorded against one budget line
// of a project's activity.
type ProjectEntry struct {
	ID         ID     `json:"ID"`
	ProjectID  ID     `json:"ProjectID"`
	Activity   int    `json:"Activity"`
	Line       string `json:"Line"`
	Date       Date   `json:"Date"`
	What       string `json:"What"`
	Amount     Money  `json:"Amount"`
	Hours      Hours  `json:"Hours"`
	PersonID   ID     `json:"PersonID"`
	SupplierID ID     `json:"SupplierID"`
	// StudentIDs are the students who took part; Others counts the participants who are not
	// students of the school (parents, teachers of other schools).
	StudentIDs []ID `json:"StudentIDs"`
	Others     int  `json:"Others"`
}

// RecordID implements Record.
func (p *Project) RecordID() ID { return p.ID }

// RecordKind implements Record.
func (p *Project) RecordKind() Kind { return KindProject }

// SetRecordID implements Record.
func (p *Project) SetRecordID(id ID) { p.ID = id }

// Activity returns the activity numbered no.
func (p *Project) Activity(no int) (*ProjectActivity, bool) {
	for i := range p.Activities {
		if p.Activities[i].No == no {
			return &p.Activities[i], true
		}
	}
	return nil, false
}

// Validate checks the contract, the period and that every amount is in euro (the programme's
// budgets are in euro).
func (p *Project) Validate() error {
	var es Errors
	es.Add(required("ContractNo", "Номер на договора", p.ContractNo))
	es.Add(required("Name", "Наименование на проекта", p.Name))
	if p.Start.IsZero() || p.End.IsZero() || !p.Start.Before(p.End) {
		es.Add(Errorf(CodeInvalidRange, "End", "началото на проекта трябва да е преди края му"))
	}
	if p.Budget.Currency != EUR {
		es.Add(Errorf(CodeProjectNotEuro, "Budget", "бюджетът на проекта е в евро: въведете сумите в €"))
	}
	seen := map[int]bool{}
	for _, a := range p.Activities {
		if a.No <= 0 || seen[a.No] {
			es.Add(Errorf(CodeInvalidActivity, "Activities", "дейност „%s“: номерът трябва да е положителен и различен от другите", a.Name))
		}
		seen[a.No] = true
		for _, l := range a.Lines {
			if l.Plan.Currency != EUR || l.Plan.Minor < 0 {
				es.Add(Errorf(CodeProjectNotEuro, "Activities", "дейност %d, ред „%s“: сумата трябва да е в евро и неотрицателна", a.No, l.Name))
			}
		}
	}
	for _, r := range p.Reports {
		if r.To.Before(r.From) {
			es.Add(Errorf(CodeInvalidRange, "Reports", "отчет %d: началото на периода трябва да е преди края", r.No))
		}
	}
	return es.Err()
}

// RecordID implements Record.
func (e *ProjectEntry) RecordID() ID { return e.ID }

// RecordKind implements Record.
func (e *ProjectEntry) RecordKind() Kind { return KindProjectEntry }

// SetRecordID implements Record.
func (e *ProjectEntry) SetRecordID(id ID) { e.ID = id }

// Validate checks the entry on its own; the line it names is checked against the project by
// CheckProject.
func (e *ProjectEntry) Validate() error {
	var es Errors
	es.Add(required("ProjectID", "Проект", string(e.ProjectID)))
	if e.Activity <= 0 {
		es.Add(Errorf(CodeRequired, "Activity", "изберете дейността"))
	}
	if e.Date.IsZero() {
		es.Add(Errorf(CodeRequired, "Date", "въведете датата"))
	}
	if !e.Amount.IsZero() && e.Amount.Currency != EUR {
		es.Add(Errorf(CodeProjectNotEuro, "Amount", "разходите по проекта са в евро: въведете сумата в €"))
	}
	if e.Amount.Minor < 0 || e.Hours < 0 || e.Others < 0 {
		es.Add(Errorf(CodeNegative, "Amount", "сумата, часовете и участниците не може да са отрицателни"))
	}
	if strings.TrimSpace(e.What) == "" && e.Amount.IsZero() && e.Hours == 0 && len(e.StudentIDs) == 0 && e.Others == 0 {
		es.Add(Errorf(CodeEmptyEntry, "What", "впишете разход, часове или участници"))
	}
	return es.Err()
}
