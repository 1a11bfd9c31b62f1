package forms

import (
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteProposal prints the group assistant's proposal for the council and the parents (чл. 45–47):
// how the assistant decided — the order of wishes, the opening threshold, the tie-break rule and
// the budget's limit — then the groups with their students, the waiting list of every wished
// activity in the order students move in when a place frees (чл. 41, ал. 4), and the refused
// wishes with their article.
func WriteProposal(w io.Writer, d *model.YearData, p *model.Proposal) error {
	ix := newIndex(d)
	dc := newDoc(d, "Предложение за сформиране на групите "+d.Programme.Year.String(), true)
	dc.title("ПРЕДЛОЖЕНИЕ ЗА СФОРМИРАНЕ НА ГРУПИТЕ")
	dc.subtitle(fmt.Sprintf("за извънкласните дейности на %s през учебната %s година (чл. 45–47)", schoolLine(d), d.Programme.Year))
	dc.section("I. Как е съставено предложението")
	for _, s := range proposalRules(p) {
		dc.para("• " + s)
	}
	dc.section("II. Групи")
	for i, g := range p.Groups {
		state := "нова група"
		if g.GroupID != "" {
			state = fmt.Sprintf("действаща група, вече има %d ученици", g.Taken)
		}
		dc.para(fmt.Sprintf("%d. %s — %s; %d от %d места", i+1, g.Name, state, g.Taken+len(g.Members), g.Taken+len(g.Members)+p.Room(i)))
		dc.table([]column{{"№", 6, gopdf.Right}, {"Предложени ученици", 70, gopdf.Left}, {"Клас", 24, gopdf.Left}},
			studentRows(ix, g.Members, nil), tableStyle{})
	}
	if len(p.Groups) == 0 {
		dc.para("Няма предложени групи.")
	}
	dc.section("III. Списъци на чакащите (чл. 41, ал. 4; чл. 46)")
	dc.waitingLists(ix, p.Lists)
	dc.section("IV. Неудовлетворени желания и основание")
	dc.table([]column{{"№", 5, gopdf.Right}, {"Ученик", 25, gopdf.Left}, {"Желание", 18, gopdf.Left},
		{"Основание", 12, gopdf.Left}, {"Пояснение", 40, gopdf.Left}}, refusalRows(ix, p.Refused), tableStyle{})
	dc.field("Дата", "")
	dc.signatures(signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// WriteWaitingLists prints the kept waiting lists of the year (чл. 41, ал. 4; чл. 46): for each
// wished activity the students who wait, in the order they move in when a place frees, with the
// rank of their wish and the day they were put on the list.
func WriteWaitingLists(w io.Writer, d *model.YearData) error {
	dc := newDoc(d, "Списъци на чакащите "+d.Programme.Year.String(), true)
	dc.title("СПИСЪЦИ НА ЧАКАЩИТЕ")
	dc.subtitle(fmt.Sprintf("за групите по интереси на %s през учебната %s година (чл. 41, ал. 4; чл. 46)", schoolLine(d), d.Programme.Year))
	dc.waitingLists(newIndex(d), d.WaitingLists)
	dc.field("Дата", "")
	dc.signatures(signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// waitingLists prints the lists that have students, each under its activity.
func (dc *doc) waitingLists(ix index, lists []model.WaitingList) {
	dc.para("Ученик от списъка се включва в групата, когато се освободи място, в реда на списъка: първо желаещите я като първо желание, после като второ и трето, и всички по правилото за равни условия.")
	shown := 0
	for _, l := range lists {
		if len(l.Entries) == 0 {
			continue
		}
		shown++
		name := l.Activity
		if g := ix.groups[l.GroupID]; g != nil {
			name = g.Name
		}
		dc.para(fmt.Sprintf("%s (%s)", name, l.Area.Name()))
		dc.table([]column{{"№", 6, gopdf.Right}, {"Чакащ ученик", 50, gopdf.Left}, {"Клас", 12, gopdf.Left},
			{"Желание", 12, gopdf.Left}, {"В списъка от", 20, gopdf.Left}}, studentRows(ix, l.Students(), l.Entries), tableStyle{})
	}
	if shown == 0 {
		dc.para("Няма чакащи ученици.")
	}
}

// proposalRules says in words how the assistant decided.
func proposalRules(p *model.Proposal) []string {
	o := p.Options()
	out := []string{
		"Групите по интереси се сформират по първо желание на учениците (чл. 46, ал. 1); където по първо желание група не може да се сформира, по второ или следващо желание (чл. 46, ал. 2).",
		fmt.Sprintf("Нова група се сформира при поне %d желаещи ученици; при по-малко училището не организира група и директорът проучва възможностите на другите училища в населеното място (чл. 47).", max(o.MinStudents, 1)),
		"Групата по интереси е най-много 25 ученици (чл. 43, ал. 1), групата за преодоляване на обучителни затруднения — най-много 10 (чл. 41, ал. 1). Ученик не се включва в група по интереси от направление, в което участва по процедура BG05M2OP001-3.002 (чл. 5, ал. 3). Важи последното подадено заявление на ученика.",
		"При равни условия за последните места: " + o.TieBreak.Text() + ".",
	}
	if o.SecondGroup {
		out = append(out, "Ученик се включва и във втора група, ако има място и графиците на двете групи не се застъпват (чл. 46, ал. 3).")
	}
	if o.Budget != nil {
		out = append(out, "Ограничение от бюджета: "+o.Budget.Text()+fmt.Sprintf(". Предложени нови групи по интереси: %d.", p.NewGroups))
	}
	return out
}

// studentRows lists students with class, and for a waiting list the wish's rank and since when.
func studentRows(ix index, ids []model.ID, entries []model.WaitingEntry) [][]string {
	rows := make([][]string, 0, len(ids))
	for i, id := range ids {
		class := ""
		if s := ix.students[id]; s != nil {
			class = s.ClassName()
		}
		rank, since := "", ""
		if i < len(entries) {
			rank = fmt.Sprintf("%d.", entries[i].Rank)
			if !entries[i].Since.IsZero() {
				since = entries[i].Since.String()
			}
		}
		if entries == nil {
			rows = append(rows, []string{itemNo(i), ix.studentName(id), class})
			continue
		}
		rows = append(rows, []string{itemNo(i), ix.studentName(id), class, rank, since})
	}
	return rows
}

// refusalRows lists the refused wishes.
func refusalRows(ix index, rs []model.Refusal) [][]string {
	rows := make([][]string, 0, len(rs))
	for i, r := range rs {
		what := r.Activity
		if r.Kind == model.Remedial {
			what = r.Subject.Name()
		}
		rows = append(rows, []string{itemNo(i), ix.studentName(r.StudentID), what, r.Article, r.Msg})
	}
	if len(rows) == 0 {
		rows = append(rows, []string{"", "Няма.", "", "", ""})
	}
	return rows
}
