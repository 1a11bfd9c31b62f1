package model

import "strings"

// Student is a student of the school in one school year.
type Student struct {
	ID                 ID                 `json:"ID"`
	Year               SchoolYear         `json:"Year"`
	Name               PersonName         `json:"Name"`
	Grade              int                `json:"Grade"`          // 1–12
	Section            string             `json:"Section"`        // паралелка, e.g. "А"
	PersonalNumber     string             `json:"PersonalNumber"` // ЕГН, ЛНЧ or ИДН (PersonalNumberKind says which), optional
	PersonalNumberKind PersonalNumberKind `json:"PersonalNumberKind"`
	// Left marks a student the school's list shows as отписан, преместен or напуснал, kept when
	// the import is told to mark rather than leave out those who left.
	Left      bool `json:"Left"`
	Female    bool `json:"Female"`
	BirthDate Date `json:"BirthDate"`
	// Areas3002 lists the thematic areas in which the student attends activities of procedure
	// BG05M2OP001-3.002; they may not join an interest group of the same area (чл. 5, ал. 2–3).
	Areas3002 []ThematicArea `json:"Areas3002"`
	// Needs are the criteria of чл. 57, ал. 2 that identify remedial needs.
	Needs RemedialNeeds `json:"Needs"`
}

// RemedialNeeds are the criteria of чл. 57, ал. 2.
type RemedialNeeds struct {
	RepeatedGrade          bool   `json:"RepeatedGrade"`
	LowResults             bool   `json:"LowResults"`
	SocialFactors          bool   `json:"SocialFactors"`
	StoppedChildBenefit    bool   `json:"StoppedChildBenefit"`
	WeakExternalAssessment bool   `json:"WeakExternalAssessment"`
	UnexcusedOver10        bool   `json:"UnexcusedOver10"`
	TemporaryFailure       bool   `json:"TemporaryFailure"`
	LongHealthAbsence      bool   `json:"LongHealthAbsence"`
	Other                  string `json:"Other"`
}

// Any reports whether any criterion is met.
func (n RemedialNeeds) Any() bool {
	return n.RepeatedGrade || n.LowResults || n.SocialFactors || n.StoppedChildBenefit ||
		n.WeakExternalAssessment || n.UnexcusedOver10 || n.TemporaryFailure || n.LongHealthAbsence ||
		strings.TrimSpace(n.Other) != ""
}

// ClassName is the grade in Roman numerals with the section: „VII А“.
func (s *Student) ClassName() string { return strings.TrimSpace(RomanGrade(s.Grade) + " " + s.Section) }

// RomanGrade writes a grade 1–12 in Roman numerals, as Bulgarian schools do.
func RomanGrade(g int) string {
	r := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
	if g < 1 || g > 12 {
		return ""
	}
	return r[g]
}

// Stage is the stage of education a grade belongs to, used by чл. 60.
type Stage int

// Stages of чл. 60.
const (
	StagePrimary        Stage = iota + 1 // I–IV
	StageLowerSecondary                  // V–VII
	StageUpperSecondary                  // VIII–XII
)

// Stages lists the stages in order.
var Stages = []Stage{StagePrimary, StageLowerSecondary, StageUpperSecondary}

// Grades returns the grades of the stage; nil for no stage.
func (st Stage) Grades() []int {
	lo, hi := 0, -1
	switch st {
	case StagePrimary:
		lo, hi = 1, 4
	case StageLowerSecondary:
		lo, hi = 5, 7
	case StageUpperSecondary:
		lo, hi = 8, 12
	}
	var out []int
	for g := lo; g <= hi; g++ {
		out = append(out, g)
	}
	return out
}

// Label names the stage: „начален етап (I–IV клас)“; "" for no stage.
func (st Stage) Label() string {
	switch st {
	case StagePrimary:
		return "начален етап (I–IV клас)"
	case StageLowerSecondary:
		return "прогимназиален етап (V–VII клас)"
	case StageUpperSecondary:
		return "гимназиален етап (VIII–XII клас)"
	}
	return ""
}

