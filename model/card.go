package model

// Assessment is the overall assessment of section В of the card. Persisted.
type Assessment string

// Assessments.
const (
	AssessVeryHigh       Assessment = "very_high"
	AssessHigh           Assessment = "high"
	AssessSatisfactory   Assessment = "satisfactory"
	AssessUnsatisfactory Assessment = "unsatisfactory"
)

// CardRow is a row of section Г, the individual thematic distribution.
type CardRow struct {
	Topic        string // global topic / expected results
	Difficulties string
	Planned      string
	Done         string
	Materials    string
	Degree       string
	Date         Date
	Note         string
}

// EducationCard is the individual education card, ИОК, of Приложение № 5 (чл. 61), per
// remedial student and subject.
type EducationCard struct {
	ID         ID
	Year       SchoolYear
	StudentID  ID
	Subject    Subject
	GroupID    ID
	PreparedBy string
	ApprovedOn Date

	// Section А: identified needs and the analysis of their causes.
	Needs    RemedialNeeds
	NeedsFor string // from grades, external assessment and чл. 57
	Causes   string

	// Section Б: the parent's opinions.
	ParentCauses          string
	ParentJoinsEvents     YesNo
	ParentHelpsOrganising YesNo

	// Section В: at the end of the year.
	Assessment           Assessment
	AssessmentReasons    string // required when unsatisfactory
	ParentInSurvey       YesNo
	ParentInMeetings     YesNo
	ParentInEvents       YesNo
	ParentInPlanning     YesNo
	ParentInReplanning   YesNo
	CooperationEffective string
	FutureMeasures       string
	ClosedOn             Date

	// Section Г.
	Rows []CardRow
}

// RecordID implements Record.
func (c *EducationCard) RecordID() ID { return c.ID }

// RecordKind implements Record.
func (c *EducationCard) RecordKind() Kind { return KindEducationCard }

// SetRecordID implements Record.
func (c *EducationCard) SetRecordID(id ID) { c.ID = id }

// SchoolYear implements YearScoped.
func (c *EducationCard) SchoolYear() SchoolYear { return c.Year }

// Validate checks the header and that an unsatisfactory assessment has its reasons.
func (c *EducationCard) Validate() error {
	var es Errors
	if c.StudentID == "" {
		es.Add(Errorf("required", "StudentID", "изберете ученика"))
	}
	if !c.Subject.Valid() {
		es.Add(Errorf("invalid_subject", "Subject", "изберете учебния предмет на картата"))
	}
	switch c.Assessment {
	case "", AssessVeryHigh, AssessHigh, AssessSatisfactory:
	case AssessUnsatisfactory:
		es.Add(required("AssessmentReasons", "Причини за незадоволителната оценка", c.AssessmentReasons))
	default:
		es.Add(Errorf("invalid_assessment", "Assessment", "изберете обща оценка от списъка"))
	}
	return es.Err()
}
