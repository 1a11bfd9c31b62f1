package model

// checkGroups checks group sizes (чл. 41, ал. 1; чл. 43, ал. 1), the number of interest groups
// per student (чл. 46), the 3.002 exclusion (чл. 5) and remedial subjects by stage (чл. 60).
func (c *checker) checkGroups() {
	interestGroups := map[ID]int{}
	for i := range c.d.Groups {
		g := &c.d.Groups[i]
		active := g.ActiveMembers(c.ref)
		c.checkGroupSize(g, len(active))
		for _, m := range active {
			s := c.students[m.StudentID]
			if g.Kind == Interest {
				interestGroups[m.StudentID]++
				c.checkArea3002(g, s)
			}
			if g.Kind == Remedial && s != nil {
				c.checkRemedialSubject(g, s)
			}
		}
	}
	if limit := c.p.Interest.MaxGroups; limit > 0 {
		for _, s := range c.d.Students {
			if n := interestGroups[s.ID]; n > limit {
				c.add(SeverityError, AreaStudents, "чл. 46, ал. 3", CodeTooManyInterestGroups, ref(KindStudent, s.ID),
					"%s е в %d групи по интереси: допустими са най-много %d", s.Name, n, limit)
			}
		}
	}
}

func (c *checker) checkGroupSize(g *Group, n int) {
	max, article := c.p.Remedial.MaxStudents, "чл. 41, ал. 1"
	if g.Kind == Interest {
		max, article = c.p.Interest.MaxStudents, "чл. 43, ал. 1"
	}
	if n > max {
		c.add(SeverityError, AreaGroups, article, CodeGroupTooLarge, ref(KindGroup, g.ID),
			"група „%s“ има %d ученици, а най-много са %d", g.Name, n, max)
	}
}

// checkArea3002 refuses a student who attends 3.002 activities of the group's area: ал. 2 of
// чл. 5 names the schools, ал. 3 bans the students from interest groups of the same area.
func (c *checker) checkArea3002(g *Group, s *Student) {
	if s == nil {
		return
	}
	for _, a := range s.Areas3002 {
		if a == g.Area {
			c.add(SeverityError, AreaStudents, "чл. 5, ал. 3", CodeStudentIn3002, []Ref{{KindStudent, s.ID}, {KindGroup, g.ID}},
				"%s посещава дейности по процедура BG05M2OP001-3.002 в област „%s“ и не може да е в група „%s“ от същата област",
				s.Name, a.Name(), g.Name)
			return
		}
	}
}

// checkRemedialSubject applies чл. 60 to the grade of each member of a remedial group.
func (c *checker) checkRemedialSubject(g *Group, s *Student) {
	if g.Subject == "" || s.Grade < 1 {
		return
	}
	if !c.p.Subjects.For(StageOf(s.Grade)).Allows(g.Subject) {
		c.add(SeverityError, AreaGroups, "чл. 60", CodeRemedialSubjectStage, []Ref{{KindGroup, g.ID}, {KindStudent, s.ID}},
			"група „%s“ (%s) не е допустима за %s от %s клас", g.Name, subjectName{g.Subject}, s.Name, RomanGrade(s.Grade))
	}
}

// checkStudents checks what each student in a group needs on paper: an application with
// consent for interest groups (чл. 44) and an education card for remedial groups (чл. 61).
func (c *checker) checkStudents() {
	applied := make(map[ID]bool, len(c.d.Applications))
	signed := make(map[ID]bool, len(c.d.Applications))
	for i := range c.d.Applications {
		a := &c.d.Applications[i]
		applied[a.StudentID] = true
		signed[a.StudentID] = signed[a.StudentID] || a.CheckConsent() == nil
	}
	carded := make(map[ID]bool, len(c.d.Cards))
	for _, card := range c.d.Cards {
		carded[card.StudentID] = true
	}
	warnedApp, warnedCard := map[ID]bool{}, map[ID]bool{}
	for i := range c.d.Groups {
		g := &c.d.Groups[i]
		for _, m := range g.Members {
			id := m.StudentID
			switch {
			case g.Kind == Interest && !applied[id] && !warnedApp[id]:
				warnedApp[id] = true
				c.add(SeverityWarning, AreaStudents, "чл. 44", CodeNoApplication, ref(KindStudent, id),
					"%s е в група по интереси без заявление и декларация за информирано съгласие (Приложение № 2)", c.studentName(id))
			case g.Kind == Interest && applied[id] && !signed[id] && !warnedApp[id]:
				// чл. 45: groups are formed from applications with the parent's informed consent.
				warnedApp[id] = true
				c.add(SeverityError, AreaStudents, "чл. 45", CodeApplicationNotSigned, []Ref{{KindStudent, id}, {KindGroup, g.ID}},
					"%s е в група „%s“, но декларацията за информирано съгласие към заявлението не е подписана от родителя (чл. 44, Приложение № 2)", c.studentName(id), g.Name)
			case g.Kind == Remedial && !carded[id] && !warnedCard[id]:
				warnedCard[id] = true
				c.add(SeverityWarning, AreaStudents, "чл. 61", CodeNoEducationCard, ref(KindStudent, id),
					"%s е в група за преодоляване на обучителни затруднения без индивидуална образователна карта (Приложение № 5)", c.studentName(id))
			}
		}
	}
}
