package expenses

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// expensesScreen is the Разходи section: the year's expenses with search, the entry form of one
// expense with its checklist of supporting documents and their scans, the running totals
// against the caps of чл. 82 and the procurement thresholds, and the inventory of чл. 102.
type expensesScreen struct {
	env *kit.Env

	// d is the shown year as the store keeps it live (kit.LiveShownYear): shared and
	// read-only — the form edits a copy of one expense (cloneExpense). nil when none.
	d        *model.YearData
	cur      model.Currency  // the year's currency
	findings []model.Finding // of d, computed off the window (analyse)
	flagged  map[model.ID]int
	names    map[model.ID]string // supplier names by ID
	gen      int                 // the analysis under way; an older one's result is dropped
	boxFor   model.ID            // the expense whose findings the box shows
	// savedSupplier is the new supplier of the last save, until the live year holds it.
	savedSupplier *model.Supplier

	all   []*model.Expense // the year's expenses, latest document first
	shown []*model.Expense // those that match the search

	f       *expenseForm
	docs    *expenseDocs
	box     *kit.FindingsBox
	saved   savedExpense // the form as loaded or saved, to tell unsaved input
	filling bool         // the form is being filled: its edits are not the user's

	message, status *widget.Label
	search          *widget.Entry
	list            *widget.List
	caps, procure   *fyne.Container
	inv             *inventoryPanel
	record          recordButtons // История and Изтрий… of the expense in the form
	tabs            *container.AppTabs
	rowHeights      *kit.RowHeights // the list's rows as high as their wrapped text
	content         fyne.CanvasObject
}

// NewExpensesScreen builds the Разходи screen on the open data file.
func NewExpensesScreen(env *kit.Env) kit.Screen {
	s := &expensesScreen{env: env, message: kit.Wrapped(""), status: kit.Wrapped(""), box: kit.NewFindingsBox()}
	s.status.Importance = widget.SuccessImportance
	s.search = widget.NewEntry()
	// The search icon says „Търсене“: the hint is only what is searched, read whole in the
	// list pane of a 1366×768 laptop at 125 % (issue #17: „…описание“ lost its last letters).
	s.search.SetPlaceHolder(lang.X("expenses.search", "№, доставчик, ЕИК, описание"))
	s.search.OnChanged = func(string) { s.applyFilter() }
	s.list = widget.NewList(func() int { return len(s.shown) },
		func() fyne.CanvasObject { return kit.Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.line(i)) })
	// A long expense wraps onto a row of its own height, read whole (issue #17).
	s.rowHeights = kit.NewRowHeights(s.list, func() int { return len(s.shown) }, func(i int) (string, bool) { return s.line(i), false })
	s.list.OnSelected = s.selected
	s.f = newExpenseForm(s.changed, s.submit)
	s.docs = newExpenseDocs(s)
	s.caps, s.procure = container.NewVBox(), container.NewVBox()
	s.inv = newInventoryPanel(env)
	s.content = s.layout()
	return s
}

// layout: the list with the caps below it on the left, the form with its documents on the right;
// the procurement totals and the inventory in tabs of their own.
func (s *expensesScreen) layout() fyne.CanvasObject {
	add := widget.NewButtonWithIcon(lang.X("expenses.new", "Нов"), theme.ContentAddIcon(), s.newExpense)
	save := widget.NewButtonWithIcon(lang.X("expenses.save", "Запази и следващ (Enter)"), theme.DocumentSaveIcon(), s.submit)
	save.Importance = widget.HighImportance
	s.record = newRecordButtons(s)
	capsCard := widget.NewCard("", lang.X("expenses.caps", "Тавани по чл. 82: отчет / таван"), s.caps)
	// A split, so the list keeps its share of a laptop's height however many caps there are.
	capsSplit := container.NewVSplit(s.rowHeights.Object(), container.NewVScroll(capsCard))
	capsSplit.Offset = 0.6
	// The search its own row, the pane's width: its hint is read whole (issue #17).
	search := container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()), nil, s.search)
	left := container.NewBorder(container.NewVBox(container.NewBorder(nil, nil, nil, add, s.message), search),
		nil, nil, nil, capsSplit)
	form := widget.NewCard(lang.X("expenses.card", "Разход"), "",
		container.NewVBox(kit.Columns(s.f.form, container.NewVBox(s.f.typeForm, s.f.form2)), container.NewHBox(save, s.record.history, s.record.remove), s.status))
	// What to do wraps inside the card: as the card's subtitle, which does not wrap, it ran past a
	// laptop's window (issue #17).
	docs := widget.NewCard(lang.X("expenses.docs", "Разходооправдателни документи"), "", container.NewVBox(
		kit.Wrapped(lang.X("expenses.docs.sub", "чл. 104–106: отметнете наличните и прикачете сканираните (PDF, JPG, PNG)")), s.docs.box))
	right := container.NewVScroll(container.NewVBox(form, s.box.Object(), docs))
	split := container.NewHSplit(left, right)
	split.Offset = 0.32 // the search's hint and the longest cost type (т. 11) read whole at 1093 px
	procure := container.NewVScroll(widget.NewCard(lang.X("expenses.procure", "Стойност без ДДС по предмет на поръчката"),
		lang.X("expenses.procure.sub", "чл. 108, ал. 4; прагове по чл. 109, 110 и 116"), s.procure))
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("expenses.tab.entry", "Въвеждане"), split),
		container.NewTabItem(lang.X("expenses.tab.procure", "Обществени поръчки"), procure),
		container.NewTabItem(lang.X("expenses.tab.inventory", "Опис"), s.inv.content))
	return s.tabs
}

