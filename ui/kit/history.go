package kit

import (
	"context"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// ShowHistory shows the „История“ of one record (issue #14: who entered and who changed what,
// when): its change-log entries, newest first, each with the account, its role, the time, the
// action, the names of the fields changed (never their values: the log keeps only hashes) and the
// reason of a reopening. Reading the log walks every entry of the file, so it runs through
// env.Task (away from the window) when the Env has one.
func ShowHistory(env *Env, ref model.Ref) {
	var es []store.LogEntry
	read := func() error {
		var err error
		es, err = env.DB.History(ref.Kind, ref.ID)
		return err
	}
	show := func(err error) {
		if err != nil {
			showErr(env, err)
			return
		}
		showHistoryDialog(env.Window, ref, es)
	}
	if env.Task == nil {
		show(read())
		return
	}
	env.Task(Task{
		Title: lang.X("history.reading", "Четене на дневника на промените…"),
		Work:  func(context.Context, func(int, int)) error { return read() },
		Done:  show,
	})
}

func showErr(env *Env, err error) {
	if env.ShowError != nil {
		env.ShowError(err)
		return
	}
	ShowError(env.Window, err)
}

// HistoryLines are an entry as the История dialog shows it: a head (time, account, role, action)
// and a detail (fields changed, reason, the installation of a received change). Times are shown
// in the computer's zone.
func HistoryLines(e *store.LogEntry) (head, detail string) {
	head = e.Time.In(time.Local).Format("02.01.2006 15:04") + " · " + e.Account
	if e.Role != "" {
		head += " (" + RoleText(e.Role) + ")"
	}
	head += " · " + ActionText(e.Action)
	var parts []string
	if len(e.Fields) > 0 {
		parts = append(parts, lang.X("history.fields", "полета")+": "+strings.Join(e.Fields, ", "))
	}
	if e.Reason != "" {
		parts = append(parts, lang.X("history.reason", "причина")+": „"+e.Reason+"“")
	}
	if len(parts) == 0 {
		switch e.Action {
		case store.ActionDelete:
			parts = append(parts, lang.X("history.deleted", "записът е изтрит"))
		case store.ActionPut, store.ActionReceive, store.ActionChoose:
			if e.Old == "" {
				parts = append(parts, lang.X("history.created", "нов запис"))
			}
		}
	}
	return head, strings.Join(parts, "; ")
}

// showHistoryDialog lists es (oldest first, as the store returns them) newest first.
func showHistoryDialog(win fyne.Window, ref model.Ref, es []store.LogEntry) {
	es = slices.Clone(es)
	slices.Reverse(es)
	var body fyne.CanvasObject
	if len(es) == 0 {
		body = Wrapped(lang.X("history.empty", "Дневникът на промените няма записи за този запис (промените отпреди дневника не са в него)."))
	} else {
		list := widget.NewList(func() int { return len(es) },
			func() fyne.CanvasObject {
				head := widget.NewLabel("")
				head.TextStyle.Bold = true
				head.Truncation = fyne.TextTruncateEllipsis
				detail := widget.NewLabel("")
				detail.Truncation = fyne.TextTruncateEllipsis
				return container.NewVBox(head, detail)
			},
			func(i widget.ListItemID, o fyne.CanvasObject) {
				box := o.(*fyne.Container)
				head, detail := HistoryLines(&es[i])
				box.Objects[0].(*widget.Label).SetText(head)
				box.Objects[1].(*widget.Label).SetText(detail)
			})
		body = list
	}
	title := lang.X("history.title", "История") + " — " + KindText(ref.Kind)
	d := dialog.NewCustom(title, lang.X("dialog.close", "Затвори"), body, win)
	d.Resize(fyne.NewSize(640, 420))
	DialogKeys(win, d, d.Hide, d.Hide)
	d.Show()
}

// roleNames are the accounts' roles in the current language (model's AccountRole.Title is the
// Bulgarian of the forms and the CLI).
var roleNames = map[model.AccountRole]Phrase{
	model.AccountDirector:   Phrase{"role.director", "директор"},
	model.AccountAccountant: Phrase{"role.accountant", "счетоводител"},
	model.AccountLeader:     Phrase{"role.leader", "ръководител на група"},
	model.AccountInspector:  Phrase{"role.inspector", "проверител (РУО, председател на съвета)"},
}

// RoleText is the role r in the current language.
func RoleText(r model.AccountRole) string {
	if p, ok := roleNames[r]; ok {
		return p.String()
	}
	return r.Title()
}

// actionNames are the change log's actions in the current language (store's LogAction.Title).
var actionNames = map[store.LogAction]Phrase{
	store.ActionPut: Phrase{"log.action.put", "запис"}, store.ActionDelete: Phrase{"log.action.delete", "изтриване"},
	store.ActionReceive: Phrase{"log.action.receive", "получен с пакет"}, store.ActionChoose: Phrase{"log.action.choose", "избор при конфликт"},
	store.ActionAccount: Phrase{"log.action.account", "профил"}, store.ActionReopen: Phrase{"log.action.reopen", "отваряне"},
	store.ActionApprove: Phrase{"log.action.approve", "одобряване"},
}

// ActionText is the log's action a in the current language.
func ActionText(a store.LogAction) string {
	if p, ok := actionNames[a]; ok {
		return p.String()
	}
	return a.Title()
}

// KindText is the kind of record k in the current language.
func KindText(k model.Kind) string {
	if p, ok := KindNames[k]; ok {
		return p.String()
	}
	return model.KindLabel(k)
}
