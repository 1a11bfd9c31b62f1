package history

import (
	"context"
	"io"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Screen is the Дневник section. It is a kit.Watcher: every commit appends to the log, and after
// each the screen reads only the entries after the heads it holds (store.DB.LogAfter, away from
// the window) and adds them — not the whole log again (0.7 s at the demo's 22,000 entries, #16).
type Screen struct {
	env      *kit.Env
	all      []store.LogEntry // the whole log, newest first
	shown    []store.LogEntry // what the filters keep
	kinds    map[string]model.Kind
	verified string // the last chain check's result, for the PDF
	// heads is the last sequence of each chain held in all (nil before the first read);
	// loading is set while a read is under way, and behind a commit told meanwhile, which is
	// read after it.
	heads           map[string]uint64
	loading, behind bool

	account, kind *widget.Select
	record        *widget.Entry
	from, to      *widget.Entry
	count         *widget.Label
	list          *widget.List
	content       fyne.CanvasObject
}

// NewHistoryScreen builds the section for env's file.
func NewHistoryScreen(env *kit.Env) kit.Screen {
	s := &Screen{env: env}
	all := lang.X("history.filter.all", "(всички)")
	s.account = widget.NewSelect([]string{all}, func(string) { s.apply() })
	s.kind = widget.NewSelect([]string{all}, func(string) { s.apply() })
	s.record = kit.NewTextEntry(lang.X("history.filter.record.ph", "номер (ID) на записа или част от него"), s.apply)
	s.from = kit.NewDateField(true, s.apply)
	s.to = kit.NewDateField(true, s.apply)
	s.count = widget.NewLabel("")
	s.list = widget.NewList(func() int { return len(s.shown) }, newRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		setRow(o, &s.shown[i])
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.X("history.filter.account", "Профил"), s.account),
		widget.NewFormItem(lang.X("history.filter.kind", "Вид запис"), s.kind),
		widget.NewFormItem(lang.X("history.filter.record", "Запис"), s.record),
		widget.NewFormItem(lang.X("history.filter.from", "От дата"), s.from),
		widget.NewFormItem(lang.X("history.filter.to", "До дата"), s.to))
	verify := widget.NewButtonWithIcon(lang.X("history.verify", "Проверка на веригата"), theme.ConfirmIcon(), s.verify)
	pdf := widget.NewButtonWithIcon(lang.X("history.pdf", "PDF на показаните…"), theme.DocumentPrintIcon(), s.print)
	intro := kit.Wrapped(lang.X("history.intro", "Всяка промяна във файла оставя запис: кой (профил и роля), кога, какво действие, кой запис и кои полета. Стойностите не се пазят, само отпечатък, свързан във верига: изтрит или променен запис се открива с „Проверка на веригата“."))
	top := container.NewVBox(intro, form, container.NewHBox(verify, pdf), s.count)
	s.content = container.NewBorder(top, nil, nil, nil, s.list)
	return s
}

// Content implements kit.Screen.
func (s *Screen) Content() fyne.CanvasObject { return s.content }

// readLog and readLogAfter are the store's reads of the log (seams: the tests count them).
var (
	readLog      = func(db *store.DB) ([]store.LogEntry, error) { return db.Log(nil) }
	readLogAfter = func(db *store.DB, heads map[string]uint64) ([]store.LogEntry, map[string]uint64, error) {
		return db.LogAfter(heads)
	}
)

// Refresh reads the whole log again, away from the window: when the screen is built, after a
// change the commit cannot name (a schema upgrade, another year picked).
func (s *Screen) Refresh() {
	db := s.env.DB
	s.loading, s.behind = true, false
	s.env.Go(func() {
		es, err := readLog(db)
		fyne.Do(func() {
			if s.env.DB != db {
				return
			}
			s.loading = false
			if err != nil {
				s.env.ShowError(err)
				return
			}
			s.heads = headsOf(es)
			s.loaded(es)
			s.catchUp()
		})
	})
}

// Changed implements kit.Watcher: a commit's entries are read and added (c.Reset: the whole log
// again).
func (s *Screen) Changed(c store.Change) {
	if c.Reset {
		s.Refresh()
		return
	}
	s.behind = true
	s.catchUp()
}

// catchUp reads the entries after the heads the screen holds, when a commit was told since the
// last read and no read is under way; entries that arrive twice (two reads after the same heads)
// are added once.
func (s *Screen) catchUp() {
	if !s.behind || s.loading || s.heads == nil {
		return
	}
	db, heads := s.env.DB, maps.Clone(s.heads) // the read's own: added changes s.heads
	s.loading, s.behind = true, false
	s.env.Go(func() {
		es, _, err := readLogAfter(db, heads)
		fyne.Do(func() {
			if s.env.DB != db {
				return
			}
			s.loading = false
			if err != nil {
				s.env.ShowError(err)
				return
			}
			s.added(es)
			s.catchUp()
		})
	})
}

// added puts the new entries es among those held, keeping the list newest first.
func (s *Screen) added(es []store.LogEntry) {
	fresh := es[:0:0]
	for _, e := range es {
		if e.Seq > s.heads[e.Installation] {
			fresh = append(fresh, e)
		}
	}
	if len(fresh) == 0 {
		return
	}
	for _, e := range fresh {
		s.heads[e.Installation] = max(s.heads[e.Installation], e.Seq)
	}
	s.loaded(append(fresh, s.all...)) // a stable sort keeps the held order; the new are mostly first
}

// headsOf is the last sequence of each chain of es.
func headsOf(es []store.LogEntry) map[string]uint64 {
	h := map[string]uint64{}
	for i := range es {
		h[es[i].Installation] = max(h[es[i].Installation], es[i].Seq)
	}
	return h
}

