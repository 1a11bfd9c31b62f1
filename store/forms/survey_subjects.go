package forms

import (
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// surveySubject is an entry of question 1 of Приложение № 4 and the app's subjects that mark
// it: the app keeps 15 subjects (model.Subjects), the card names more, stage by stage, so an
// entry such as „НЕМСКИ ЕЗИК“ is left for the student to mark by hand.
type surveySubject struct {
	label string
	marks []model.Subject
}

// surveyStage is one of the three lists of question 1, for grades from–to.
type surveyStage struct {
	heading  string
	from, to int
	subjects []surveySubject
}

func subj(label string, marks ...model.Subject) surveySubject { return surveySubject{label, marks} }

// surveyStages are the lists of question 1 of Приложение № 4 word for word, in its order (two
// to a line, left then right).
var surveyStages = []surveyStage{
	{"1.1. (ЗА I-IV КЛАС)", 1, 4, []surveySubject{
		subj("БЪЛГАРСКИ ЕЗИК И ЛИТЕРАТУРА", model.SubjBulgarian), subj("МАТЕМАТИКА", model.SubjMath),
		subj("РОДЕН КРАЙ/ЧОВЕКЪТ И ОБЩЕСТВОТО", model.SubjHistory, model.SubjGeography),
		subj("ОКОЛЕН СВЯТ/ЧОВЕКЪТ И ПРИРОДАТА", model.SubjNature, model.SubjBiology, model.SubjPhysics, model.SubjChemistry),
		subj("ИЗОБРАЗИТЕЛНО ИЗКУСТВО", model.SubjArts), subj("ДОМАШЕН БИТ И ТЕХНИКА", model.SubjTech),
		subj("ФИЗИЧЕСКО ВЪЗПИТАНИЕ И СПОРТ", model.SubjPE), subj("ИНФОРМАЦИОННИ ТЕХНОЛОГИИ", model.SubjIT),
		subj("МУЗИКА", model.SubjMusic), subj("АНГЛИЙСКИ ЕЗИК", model.SubjEnglish),
		subj("НЕМСКИ ЕЗИК"), subj("ФРЕНСКИ ЕЗИК"), subj("РУСКИ ЕЗИК"), subj("ИСПАНСКИ ЕЗИК"),
		subj("ИТАЛИАНСКИ ЕЗИК"), subj("ДРУГ ЧУЖД ЕЗИК", model.SubjForeign),
	}},
	{"1.2. (ЗА V-VIII КЛАС)", 5, 8, []surveySubject{
		subj("БЪЛГАРСКИ ЕЗИК И ЛИТЕРАТУРА", model.SubjBulgarian), subj("МАТЕМАТИКА", model.SubjMath),
		subj("ИСТОРИЯ И ЦИВИЛИЗАЦИЯ", model.SubjHistory), subj("ГЕОГРАФИЯ И ИКОНОМИКА", model.SubjGeography),
		subj("ЧОВЕКЪТ И ПРИРОДАТА", model.SubjNature, model.SubjBiology, model.SubjPhysics, model.SubjChemistry),
		subj("ИНФОРМАЦИОННИ ТЕХНОЛОГИИ", model.SubjIT),
		subj("ИЗОБРАЗИТЕЛНО ИЗКУСТВО", model.SubjArts), subj("МУЗИКА", model.SubjMusic),
		subj("ДОМАШНА ТЕХНИКА И ИКОНОМИКА"), subj("ФИЗИЧЕСКО ВЪЗПИТАНИЕ И СПОРТ", model.SubjPE),
		subj("СПОРТНА ПОДГОТОВКА (СПОРТНО У-ЩЕ)"), subj("ТЕХНОЛОГИИ", model.SubjTech),
		subj("АНГЛИЙСКИ ЕЗИК", model.SubjEnglish), subj("НЕМСКИ ЕЗИК"), subj("ФРЕНСКИ ЕЗИК"), subj("ИСПАНСКИ ЕЗИК"),
		subj("РУСКИ ЕЗИК"), subj("ИТАЛИАНСКИ ЕЗИК"), subj("ДРУГ ЧУЖД ЕЗИК", model.SubjForeign),
	}},
	{"1.3. (IX-XII КЛАС)", 9, 12, []surveySubject{
		subj("БЪЛГАРСКИ ЕЗИК", model.SubjBulgarian), subj("ЛИТЕРАТУРА"),
		subj("МАТЕМАТИКА", model.SubjMath), subj("ФИЗИКА И АСТРОНОМИЯ", model.SubjPhysics),
		subj("ХИМИЯ И ОПАЗВАНЕ НА ОКОЛНАТА СРЕДА", model.SubjChemistry),
		subj("БИОЛОГИЯ И ЗДРАВНО ОБРАЗОВАНИЕ", model.SubjBiology, model.SubjNature),
		subj("ГЕОГРАФИЯ И ИКОНОМИКА", model.SubjGeography), subj("ИСТОРИЯ И ЦИВИЛИЗАЦИЯ", model.SubjHistory),
		subj("ИНФОРМАТИКА"), subj("ИНФОРМАЦИОННИ ТЕХНОЛОГИИ", model.SubjIT),
		subj("ПСИХОЛОГИЯ И ЛОГИКА"), subj("ЕТИКА И ПРАВО"),
		subj("МУЗИКА", model.SubjMusic), subj("ИЗОБРАЗИТЕЛНО ИЗКУСТВО", model.SubjArts),
		subj("ФИЗИЧЕСКО ВЪЗПИТАНИЕ И СПОРТ", model.SubjPE), subj("АНГЛИЙСКИ ЕЗИК", model.SubjEnglish),
		subj("НЕМСКИ ЕЗИК"), subj("ФРЕНСКИ ЕЗИК"), subj("ИСПАНСКИ ЕЗИК"), subj("РУСКИ ЕЗИК"),
		subj("ИТАЛИАНСКИ ЕЗИК"), subj("ДРУГ ЧУЖД ЕЗИК", model.SubjForeign),
	}},
}

// stagesFor are the lists a card prints: the student's stage, or all three on a blank card (or
// for a student without a grade).
func stagesFor(grade int) []surveyStage {
	for _, s := range surveyStages {
		if grade >= s.from && grade <= s.to {
			return []surveyStage{s}
		}
	}
	return surveyStages
}

// subjectCells are a stage's entries, each with its box, marked when a favourite subject marks it.
func subjectCells(st surveyStage, fav []model.Subject) []string {
	out := make([]string, len(st.subjects))
	for i, s := range st.subjects {
		on := false
		for _, m := range s.marks {
			on = on || slices.Contains(fav, m)
		}
		out[i] = s.label + "\u00a0" + box(on)
	}
	return out
}

// otherSubjects names the favourite subjects no entry of the stage marks („ДРУГ УЧЕБЕН ПРЕДМЕТ“).
func otherSubjects(st surveyStage, fav []model.Subject) []string {
	var out []string
	for _, f := range fav {
		found := false
		for _, s := range st.subjects {
			found = found || slices.Contains(s.marks, f)
		}
		if !found {
			out = append(out, f.Name())
		}
	}
	return out
}
