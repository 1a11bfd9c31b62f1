package export

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// conflictSide is the user's choice of one conflict.
var conflictSide = kit.Choice{
	Values: []string{"mine", "theirs"},
	Labels: []kit.Phrase{kit.Phrase{"export.conflict.mine", "Запази моето"}, kit.Phrase{"export.conflict.theirs", "Вземи от пакета"}},
}

// exportReceive verifies a package, shows its dry run — what would change and the conflicts
// side by side, each with the user's choice — asks to trust a new sender, and applies it.
type exportReceive struct {
	s         *exportScreen
	path      *widget.Entry
	status    *widget.Label // the sender, or why the package is refused
	trust     *fyne.Container
	trustText *widget.Label
	counts    *fyne.Container
	merged    *fyne.Container // the records merged field by field, with the fields from each side
	conflicts *fyne.Container
	apply     *widget.Button
	result    *widget.Label
	activity  *widget.Activity // shown while a package is checked or applied
	busy      bool

	pkg     *syncpack.Package
	plan    *syncpack.MergePlan
	choices map[model.Ref]*widget.RadioGroup
	content fyne.CanvasObject
}

func newExportReceive(s *exportScreen) *exportReceive {
	r := &exportReceive{s: s, path: widget.NewEntry(), status: kit.Wrapped(""), trustText: kit.Wrapped(""),
		counts: container.NewVBox(), merged: container.NewVBox(), conflicts: container.NewVBox(), result: kit.Wrapped(""), activity: widget.NewActivity()}
	r.activity.Hide()
	r.path.SetPlaceHolder(lang.X("export.receive.path", "пакетът, получен от другия компютър (.tchas или .zip)"))
	r.path.OnSubmitted = func(string) { r.check() }
	check := widget.NewButton(lang.X("export.receive.check", "Провери пакета"), r.check)
	trustButton := widget.NewButton(lang.X("export.receive.trust", "Отпечатъкът съвпада — довери се"), r.trustSender)
	trustButton.Importance = widget.WarningImportance
	r.trust = container.NewVBox(r.trustText, trustButton)
	r.trust.Hide()
	r.apply = widget.NewButton(lang.X("export.receive.apply", "Приложи пакета"), r.applyPlan)
	r.apply.Importance = widget.HighImportance
	r.apply.Disable()
	r.result.TextStyle.Bold = true
	r.content = container.NewVBox(
		kit.Wrapped(lang.X("export.receive.help", "Изберете пакета и го проверете: нищо не се променя, докато не натиснете „Приложи пакета“. Преди прилагането се прави резервно копие на файла.")),
		pathRow(r.path, func() { s.pickFile(func(p string) { r.path.SetText(p); r.check() }) }),
		check, r.activity, r.status, r.trust, r.counts, r.merged, r.conflicts, r.apply, r.result)
	return r
}

// refresh keeps a checked package: applying plans it again inside the transaction anyway.
func (r *exportReceive) refresh() {}

// OpenPackage checks the package at path as if the user had picked it (kit.PackageOpener).
func (s *exportScreen) OpenPackage(path string) {
	s.receive.path.SetText(path)
	s.receive.check()
}

// check verifies the package and shows its dry run; a refused package changes nothing.
func (r *exportReceive) check() {
	if r.busy {
		return
	}
	r.clear()
	r.result.SetText("")
	path := strings.TrimSpace(r.path.Text)
	if path == "" {
		r.status.SetText(lang.X("export.receive.nopath", "Изберете файла на пакета."))
		return
	}
	db := r.s.env.DB
	r.background(func() func() {
		p, err := syncpack.Open(db, path, syncpack.DefaultLimits) // an encrypted package is opened with this file's key (issue #13)
		if err != nil {
			return func() { r.refuse(err) }
		}
		plan, err := syncpack.Plan(db, p, p.Manifest.Year)
		return func() {
			if err != nil {
				r.refuse(err)
				return
			}
			r.pkg = p
			r.show(plan)
		}
	})
}

// background runs work — checking or applying a package of thousands of records takes seconds —
// away from the window, with the activity shown; the function work returns then updates the
// screen.
func (r *exportReceive) background(work func() (done func())) {
	r.busy = true
	r.activity.Show()
	r.activity.Start()
	r.s.env.Go(func() {
		done := work()
		fyne.Do(func() {
			r.busy = false
			done()
			r.activity.Stop()
			r.activity.Hide() // last: the screen is up to date once the activity is gone
		})
	})
}

