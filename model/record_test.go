package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestCheckEmailAndPhone(t *testing.T) {
	emails := []struct {
		in string
		ok bool
	}{
		{"", true}, {"ivan@school.bg", true}, {"ivan@school", false}, {"Иван <ivan@school.bg>", false}, {"ivan", false},
	}
	for _, e := range emails {
		if err := model.CheckEmail("Email", e.in); (err == nil) != e.ok {
			t.Errorf("CheckEmail(%q) = %v, want ok=%v", e.in, err, e.ok)
		}
	}
	phones := []struct {
		in string
		ok bool
	}{
		{"", true}, {"0888 123 456", true}, {"+359 888 123 456", true}, {"02/987-65-43", true},
		{"12345", false}, {"0888 12a 456", false},
	}
	for _, p := range phones {
		if err := model.CheckPhone("Phone", p.in); (err == nil) != p.ok {
			t.Errorf("CheckPhone(%q) = %v, want ok=%v", p.in, err, p.ok)
		}
	}
}

func validSchool() model.School {
	return model.School{
		NEISPUO: "2206123", Name: "ОУ „Христо Ботев“", Town: "Русе", Municipality: "Русе", Region: "Русе",
		EIK: "175074752", Ownership: model.MunicipalSchool, Group: model.GroupIII, LessonMinutes: 40,
		Email: "info@ou-botev.bg", Phone: "082 123 456",
	}
}

func TestSchool_Validate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*model.School)
		codes  []model.Code
	}{
		{"OK", func(*model.School) {}, nil},
		{"ErrNEISPUOLetters", func(s *model.School) { s.NEISPUO = "22A6123" }, []model.Code{"invalid_neispuo"}},
		{"ErrEIK", func(s *model.School) { s.EIK = "175074751" }, []model.Code{"invalid_eik"}},
		{"ErrGroup", func(s *model.School) { s.Group = "VIII" }, []model.Code{"invalid_funding_group"}},
		{"ErrLesson", func(s *model.School) { s.LessonMinutes = 90 }, []model.Code{"invalid_lesson_length"}},
		{"ErrSeveral", func(s *model.School) { s.Name = " "; s.Email = "x" }, []model.Code{"required", "invalid_email"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSchool()
			tt.change(&s)
			err := s.Validate()
			if len(tt.codes) == 0 && err != nil {
				t.Fatalf("Validate() = %v, want nil", err)
			}
			for _, c := range tt.codes {
				if !model.HasCode(err, c) {
					t.Errorf("Validate() = %v, want code %s", err, c)
				}
			}
		})
	}
}

// чл. 33: simple majority of the members present; the director's vote is not counted.
func TestDecision_Art33_SimpleMajority(t *testing.T) {
	tests := []struct {
		name          string
		for_, present int
		want          bool
	}{
		{"4 of 7 adopted", 4, 7, true},
		{"3 of 7 rejected", 3, 7, false},
		{"3 of 6 is a tie, rejected", 3, 6, false},
		{"4 of 6 adopted", 4, 6, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (model.Decision{For: tt.for_}).Adopted(tt.present); got != tt.want {
				t.Errorf("Adopted = %v, want %v", got, tt.want)
			}
		})
	}
	m := model.Meeting{Date: model.NewDate(2025, 9, 15), Agenda: []string{"Избор на председател"},
		Present: []model.ID{"a", "b", "c"}, DirectorPresent: true, Decisions: []model.Decision{{For: 4}}}
	if !model.HasCode(m.Validate(), "invalid_votes") {
		t.Error("4 votes with 3 members present (the director's vote counted) was accepted")
	}
}

func TestYearData_RecordsCoversEveryKind(t *testing.T) {
	for _, k := range model.Kinds {
		r := model.New(k)
		if r == nil || r.RecordKind() != k {
			t.Fatalf("model.New(%s) = %v", k, r)
		}
		var d model.YearData
		d.Add(r)
		found := false
		for _, x := range d.Records() {
			found = found || x.RecordKind() == k
		}
		if !found {
			t.Errorf("a %s added to YearData is missing from Records()", k)
		}
	}
}

func TestByID_PointsIntoTheSlice(t *testing.T) {
	students := []model.Student{{ID: "a", Grade: 1}, {ID: "b", Grade: 2}}
	ix := model.ByID(students)
	if len(ix) != 2 || ix["b"].Grade != 2 {
		t.Fatalf("ByID = %v", ix)
	}
	ix["a"].Grade = 5
	if students[0].Grade != 5 {
		t.Error("ByID copied the record instead of pointing into the slice")
	}
}
