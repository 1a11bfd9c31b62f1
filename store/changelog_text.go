package store

import (
	"strconv"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// LogColumns are the headings of the log's rows (LogEntry.Columns), as tchas log prints them and
// the log's screen and its PDF for a check will show them.
var LogColumns = []string{"№", "Кога", "Инсталация", "Профил", "Роля", "Действие", "Запис", "Полета"}

// actionTitles are the actions in Bulgarian.
var actionTitles = map[LogAction]string{
	ActionPut: "запис", ActionDelete: "изтриване", ActionReceive: "получен с пакет",
	ActionChoose: "избор при конфликт", ActionAccount: "профил", ActionReopen: "отваряне",
	ActionApprove: "одобряване",
}

// Title is the action in Bulgarian.
func (a LogAction) Title() string {
	if t, ok := actionTitles[a]; ok {
		return t
	}
	return string(a)
}

// Columns returns the entry as the text of a row under LogColumns, the time in loc: no value of
// a record, only which record and which of its fields (the values are hashed).
func (e *LogEntry) Columns(loc *time.Location) []string {
	rec := ""
	if e.Kind != "" {
		rec = model.KindLabel(e.Kind) + " " + string(e.ID)
	} else if e.ID != "" {
		rec = string(e.ID)
	}
	act := e.Action.Title()
	if e.Reason != "" {
		act += " („" + e.Reason + "“)"
	}
	inst := e.Installation
	if len(inst) > 8 {
		inst = inst[:8]
	}
	if e.Redacted {
		return []string{strconv.FormatUint(e.Seq, 10), "", inst, "", "",
			"скрит запис (за нещо, което този профил не вижда)", "", ""}
	}
	return []string{
		strconv.FormatUint(e.Seq, 10),
		e.Time.In(loc).Format("02.01.2006 15:04:05"), inst, e.Account, e.Role.Title(), act, rec,
		strings.Join(e.Fields, ", "),
	}
}
