package demo

import (
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// fathers pairs a man's first name with the patronymic and family name made from it, so that
// a father's first name matches his child's middle name.
var fathers = []struct{ First, Patronymic string }{
	{"Иван", "Иванов"}, {"Петър", "Петров"}, {"Георги", "Георгиев"}, {"Димитър", "Димитров"},
	{"Николай", "Николаев"}, {"Стоян", "Стоянов"}, {"Тодор", "Тодоров"}, {"Христо", "Христов"},
	{"Атанас", "Атанасов"}, {"Стефан", "Стефанов"}, {"Васил", "Василев"}, {"Илия", "Илиев"},
	{"Ангел", "Ангелов"}, {"Йордан", "Йорданов"}, {"Костадин", "Костадинов"}, {"Михаил", "Михайлов"},
	{"Кирил", "Кирилов"}, {"Марин", "Маринов"}, {"Добромир", "Добромиров"}, {"Красимир", "Красимиров"},
	{"Любомир", "Любомиров"}, {"Пламен", "Пламенов"}, {"Валентин", "Валентинов"}, {"Емил", "Емилов"},
	{"Борислав", "Бориславов"}, {"Симеон", "Симеонов"}, {"Александър", "Александров"}, {"Павел", "Павлов"},
	{"Радослав", "Радославов"}, {"Светослав", "Светославов"}, {"Цветан", "Цветанов"}, {"Никола", "Николов"},
}

// boys are first names of boys born in the 2000s and 2010s.
var boys = []string{
	"Иван", "Георги", "Димитър", "Александър", "Мартин", "Даниел", "Виктор", "Калоян", "Кристиян",
	"Теодор", "Никола", "Борис", "Самуил", "Стефан", "Николай", "Петър", "Християн", "Радослав",
	"Преслав", "Йоан", "Михаил", "Божидар", "Антонио", "Ивайло", "Тодор", "Симеон", "Габриел",
	"Денис", "Васил", "Атанас",
}

// girls are first names of girls born in the 2000s and 2010s.
var girls = []string{
	"Мария", "Виктория", "Александра", "Никол", "Габриела", "Йоана", "Теодора", "Симона", "Елена",
	"Ивана", "Кристина", "Божидара", "Радостина", "Десислава", "Рая", "Анна", "Ева", "Вяра",
	"Михаела", "Калина", "Преслава", "Дара", "Катерина", "Магдалена", "Яна", "Цветелина",
	"Паола", "Борислава", "Нели", "Сияна",
}

// women are first names of mothers, teachers and other grown-ups.
var women = []string{
	"Мария", "Елена", "Иванка", "Десислава", "Гергана", "Милена", "Силвия", "Петя", "Даниела",
	"Надежда", "Ралица", "Стефка", "Цветелина", "Веселина", "Снежана", "Антоанета", "Галина",
	"Румяна", "Светла", "Таня", "Емилия", "Валентина", "Красимира", "Мариана", "Росица",
}

// surnames are family names in their male form; feminine makes the female one.
var surnames = []string{
	"Иванов", "Петров", "Георгиев", "Димитров", "Николов", "Стоянов", "Христов", "Тодоров",
	"Илиев", "Ангелов", "Атанасов", "Василев", "Петков", "Маринов", "Колев", "Йорданов", "Попов",
	"Стефанов", "Михайлов", "Костов", "Павлов", "Кръстев", "Русев", "Добрев", "Симеонов",
	"Цветков", "Александров", "Янков", "Станчев", "Марков", "Найденов", "Денев", "Вълчев",
	"Лазаров", "Гочев", "Радевски", "Грозданов", "Райчев", "Пенчев", "Славов", "Бояджиев",
	"Каменов", "Тончев", "Желязков", "Генов", "Неделчев", "Шопов", "Костадинов", "Маврев",
	"Хаджиев",
}

// feminine gives the female form of a patronymic or family name: Петров → Петрова,
// Радевски → Радевска.
func feminine(s string) string {
	if base, ok := strings.CutSuffix(s, "ски"); ok {
		return base + "ска"
	}
	return s + "а"
}

// family is the three names of a child and the names the parents share with it.
type family struct {
	father  int    // index into fathers
	surname string // male form
}

func (g *gen) family() family {
	return family{father: g.intn(len(fathers)), surname: pick(g, surnames)}
}

// child names a child of family f.
func (g *gen) child(f family, female bool) model.PersonName {
	first, mid, last := pick(g, boys), fathers[f.father].Patronymic, f.surname
	if female {
		first, mid, last = pick(g, girls), feminine(mid), feminine(last)
	}
	return model.PersonName{First: first, Middle: mid, Last: last}
}

// parent names the father or the mother of family f.
func (g *gen) parent(f family, mother bool) model.PersonName {
	if mother {
		return model.PersonName{
			First:  pick(g, women),
			Middle: feminine(pick(g, fathers).Patronymic),
			Last:   feminine(f.surname),
		}
	}
	return model.PersonName{
		First:  fathers[f.father].First,
		Middle: pick(g, fathers).Patronymic,
		Last:   f.surname,
	}
}

// adult names a grown-up of either sex.
func (g *gen) adult(female bool) model.PersonName {
	return g.parent(g.family(), female)
}

// latin transliterates Bulgarian Cyrillic by the official system of the Transliteration Act,
// for e-mail addresses.
func latin(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if t, ok := latinTable[r]; ok {
			b.WriteString(t)
		} else if r < 128 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// latinTable maps each Bulgarian letter to its Latin spelling.
var latinTable = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p",
	'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch",
	'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya",
}

// email makes a plausible address for a person at a domain.
func email(n model.PersonName, domain string) string {
	return latin(n.First) + "." + latin(n.Last) + "@" + domain
}
