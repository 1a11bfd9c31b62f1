package model

import "strings"

// eventWords are an event's words in English; an empty one is the Bulgarian's.
type eventWords struct{ Title, Where, Note, Article string }

// in picks en in English when it is given, else bg (the reference).
func in(l Lang, bg, en string) string {
	if l == LangEnglish && en != "" {
		return en
	}
	return bg
}

// TitleIn is the event's title in language l.
func (e Event) TitleIn(l Lang) string { return in(l, e.Title, e.en.Title) }

// WhereIn is the event's place in language l.
func (e Event) WhereIn(l Lang) string { return in(l, e.Where, e.en.Where) }

// NoteIn is the event's note in language l.
func (e Event) NoteIn(l Lang) string { return in(l, e.Note, e.en.Note) }

// ArticleIn is the event's source in language l: the English of the programmes' rules, or an
// article of the instruction with „чл.“, „ал.“ and „т.“ in English (ArticleIn).
func (e Event) ArticleIn(l Lang) string {
	if l == LangEnglish && e.en.Article != "" {
		return e.en.Article
	}
	return ArticleIn(e.Article, l)
}

// ArticleIn is a reference to the instruction („чл. 29, ал. 5, т. 2“) in language l
// („Art. 29, para. 5, item 2“), as the window's kit.ArticleText writes it.
func ArticleIn(a string, l Lang) string {
	if l != LangEnglish {
		return a
	}
	return articleEnglish.Replace(a)
}

var articleEnglish = strings.NewReplacer("ЗЗД", "Obligations and Contracts Act", "чл.", "Art.", "ал.", "para.", "т.", "item")

// innovationRuleEnglish is innovationRule in English.
func innovationRuleEnglish(point string) string {
	return "NP “Innovations in Action”, item " + point
}

// projectRuleEnglish is projectRule in English.
const projectRuleEnglish = "contract under the Programme “Education” 2021–2027"

// TitleIn is the programme's name in language l.
func (p ProgrammeKind) TitleIn(l Lang) string {
	if l == LangEnglish {
		switch p {
		case ProgrammeTvoyatChas:
			return "“Your Hour”"
		case ProgrammeInnovations:
			return "National Programme “Innovations in Action”"
		case ProgrammeEducation2127:
			return "Programme “Education” 2021–2027"
		}
	}
	return p.Title()
}

// deadlinesEnglish are the English of the dated steps of the year (Profile.Deadlines), by code.
// TestEvents_EveryEventInEnglish fails on a deadline of the built-in profile without one.
var deadlinesEnglish = map[string]string{
	"council_request":      "the director asks the mayor and the board of trustees for representatives in the council",
	"parents_named":        "the school's public council (for 2016/2017 the board of trustees) names the parents' representatives",
	"council_created":      "the “Your Hour” council is set up",
	"providers_registered": "the providers register on the platform (from 7 September)",
	"needs_entered":        "the activities offered and needed, the summarised interests and the results of the survey of learning difficulties are entered",
	"applications":         "the students' applications for the interest groups",
	"programme_fixed":      "the school programme, the groups and their leaders",
}

// WhatIn is the deadline's step in language l: the profile's Bulgarian, or the English of a
// known code (another programme's profile keeps its own words).
func (d Deadline) WhatIn(l Lang) string { return in(l, d.What, deadlinesEnglish[d.Code]) }

// regionEnglish are the regions (области) of the STEM meetings in English.
var regionEnglish = map[string]string{
	"Велико Търново": "Veliko Tarnovo", "Търговище": "Targovishte", "Разград": "Razgrad", "Добрич": "Dobrich",
	"Шумен": "Shumen", "Силистра": "Silistra", "Варна": "Varna", "Габрово": "Gabrovo", "Ловеч": "Lovech",
	"Стара Загора": "Stara Zagora", "Бургас": "Burgas", "Ямбол": "Yambol", "Сливен": "Sliven",
	"Хасково": "Haskovo", "Кърджали": "Kardzhali", "София-град": "Sofia City", "София": "Sofia",
}

