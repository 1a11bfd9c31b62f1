package model

import (
	"cmp"
	"slices"
	"time"
)

// ActivityKind is remedial or interest: the two kinds of group (чл. 41, 43). Persisted.
type ActivityKind string

// Kinds of extracurricular activity.
const (
	Remedial ActivityKind = "remedial"
	Interest ActivityKind = "interest"
)

// Label is the Bulgarian name of the kind.
func (k ActivityKind) Label() string {
	if k == Remedial {
		return "преодоляване на обучителни затруднения"
	}
	return "занимания по интереси"
}

// Subject is a school subject, for remedial groups (чл. 60) and survey cards. Persisted.
type Subject string

// Subjects.
const (
	SubjBulgarian Subject = "bel"
	SubjMath      Subject = "math"
	SubjEnglish   Subject = "english"
	SubjForeign   Subject = "foreign"
	SubjHistory   Subject = "history"
	SubjGeography Subject = "geography"
	SubjBiology   Subject = "biology"
	SubjPhysics   Subject = "physics"
	SubjChemistry Subject = "chemistry"
	SubjIT        Subject = "it"
	SubjNature    Subject = "nature" // човекът и природата / околен свят
	SubjMusic     Subject = "music"
	SubjArts      Subject = "arts"
	SubjTech      Subject = "tech" // технологии и предприемачество
	SubjPE        Subject = "pe"   // физическо възпитание и спорт
)

// Subjects lists the subjects in display order, with their Bulgarian names.
var Subjects = []struct {
	Subject Subject
	Name    string
}{
	{SubjBulgarian, "Български език и литература"}, {SubjMath, "Математика"},
	{SubjEnglish, "Английски език"}, {SubjForeign, "Друг чужд език"}, {SubjHistory, "История и цивилизации"},
	{SubjGeography, "География и икономика"}, {SubjBiology, "Биология и здравно образование"},
	{SubjPhysics, "Физика и астрономия"}, {SubjChemistry, "Химия и опазване на околната среда"},
	{SubjIT, "Информационни технологии"}, {SubjNature, "Човекът и природата"},
	{SubjMusic, "Музика"}, {SubjArts, "Изобразително изкуство"},
	{SubjTech, "Технологии и предприемачество"}, {SubjPE, "Физическо възпитание и спорт"},
}

// Valid reports whether s is a known subject.
func (s Subject) Valid() bool { return s.Name() != "" }

// Name is the Bulgarian name of the subject ("" when unknown).
func (s Subject) Name() string {
	for _, x := range Subjects {
		if x.Subject == s {
			return x.Name
		}
	}
	return ""
}

// ThematicArea is a thematic area of interest activities (чл. 66). Persisted.
type ThematicArea string

// Thematic areas of чл. 66.
const (
	AreaScience         ThematicArea = "science"
	AreaHealth          ThematicArea = "health"
	AreaCivic           ThematicArea = "civic"
	AreaEntrepreneurial ThematicArea = "entrepreneurship"
	AreaDigital         ThematicArea = "digital"
	AreaArts            ThematicArea = "arts"
	AreaSport           ThematicArea = "sport"
)

// ThematicAreas lists the areas of чл. 66 with their Bulgarian names.
var ThematicAreas = []struct {
	Area ThematicArea
	Name string
}{
	{AreaScience, "Природни науки, инженерство и технологии"},
	{AreaHealth, "Здравно образование и здравословен начин на живот"},
	{AreaCivic, "Гражданско образование"},
	{AreaEntrepreneurial, "Предприемачество"},
	{AreaDigital, "Програмиране, дигитални умения, творчество и иновативно мислене"},
	{AreaArts, "Изкуства и култура"},
	{AreaSport, "Спорт"},
}

// Valid reports whether a is an area of чл. 66.
func (a ThematicArea) Valid() bool { return a.Name() != "" }

// Name is the Bulgarian name of the area ("" when unknown).
func (a ThematicArea) Name() string {
	for _, x := range ThematicAreas {
		if x.Area == a {
			return x.Name
		}
	}
	return ""
}

// Slot is one weekly meeting of a group: day, start time and duration (чл. 50).
type Slot struct {
	Day   time.Weekday `json:"Day"`
	Start Clock        `json:"Start"`
	Hours Hours        `json:"Hours"` // in lesson hours of the school's length
}

