package model

// programmeSums are the hours of one group's thematic programme by part.
type programmeSums struct {
	total, parents, events Hours
	eventCount             int
	production             bool
}

// checkProgramme checks each group's thematic programme against чл. 63, ал. 3 (remedial) and
// чл. 67, т. 3 (interest): total hours, the parents' part, public events and the production.
func (c *checker) checkProgramme() {
	c.checkCalendar()
	sums := make(map[ID]*programmeSums, len(c.d.Groups))
	for _, r := range c.d.ProgrammeRows {
		s := sums[r.GroupID]
		if s == nil {
			s = &programmeSums{}
			sums[r.GroupID] = s
		}
		s.total += r.Hours
		switch r.Kind {
		case RowParents:
			s.parents += r.Hours
		case RowProduction:
			s.production = true
			fallthrough
		case RowPublicEvent:
			s.events += r.Hours
			s.eventCount++
		}
	}
	for i := range c.d.Groups {
		g := &c.d.Groups[i]
		article := "чл. 63, ал. 3"
		if g.Kind == Interest {
			article = "чл. 67, т. 3"
		}
		s := sums[g.ID]
		if s == nil {
			c.add(SeverityWarning, AreaProgramme, article, CodeProgrammeMissing, ref(KindGroup, g.ID),
				"група „%s“ няма тематична програма (Приложение № 3)", g.Name)
			continue
		}
		c.checkProgrammeSums(g, article, s)
	}
}

func (c *checker) checkProgrammeSums(g *Group, article string, s *programmeSums) {
	r := c.p.Rules(g.Kind)
	refs := ref(KindGroup, g.ID)
	if s.total < H(int64(r.HoursMin)) || s.total > H(int64(r.HoursMax)) {
		c.add(SeverityError, AreaProgramme, article, CodeProgrammeHours, refs,
			"тематичната програма на група „%s“ има %s часа, а трябва да са от %d до %d", g.Name, s.total, r.HoursMin, r.HoursMax)
	}
	if s.parents < H(int64(r.ParentHours)) {
		c.add(SeverityError, AreaProgramme, article, CodeProgrammeParentHours, refs,
			"тематичната програма на група „%s“ има %s часа с родители, а трябва да са %d", g.Name, s.parents, r.ParentHours)
	}
	if s.events < H(int64(r.PublicEventHours)) {
		c.add(SeverityError, AreaProgramme, article, CodeProgrammeEventHours, refs,
			"тематичната програма на група „%s“ има %s часа публични изяви, а трябва да са %d", g.Name, s.events, r.PublicEventHours)
	}
	if s.eventCount < r.MinPublicEvents {
		c.add(SeverityError, AreaProgramme, article, CodeProgrammeEventCount, refs,
			"тематичната програма на група „%s“ има %d публични изяви, а трябва да са поне %d", g.Name, s.eventCount, r.MinPublicEvents)
	}
	if r.Production && !s.production {
		c.add(SeverityError, AreaProgramme, article, CodeProgrammeNoProduction, refs,
			"тематичната програма на група „%s“ няма годишна училищна продукция в края на дейността", g.Name)
	}
}
