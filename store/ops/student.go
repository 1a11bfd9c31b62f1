package ops

import (
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Student is what the student screen saves at once: the student with the application
// (Приложение № 2) and the interest survey card (Приложение № 4). A nil application or survey is
// not saved (none entered, or the stored one is unchanged).
type Student struct {
	Student     model.Student
	Application *model.Application
	Survey      *model.InterestSurvey
}

// SaveStudent validates the student of year with the application and the survey card and saves
// them in one transaction, or nothing. The application and the card are the student's: their
// StudentID is the student's ID, a new student's given in the transaction. A personal number
// is kept in its normal form (model.ParsePersonalNumber), an ИДН from НЕИСПУО as it is.
func SaveStudent(db *store.DB, year model.SchoolYear, in Student) (Student, error) {
	out, err := checked(year, in)
	if err != nil {
		return Student{}, err
	}
	st := &out.Student
	if st.PersonalNumber != "" && st.PersonalNumberKind != model.PersonalNumberIDN {
		st.PersonalNumber, st.PersonalNumberKind, _ = model.ParsePersonalNumber(st.PersonalNumber) // valid: checked above
	}
	err = db.Update(func(tx *store.Tx) error {
		if err := tx.Put(st); err != nil {
			return err
		}
		if a := out.Application; a != nil {
			a.StudentID = st.ID
			if err := tx.Put(a); err != nil {
				return err
			}
		}
		if v := out.Survey; v != nil {
			v.StudentID = st.ID
			return tx.Put(v)
		}
		return nil
	})
	if err != nil {
		return Student{}, fmt.Errorf("save student: %w", err)
	}
	return out, nil
}

// CheckStudent returns every problem SaveStudent would refuse in, at once, saving nothing: the
// screen adds them to the problems of its own fields (a date it cannot read), so the user sees
// all of them in one message.
func CheckStudent(year model.SchoolYear, in Student) error {
	_, err := checked(year, in)
	return err
}

// checked is in as SaveStudent saves it — copies of the three records of year, the application
// and card linked to the student — once validated.
func checked(year model.SchoolYear, in Student) (Student, error) {
	if year == 0 {
		return Student{}, model.ErrNoYear()
	}
	out := Student{Student: in.Student}
	out.Student.Year = year
	out.Student.Areas3002 = slices.Clone(in.Student.Areas3002)
	if in.Application != nil {
		a := *in.Application
		a.Year, a.StudentID = year, out.Student.ID
		out.Application = &a
	}
	if in.Survey != nil {
		v := *in.Survey
		v.Year, v.StudentID = year, out.Student.ID
		out.Survey = &v
	}
	if err := out.validate(); err != nil {
		return Student{}, err
	}
	return out, nil
}

// SaveClassList adds the new students and updates the known ones of a class list read for year
// (model.CheckClassList's changes), in one transaction: all of them, or none.
func SaveClassList(db *store.DB, year model.SchoolYear, add, update []model.Student) ([]model.Student, error) {
	if year == 0 {
		return nil, model.ErrNoYear()
	}
	out := append(slices.Clone(add), update...)
	var es model.Errors
	rs := make([]model.Record, len(out))
	for i := range out {
		out[i].Year = year
		es.Add(out[i].Validate())
		rs[i] = &out[i]
	}
	if err := es.Err(); err != nil {
		return nil, err
	}
	if err := db.PutAll(rs...); err != nil {
		return nil, fmt.Errorf("save class list: %w", err)
	}
	return out, nil
}

// validate collects the errors of the three records, so the form shows all of them at once.
// A new student's application and card have no StudentID yet: that is not their error.
func (s *Student) validate() error {
	var es model.Errors
	es.Add(s.Student.Validate())
	if s.Application != nil {
		es.Add(withoutNewLink(s.Application.Validate(), "StudentID"))
	}
	if s.Survey != nil {
		es.Add(withoutNewLink(s.Survey.Validate(), "StudentID"))
	}
	return es.Err()
}