// refuse shows why the package cannot be used.
func (r *exportReceive) refuse(err error) {
	r.clear()
	_, msg, _ := kit.DescribeError(err)
	r.status.SetText(lang.X("export.receive.refused", "Пакетът е отхвърлен: {{.Msg}}", map[string]any{"Msg": msg}))
	r.s.env.ShowError(err)
}

// clear forgets the checked package.
func (r *exportReceive) clear() {
	r.pkg, r.plan, r.choices = nil, nil, nil
	r.status.SetText("")
	r.trust.Hide()
	r.counts.RemoveAll()
	r.merged.RemoveAll()
	r.conflicts.RemoveAll()
	r.apply.Disable()
}

// show shows the dry run of the checked package.
func (r *exportReceive) show(plan *syncpack.MergePlan) {
	r.plan = plan
	m := r.pkg.Manifest
	r.status.SetText(lang.X("export.receive.sender", "Пакет № {{.Seq}} от компютъра „{{.Peer}}“ за учебната {{.Year}} година, създаден на {{.At}}. Отпечатък на ключа: {{.F}}",
		map[string]any{"Seq": m.Sequence, "Peer": m.Installation, "Year": m.Year.String(), "At": m.Created.Local().Format("02.01.2006 15:04"), "F": plan.Fingerprint}))
	if plan.NewPeer {
		r.trustText.SetText(lang.X("export.receive.untrusted", "От този компютър досега не е приеман пакет. Обадете се на изпращача и сверете отпечатъка на ключа, който той вижда в „Изпращане на пакет“, с този: {{.F}}. Прилагайте пакета само ако съвпада.",
			map[string]any{"F": plan.Fingerprint}))
		r.trust.Show()
		r.apply.Disable()
	} else {
		r.trust.Hide()
		r.apply.Enable()
	}
	r.showCounts()
	r.showMerged()
	r.showConflicts()
}

// trustSender records the sender's key after the user has compared its fingerprint, and
// shows the dry run again.
func (r *exportReceive) trustSender() {
	if r.pkg == nil || r.busy {
		return
	}
	p, db := r.pkg, r.s.env.DB
	r.background(func() func() {
		err := syncpack.Trust(db, p, p.Manifest.Year)
		var plan *syncpack.MergePlan
		if err == nil {
			plan, err = syncpack.Plan(db, p, p.Manifest.Year)
		}
		return func() {
			if err != nil {
				r.refuse(err)
				return
			}
			r.s.peers.refresh()
			r.s.send.refresh()
			r.show(plan)
		}
	})
}

// planKinds are the table's columns: what happens to the records of each kind.
var planKinds = []struct {
	action syncpack.Action
	title  kit.Phrase
}{
	{syncpack.ActionAdd, kit.Phrase{"export.plan.add", "нови"}},
	{syncpack.ActionUpdate, kit.Phrase{"export.plan.update", "променени"}},
	{syncpack.ActionDelete, kit.Phrase{"export.plan.delete", "изтрити"}},
	{syncpack.ActionMerge, kit.Phrase{"export.plan.merge", "слети"}},
	{syncpack.ActionConflict, kit.Phrase{"export.plan.conflict", "конфликти"}},
}

// showCounts shows how many records of each kind the package adds, updates, deletes and
// conflicts over.
func (r *exportReceive) showCounts() {
	r.counts.RemoveAll()
	grid := container.NewGridWithColumns(len(planKinds) + 1)
	grid.Add(bold(lang.X("export.plan.kind", "Вид запис")))
	for _, c := range planKinds {
		grid.Add(bold(c.title.String()))
	}
	rows := 0
	for _, kind := range model.Kinds {
		n := make([]int, len(planKinds))
		any := false
		for i, c := range planKinds {
			n[i] = r.plan.CountKind(kind, c.action)
			any = any || n[i] > 0
		}
		if !any {
			continue
		}
		rows++
		grid.Add(widget.NewLabel(kit.KindNames[kind].String()))
		for _, v := range n {
			grid.Add(widget.NewLabel(fmt.Sprint(v)))
		}
	}
	if rows > 0 {
		r.counts.Add(grid)
	}
	r.counts.Add(kit.Wrapped(lang.X("export.plan.summary", "Общо: нови {{.A}}, променени {{.U}}, изтрити {{.D}}, слети {{.M}}, конфликти {{.C}}, без промяна {{.N}}.",
		map[string]any{"A": r.plan.Count(syncpack.ActionAdd), "U": r.plan.Count(syncpack.ActionUpdate),
			"D": r.plan.Count(syncpack.ActionDelete), "M": r.plan.Count(syncpack.ActionMerge),
			"C": r.plan.Count(syncpack.ActionConflict), "N": r.plan.Unchanged})))
}