// Content implements Screen.
func (s *expensesScreen) Content() fyne.CanvasObject { return s.content }

// changed is called on every edit: the checklist follows the cost type, document and payment.
func (s *expensesScreen) changed() {
	if s.filling || s.docs == nil {
		return
	}
	s.docs.follow()
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// line is the list's text of shown expense i.
func (s *expensesScreen) line(i widget.ListItemID) string {
	if i < 0 || i >= len(s.shown) {
		return ""
	}
	e := s.shown[i]
	who := s.names[e.SupplierID]
	if who == "" {
		who = e.Description
	}
	l := kit.ModelLang()
	text := fmt.Sprintf("%s  %s № %s  %s  %s  %s", e.DocDate, e.DocKind.Text(l), e.DocNumber, kit.Money(e.Gross()), who, e.CostType.Point(l))
	if n := s.flagged[e.ID]; n > 0 {
		text = "⚠ " + text
	}
	return text
}

// applyFilter shows the expenses whose number, supplier, ЕИК or description hold the search.
func (s *expensesScreen) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(s.search.Text))
	eik := map[model.ID]string{}
	if s.d != nil && q != "" {
		for _, sp := range s.d.Suppliers {
			eik[sp.ID] = sp.EIK
		}
	}
	s.shown = s.shown[:0]
	for _, e := range s.all {
		if q == "" || strings.Contains(strings.ToLower(e.DocNumber+" "+s.names[e.SupplierID]+" "+eik[e.SupplierID]+" "+
			e.Description+" "+e.Subject), q) {
			s.shown = append(s.shown, e)
		}
	}
	s.list.UnselectAll()
	s.rowHeights.Update()
	s.list.Refresh()
}

// selected opens shown expense i in the form, asking first about unsaved input.
func (s *expensesScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.shown) || (s.f.cur.ID != "" && s.shown[i].ID == s.f.cur.ID) {
		return
	}
	e := cloneExpense(s.shown[i]) // the list shows the live year: the form edits a copy
	kit.WhenClean(s.env.Window, s, lang.X("expenses.unsaved", "Разходът във формата има незапазени промени."),
		func() { s.open(e) }, func() { s.reselect() })
}

// open shows expense e with its findings.
func (s *expensesScreen) open(e model.Expense) {
	s.status.SetText("")
	s.edit(e, nil)
	s.boxFor = e.ID
	s.box.Show(kit.FindingsAbout(s.findings, e.ID))
}

// reselect marks the expense of the form in the list again, or nothing for a new one.
func (s *expensesScreen) reselect() {
	kit.ReselectID(s.list, len(s.shown), func(i int) model.ID { return s.shown[i].ID }, s.f.cur.ID)
}

// newExpense empties the form for a new expense, asking first about unsaved input.
func (s *expensesScreen) newExpense() {
	kit.WhenClean(s.env.Window, s, lang.X("expenses.unsaved", "Разходът във формата има незапазени промени."), func() {
		s.list.UnselectAll()
		s.status.SetText("")
		s.boxFor = ""
		s.box.Show(nil)
		s.edit(model.Expense{}, nil)
		s.env.Window.Canvas().Focus(s.f.supplier)
	}, nil)
}

// edit fills the form with e; keep, when not nil, is the expense just saved whose supplier
// and activity the new one keeps.
func (s *expensesScreen) edit(e model.Expense, keep *model.Expense) {
	if s.d != nil && e.Year == 0 {
		e.Year = s.d.Programme.Year
	}
	s.filling = true
	s.f.fill(e, s.supplierOf(e.SupplierID), s.cur, keep, s.supplierOf)
	s.filling = false
	s.docs.load(&e)
	s.record.follow(e.ID)
	s.saved = s.snapshot()
	s.changed()
}

// supplierOf returns the supplier with id, or nil.
func (s *expensesScreen) supplierOf(id model.ID) *model.Supplier {
	if s.d == nil || id == "" {
		return nil
	}
	for i := range s.d.Suppliers {
		if s.d.Suppliers[i].ID == id {
			return &s.d.Suppliers[i]
		}
	}
	if s.savedSupplier != nil && s.savedSupplier.ID == id {
		return s.savedSupplier // saved a moment ago; the live year shows it once its commit is told
	}
	return nil
}

// Reveal implements Revealer: an expense opens in the form; a supplier or a contract fills the
// search so the list shows its expenses, and opens the first of them.
func (s *expensesScreen) Reveal(ref model.Ref) bool {
	if s.d == nil {
		return false
	}
	s.tabs.SelectIndex(0)
	var match func(e *model.Expense) bool
	switch ref.Kind {
	case model.KindExpense:
		match = func(e *model.Expense) bool { return e.ID == ref.ID }
		s.search.SetText("")
	case model.KindSupplier:
		sp := s.supplierOf(ref.ID)
		if sp == nil {
			return false
		}
		s.search.SetText(sp.EIK)
		match = func(e *model.Expense) bool { return e.SupplierID == ref.ID }
	case model.KindContract:
		match = func(e *model.Expense) bool { return e.ContractID == ref.ID }
		if ct, ok := model.ByID(s.d.Contracts)[ref.ID]; ok {
			s.search.SetText(s.f.eikOf(ct.SupplierID))
		}
	default:
		return false
	}
	for i, e := range s.shown {
		if match(e) {
			s.list.Select(i)
			s.list.ScrollTo(i)
			return true
		}
	}
	return false
}