// Member is a student's membership in a group, with join and leave dates (чл. 41, ал. 4).
type Member struct {
	StudentID ID   `json:"StudentID"`
	Joined    Date `json:"Joined"`
	Left      Date `json:"Left"` // zero while still a member
}

// ActiveOn reports whether the membership covers day d.
func (m Member) ActiveOn(d Date) bool {
	return (m.Joined.IsZero() || !d.Before(m.Joined)) && (m.Left.IsZero() || !d.After(m.Left))
}

// Group is a group of students with a leader: remedial (≤ 10) or interest (≤ 25).
type Group struct {
	ID          ID           `json:"ID"`
	Year        SchoolYear   `json:"Year"`
	Name        string       `json:"Name"`
	Kind        ActivityKind `json:"Kind"`
	Subject     Subject      `json:"Subject"`  // remedial
	Area        ThematicArea `json:"Area"`     // interest
	LeaderID    ID           `json:"LeaderID"` // a Person
	Place       string       `json:"Place"`
	Goals       string       `json:"Goals"`   // Приложение № 3, I
	Results     string       `json:"Results"` // Приложение № 3, II
	Schedule    []Slot       `json:"Schedule"`
	Members     []Member     `json:"Members"`
	WaitingList []ID         `json:"WaitingList"` // students who wished for the group but did not fit
	Interschool bool         `json:"Interschool"` // joint with another school (чл. 47)
	// Activity is the activity the group was formed for, as the applications name it
	// („Роботика“): the assistant matches wishes to it exactly, never by a prefix of Name.
	Activity string `json:"Activity"`
	// MinGrade and MaxGrade are the grades the group is for (0: any); the assistant proposes
	// no student outside them.
	MinGrade int `json:"MinGrade"`
	MaxGrade int `json:"MaxGrade"`
	// Stage is the stage the group is planned for before it has members (0: not given); the
	// members' grades, once there are members, decide the group's calendar (GradesOf).
	Stage Stage `json:"Stage"`
	// Vacations says the group's programme plans meetings in the vacations and after its grades'
	// end of classes (чл. 48, ал. 1, т. 2): the checks then do not flag rows there.
	Vacations bool `json:"Vacations"`
	// EndedOn is the group's last day (issue #17: a group that was used is ended with a date,
	// never deleted; its journal, programme and members stay for the months it ran); zero while
	// it runs. store.Tx.End sets it with its members' leaving day; the checks refuse sessions
	// after it (checkEndedGroups).
	EndedOn Date `json:"EndedOn,omitzero"`
}

// RunsOn reports whether the group still runs on day d: not ended before it.
func (g *Group) RunsOn(d Date) bool { return g.EndedOn.IsZero() || !d.After(g.EndedOn) }

// TakesGrade reports whether a student of grade g fits the group's grade band.
func (g *Group) TakesGrade(grade int) bool {
	return (g.MinGrade == 0 || grade >= g.MinGrade) && (g.MaxGrade == 0 || grade <= g.MaxGrade)
}

// GradesOf returns the grades of the group's students, ascending: of its members (students
// holds the year's students), or while it has none of its Stage, else of its grade band; nil
// when none is known. The group's calendar is its grades' (чл. 48, ал. 1, т. 1: in the
// students' school time).
func (g *Group) GradesOf(students []Student) []int {
	var out []int
	for _, m := range g.Members {
		for i := range students {
			if s := &students[i]; s.ID == m.StudentID && s.Grade >= 1 && s.Grade <= 12 && !slices.Contains(out, s.Grade) {
				out = append(out, s.Grade)
			}
		}
	}
	switch {
	case len(out) > 0:
		slices.Sort(out)
		return out
	case g.Stage != 0:
		return g.Stage.Grades()
	case g.MinGrade != 0 || g.MaxGrade != 0:
		for gr := max(g.MinGrade, 1); gr <= cmp.Or(g.MaxGrade, 12); gr++ {
			out = append(out, gr)
		}
	}
	return out
}

// RecordID implements Record.
func (g *Group) RecordID() ID { return g.ID }

// RecordKind implements Record.
func (g *Group) RecordKind() Kind { return KindGroup }

// SetRecordID implements Record.
func (g *Group) SetRecordID(id ID) { g.ID = id }