// StageOf returns the stage of a grade.
func StageOf(grade int) Stage {
	switch {
	case grade <= 4:
		return StagePrimary
	case grade <= 7:
		return StageLowerSecondary
	}
	return StageUpperSecondary
}

// RecordID implements Record.
func (s *Student) RecordID() ID { return s.ID }

// RecordKind implements Record.
func (s *Student) RecordKind() Kind { return KindStudent }

// SetRecordID implements Record.
func (s *Student) SetRecordID(id ID) { s.ID = id }

// SchoolYear implements YearScoped.
func (s *Student) SchoolYear() SchoolYear { return s.Year }

// Validate checks names, grade and the optional ЕГН/ЛНЧ.
func (s *Student) Validate() error {
	var es Errors
	s.Name.check(&es)
	if s.Grade < 1 || s.Grade > 12 {
		es.Add(Errorf(CodeInvalidGrade, "Grade", "класът трябва да е от I до XII (1–12)"))
	}
	switch {
	case s.PersonalNumber == "":
	case s.PersonalNumberKind == PersonalNumberIDN:
		es.Add(CheckIDN("PersonalNumber", s.PersonalNumber))
	default:
		es.Add(CheckEGNOrLNCH("PersonalNumber", s.PersonalNumber))
	}
	for _, a := range s.Areas3002 {
		if !a.Valid() {
			es.Add(Errorf(CodeInvalidArea, "Areas3002", "непозната тематична област „%s“", a))
		}
	}
	return es.Err()
}

// YesNo is an answer that may still be missing. Persisted as 0, 1, 2.
type YesNo int

// Answers.
const (
	Unanswered YesNo = iota
	Yes
	No
)

// ESFSurvey is the survey panel of Приложение № 2: eight yes/no questions filled in by the parent;
// questions 9 and 10 and the exit date are filled in by the school when the student leaves.
type ESFSurvey struct {
	Answers  [8]YesNo `json:"Answers"`
	Exit     Date     `json:"Exit"`
	Outcome  int      `json:"Outcome"`  // question 9: 1 continues education, 2 offered work/education, 3 looks for work, 4 self-employed
	LeftWhy  int      `json:"LeftWhy"`  // question 10: 1 another school, 2 personal reasons, 3 other
	LeftNote string   `json:"LeftNote"` // question 10, "other"
}

// Complete reports whether all eight questions are answered.
func (e ESFSurvey) Complete() bool {
	for _, a := range e.Answers {
		if a == Unanswered {
			return false
		}
	}
	return true
}

// Wish is an interest-group wish of an application, ranked 1–3 (чл. 44, 46).
type Wish struct {
	Rank     int          `json:"Rank"`
	Area     ThematicArea `json:"Area"`
	Activity string       `json:"Activity"` // what the student wrote, e.g. „Роботика“
	GroupID  ID           `json:"GroupID"`  // the group offered for the wish, when chosen
}

// Application is the application and informed-consent declaration of Приложение № 2 (чл. 44).
type Application struct {
	ID                ID         `json:"ID"`
	Year              SchoolYear `json:"Year"`
	StudentID         ID         `json:"StudentID"`
	SubmittedOn       Date       `json:"SubmittedOn"`
	SubmittedAt       Clock      `json:"SubmittedAt"` // time of filing, when the register records it (0: not recorded)
	EntryNo           int        `json:"EntryNo"`     // the entry number in the school's register of incoming documents
	ParentName        PersonName `json:"ParentName"`
	ParentAddress     string     `json:"ParentAddress"`
	ParentPhone       string     `json:"ParentPhone"`
	RemedialSubjects  []Subject  `json:"RemedialSubjects"` // part I.1
	Wishes            []Wish     `json:"Wishes"`           // part I.2, up to three in order
	ESF               ESFSurvey  `json:"ESF"`              // part II
	ConsentPhotos     bool       `json:"ConsentPhotos"`    // part III
	ConsentPublishing bool       `json:"ConsentPublishing"`
	Signed            bool       `json:"Signed"` // the paper form is signed by parent and student
}

// RecordID implements Record.
func (a *Application) RecordID() ID { return a.ID }

// RecordKind implements Record.
func (a *Application) RecordKind() Kind { return KindApplication }

