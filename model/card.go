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
	Topic        string `json:"Topic"` // global topic / expected results
	Difficulties string `json:"Difficulties"`
	Planned      string `json:"Planned"`
	Done         string `json:"Done"`
	Materials    string `json:"Materials"`
	Degree       string `json:"Degree"`
	Date         Date   `json:"Date"`
	Note         string `json:"Note"`
}

// EducationCard is the individual education card, ИОК, of Приложение № 5 (чл. 61), per
// remedial student and subject.
type EducationCard struct {
	ID         ID         `json:"ID"`
	Year       SchoolYear `json:"Year"`
	StudentID  ID         `json:"StudentID"`
	Subject    Subject    `json:"Subject"`
	GroupID    ID         `json:"GroupID"`
	PreparedBy string     `json:"PreparedBy"`
	ApprovedOn Date       `json:"ApprovedOn"`

	// Section А: identified needs and the analysis of their causes.
	Needs    RemedialNeeds `json:"Needs"`
	NeedsFor string        `json:"NeedsFor"` // from grades, external assessment and чл. 57
	Causes   string        `json:"Causes"`

	// Section Б: the parent's opinions.
	ParentCauses          string `json:"ParentCauses"`
	ParentJoinsEvents     YesNo  `json:"ParentJoinsEvents"`
	ParentHelpsOrganising YesNo  `json:"ParentHelpsOrganising"`

	// Section В: at the end of the year.
	Assessment           Assessment `json:"Assessment"`
	AssessmentReasons    string     `json:"AssessmentReasons"` // required when unsatisfactory
	ParentInSurvey       YesNo      `json:"ParentInSurvey"`
	ParentInMeetings     YesNo      `json:"ParentInMeetings"`
	ParentInEvents       YesNo      `json:"ParentInEvents"`
	ParentInPlanning     YesNo      `json:"ParentInPlanning"`
	ParentInReplanning   YesNo      `json:"ParentInReplanning"`
	CooperationEffective string     `json:"CooperationEffective"`
	FutureMeasures       string     `json:"FutureMeasures"`
	ClosedOn             Date       `json:"ClosedOn"`

	// Section Г.
	Rows []CardRow `json:"Rows"`
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
		es.Add(Errorf(CodeRequired, "StudentID", "изберете ученика"))
	}
	if !c.Subject.Valid() {
		es.Add(Errorf(CodeInvalidSubject, "Subject", "изберете учебния предмет на картата"))
	}
	switch c.Assessment {
	case "", AssessVeryHigh, AssessHigh, AssessSatisfactory:
	case AssessUnsatisfactory:
		es.Add(required("AssessmentReasons", "Причини за незадоволителната оценка", c.AssessmentReasons))
	default:
		es.Add(Errorf(CodeInvalidAssessment, "Assessment", "изберете обща оценка от списъка"))
	}
	return es.Err()
}
