package syncpack

import (
	"strconv"
	"strings"
)

// fieldWords are the Bulgarian words for the common parts of a record's field paths, so that a
// conflict reads „Име › собствено“ rather than Go's Name.First. A part without a word is shown as
// it is.
var fieldWords = map[string]string{
	"Name": "Име", "First": "собствено", "Middle": "бащино", "Last": "фамилия",
	"Grade": "Клас", "Section": "Паралелка", "Number": "Номер", "Date": "Дата", "Year": "Учебна година",
	"Subject": "Предмет", "Place": "Място", "Phone": "Телефон", "Email": "Имейл", "Topic": "Тема",
	"Start": "Начало", "Role": "Роля", "Roles": "Роли", "Hours": "Часове", "Address": "Адрес",
	"Town": "Населено място", "Status": "Състояние", "Students": "Ученици", "Members": "Членове",
	"Month": "Месец", "Days": "Дни", "Agenda": "Дневен ред", "Decisions": "Решения",
	"Description": "Описание", "Value": "Стойност", "Rate": "Ставка", "Quota": "Квота",
	"Activity": "Дейност", "Activities": "Дейности", "Area": "Направление", "Schedule": "График",
	"Present": "Присъстващи", "Guests": "Гости", "PaidOn": "Платено на", "PaidAmount": "Платена сума",
	"PaidBy": "Платено чрез", "DocNumber": "Номер на документа", "DocDate": "Дата на документа",
	"DocKind": "Вид документ", "BirthDate": "Дата на раждане", "PersonalNumber": "ЕГН/ЛНЧ",
	"ParentName": "Родител", "ParentPhone": "Телефон на родителя", "Wishes": "Желания",
	"Needs": "Потребности", "Qualification": "Квалификация", "Education": "Образование",
	"Municipality": "Община", "Region": "Област", "Currency": "Валута", "Net": "Нето",
	"ApprovedBy": "Одобрил", "ApprovedOn": "Одобрено на", "JoinedOn": "Включен на", "LeftOn": "Напуснал на",
	"Amount": "Сума", "Units": "Единици", "Minor": "Сума", "Kind": "Вид", "Marks": "Оценки",
	"Results": "Резултати", "Goals": "Цели", "Hobby": "Хоби", "Female": "Жена", "Signed": "Подписан",
	"LeaderID": "Ръководител", "GroupID": "Група", "StudentID": "Ученик", "PersonID": "Лице",
	"SupplierID": "Доставчик", "ContractID": "Договор", "EntryNo": "Входящ №", "SubmittedAt": "Час на подаване", "Entries": "Чакащи",
	"MinGrade": "От клас", "MaxGrade": "До клас", "EIK": "ЕИК", "IBAN": "IBAN", "VAT": "ДДС",
	"NonWorking": "Неучебни дни", "ClassesEnd": "Край на занятията", "CalendarSource": "Източник на календара",
	"CalendarConfirmed": "Потвърден календар", "Stage": "Етап", "Grades": "Класове", "Source": "Източник",
	"Vacations": "И във ваканциите", "Left": "Отписан",
}

// FieldLabel returns the path of a field ("Name.First", "Members[2]") in Bulgarian words
// where the part is a common one: „Име › собствено“, „Членове 3“.
func FieldLabel(path string) string {
	parts := strings.Split(path, ".")
	for i, p := range parts {
		name, index, hasIndex := strings.Cut(p, "[")
		if w, ok := fieldWords[name]; ok {
			name = w
		}
		if hasIndex {
			index = strings.TrimSuffix(index, "]")
			name += " " + ordinal(index)
		}
		parts[i] = name
	}
	return strings.Join(parts, " › ")
}

// ordinal turns a 0-based index into the 1-based number a person counts with.
func ordinal(index string) string {
	n, err := strconv.Atoi(index)
	if err != nil {
		return index
	}
	return strconv.Itoa(n + 1)
}