// SetRecordID implements Record.
func (a *Application) SetRecordID(id ID) { a.ID = id }

// SchoolYear implements YearScoped.
func (a *Application) SchoolYear() SchoolYear { return a.Year }

// Validate checks the student, the date and the wishes.
func (a *Application) Validate() error {
	var es Errors
	if a.StudentID == "" {
		es.Add(Errorf(CodeRequired, "StudentID", "изберете ученика, за когото е заявлението"))
	}
	if a.SubmittedOn.IsZero() {
		es.Add(Errorf(CodeRequired, "SubmittedOn", "попълнете датата на подаване на заявлението"))
	}
	es.Add(CheckPhone("ParentPhone", a.ParentPhone))
	if len(a.Wishes) > 3 {
		es.Add(Errorf(CodeTooManyWishes, "Wishes", "заявлението има най-много три желания (Приложение № 2)"))
	}
	seen := map[int]bool{}
	for _, w := range a.Wishes {
		if w.Rank < 1 || w.Rank > 3 || seen[w.Rank] {
			es.Add(Errorf(CodeInvalidWishRank, "Wishes", "желанията се подреждат като първо, второ и трето, без повторения"))
			break
		}
		seen[w.Rank] = true
		if w.Area != "" && !w.Area.Valid() {
			es.Add(Errorf(CodeInvalidArea, "Wishes", "непозната тематична област „%s“", w.Area))
		}
	}
	for _, s := range a.RemedialSubjects {
		if !s.Valid() {
			es.Add(Errorf(CodeInvalidSubject, "RemedialSubjects", "непознат учебен предмет „%s“", s))
		}
	}
	return es.Err()
}

// CheckConsent reports a missing informed consent: groups are formed only from applications
// with the parent's consent (чл. 44, чл. 45), so the paper declaration must be signed.
func (a *Application) CheckConsent() error {
	if !a.Signed {
		return Errorf(CodeNoConsent, "Signed", "декларацията за информирано съгласие не е подписана от родителя: без нея ученикът не се включва в група по интереси (чл. 44, чл. 45)")
	}
	return nil
}

// PreferredTime is a time preferred on the survey card (Приложение № 4). Persisted.
type PreferredTime string

// Preferred times.
const (
	AfterClasses PreferredTime = "after_classes"
	Holidays     PreferredTime = "holidays"
	Weekends     PreferredTime = "weekends"
	FullDay      PreferredTime = "full_day"
)

// InterestSurvey is the interest survey card of Приложение № 4 (чл. 56).
type InterestSurvey struct {
	ID                ID              `json:"ID"`
	Year              SchoolYear      `json:"Year"`
	StudentID         ID              `json:"StudentID"`
	FilledOn          Date            `json:"FilledOn"`
	FavouriteSubjects []Subject       `json:"FavouriteSubjects"`
	Hobby             string          `json:"Hobby"`
	PastInSchool      string          `json:"PastInSchool"`
	PastOutOfSchool   string          `json:"PastOutOfSchool"`
	WantsToTakePart   YesNo           `json:"WantsToTakePart"`
	Activities        []ThematicArea  `json:"Activities"`
	ActivitiesNote    string          `json:"ActivitiesNote"`
	Times             []PreferredTime `json:"Times"`
}

// RecordID implements Record.
func (s *InterestSurvey) RecordID() ID { return s.ID }

// RecordKind implements Record.
func (s *InterestSurvey) RecordKind() Kind { return KindInterestSurvey }

// SetRecordID implements Record.
func (s *InterestSurvey) SetRecordID(id ID) { s.ID = id }

// SchoolYear implements YearScoped.
func (s *InterestSurvey) SchoolYear() SchoolYear { return s.Year }

// Validate checks the student link and the areas.
func (s *InterestSurvey) Validate() error {
	var es Errors
	if s.StudentID == "" {
		es.Add(Errorf(CodeRequired, "StudentID", "изберете ученика, попълнил анкетната карта"))
	}
	for _, a := range s.Activities {
		if !a.Valid() {
			es.Add(Errorf(CodeInvalidArea, "Activities", "непозната тематична област „%s“", a))
		}
	}
	return es.Err()
}