// loaded keeps es newest first and fills the filters' choices from them.
func (s *Screen) loaded(es []store.LogEntry) {
	slices.SortStableFunc(es, func(a, b store.LogEntry) int { return b.Time.Compare(a.Time) })
	s.all = es
	accounts := map[string]bool{}
	s.kinds = map[string]model.Kind{}
	for i := range es {
		accounts[es[i].Account] = true
		if es[i].Kind != "" {
			s.kinds[kit.KindText(es[i].Kind)] = es[i].Kind
		}
	}
	all := lang.X("history.filter.all", "(всички)")
	resetChoices(s.account, all, keys(accounts))
	kinds := map[string]bool{}
	for l := range s.kinds {
		kinds[l] = true
	}
	resetChoices(s.kind, all, keys(kinds))
	s.apply()
}

// resetChoices gives sel the options all + opts, keeping its choice when it is still there.
func resetChoices(sel *widget.Select, all string, opts []string) {
	cur := sel.Selected
	cb := sel.OnChanged
	sel.OnChanged = nil
	sel.SetOptions(append([]string{all}, opts...))
	if !slices.Contains(opts, cur) {
		cur = all
	}
	sel.SetSelected(cur)
	sel.OnChanged = cb
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, collation.Compare)
	return out
}

// apply shows the entries the filters keep.
func (s *Screen) apply() {
	if s.list == nil {
		return
	}
	keep := s.filter()
	s.shown = s.shown[:0]
	for i := range s.all {
		if keep(&s.all[i]) {
			s.shown = append(s.shown, s.all[i])
		}
	}
	s.count.SetText(lang.X("history.count", "Показани {{.N}} от {{.All}} записа (най-новите отгоре).",
		map[string]any{"N": len(s.shown), "All": len(s.all)}))
	s.list.Refresh()
}

// filter is what the filters ask of an entry. A date that cannot be read filters nothing (its
// entry says what is wrong).
func (s *Screen) filter() func(e *store.LogEntry) bool {
	all := lang.X("history.filter.all", "(всички)")
	account := s.account.Selected
	kind, byKind := s.kinds[s.kind.Selected]
	byKind = byKind && s.kind.Selected != all
	rec := strings.ToLower(strings.TrimSpace(s.record.Text))
	from, _ := kit.ParseOptionalDate(s.from.Text)
	to, _ := kit.ParseOptionalDate(s.to.Text)
	return func(e *store.LogEntry) bool {
		day := model.DateOf(e.Time.Local())
		return (account == "" || account == all || e.Account == account) &&
			(!byKind || e.Kind == kind) &&
			(rec == "" || strings.Contains(strings.ToLower(string(e.ID)), rec)) &&
			(from.IsZero() || !day.Before(from)) &&
			(to.IsZero() || !day.After(to))
	}
}

// filterText says how the shown entries were chosen, for the PDF.
func (s *Screen) filterText() string {
	all := lang.X("history.filter.all", "(всички)")
	var parts []string
	add := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" && v != all {
			parts = append(parts, label+" "+v)
		}
	}
	add("профил", s.account.Selected)
	add("вид", s.kind.Selected)
	add("запис", s.record.Text)
	add("от", s.from.Text)
	add("до", s.to.Text)
	return strings.Join(parts, ", ")
}

// verify checks every chain of the log, away from the window, and says what it found.
func (s *Screen) verify() {
	db := s.env.DB
	var n int
	s.env.Task(kit.Task{
		Title: lang.X("history.verify.working", "Проверка на веригата на дневника…"),
		Work: func(context.Context, func(int, int)) (err error) {
			n, err = db.VerifyLog()
			return err
		},
		Done: func(err error) {
			now := s.env.Now().Format("02.01.2006 15:04")
			if err != nil {
				_, msg, _ := kit.DescribeError(err)
				s.verified = "НАРУШЕНА (" + now + "): " + msg
				s.env.ShowError(err)
				return
			}
			s.verified = "веригите са непрекъснати, " + kit.Itoa(n) + " записа (" + now + ")"
			kit.ShowInformation(s.env.Window, lang.X("history.verify", "Проверка на веригата"),
				lang.X("history.verify.ok", "Веригите на дневника са непрекъснати: {{.N}} записа, нито един изтрит, вмъкнат или променен.", map[string]any{"N": n}))
		},
	})
}

// print writes the shown entries as a PDF for a check.
func (s *Screen) print() {
	l := forms.ChangeLog{Entries: slices.Clone(s.shown), Filter: s.filterText(), Verified: s.verified, Printed: s.env.Now()}
	db, now := s.env.DB, s.env.Now()
	name := kit.FileName("дневник-на-промените-%s.pdf", now.Format("2006-01-02"))
	s.env.SaveFile(name, func(w io.Writer) error {
		d, err := kit.LiveShownYear(db, now)
		if err != nil {
			return err
		}
		if d == nil {
			d = &model.YearData{}
		}
		return forms.WriteChangeLog(w, d, l)
	})
}

// newRow is a row of the list: the head (time, account, role, action) and the detail (the
// record, its fields or the reason).
func newRow() fyne.CanvasObject {
	head := widget.NewLabel("")
	head.TextStyle.Bold = true
	head.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(head, detail)
}

func setRow(o fyne.CanvasObject, e *store.LogEntry) {
	box := o.(*fyne.Container)
	head, detail := kit.HistoryLines(e)
	rec := ""
	if e.Kind != "" {
		rec = kit.KindText(e.Kind) + " " + string(e.ID)
	} else if e.ID != "" {
		rec = string(e.ID)
	}
	if rec != "" && detail != "" {
		detail = rec + " — " + detail
	} else if rec != "" {
		detail = rec
	}
	box.Objects[0].(*widget.Label).SetText(head)
	box.Objects[1].(*widget.Label).SetText(detail)
}
