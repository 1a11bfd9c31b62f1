package forms

import (
	"io"
	"strconv"
	"time"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// ChangeLog is the change log printed for a check (issue #14: the РУО's quarterly check, чл. 99,
// or an audit asking who entered and who changed what, when): the entries the log's screen shows,
// what they were chosen by, and the chain check's result when it was run. No value of a record is
// printed — the log holds only the names of the fields changed and hashes.
type ChangeLog struct {
	Entries  []store.LogEntry
	Filter   string // how the entries were chosen, "" for the whole log
	Verified string // the chain check's result („непрекъснати, N записа“ or the break), "" when not run
	Printed  time.Time
	Loc      *time.Location // the zone of the times; nil: time.Local
}

// changeLogCols are the log's columns (store.LogColumns) with their widths.
var changeLogCols = func() []column {
	widths := []float64{4, 20, 9, 12, 11, 15, 17, 16}
	cols := make([]column, len(store.LogColumns))
	for i, t := range store.LogColumns {
		cols[i] = column{Title: t, Width: widths[i], Align: gopdf.Left}
	}
	cols[0].Align = gopdf.Right
	return cols
}()

// WriteChangeLog prints l on the letterhead of d's school.
func WriteChangeLog(w io.Writer, d *model.YearData, l ChangeLog) error {
	loc := l.Loc
	if loc == nil {
		loc = time.Local
	}
	dc := newDoc(d, "Дневник на промените", false)
	dc.title("ДНЕВНИК НА ПРОМЕНИТЕ")
	dc.subtitle("кой, кога и какво е въвел или променил във файла на програмата")
	filter := l.Filter
	if filter == "" {
		filter = "всички записи"
	}
	dc.fact("Избрани", filter)
	dc.fact("Брой записи", strconv.Itoa(len(l.Entries)))
	verified := l.Verified
	if verified == "" {
		verified = "не е правена при отпечатването"
	}
	dc.fact("Проверка на веригата", verified)
	dc.fact("Отпечатано", l.Printed.In(loc).Format("02.01.2006 15:04"))
	dc.para("Стойностите на записите не се отпечатват: дневникът пази само имената на променените полета и отпечатък (хеш) на старата и новата стойност, свързани във верига, така че изтрит, вмъкнат или променен запис се открива.")
	rows := make([][]string, len(l.Entries))
	for i := range l.Entries {
		rows[i] = l.Entries[i].Columns(loc)
	}
	if len(rows) == 0 {
		dc.para("Няма записи, които отговарят на избора.")
	} else {
		dc.table(changeLogCols, rows, tableStyle{Size: 7.5})
	}
	return dc.finish(w)
}
