package model

import "time"

// checkPlannedDayHours applies the daily limits of чл. 49, ал. 2 to what is planned, not only to
// what was held (checkDayHours): a group's thematic programme may not put more than the limit on
// one day, nor its weekly schedule on one weekday. Every member takes part in all of a group's
// hours, so the group's hours are each member's.
func (c *checker) checkPlannedDayHours() {
	type rowDay struct {
		group ID
		date  Date
	}
	rows := map[rowDay]Hours{}
	var order []rowDay
	for _, r := range c.d.ProgrammeRows {
		k := rowDay{r.GroupID, r.Date}
		if _, seen := rows[k]; !seen {
			order = append(order, k)
		}
		rows[k] += r.Hours
	}
	for _, k := range order {
		if g := c.groups[k.group]; g != nil {
			if limit, art := c.dayLimit(g); rows[k] > limit {
				c.add(SeverityError, AreaProgramme, art, CodeProgrammeDayHours, ref(KindGroup, g.ID),
					"тематичната програма на група „%s“ има %s часа на %s, а ученикът може да участва в най-много %s часа на ден в една дейност",
					g.Name, rows[k], k.date, limit)
			}
		}
	}
	for i := range c.d.Groups {
		c.checkScheduleDays(&c.d.Groups[i])
	}
}

// checkScheduleDays applies чл. 49, ал. 2 to the weekly schedule of g, weekday by weekday.
func (c *checker) checkScheduleDays(g *Group) {
	var days [7]Hours
	for _, s := range g.Schedule {
		if s.Day >= time.Sunday && s.Day <= time.Saturday {
			days[s.Day] += s.Hours
		}
	}
	limit, art := c.dayLimit(g)
	for wd, h := range days {
		if h > limit {
			c.add(SeverityError, AreaGroups, art, CodeScheduleDayHours, ref(KindGroup, g.ID),
				"седмичният график на група „%s“ има %s часа в %s, а ученикът може да участва в най-много %s часа на ден в една дейност",
				g.Name, h, weekdayNames[wd], limit)
		}
	}
}

// dayLimit is the daily limit of чл. 49, ал. 2 for g's kind and the point that sets it.
func (c *checker) dayLimit(g *Group) (Hours, string) {
	art := "чл. 49, ал. 2, т. 1"
	if g.Kind == Interest {
		art = "чл. 49, ал. 2, т. 2"
	}
	return H(int64(c.p.Rules(g.Kind).MaxDayHours)), art
}
