package model

// checkLeavers warns about a student marked as having left the school (Student.Left: the class
// list showed „отписан“, „преместен“ or „напуснал“, or the user ticked it) who is still a member of
// a group: the instruction has no article on leaving a group, but Приложение № 2 has the school
// record the day a student left the project and why (questions 9 and 10), and the student's
// membership should end that day so the group's size and hours count only those who take part.
// It is the program's own notice under that form, hence a warning.
func (c *checker) checkLeavers() {
	for i := range c.d.Groups {
		g := &c.d.Groups[i]
		for _, m := range g.Members {
			s := c.students[m.StudentID]
			if s == nil || !s.Left || (!m.Left.IsZero() && !m.Left.After(c.ref)) {
				continue
			}
			c.add(SeverityWarning, AreaStudents, "Приложение № 2, въпроси 9 и 10", CodeStudentLeftInGroup,
				[]Ref{{KindStudent, s.ID}, {KindGroup, g.ID}},
				"%s е отбелязан(а) като отписан(а) от училището, а е още в група „%s“: въведете датата на напускане в „Състав“ на групата и попълнете въпроси 9 и 10 на Приложение № 2 — или махнете отметката „Отписан“, ако ученикът е в училището",
				s.Name, g.Name)
		}
	}
}