// Text is the kind in language l.
func (k OffKind) Text(l Lang) string {
	if l != LangEnglish {
		return k.Label()
	}
	switch k {
	case OffHoliday:
		return "holiday"
	case OffDayOff:
		return "day off"
	case OffVacation:
		return "vacation"
	case OffNoClasses:
		return "day without classes"
	case OffExam:
		return "exam"
	}
	return "no classes"
}

// NameIn is the period's name in language l: the English of a built-in period (the holidays of
// PublicHolidays, the periods of model/calendars), the school's own name otherwise.
func (r DateRange) NameIn(l Lang) string {
	if l != LangEnglish {
		return r.Name
	}
	if s, ok := periodsEnglish[r.Name]; ok {
		return s
	}
	for _, x := range periodSuffixes {
		if base, ok := strings.CutSuffix(r.Name, x.bg); ok {
			if s, ok := periodsEnglish[base]; ok {
				return s + x.en
			}
		}
	}
	return r.Name
}

// periodSuffixes are the endings a built-in period's name may add to a name of periodsEnglish:
// a holiday moved to a working day (PublicHolidays), a date of a next year's order not yet
// published (model/calendars).
var periodSuffixes = []struct{ bg, en string }{
	{" (почивен ден)", " (day off)"},
	{" (неутвърдена)", " (not confirmed)"},
	{" (неутвърдена дата)", " (date not confirmed)"},
}

// periodsEnglish are the English names of the built-in calendars' periods, by their Bulgarian
// name (the reference: what the files and the holidays' table say). TestCalendar_NamesInEnglish
// fails on a period of a built-in calendar without one.
var periodsEnglish = map[string]string{
	"Ден на Съединението":                  "Unification Day",
	"Ден на независимостта":                "Independence Day",
	"Ден на народните будители":            "Day of the National Awakeners",
	"Бъдни вечер":                          "Christmas Eve",
	"Рождество Христово":                   "Christmas",
	"Нова година":                          "New Year's Day",
	"Ден на Освобождението":                "Liberation Day",
	"Ден на труда":                         "Labour Day",
	"Гергьовден":                           "St George's Day",
	"Ден на светите братя Кирил и Методий": "Day of Saints Cyril and Methodius",
	"Великден":                             "Easter",
	"Есенна ваканция":                      "Autumn vacation",
	"Коледна ваканция":                     "Christmas vacation",
	"Междусрочна ваканция":                 "Mid-year vacation",
	"Неработен ден (въвеждане на еврото)":  "Non-working day (introduction of the euro)",
	"Неучебен ден":                         "Day without classes",
	"Пролетна ваканция":                    "Spring vacation",
	"Пролетна ваканция за I–XI клас":       "Spring vacation for grades I–XI",
	"Пролетна ваканция за XII клас":        "Spring vacation for grade XII",
	"ДЗИ по български език и литература":   "State matriculation exam in Bulgarian language and literature",
	"Втори задължителен ДЗИ и ДИ за професионална квалификация": "Second compulsory state matriculation exam and the state exam for a professional qualification",
	"НВО по български език и литература в края на VII и X клас": "National external assessment in Bulgarian language and literature at the end of grades VII and X",
	"НВО по математика в края на VII и X клас":                  "National external assessment in mathematics at the end of grades VII and X",
	"Втори задължителен ДЗИ":                                    "Second compulsory state matriculation exam",
	"НВО по български език и литература, VII и X клас":          "National external assessment in Bulgarian language and literature, grades VII and X",
	"НВО по математика, VII и X клас":                           "National external assessment in mathematics, grades VII and X",
}

// deadlineStep is a deadline's step as a finding's argument: rendered in the finding's language
// (render), Bulgarian in Msg and in `tchas check --json`'s args.
type deadlineStep struct{ d Deadline }

func (s deadlineStep) Text(l Lang) string { return s.d.WhatIn(l) }
func (s deadlineStep) String() string     { return s.d.What }