// SchoolYear implements YearScoped.
func (g *Group) SchoolYear() SchoolYear { return g.Year }

// ActiveMembers returns the memberships that cover day d.
func (g *Group) ActiveMembers(d Date) []Member {
	var out []Member
	for _, m := range g.Members {
		if m.ActiveOn(d) {
			out = append(out, m)
		}
	}
	return out
}

// Validate checks what a single group can decide by itself; limits of the profile are checks.
func (g *Group) Validate() error {
	var es Errors
	es.Add(required("Name", "Наименование на групата", g.Name))
	switch g.Kind {
	case Remedial:
		if !g.Subject.Valid() {
			es.Add(Errorf(CodeInvalidSubject, "Subject", "изберете учебния предмет на групата за преодоляване на обучителни затруднения"))
		}
	case Interest:
		if !g.Area.Valid() {
			es.Add(Errorf(CodeInvalidArea, "Area", "изберете тематичната област на групата (чл. 66)"))
		}
	default:
		es.Add(Errorf(CodeInvalidKind, "Kind", "изберете вида на групата: за преодоляване на обучителни затруднения или по интереси"))
	}
	seen := map[ID]bool{}
	for _, m := range g.Members {
		if seen[m.StudentID] && m.Left.IsZero() {
			es.Add(Errorf(CodeDuplicateMember, "Members", "ученикът е включен в групата два пъти"))
		}
		seen[m.StudentID] = true
		if !m.Left.IsZero() && m.Left.Before(m.Joined) {
			es.Add(Errorf(CodeInvalidRange, "Members", "датата на напускане е преди датата на включване"))
		}
	}
	if g.MinGrade < 0 || g.MaxGrade > 12 || (g.MaxGrade > 0 && g.MinGrade > g.MaxGrade) {
		es.Add(Errorf(CodeInvalidGrades, "MinGrade", "класовете на групата са от I до XII, като първият не е след последния"))
	}
	for _, s := range g.Schedule {
		if s.Hours <= 0 {
			es.Add(Errorf(CodeInvalidHours, "Schedule", "всяко занятие от седмичния график трябва да има продължителност над 0 часа"))
		}
	}
	return es.Err()
}

// RowKind marks the special parts of a thematic programme (чл. 63, ал. 3; чл. 67, т. 3). Persisted.
type RowKind string

// Row kinds.
const (
	RowRegular     RowKind = ""
	RowParents     RowKind = "parents"      // team work with or led by parents
	RowPublicEvent RowKind = "public_event" // public event
	RowProduction  RowKind = "production"   // the yearly school production at the end (a public event)
)

// ProgrammeRow is one row of a group's thematic programme (Приложение № 3).
type ProgrammeRow struct {
	ID      ID         `json:"ID"`
	Year    SchoolYear `json:"Year"`
	GroupID ID         `json:"GroupID"`
	Topic   string     `json:"Topic"`
	Date    Date       `json:"Date"`
	Place   string     `json:"Place"`
	Hours   Hours      `json:"Hours"`
	Start   Clock      `json:"Start"`
	Kind    RowKind    `json:"Kind"`
}

// RecordID implements Record.
func (r *ProgrammeRow) RecordID() ID { return r.ID }

// RecordKind implements Record.
func (r *ProgrammeRow) RecordKind() Kind { return KindProgrammeRow }

// SetRecordID implements Record.
func (r *ProgrammeRow) SetRecordID(id ID) { r.ID = id }

// SchoolYear implements YearScoped.
func (r *ProgrammeRow) SchoolYear() SchoolYear { return r.Year }

// Validate checks a row of the thematic programme.
func (r *ProgrammeRow) Validate() error {
	var es Errors
	if r.GroupID == "" {
		es.Add(Errorf(CodeRequired, "GroupID", "изберете групата"))
	}
	es.Add(required("Topic", "Тема", r.Topic))
	if r.Date.IsZero() {
		es.Add(Errorf(CodeRequired, "Date", "попълнете датата на занятието"))
	}
	if r.Hours <= 0 {
		es.Add(Errorf(CodeInvalidHours, "Hours", "броят часове трябва да е над 0"))
	}
	return es.Err()
}

// Attendance is a student's presence at a session. Persisted.
type Attendance int

// Attendance marks.
const (
	Present Attendance = iota
	Absent
	ExcusedHealth // backed by a medical document kept in the journal (чл. 52, ал. 1)
	ExcusedOther
)

