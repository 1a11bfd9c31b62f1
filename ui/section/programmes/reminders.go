package programmes

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// ReminderDays is how far ahead the reminders on start look (issue #19: „reminders on start“).
const ReminderDays = 30

// UpcomingEvents are the school's own events of the shown year — „Твоят час“'s deadlines, the
// national programme's window, annex day and mobilities, the projects' reports and end, the STEM
// meetings for its size and region (model.SchoolEvents) — that fall on or within ReminderDays
// after now's day, or are still running then (model.Upcoming). None without a year.
func UpcomingEvents(db kit.YearStore, now time.Time) ([]model.Event, error) {
	d, err := kit.LiveShownYear(db, now)
	if err != nil || d == nil {
		return nil, err
	}
	p, err := kit.Profile(d)
	if err != nil {
		return nil, err
	}
	var out []model.Event
	for _, e := range model.Upcoming(model.SchoolEvents(d, p), model.DateOf(now), ReminderDays) {
		if e.Own {
			out = append(out, e)
		}
	}
	return out, nil
}

// Reminders are the lines of the reminders the window shows on start, one an event, in date
// order: „15.12.2025 · „Иновации в действие“: анекс … (НП „Иновации в действие“, т. 8)“.
// A year that cannot be read is shown as an error and gives no reminders.
func Reminders(env *kit.Env) []string {
	events, err := UpcomingEvents(env.DB, env.Now())
	if err != nil {
		env.ShowError(err)
		return nil
	}
	out := make([]string, len(events))
	for i := range events {
		out[i] = ReminderLine(&events[i])
	}
	return out
}

// ReminderLine is one event as a reminder: its days (and hours), title, place and source, in
// the window's language (the event's words: model.Event.TitleIn…).
func ReminderLine(e *model.Event) string {
	l := kit.ModelLang()
	var b strings.Builder
	b.WriteString(e.Start.String())
	if e.End != e.Start && !e.End.IsZero() {
		b.WriteString(" – " + e.End.String())
	}
	if e.StartMin >= 0 {
		fmt.Fprintf(&b, ", %s", model.Clock(e.StartMin))
		if e.EndMin >= 0 {
			fmt.Fprintf(&b, "–%s", model.Clock(e.EndMin))
		}
	}
	b.WriteString(" · " + e.TitleIn(l))
	if e.Where != "" {
		b.WriteString(", " + e.WhereIn(l))
	}
	if e.Article != "" {
		b.WriteString(" (" + e.ArticleIn(l) + ")")
	}
	return b.String()
}

// ShowReminders shows the reminders in one dialog over the window, when there are any: the
// shell calls it once a data file is open.
func ShowReminders(env *kit.Env) {
	lines := Reminders(env)
	if len(lines) == 0 {
		return
	}
	kit.ShowInformation(env.Window, lang.X("programmes.reminders.title", "Срокове през следващите 30 дни"),
		"• "+strings.Join(lines, "\n• "))
}
