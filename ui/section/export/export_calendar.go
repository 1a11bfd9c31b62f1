package export

import (
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// exportCalendar writes the school's deadlines and events across its programmes as an
// iCalendar file (issue #19) — what `tchas calendar` writes, from the same model.SchoolCalendar —
// for the director to import into the calendar they already use.
type exportCalendar struct {
	s       *exportScreen
	button  *widget.Button
	content fyne.CanvasObject
}

func newExportCalendar(s *exportScreen) *exportCalendar {
	c := &exportCalendar{s: s}
	c.button = widget.NewButton(lang.X("export.calendar.button", "Запиши календара (.ics)…"), c.save)
	c.content = container.NewVBox(
		kit.Wrapped(lang.X("export.calendar.help", "Сроковете по „Твоят час“, „Иновации в действие“ и проектите по ПО 2021–2027 и информационните срещи за STEM среда от всички учебни години във файла, като файл .ics за Outlook, Google Calendar или календара на телефона.")),
		container.NewHBox(c.button))
	return c
}

// refresh allows writing once a year is shown.
func (c *exportCalendar) refresh() {
	if c.s.data == nil {
		c.button.Disable()
	} else {
		c.button.Enable()
	}
}

// save asks where and writes the calendar there; the years are read while the file is written,
// away from the window.
func (c *exportCalendar) save() {
	d := c.s.data
	if d == nil {
		return
	}
	db, now, l := c.s.env.DB, c.s.env.Now, kit.ModelLang()
	c.s.env.SaveFile(kit.FileName("Календар-%s.ics", d.School.NEISPUO), func(w io.Writer) error {
		years, err := db.Years()
		if err != nil {
			return fmt.Errorf("calendar: years: %w", err)
		}
		var all []*model.YearData
		for _, y := range years {
			yd, err := db.LiveYear(y) // read-only: only read
			if err != nil {
				return fmt.Errorf("calendar: year %s: %w", y, err)
			}
			all = append(all, yd)
		}
		events, err := model.SchoolCalendar(all, kit.Profile)
		if err != nil {
			return err
		}
		return model.WriteICSIn(w, events, now().In(time.UTC), l)
	})
}
