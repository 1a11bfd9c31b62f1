package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A student marked as having left the school (Student.Left) who is still a member of a group is
// flagged while the membership runs past today (Приложение № 2, questions 9 and 10); fixtureToday is
// 20.01.2026, s00 is in g1.
func TestCheck_Appendix2_Q9_10_StudentLeftStillInGroup(t *testing.T) {
	leftOn := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.Students[0].Left = true
			d.Groups[0].Members[0].Left = on
		}
	}
	runRule(t, "student_left_in_group", model.SeverityWarning, "Приложение № 2, въпроси 9 и 10", []ruleCase{
		{"not marked as left", func(d *model.YearData) {}, false},
		{"marked, membership open", leftOn(model.Date{}), true},
		{"marked, membership ends tomorrow", leftOn(day(time.January, 21)), true},
		{"marked, membership ended today", leftOn(fixtureToday), false},
		{"marked, in no group", func(d *model.YearData) {
			d.Students[0].Left = true
			d.Groups[0].Members = d.Groups[0].Members[1:]
		}, false},
	})
}
