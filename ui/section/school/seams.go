package school

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// showHistory shows the „История“ of one record. SEAM: it is kit.ShowHistory (the shell's,
// issue #14) once that lands on main — the lead replaces this body with
// `kit.ShowHistory(env, ref)` and deletes historyText (the same seam is in ui/section/council). Until then the record's log entries in
// one information dialog.
var showHistory = func(env *kit.Env, ref model.Ref) {
	es, err := env.DB.History(ref.Kind, ref.ID)
	if err != nil {
		env.ShowError(err)
		return
	}
	kit.ShowInformation(env.Window, lang.X("history.title", "История"), historyText(es))
}

// historyText is one line an entry, oldest first: when, who, the fields changed, why.
func historyText(es []store.LogEntry) string {
	if len(es) == 0 {
		return lang.X("history.empty", "Дневникът на промените няма записи за този запис (промените отпреди дневника не са в него).")
	}
	var lines []string
	for _, e := range es {
		l := e.Time.Local().Format("02.01.2006 15:04") + " — " + e.Account
		switch {
		case e.Action == store.ActionDelete:
			l += " — " + lang.X("history.deleted", "записът е изтрит")
		case len(e.Fields) > 0:
			l += " — " + lang.X("history.fields", "полета") + ": " + strings.Join(e.Fields, ", ")
		}
		if e.Reason != "" {
			l += " — " + lang.X("history.reason", "причина") + ": " + e.Reason
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}
