package forms

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// sessionsPerGrid is how many sessions one attendance grid shows across the page.
const sessionsPerGrid = 12

// weekdays are the Bulgarian names of the days of the week.
var weekdays = [...]string{"неделя", "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота"}

// WriteJournal prints the journal of group groupID: its members, every session held with the
// students present and absent, and the attendance grid, sessions × members. It is an attendance
// list in the sense of чл. 130, ал. 3, so every page carries the financing sentence.
func WriteJournal(w io.Writer, d *model.YearData, groupID model.ID) error {
	g, err := find(d.Groups, groupID)
	if err != nil {
		return fmt.Errorf("write journal: %w", err)
	}
	ix := newIndex(d)
	sessions := groupSessions(d, g.ID)
	dc := newCodedDoc(d, "Дневник на група "+g.Name, "journal", g.ID)
	dc.title("ДНЕВНИК НА ГРУПАТА И ПРИСЪСТВЕН СПИСЪК")
	dc.subtitle(fmt.Sprintf("Група „%s“ · учебна година %s", g.Name, g.Year))
	dc.groupHeader(g, ix)
	dc.section("I. Ученици в групата")
	dc.table(memberColumns, memberRows(g, ix), tableStyle{})
	dc.section("II. Проведени занятия")
	dc.table(sessionColumns, sessionRows(g, sessions, ix), tableStyle{BoldLast: true})
	sigs := []signature{{"Ръководител", ix.personName(g.LeaderID)}, {"Директор", d.School.DirectorName}}
	dc.attendanceGrids(g, sessions, ix, dc.signaturesHeight(sigs...))
	dc.signatures(sigs...)
	return dc.finish(w)
}

// groupHeader prints what identifies the group.
func (dc *doc) groupHeader(g *model.Group, ix index) {
	dc.field("Вид на дейността", g.Kind.Label())
	if g.Kind == model.Remedial {
		dc.field("Учебен предмет", groupTopic(g))
	} else {
		dc.field("Тематична област", groupTopic(g))
	}
	dc.field("Ръководител", ix.personName(g.LeaderID))
	dc.field("Място на провеждане", g.Place)
	dc.field("Седмичен график", scheduleText(g.Schedule))
}

// scheduleText writes a weekly schedule: „понеделник 14:30 (2 ч.); четвъртък 15:00 (1,5 ч.)“.
func scheduleText(slots []model.Slot) string {
	parts := make([]string, 0, len(slots))
	for _, s := range slots {
		parts = append(parts, fmt.Sprintf("%s %s (%s ч.)", weekdayName(s.Day), s.Start, s.Hours))
	}
	return strings.Join(parts, "; ")
}

var memberColumns = []column{
	{"№", 4.5, gopdf.Right}, {"Име, презиме, фамилия", 30, gopdf.Left}, {"Клас", 8, gopdf.Center},
	{"Включен на", 11, gopdf.Center}, {"Напуснал на", 11, gopdf.Center},
}

func memberRows(g *model.Group, ix index) [][]string {
	rows := make([][]string, 0, len(g.Members))
	for i, m := range g.Members {
		class := ""
		if s, ok := ix.students[m.StudentID]; ok {
			class = s.ClassName()
		}
		rows = append(rows, []string{itemNo(i), ix.studentName(m.StudentID), class, m.Joined.String(), m.Left.String()})
	}
	return rows
}

var sessionColumns = []column{
	{"№", 4.5, gopdf.Right}, {"Дата", 11.5, gopdf.Center}, {"Начало", 8.2, gopdf.Center},
	{"Часове", 8.2, gopdf.Right}, {"Тема", 25, gopdf.Left}, {"Присъстват", 11, gopdf.Center},
	{"Отсъстващи", 18, gopdf.Left}, {"Подпис", 8, gopdf.Left},
}

