package demo

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// subjectTopics are the topics of remedial programmes by subject; other subjects use general.
var subjectTopics = map[model.Subject][]string{
	model.SubjBulgarian: {
		"Четене с разбиране", "Правопис на гласните", "Пунктуация в простото изречение",
		"Преразказ на текст", "Съставяне на текст по картина", "Части на речта",
		"Правопис на съгласните", "Работа с речник", "Писане на съчинение", "Лексика и значение на думите",
	},
	model.SubjMath: {
		"Събиране и изваждане", "Таблично умножение и деление", "Текстови задачи", "Обикновени дроби",
		"Десетични дроби", "Геометрични фигури и обиколка", "Лице на фигури", "Уравнения",
		"Проценти", "Мерни единици",
	},
}

var generalTopics = []string{
	"Преговор на основните понятия", "Работа с учебния текст", "Упражнения по трудните теми",
	"Решаване на задачи", "Самостоятелна работа с обратна връзка", "Подготовка за контролна работа",
	"Проектна работа", "Работа по двойки",
}

// topics names every row of a programme: the subject's or area's topics in turn, and the
// parents' rows, public events and the final event by what they are.
func (g *gen) topics(gr *model.Group, rows []rowRef) {
	list := subjectTopics[gr.Subject]
	if gr.Kind == model.Interest {
		list = []string{
			"Въведение и правила за работа", "Основни техники", "Практическа работа",
			"Работа по проект", "Упражнения в екип", "Подготовка за изява", "Творческа задача",
		}
	} else if len(list) == 0 {
		list = generalTopics
	}
	n := 0
	for i := range rows {
		switch rows[i].kind {
		case model.RowParents:
			rows[i].topic = "Работа в екип с родителите: " + list[n%len(list)]
		case model.RowPublicEvent:
			rows[i].topic = "Публична изява на групата „" + gr.Name + "“"
		case model.RowProduction:
			rows[i].topic = "Годишна училищна продукция „Твоят час“"
		default:
			n++
			rows[i].topic = fmt.Sprintf("%s (%d)", list[(n-1)%len(list)], (n-1)/len(list)+1)
		}
	}
}
