package store_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Valid identifiers from the brief.
const (
	validEGN  = "8001010008"
	validEIK  = "175074752"
	validIBAN = "BG80BNBG96611020345678"
)

// clock is an injected clock the test moves by hand.
type clock struct{ t time.Time }

func newClock() *clock { return &clock{t: time.Date(2026, time.March, 2, 9, 30, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time { return c.t }

func (c *clock) Add(d time.Duration) { c.t = c.t.Add(d) }

// openTest opens a new file in a temporary directory with a test clock; closed at cleanup.
func openTest(t *testing.T) (*store.DB, *clock) {
	t.Helper()
	c := newClock()
	db := openAt(t, filepath.Join(t.TempDir(), "school.db"), store.Options{User: "директор", Now: c.Now})
	return db, c
}

// openAt opens path with opts, failing the test on error; closed at cleanup.
func openAt(t *testing.T, path string, opts store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// validRecords returns one valid record of every kind, of school year y, with no IDs yet.
// The links between records (StudentID, GroupID…) are fake IDs: the store does not check them.
func validRecords(y model.SchoolYear) map[model.Kind]model.Record {
	day := y.Start().AddDays(20)
	name := model.PersonName{First: "Мария", Middle: "Иванова", Last: "Петрова"}
	return map[model.Kind]model.Record{
		model.KindSchool: &model.School{NEISPUO: "2206123", Name: "ОУ „Христо Ботев“", Town: "София",
			Municipality: "Столична", Region: "София-град", EIK: validEIK, Ownership: model.MunicipalSchool,
			Group: model.GroupIII, LessonMinutes: 40, DirectorName: "Иван Иванов", Email: "school@primer.bg", Phone: "0888 123 456"},
		model.KindProgramme: &model.Programme{Year: y, Students: 320, Currency: model.EUR, ApprovedOn: day,
			NonWorking: []model.DateRange{{From: day.AddDays(30), To: day.AddDays(35), Name: "Коледна ваканция",
				Kind: model.OffVacation, Grades: model.GradeSpan{From: 1, To: 11}, Source: "Заповед на министъра"}},
			ClassesEnd:     []model.ClassesEnd{{Grades: model.GradeSpan{From: 12, To: 12}, Date: day.AddDays(200), Source: "Заповед на министъра"}},
			CalendarSource: "Заповед на министъра", CalendarConfirmed: true,
			Plan: []model.PlanLine{{Activity: model.ActInterest, CostType: 2, Amount: model.Euro(1200, 50)}}},
		model.KindCouncilMember: &model.CouncilMember{Year: y, Name: name, PersonalNumber: validEGN,
			Role: model.RoleChair, Quota: model.QuotaNGO, NGO: model.NGOInfo{Organisation: "Сдружение „Бъдеще“", PublicBenefit: true},
			JoinedOn: day},
		model.KindMeeting: &model.Meeting{Year: y, Number: 1, Date: day, Agenda: []string{"Избор на председател"},
			Present: []model.ID{"a", "b", "c"}, Decisions: []model.Decision{{Text: "Избира Мария Петрова", For: 3}}},
		model.KindStudent: &model.Student{Year: y, Name: name, Grade: 7, Section: "А", PersonalNumber: validEGN,
			PersonalNumberKind: model.PersonalNumberEGN, Female: true, BirthDate: model.NewDate(2013, time.May, 4),
			Areas3002: []model.ThematicArea{model.AreaSport}, Needs: model.RemedialNeeds{LowResults: true}},
		model.KindApplication: &model.Application{Year: y, StudentID: "s1", SubmittedOn: day, ParentName: name,
			Wishes: []model.Wish{{Rank: 1, Area: model.AreaDigital, Activity: "Роботика"}},
			ESF:    model.ESFSurvey{Answers: [8]model.YesNo{model.Yes, model.No}}, ConsentPhotos: true},
		model.KindInterestSurvey: &model.InterestSurvey{Year: y, StudentID: "s1", FilledOn: day,
			Activities: []model.ThematicArea{model.AreaArts}, Times: []model.PreferredTime{model.Weekends}},
		model.KindGroup: &model.Group{Year: y, Name: "Роботика", Kind: model.Interest, Area: model.AreaDigital,
			Schedule: []model.Slot{{Day: time.Tuesday, Start: 14*60 + 30, Hours: model.H(2)}},
			Members:  []model.Member{{StudentID: "s1", Joined: day}}, Stage: model.StageLowerSecondary},
		model.KindProgrammeRow: &model.ProgrammeRow{Year: y, GroupID: "g1", Topic: "Първи робот", Date: day, Hours: model.H(2)},
		model.KindSession: &model.Session{Year: y, GroupID: "g1", Date: day, Hours: 150,
			Marks: []model.Mark{{StudentID: "s1", Status: model.ExcusedHealth, Document: "бел. № 12"}}},
		model.KindEducationCard: &model.EducationCard{Year: y, StudentID: "s1", Subject: model.SubjMath,
			Assessment: model.AssessUnsatisfactory, AssessmentReasons: "отсъствия",
			Rows: []model.CardRow{{Topic: "Дроби", Date: day}}},
		model.KindPerson: &model.Person{Year: y, Name: name, PersonalNumber: validEGN, Roles: []model.PersonRole{model.RoleLeader},
			Engagement: model.Staff, Rate: model.Euro(12, 0), ExperienceYears: 5, IBAN: validIBAN},
		model.KindTimesheet: &model.Timesheet{Year: y, PersonID: "p1", Role: model.RoleLeader, Month: model.MonthOf(day),
			Days: []model.DayHours{{Date: day, Hours: model.H(2), GroupID: "g1"}}, Status: model.Prepared},
		model.KindSupplier: &model.Supplier{Name: "Техно ООД", EIK: validEIK, VAT: "BG" + validEIK, IBAN: validIBAN},
		model.KindContract: &model.Contract{Year: y, SupplierID: "sup1", Number: "Д-12", Date: day, Value: model.Euro(900, 0)},
		model.KindWaitingList: &model.WaitingList{Year: y, Area: model.AreaDigital, Activity: "Роботика",
			Entries: []model.WaitingEntry{{StudentID: "s1", Rank: 1, Since: day}}},
		model.KindExpense: &model.Expense{Year: y, SupplierID: "sup1", DocKind: model.DocInvoice, DocNumber: "0000001234",
			DocDate: day, Net: model.Euro(100, 0), VAT: model.Euro(20, 0), CostType: 2, Activity: model.ActInterest,
			PaidBy: model.Bank, PaidOn: day, PaidAmount: model.Euro(120, 0),
			SupportingDocs: []model.SupportingDoc{{Kind: model.DocInvoice, Number: "1234", Present: true,
				Attachments: []model.Attachment{{Name: "f.pdf", MIME: "application/pdf", Size: 3, SHA256: "abc"}}}}},
		model.KindInnovation: &model.Innovation{Year: y, Innovative: true, AppliedOn: day,
			Partners:  []model.PartnerSchool{{NEISPUO: "1000001", Name: "СУ „Иван Вазов“", Innovative: true}},
			Contracts: []model.CoopContract{{Number: "1", SignedOn: day, A: "2206123", B: "1000001"}}},
		// A project spans years (not year-scoped): one per contract, so its number names the year.
		model.KindProject: &model.Project{Programme: model.ProgrammeEducation2127, Name: "Заедно успяваме",
			ContractNo: fmt.Sprintf("BG05SFPR001-1.008-%04d-C01", int(y)), Start: day, End: day.AddDays(1000),
			Budget: model.Euro(1000, 0), Activities: []model.ProjectActivity{{No: 1, Name: "Дейност 1",
				Lines: []model.BudgetLine{{Code: "1.1", Name: "Възнаграждения", Plan: model.Euro(1000, 0)}}}}},
		model.KindProjectEntry: &model.ProjectEntry{ProjectID: "pr1", Activity: 1, Line: "1.1", Date: day,
			What: "Занимание", Hours: model.H(2), StudentIDs: []model.ID{"s1"}},
	}
}

// student returns a valid student of year y.
func student(y model.SchoolYear, first string) *model.Student {
	return &model.Student{Year: y, Name: model.PersonName{First: first, Last: "Петров"}, Grade: 5}
}
