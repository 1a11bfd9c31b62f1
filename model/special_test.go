package model

import (
	"reflect"
	"testing"
)

// Splitting takes the special fields out of a copy and joining puts them back: the original is
// untouched and the round trip is the identity.
func TestSplitJoinSpecial(t *testing.T) {
	st := &Student{ID: "s1", Name: PersonName{First: "Ива"}, Needs: RemedialNeeds{SocialFactors: true, Other: "x"}}
	ap := &Application{ID: "a1", StudentID: "s1", ParentPhone: "0888000000", ESF: ESFSurvey{Answers: [8]YesNo{Yes, No}, LeftNote: "n"}}
	cd := &EducationCard{ID: "c1", StudentID: "s1", Causes: "c", Needs: RemedialNeeds{LongHealthAbsence: true, Other: "y"}}
	for _, r := range []Record{st, ap, cd} {
		before := reflect.ValueOf(r).Elem().Interface()
		rest, sp := SplitSpecial(r)
		if sp == nil || !HasSpecial(r.RecordKind()) {
			t.Fatalf("%s: no special part", r.RecordKind())
		}
		if !reflect.DeepEqual(reflect.ValueOf(r).Elem().Interface(), before) {
			t.Errorf("%s: original changed", r.RecordKind())
		}
		switch v := rest.(type) {
		case *Student:
			if v.Needs.Any() {
				t.Error("student's needs left in the rest")
			}
		case *EducationCard:
			if v.Needs.Any() || v.Causes != "c" {
				t.Error("card's needs left in the rest, or other fields lost")
			}
		case *Application:
			if v.ESF.Answers[0] != Unanswered || v.ESF.LeftNote != "" || v.ParentPhone == "" {
				t.Error("application's ESF answers left in the rest, or other fields lost")
			}
		}
		JoinSpecial(rest, sp)
		if !reflect.DeepEqual(reflect.ValueOf(rest).Elem().Interface(), before) {
			t.Errorf("%s: join(split(r)) != r", r.RecordKind())
		}
	}
	g := &Group{ID: "g"}
	if rest, sp := SplitSpecial(g); sp != nil || rest != Record(g) || HasSpecial(KindGroup) {
		t.Error("a group has no special part")
	}
}
