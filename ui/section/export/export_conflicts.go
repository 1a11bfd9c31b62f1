package export

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
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
	head := kit.Wrapped(lang.X("export.conflicts.help", "Конфликти: и двата компютъра са променили тези записи, след като са си разменили пакети за последно. Изберете за всеки кое да остане; изборът ще стигне и до другия компютър със следващия пакет."))
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
	title := bold(kit.KindNames[c.Remote.Meta.Kind].String() + ": " + cf.Name)
	title.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title)
	if cf.Note != "" {
		note := kit.Wrapped(conflictNote(cf.Note))
		note.Importance = widget.WarningImportance
		box.Add(note)
	}
	rows := container.NewVBox(
		conflictRow(bold(lang.X("export.conflict.field", "Поле")),
			bold(lang.X("export.conflict.local", "На този компютър")),
			bold(lang.X("export.conflict.remote", "В пакета"))),
		conflictRow(widget.NewLabel(lang.X("export.conflict.changed", "Промяна")), kit.Wrapped(sideText(cf.Mine)), kit.Wrapped(sideText(cf.Theirs))))
	for _, f := range cf.Fields {
		rows.Add(conflictRow(kit.Wrapped(f.Label), kit.Wrapped(orDash(f.Mine)), kit.Wrapped(orDash(f.Theirs))))
	}
	radio := conflictSide.NewRadio(func() {})
	if c.Take {
		radio.SetSelected(conflictSide.Label("theirs"))
	} else {
		radio.SetSelected(conflictSide.Label("mine"))
	}
	radio.Required = true
	r.choices[c.Ref()] = radio
	box.Add(rows)
	box.Add(radio)
	return widget.NewCard("", "", box)
}

// conflictNotes translate syncpack's Conflict.Note, which it writes in Bulgarian: what kind of
// conflict it is when it is not one of fields.
var conflictNotes = map[string]kit.Phrase{
	"изтрит тук, променен там": kit.Phrase{"export.conflict.note.deletedhere", "изтрит тук, променен там"},
	"променен тук, изтрит там": kit.Phrase{"export.conflict.note.deletedthere", "променен тук, изтрит там"},
	"одобреният месец не се променя без вашето решение (чл. 81, ал. 2)": kit.Phrase{"export.conflict.note.approved",
		"одобреният месец не се променя без вашето решение (чл. 81, ал. 2)"},
}

// conflictNote is a conflict's note in the current language; a note syncpack gained later is
// shown as it wrote it.
func conflictNote(note string) string {
	if p, ok := conflictNotes[note]; ok {
		return p.String()
	}
	return note
}

// showMerged lists the records that both sides changed in different fields: applying keeps both
// changes, so nothing is asked, but the user sees which fields came from where.
func (r *exportReceive) showMerged() {
	r.merged.RemoveAll()
	for _, c := range r.plan.Changes {
		if c.Action != syncpack.ActionMerge {
			continue
		}
		if len(r.merged.Objects) == 0 {
			r.merged.Add(bold(lang.X("export.merged.help", "Слети записи: двата компютъра са променили различни полета; остават и двете промени.")))
		}
		r.merged.Add(kit.Wrapped(lang.X("export.merged.row", "{{.Kind}}: {{.Name}} — от този компютър: {{.Mine}}; от пакета: {{.Theirs}}",
			map[string]any{"Kind": kit.KindNames[c.Remote.Meta.Kind].String(), "Name": syncpack.RecordName(c.Remote),
				"Mine": fieldLabels(c.MergedMine), "Theirs": fieldLabels(c.MergedTheirs)})))
	}
}

// fieldLabels names merged fields in words, or a dash when there are none.
func fieldLabels(paths []string) string {
	labels := make([]string, len(paths))
	for i, p := range paths {
		labels[i] = syncpack.FieldLabel(p)
	}
	return orDash(strings.Join(labels, ", "))
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
		switch conflictSide.Value(radio.Selected) {
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
			r.result.SetText(lang.X("export.receive.done", "Пакетът е приложен: нови {{.A}}, променени {{.U}}, изтрити {{.D}}, слети {{.M}}, решени конфликти {{.C}}.",
				map[string]any{"A": done.Count(syncpack.ActionAdd), "U": done.Count(syncpack.ActionUpdate),
					"D": done.Count(syncpack.ActionDelete), "M": done.Count(syncpack.ActionMerge),
					"C": done.Count(syncpack.ActionConflict)}))
		}
	})
}