// Mark is one student's attendance at a session.
type Mark struct {
	StudentID ID         `json:"StudentID"`
	Status    Attendance `json:"Status"`
	Document  string     `json:"Document"` // the document backing a health-excused absence
}

// Session is one dated meeting of a group, its journal entry.
type Session struct {
	ID            ID         `json:"ID"`
	Year          SchoolYear `json:"Year"`
	GroupID       ID         `json:"GroupID"`
	Date          Date       `json:"Date"`
	Start         Clock      `json:"Start"`
	Hours         Hours      `json:"Hours"`
	Topic         string     `json:"Topic"`
	LeaderID      ID         `json:"LeaderID"`      // who held it
	LeaderAbsent  bool       `json:"LeaderAbsent"`  // the session did not take place for the leader's absence (чл. 52, ал. 2)
	RescheduledTo Date       `json:"RescheduledTo"` // where a missed session's hours go
	Marks         []Mark     `json:"Marks"`
}

// RecordID implements Record.
func (s *Session) RecordID() ID { return s.ID }

// RecordKind implements Record.
func (s *Session) RecordKind() Kind { return KindSession }

// SetRecordID implements Record.
func (s *Session) SetRecordID(id ID) { s.ID = id }

// SchoolYear implements YearScoped.
func (s *Session) SchoolYear() SchoolYear { return s.Year }

// Validate checks the session and its health-excused absences.
func (s *Session) Validate() error {
	var es Errors
	if s.GroupID == "" {
		es.Add(Errorf(CodeRequired, "GroupID", "изберете групата"))
	}
	if s.Date.IsZero() {
		es.Add(Errorf(CodeRequired, "Date", "попълнете датата на занятието"))
	}
	if s.Hours <= 0 {
		es.Add(Errorf(CodeInvalidHours, "Hours", "продължителността на занятието трябва да е над 0 часа"))
	}
	for _, m := range s.Marks {
		if m.Status == ExcusedHealth && m.Document == "" {
			es.Add(Errorf(CodeMissingDocument, "Marks",
				"отсъствие по здравословни причини без документ: впишете медицинския документ, който се прилага в дневника (чл. 52, ал. 1)"))
			break
		}
	}
	return es.Err()
}

// CheckLeader refuses person p as the leader of a group when p is a member of the council on
// day d: members of the council may not lead groups (чл. 29, ал. 3). A member is matched by
// personal number when both have one, else by full name, as the checks match them.
func CheckLeader(p *Person, council []CouncilMember, d Date) error {
	if p == nil {
		return nil
	}
	for i := range council {
		m := &council[i]
		if !m.Active(d) {
			continue
		}
		same := p.PersonalNumber != "" && m.PersonalNumber == p.PersonalNumber
		if !same && (p.PersonalNumber == "" || m.PersonalNumber == "") {
			same = normName(m.Name) == normName(p.Name)
		}
		if same {
			return Errorf(CodeCouncilMemberLeads, "LeaderID",
				"%s е член на обществения съвет и не може да ръководи група (чл. 29, ал. 3): изберете друг ръководител", p.Name)
		}
	}
	return nil
}

// CheckRemedialSubject refuses a remedial group in subject s for students of the given grades
// when s is not allowed at their stage (чл. 60). With no grades yet, s must be allowed at some
// stage: music, fine arts and sport never are.
func CheckRemedialSubject(r RemedialSubjects, s Subject, grades []int) error {
	if len(grades) == 0 {
		for _, st := range []Stage{StagePrimary, StageLowerSecondary, StageUpperSecondary} {
			if r.For(st).Allows(s) {
				return nil
			}
		}
		return Errorf(CodeRemedialSubjectStage, "Subject",
			"по „%s“ не се организират групи за преодоляване на обучителни затруднения в никой етап (чл. 60): изберете друг предмет", subjectName{s})
	}
	for _, g := range grades {
		if !r.For(StageOf(g)).Allows(s) {
			return Errorf(CodeRemedialSubjectStage, "Subject",
				"по „%s“ не се организират групи за преодоляване на обучителни затруднения за %s клас (чл. 60): изберете друг предмет или друг ученик",
				subjectName{s}, RomanGrade(g))
		}
	}
	return nil
}
