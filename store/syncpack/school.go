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
