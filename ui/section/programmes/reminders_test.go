package programmes_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/ui/section/programmes"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The reminders on start are the school's own events from today to 30 days after, and those
// still running: a report due on the 30th day is one, on the 31st not; one due yesterday is
// not, one due today is. The STEM meetings of 2023 and the closed application window are not.
func TestReminders_Next30Days(t *testing.T) {
	day := func(m time.Month, d int) model.Date { return model.NewDate(2025, m, d) }
	sh := uitest.NewLoneScreen(t, 40, func(d *model.YearData) {
		demo.OtherProgrammes(d)
		p := &d.Projects[0]
		for i, due := range []model.Date{day(11, 19), day(11, 20), day(12, 20), day(12, 21)} {
			p.Reports = append(p.Reports, model.PeriodReport{No: 10 + i, From: day(9, 1), To: day(10, 31), DueOn: due})
		}
	}, programmes.New)
	env := *sh.Env
	env.Now = func() time.Time { return time.Date(2025, time.November, 20, 8, 0, 0, 0, time.UTC) }
	lines := programmes.Reminders(&env)
	has := func(prefix string) bool {
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"19.11.2025 · „Заедно успяваме“: отчет 10", false},
		{"20.11.2025 · „Заедно успяваме“: отчет 11 за 01.09.2025 – 31.10.2025 (договор по Програма „Образование“ 2021–2027)", true},
		{"20.12.2025 · „Заедно успяваме“: отчет 12", true},
		{"21.12.2025 · „Заедно успяваме“: отчет 13", false},
		{"15.12.2025 · „Иновации в действие“: анекс за мобилността (дати и програма) (НП „Иновации в действие“, т. 8)", true},
		{"01.09.2025 – 21.10.2025", false},
	} {
		if got := has(c.line); got != c.want {
			t.Errorf("reminder %q shown = %v, want %v (all: %q)", c.line, got, c.want, lines)
		}
	}
	// Every reminder overlaps [20.11.2025, 20.12.2025], read back from its own text, in date order.
	last := model.Date{}
	for _, l := range lines {
		start, end := reminderDays(t, l)
		if end.Before(day(11, 20)) || start.After(day(12, 20)) || start.Before(last) {
			t.Errorf("reminder %q is outside the 30 days or out of order", l)
		}
		last = start
		if strings.Contains(l, "STEM") {
			t.Errorf("a STEM meeting of 2023 is a reminder: %q", l)
		}
	}

	programmes.ShowReminders(&env)
	if d := sh.DialogText(); !strings.Contains(d, "• 15.12.2025 · „Иновации в действие“: анекс") {
		t.Errorf("the reminders' dialog says %q", d)
	}
	later := env
	later.Now = func() time.Time { return time.Date(2031, time.January, 10, 8, 0, 0, 0, time.UTC) }
	if got := programmes.Reminders(&later); len(got) != 0 {
		t.Errorf("years after every deadline: reminders %q", got)
	}
}

// reminderDays reads the first day and the last (the same for one day) a reminder begins with.
func reminderDays(t *testing.T, line string) (model.Date, model.Date) {
	t.Helper()
	head, _, _ := strings.Cut(line, " · ")
	head, _, _ = strings.Cut(head, ",")
	a, b, found := strings.Cut(head, " – ")
	start, err := model.ParseDate(a)
	if err != nil {
		t.Fatalf("reminder %q starts with no date: %v", line, err)
	}
	if !found {
		return start, start
	}
	end, err := model.ParseDate(b)
	if err != nil {
		t.Fatalf("reminder %q: end %q: %v", line, b, err)
	}
	return start, end
}
