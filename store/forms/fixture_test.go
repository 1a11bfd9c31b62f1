package forms_test

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// fixture builds a small school year by hand: one remedial group of three students with a
// few sessions, its leader with a monthly timesheet, an application and a council meeting.
func fixture() *model.YearData {
	y := model.SchoolYear(2026)
	d := &model.YearData{
		School: model.School{ID: "sch", NEISPUO: "2206123", Name: "ОУ „Христо Ботев“", Town: "гр. Самоков",
			Municipality: "Самоков", Region: "София", EIK: "175074752", Ownership: model.MunicipalSchool,
			Group: model.GroupIV, LessonMinutes: 40, DirectorName: "Мария Петрова Иванова"},
		Programme: model.Programme{ID: "prg", Year: y, Students: 180, Currency: model.EUR},
	}
	d.Students = []model.Student{
		{ID: "s1", Year: y, Name: model.PersonName{First: "Иван", Middle: "Петров", Last: "Георгиев"}, Grade: 5, Section: "А", PersonalNumber: "8001010008"},
		{ID: "s2", Year: y, Name: model.PersonName{First: "Елена", Middle: "Димитрова", Last: "Стоянова"}, Grade: 5, Section: "Б", Female: true},
		{ID: "s3", Year: y, Name: model.PersonName{First: "Щерю", Middle: "Ъглов", Last: "Ѝванов"}, Grade: 6, Section: "А"},
	}
	d.People = []model.Person{{ID: "p1", Year: y, Name: model.PersonName{First: "Гергана", Middle: "Иванова", Last: "Колева"},
		PersonalNumber: "8001010008", PersonalNumberKind: model.PersonalNumberEGN, Roles: []model.PersonRole{model.RoleLeader},
		Engagement: model.Staff, Rate: model.Euro(12, 50), AgreementNo: "ДС-15", AgreementDate: model.NewDate(2026, time.October, 20)}}
	d.Groups = []model.Group{{ID: "g1", Year: y, Name: "Математика за V клас", Kind: model.Remedial, Subject: model.SubjMath,
		LeaderID: "p1", Place: "кабинет 12", Goals: "Преодоляване на пропуските по дроби и десетични числа.",
		Results:  "Всеки ученик решава задачи с дроби самостоятелно.",
		Schedule: []model.Slot{{Day: time.Tuesday, Start: 14*60 + 30, Hours: model.H(2)}},
		Members: []model.Member{{StudentID: "s1", Joined: model.NewDate(2026, time.November, 3)},
			{StudentID: "s2", Joined: model.NewDate(2026, time.November, 3)},
			{StudentID: "s3", Joined: model.NewDate(2026, time.November, 10), Left: model.NewDate(2026, time.December, 15)}}}}
	d.Sessions = fixtureSessions(y, 6)
	d.ProgrammeRows = []model.ProgrammeRow{
		{ID: "r1", Year: y, GroupID: "g1", Topic: "Обикновени дроби: съкращаване и разширяване", Date: model.NewDate(2026, time.November, 3), Place: "кабинет 12", Hours: model.H(2), Start: 14*60 + 30},
		{ID: "r2", Year: y, GroupID: "g1", Topic: "Събиране и изваждане на дроби", Date: model.NewDate(2026, time.November, 10), Place: "кабинет 12", Hours: model.H(2), Start: 14*60 + 30, Kind: model.RowParents},
		{ID: "r3", Year: y, GroupID: "g1", Topic: "Открит урок за родители", Date: model.NewDate(2026, time.December, 15), Place: "актова зала", Hours: 150, Start: 15 * 60, Kind: model.RowPublicEvent},
	}
	d.Timesheets = []model.Timesheet{{ID: "t1", Year: y, PersonID: "p1", Role: model.RoleLeader, Month: model.Month{Y: 2026, M: time.November},
		Days: []model.DayHours{
			{Date: model.NewDate(2026, time.November, 3), Hours: 150, GroupID: "g1", Activity: "Занятие по математика", Results: "Решени 12 задачи"},
			{Date: model.NewDate(2026, time.November, 10), Hours: 150, GroupID: "g1", Activity: "Занятие по математика", Results: "Тест върху дробите"},
		}, Status: model.Approved, ApprovedBy: "Мария Петрова Иванова", ApprovedOn: model.NewDate(2026, time.December, 2)}}
	d.Applications = []model.Application{{ID: "a1", Year: y, StudentID: "s1", SubmittedOn: model.NewDate(2026, time.October, 15),
		ParentName: model.PersonName{First: "Петър", Middle: "Иванов", Last: "Георгиев"}, ParentAddress: "ул. „Раковска“ 5, Самоков",
		ParentPhone: "0888 123 456", RemedialSubjects: []model.Subject{model.SubjMath, model.SubjBulgarian},
		Wishes:        []model.Wish{{Rank: 1, Area: model.AreaDigital, Activity: "Роботика"}, {Rank: 2, Area: model.AreaSport, Activity: "Футбол"}},
		ESF:           model.ESFSurvey{Answers: [8]model.YesNo{model.No, model.No, model.Yes, model.No, model.No, model.No, model.No, model.No}},
		ConsentPhotos: true, ConsentPublishing: false, Signed: true}}
	d.CouncilMembers = []model.CouncilMember{
		{ID: "c1", Year: y, Name: model.PersonName{First: "Стоян", Last: "Николов"}, Role: model.RoleChair, Quota: model.QuotaParent},
		{ID: "c2", Year: y, Name: model.PersonName{First: "Радка", Last: "Тодорова"}, Role: model.RoleSecretary, Quota: model.QuotaPedagogical},
		{ID: "c3", Year: y, Name: model.PersonName{First: "Веселин", Last: "Христов"}, Role: model.RoleMember, Quota: model.QuotaMunicipality},
	}
	d.Meetings = []model.Meeting{{ID: "m1", Year: y, Number: 3, Date: model.NewDate(2026, time.November, 22), Place: "учителската стая",
		CalledBy: "председателя", Agenda: []string{"Обсъждане на училищната програма", "Разни"}, Present: []model.ID{"c1", "c2"},
		DirectorPresent: true, Decisions: []model.Decision{{Text: "Одобрява училищната програма за 2026/2027 г.", For: 2}}}}
	d.Expenses = []model.Expense{{ID: "e1", Year: y, DocKind: model.DocInvoice, DocNumber: "0000012345", DocDate: model.NewDate(2026, time.November, 20),
		Description: "Учебни материали за групата по математика", Net: model.Euro(1028, 80), VAT: model.Euro(205, 76), CostType: 2,
		Activity: model.ActRemedial, PaidBy: model.Bank, PaidOn: model.NewDate(2026, time.November, 25), PaidAmount: model.Euro(1234, 56)}}
	return d
}

// fixtureSessions makes n weekly Tuesday sessions of group g1 from 3 November 2026; student s2
// is absent from the second and s1 excused for health at the third.
func fixtureSessions(y model.SchoolYear, n int) []model.Session {
	out := make([]model.Session, 0, n)
	day := model.NewDate(2026, time.November, 3)
	for i := range n {
		s := model.Session{ID: model.ID(fmt.Sprintf("x%03d", i)), Year: y, GroupID: "g1", Date: day, Start: 14*60 + 30,
			Hours: 150, Topic: fmt.Sprintf("Занятие %d: дроби и проценти в задачи от живота", i+1), LeaderID: "p1"}
		for _, id := range []model.ID{"s1", "s2", "s3"} {
			st := model.Present
			switch {
			case i == 1 && id == "s2":
				st = model.Absent
			case i == 2 && id == "s1":
				st = model.ExcusedHealth
			}
			s.Marks = append(s.Marks, model.Mark{StudentID: id, Status: st, Document: "мед. бележка"})
		}
		out = append(out, s)
		day = day.AddDays(7)
	}
	return out
}

func modelID(s string) model.ID { return model.ID(s) }
