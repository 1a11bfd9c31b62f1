package syncpack

import (
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// CheckSchool refuses a verified package of another school or another school year than the
// open file's, before anything of it reaches the store.
func CheckSchool(p *Package, neispuo string, year model.SchoolYear) error {
	m := p.Manifest
	if m.NEISPUO != strings.TrimSpace(neispuo) {
		return model.Errorf(CodeOtherSchool, "", "Пакетът е на друго училище (код по НЕИСПУО %s), а отвореният файл е на училище с код %s. Изберете пакет на своето училище.", m.NEISPUO, strings.TrimSpace(neispuo))
	}
	if m.Year != year {
		return model.Errorf(CodeOtherSchool, "", "Пакетът е за учебната %s година, а отвореният файл — за %s. Отворете файла на %s година или изберете друг пакет.", m.Year, year, m.Year)
	}
	return nil
}

// CheckSchoolOf refuses a verified package of another school than the open file's (nil: a new
// file without a school, which takes the sender's) or of another school year. The school is
// matched by its identity — the ID of its record, made once when the school was created and
// carried by every package — so a corrected НЕИСПУО code travels in the school's record like any
// other change instead of making every later package look foreign. A package of a version
// before the identity names the school by its code only.
func CheckSchoolOf(p *Package, school *model.School, year model.SchoolYear) error {
	m := p.Manifest
	switch {
	case school == nil:
		return CheckSchool(p, m.NEISPUO, year)
	case m.SchoolID == "":
		return CheckSchool(p, school.NEISPUO, year)
	case model.ID(m.SchoolID) != school.ID:
		return model.Errorf(CodeOtherSchool, "", "Пакетът е на друго училище (код по НЕИСПУО %s), а отвореният файл е на „%s“ (код %s): "+
			"двете училища са създадени поотделно, дори ако кодът им е един. Изберете пакет на своето училище; ако е същото училище, "+
			"създайте на този компютър нов файл и приложете пакета в него.", m.NEISPUO, school.Name, school.NEISPUO)
	}
	return CheckSchool(p, m.NEISPUO, year) // the same school: only the year is compared
}