// sessionRows lists the sessions with a total of the hours held.
func sessionRows(g *model.Group, sessions []model.Session, ix index) [][]string {
	rows := make([][]string, 0, len(sessions)+1)
	var held model.Hours
	for i, s := range sessions {
		topic := s.Topic
		if s.LeaderAbsent {
			// чл. 52, ал. 2: the hours are moved, not lost.
			topic = "Не се проведе поради отсъствие на ръководителя"
			if !s.RescheduledTo.IsZero() {
				topic += "; часовете се провеждат на " + s.RescheduledTo.String()
			}
		} else {
			held += s.Hours
		}
		present, absent := attendanceOf(g, s, ix)
		rows = append(rows, []string{itemNo(i), s.Date.String(), s.Start.String(), s.Hours.String(), topic, present, absent, ""})
	}
	rows = append(rows, []string{"", "Общо", "", held.String(), "проведени часа", "", "", ""})
	return rows
}

// attendanceOf counts those present of the members on the day and names the absent ones.
func attendanceOf(g *model.Group, s model.Session, ix index) (string, string) {
	if s.LeaderAbsent {
		return "", ""
	}
	marks := marksOf(s)
	active := g.ActiveMembers(s.Date)
	present := 0
	var absent []string
	for _, m := range active {
		st, ok := marks[m.StudentID]
		switch {
		case !ok:
		case st.Status == model.Present:
			present++
		default:
			absent = append(absent, ix.studentName(m.StudentID)+" ("+markSymbol(st.Status)+")")
		}
	}
	return fmt.Sprintf("%d от %d", present, len(active)), strings.Join(absent, ", ")
}

func marksOf(s model.Session) map[model.ID]model.Mark {
	out := make(map[model.ID]model.Mark, len(s.Marks))
	for _, m := range s.Marks {
		out[m.StudentID] = m
	}
	return out
}

// markSymbol is the journal's mark for an attendance.
func markSymbol(a model.Attendance) string {
	switch a {
	case model.Present:
		return "+"
	case model.Absent:
		return "о"
	case model.ExcusedHealth:
		return "б"
	case model.ExcusedOther:
		return "у"
	}
	return "?"
}

const gridLegend = "Означения: + присъства; о – отсъства; б – отсъства по здравословни причини, " +
	"документът е приложен към дневника (чл. 52, ал. 1); у – отсъства по уважителна причина; " +
	"– не е в групата на тази дата; х – занятието не се проведе."

// attendanceGrids prints the grid of members × sessions, sessionsPerGrid sessions at a time; the
// last grid's last rows stay with the signatures of height sigH under it.
func (dc *doc) attendanceGrids(g *model.Group, sessions []model.Session, ix index, sigH float64) {
	dc.section("III. Присъствие по занятия")
	dc.lines(gridLegend, false, 8, gopdf.Left)
	dc.y += 4
	for from := 0; from < len(sessions); from += sessionsPerGrid {
		chunk := sessions[from:min(from+sessionsPerGrid, len(sessions))]
		cols := []column{{"№", 3.5, gopdf.Right}, {"Ученик", 17.5, gopdf.Left}}
		for _, s := range chunk {
			cols = append(cols, column{fmt.Sprintf("%02d.%02d", s.Date.D, int(s.Date.M)), 3.4, gopdf.Center})
		}
		for range sessionsPerGrid - len(chunk) {
			cols = append(cols, column{"", 3.4, gopdf.Center})
		}
		st := tableStyle{Size: 7.5}
		if from+sessionsPerGrid >= len(sessions) {
			st.KeepWith = sigH + 6
		}
		dc.table(cols, gridRows(g, chunk, ix), st)
	}
}

// gridRows gives each member a row of marks for the sessions.
func gridRows(g *model.Group, sessions []model.Session, ix index) [][]string {
	rows := make([][]string, 0, len(g.Members))
	for i, m := range g.Members {
		row := []string{itemNo(i), ix.studentName(m.StudentID)}
		for _, s := range sessions {
			row = append(row, gridMark(m, s))
		}
		rows = append(rows, row)
	}
	return rows
}

func gridMark(m model.Member, s model.Session) string {
	switch {
	case s.LeaderAbsent:
		return "х"
	case !m.ActiveOn(s.Date):
		return "–"
	}
	for _, mk := range s.Marks {
		if mk.StudentID == m.StudentID {
			return markSymbol(mk.Status)
		}
	}
	return ""
}

// weekdayName is the Bulgarian name of a day.
func weekdayName(d time.Weekday) string { return weekdays[d%7] }
