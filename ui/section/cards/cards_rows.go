package cards

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// cardRow edits one row of section Г.
type cardRow struct {
	topic, difficulties, planned, done, materials, degree, date, note *widget.Entry
	object                                                            fyne.CanvasObject
}

// entries are the row's inputs in the order of the form's columns.
func (r *cardRow) entries() []*widget.Entry {
	return []*widget.Entry{r.topic, r.difficulties, r.planned, r.done, r.materials, r.degree, r.date, r.note}
}

// cardRows edits the rows of section Г, the individual thematic distribution.
type cardRows struct {
	changed func()
	rows    []*cardRow
	box     *fyne.Container
	object  fyne.CanvasObject
}

// newCardRows builds an empty section Г; changed is called on every edit.
func newCardRows(changed func()) *cardRows {
	g := &cardRows{changed: changed, box: container.NewVBox()}
	add := widget.NewButtonWithIcon(lang.X("cards.row.add", "Добави тема"), theme.ContentAddIcon(), func() {
		g.add(model.CardRow{})
		changed()
	})
	g.object = container.NewVBox(g.box, container.NewHBox(add))
	return g
}

// add adds an editor for row cr.
func (g *cardRows) add(cr model.CardRow) {
	r := &cardRow{date: kit.NewDateField(true, g.changed)}
	for _, e := range []**widget.Entry{&r.topic, &r.difficulties, &r.planned, &r.done, &r.materials, &r.degree, &r.note} {
		*e = kit.NewTextEntry("", g.changed)
	}
	r.topic.SetText(cr.Topic)
	r.difficulties.SetText(cr.Difficulties)
	r.planned.SetText(cr.Planned)
	r.done.SetText(cr.Done)
	r.materials.SetText(cr.Materials)
	r.degree.SetText(cr.Degree)
	r.date.SetText(cr.Date.String())
	r.note.SetText(cr.Note)
	del := widget.NewButtonWithIcon(lang.X("cards.row.remove", "Махни темата"), theme.DeleteIcon(), func() { g.remove(r) })
	form := widget.NewForm(
		kit.Phrase{"cards.row.topic", "Глобална тема / очаквани резултати"}.Item(r.topic),
		kit.Phrase{"cards.row.difficulties", "Идентифицирани затруднения"}.Item(r.difficulties),
		kit.Phrase{"cards.row.planned", "Планирани дейности"}.Item(r.planned),
		kit.Phrase{"cards.row.done", "Реализирани дейности"}.Item(r.done),
		kit.Phrase{"cards.row.materials", "Използвани материали"}.Item(r.materials),
		kit.Phrase{"cards.row.degree", "Степен на постигане"}.Item(r.degree),
		kit.Phrase{"cards.row.date", "Дата на темата"}.Item(r.date),
		kit.Phrase{"cards.row.note", "Забележка"}.Item(r.note))
	r.object = container.NewVBox(widget.NewSeparator(), form, container.NewHBox(del))
	g.rows = append(g.rows, r)
	g.box.Add(r.object)
}

// remove takes row r away.
func (g *cardRows) remove(r *cardRow) {
	g.rows = slices.DeleteFunc(g.rows, func(x *cardRow) bool { return x == r })
	g.box.Remove(r.object)
	g.changed()
}

// fill shows rows.
func (g *cardRows) fill(rows []model.CardRow) {
	g.rows = nil
	g.box.RemoveAll()
	for _, r := range rows {
		g.add(r)
	}
}

// read returns the rows the form holds, leaving out empty ones, or what to fix in a date.
func (g *cardRows) read() ([]model.CardRow, error) {
	var es model.Errors
	var out []model.CardRow
	for i, r := range g.rows {
		if err := r.date.Validate(); err != nil {
			es.Add(model.Errorf(model.CodeInvalidDate, "Rows", "%s", fmt.Sprintf(lang.X("cards.row.baddate", "тема %d: %s"), i+1, err)))
		}
		cr := model.CardRow{Topic: kit.TrimText(r.topic.Text), Difficulties: kit.TrimText(r.difficulties.Text),
			Planned: kit.TrimText(r.planned.Text), Done: kit.TrimText(r.done.Text), Materials: kit.TrimText(r.materials.Text),
			Degree: kit.TrimText(r.degree.Text), Date: kit.DateOf(r.date), Note: kit.TrimText(r.note.Text)}
		if cr != (model.CardRow{}) {
			out = append(out, cr)
		}
	}
	return out, es.Err()
}

// snapshot is what the rows hold, to tell unsaved input.
func (g *cardRows) snapshot() string {
	var b strings.Builder
	for _, r := range g.rows {
		for _, e := range r.entries() {
			b.WriteString(e.Text + "\x00")
		}
		b.WriteString("\x01")
	}
	return b.String()
}
