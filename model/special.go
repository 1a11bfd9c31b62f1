package model

// Special categories of personal data (Art. 9 GDPR) and data the school must guard alike: the
// answers of the ESF panel of Приложение № 2 (part II: minority, disability, migrant, …, and the
// exit questions), and the needs flags of чл. 57, ал. 2 (social factors, long health absence,
// stopped child benefit, …) of a student and their copy on the student's education cards
// (Приложение № 5, section А). They are kept apart from the rest of their record (issue #13): the
// store seals them under a key only some accounts hold, a package carries them only to a peer
// whose role sees them. SplitSpecial and JoinSpecial are the one place that knows which fields.

// Special is the special-category part of one record; only the field of its kind is set.
type Special struct {
	Needs *RemedialNeeds `json:"needs,omitempty"` // Student, EducationCard
	ESF   *ESFSurvey     `json:"esf,omitempty"`   // Application
}

// HasSpecial reports whether records of kind k have a special part.
func HasSpecial(k Kind) bool {
	return k == KindStudent || k == KindApplication || k == KindEducationCard
}

// SplitSpecial returns a copy of r without its special-category fields, and those fields; a
// record of a kind without them is returned as is, with a nil Special. r is not changed.
func SplitSpecial(r Record) (Record, *Special) {
	switch v := r.(type) {
	case *Student:
		c := v.clone()
		sp := &Special{Needs: &RemedialNeeds{}}
		*sp.Needs, c.Needs = c.Needs, RemedialNeeds{}
		return &c, sp
	case *EducationCard:
		c := v.clone()
		sp := &Special{Needs: &RemedialNeeds{}}
		*sp.Needs, c.Needs = c.Needs, RemedialNeeds{}
		return &c, sp
	case *Application:
		c := v.clone()
		sp := &Special{ESF: &ESFSurvey{}}
		*sp.ESF, c.ESF = c.ESF, ESFSurvey{}
		return &c, sp
	}
	return r, nil
}

// JoinSpecial puts a special part back into r (a record SplitSpecial gave); nil leaves r without.
func JoinSpecial(r Record, sp *Special) {
	if sp == nil {
		return
	}
	switch v := r.(type) {
	case *Student:
		if sp.Needs != nil {
			v.Needs = *sp.Needs
		}
	case *EducationCard:
		if sp.Needs != nil {
			v.Needs = *sp.Needs
		}
	case *Application:
		if sp.ESF != nil {
			v.ESF = *sp.ESF
		}
	}
}
