package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// showConflicts shows each conflict with both versions side by side and a choice: keep this
// computer's record or take the package's. The newer one is chosen to begin with.
func (r *exportReceive) showConflicts() {
	r.conflicts.RemoveAll()
	r.choices = map[model.Ref]*widget.RadioGroup{}
	cs := r.plan.Conflicts()
	if len(cs) == 0 {
		return
	}
	head := wrapped(lang.X("export.conflicts.help", "Конфликти: и двата компютъра са променили тези записи, след като са си разменили пакети за последно. Изберете за всеки кое да остане; изборът ще стигне и до другия компютър със следващия пакет."))
	head.TextStyle.Bold = true
	r.conflicts.Add(head)
	for _, c := range cs {
		r.conflicts.Add(r.conflictBox(c))
	}
}

// conflictBox is one conflict: the record, who changed it when on each side, the fields that
// differ side by side, and the choice.
func (r *exportReceive) conflictBox(c syncpack.Change) fyne.CanvasObject {
	cf := c.Conflict
	title := bold(kindNames[c.Remote.Meta.Kind].String() + ": " + cf.Name)
	title.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(
		conflictRow(bold(lang.X("export.conflict.field", "Поле")),
			bold(lang.X("export.conflict.local", "На този компютър")),
			bold(lang.X("export.conflict.remote", "В пакета"))),
		conflictRow(widget.NewLabel(lang.X("export.conflict.changed", "Промяна")), wrapped(sideText(cf.Mine)), wrapped(sideText(cf.Theirs))))
	for _, f := range cf.Fields {
		rows.Add(conflictRow(wrapped(f.Label), wrapped(orDash(f.Mine)), wrapped(orDash(f.Theirs))))
	}
	radio := conflictSide.newRadio(func() {})
	if c.Take {
		radio.SetSelected(conflictSide.label("theirs"))
	} else {
		radio.SetSelected(conflictSide.label("mine"))
	}
	radio.Required = true
	r.choices[c.Ref()] = radio
	return widget.NewCard("", "", container.NewVBox(title, rows, radio))
}

// conflictRow lays out one row of a conflict: each row as high as its own text.
func conflictRow(field, mine, theirs fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWithColumns(3, field, mine, theirs)
}

// sideText says who changed one side of a conflict, and when, or that it was deleted.
func sideText(s syncpack.Side) string {
	args := map[string]any{"By": s.By, "At": s.Updated.Local().Format("02.01.2006 15:04")}
	if s.Deleted {
		return lang.X("export.conflict.deleted", "изтрит от {{.By}}, {{.At}}", args)
	}
	return lang.X("export.conflict.by", "{{.By}}, {{.At}}", args)
}

// bold returns a bold label.
func bold(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}

// orDash shows an empty value as a dash.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// userChoices returns the choice made for each conflict.
func (r *exportReceive) userChoices() syncpack.Choices {
	out := syncpack.Choices{}
	for ref, radio := range r.choices {
		switch conflictSide.value(radio.Selected) {
		case "mine":
			out[ref] = syncpack.ChoiceMine
		case "theirs":
			out[ref] = syncpack.ChoiceTheirs
		}
	}
	return out
}

// applyPlan applies the checked package with the user's choices, in one transaction after a
// backup, and shows what it did.
func (r *exportReceive) applyPlan() {
	if r.pkg == nil || r.plan == nil || r.plan.NewPeer || r.busy {
		return
	}
	p, db, choices := r.pkg, r.s.env.DB, r.userChoices()
	r.apply.Disable()
	r.background(func() func() {
		done, err := syncpack.ApplyWith(db, p, p.Manifest.Year, syncpack.ApplyOptions{Choices: choices})
		return func() {
			if err != nil {
				r.refuse(err)
				return
			}
			r.clear()
			r.s.Refresh()
			r.result.SetText(lang.X("export.receive.done", "Пакетът е приложен: нови {{.A}}, променени {{.U}}, изтрити {{.D}}, решени конфликти {{.C}}.",
				map[string]any{"A": done.Count(syncpack.ActionAdd), "U": done.Count(syncpack.ActionUpdate),
					"D": done.Count(syncpack.ActionDelete), "C": done.Count(syncpack.ActionConflict)}))
		}
	})
}
