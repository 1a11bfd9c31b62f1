package programmes

import (
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

// mobilityFields are the inputs of one mobility (т. 5, т. 8 of the programme's rules).
type mobilityFields struct {
	host, from, to, annex, present, programme *widget.Entry
}

// innovationForm edits the year's participation in „Иновации в действие“: one record a school
// year (the store refuses a second), so the tab is its form. The programme's rules are findings
// of the draft (model.CheckInnovation), shown as the user types, each with its point.
type innovationForm struct {
	s       *screen
	id      model.ID         // the record edited; "" for a new one
	kept    []model.Mobility // mobilities beyond the form's two, kept as they are
	year    model.SchoolYear // the year shown
	own     string           // the school's НЕИСПУО code
	loading bool             // fields being filled from the year, not typed
	dirty   bool

	header     *widget.Label
	innovative *widget.Check
	applied    *widget.Entry
	partners   *widget.Entry
	contracts  *widget.Entry
	mob        [2]mobilityFields
	problem    *widget.Label // what of the input cannot be read yet
	findings   *kit.FindingsBox
	save       *widget.Button
	docs       *documentsRow
	content    fyne.CanvasObject
}

func newInnovationForm(s *screen) *innovationForm {
	f := &innovationForm{s: s}
	changed := f.changed
	f.header = kit.Wrapped("")
	f.innovative = widget.NewCheck(lang.X("programmes.inn.innovative", "Училището е иновативно (в списъка на иновативните училища)"),
		func(bool) { changed() })
	f.applied = kit.NewDateField(true, changed)
	f.partners = kit.NewTextArea(partnersFormat(), 4, changed)
	f.contracts = kit.NewTextArea(contractsFormat(), 3, changed)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("programmes.inn.role", "Роля"), f.innovative),
		widget.NewFormItem(lang.X("programmes.inn.applied", "Формулярът подаден на"), f.applied),
		widget.NewFormItem(lang.X("programmes.partners", "Партньорски училища"), f.partners),
		widget.NewFormItem(lang.X("programmes.contracts", "Договори за сътрудничество"), f.contracts),
	)
	box := container.NewVBox(f.header, form)
	for i := range f.mob {
		box.Add(f.mobilityBlock(i))
	}
	f.problem = kit.Wrapped("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()
	f.findings = kit.NewFindingsBox()
	f.save = widget.NewButtonWithIcon(lang.X("programmes.save", "Запази"), theme.DocumentSaveIcon(), f.s.saveButton(f))
	f.save.Importance = widget.HighImportance
	undo := widget.NewButtonWithIcon(lang.X("programmes.undo", "Откажи промените"), theme.ContentUndoIcon(), f.undo)
	f.docs = newDocumentsRow(s)
	box.Add(f.problem)
	box.Add(f.findings.Object())
	box.Add(container.NewHBox(f.save, undo, s.historyButton(model.KindInnovation, func() model.ID { return f.id })))
	box.Add(f.docs.content)
	f.content = container.NewVScroll(box)
	kit.SaveOnEnter(s.env, f.saveRecord, f.applied)
	return f
}

// mobilityBlock is the heading and the form of mobility i.
func (f *innovationForm) mobilityBlock(i int) fyne.CanvasObject {
	m := &f.mob[i]
	m.host = kit.NewTextEntry(lang.X("programmes.mob.host.ph", "код по НЕИСПУО на иновативно училище"), f.changed)
	m.from = kit.NewDateField(true, f.changed)
	m.to = kit.NewDateField(true, f.changed)
	m.annex = kit.NewDateField(true, f.changed)
	m.present = kit.NewTextEntry(lang.X("programmes.mob.present.ph", "кодове, разделени със запетая"), f.changed)
	m.programme = kit.NewTextArea(lang.X("programmes.mob.programme.ph", "една точка на ред"), 3, f.changed)
	all := widget.NewButton(lang.X("programmes.mob.all", "Четирите от групата"), func() { m.present.SetText(strings.Join(f.groupCodes(), ", ")) })
	title := widget.NewLabelWithStyle(lang.X("programmes.mob.title", "Мобилност {{.N}}", map[string]any{"N": i + 1}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	form := widget.NewForm(
		widget.NewFormItem(lang.X("programmes.mob.host", "Домакин"), m.host),
		widget.NewFormItem(lang.X("programmes.mob.from", "От"), m.from),
		widget.NewFormItem(lang.X("programmes.mob.to", "До"), m.to),
		widget.NewFormItem(lang.X("programmes.mob.present", "Участват"), container.NewBorder(nil, nil, nil, all, m.present)),
		widget.NewFormItem(lang.X("programmes.mob.programme", "Програма"), m.programme),
		widget.NewFormItem(lang.X("programmes.mob.annex", "Анекс от"), m.annex),
	)
	kit.SaveOnEnter(f.s.env, f.saveRecord, m.host, m.from, m.to, m.annex, m.present)
	return container.NewVBox(widget.NewSeparator(), title, form)
}

// groupCodes are the codes of the school and of its partners as typed.
func (f *innovationForm) groupCodes() []string {
	codes := []string{f.own}
	ps, _ := parsePartners(f.partners.Text)
	for _, p := range ps {
		codes = append(codes, p.NEISPUO)
	}
	return codes
}

// changed marks typed input unsaved and checks the draft again.
func (f *innovationForm) changed() {
	if f.loading {
		return
	}
	f.dirty = true
	f.s.env.MarkChanged()
	f.recheck()
}

// show fills the form from year d (read-only), unless it holds unsaved input: then only the
// year's figures the rules need (the school's code) are taken and the draft checked again.
func (f *innovationForm) show(d *model.YearData) {
	f.docs.set(nil)
	if d == nil {
		f.year, f.own, f.id = 0, "", ""
		f.header.SetText(kit.NoYearText())
		f.save.Disable()
		return
	}
	f.save.Enable()
	f.year, f.own = d.Programme.Year, d.School.NEISPUO
	f.header.SetText(lang.X("programmes.inn.header",
		"Национална програма „Иновации в действие“, учебна {{.Year}} г. Кандидатстване от {{.From}} до {{.To}} (т. 1); групата е от четири училища — две иновативни и две неиновативни (т. 2–4); две мобилности до четири дни (т. 5); анекс с датите и програмата до {{.Annex}} (т. 8).",
		map[string]any{"Year": f.year.String(), "From": model.InnovationApplyFrom(f.year).String(),
			"To": model.InnovationApplyTo(f.year).String(), "Annex": model.InnovationAnnexBy(f.year).String()}))
	var in model.Innovation
	if i := slices.IndexFunc(d.Innovations, func(x model.Innovation) bool { return x.Year == f.year }); i >= 0 {
		in = d.Innovations[i]
		f.docs.set(innovationDocuments(d, &d.Innovations[i]))
	}
	if f.dirty {
		f.recheck()
		return
	}
	f.fill(&in)
}

// fill shows record in (read-only: the year's own) in the fields.
func (f *innovationForm) fill(in *model.Innovation) {
	f.loading = true
	defer func() { f.loading = false }()
	f.id = in.ID
	f.innovative.SetChecked(in.Innovative)
	f.applied.SetText(kit.DateText(in.AppliedOn))
	f.partners.SetText(formatPartners(in.Partners))
	f.contracts.SetText(formatContracts(in.Contracts))
	f.kept = nil
	if len(in.Mobilities) > len(f.mob) {
		f.kept = in.Mobilities[len(f.mob):]
	}
	for i := range f.mob {
		var m model.Mobility
		if i < len(in.Mobilities) {
			m = in.Mobilities[i]
		}
		f.mob[i].host.SetText(m.Host)
		f.mob[i].from.SetText(kit.DateText(m.From))
		f.mob[i].to.SetText(kit.DateText(m.To))
		f.mob[i].annex.SetText(kit.DateText(m.AnnexOn))
		f.mob[i].present.SetText(strings.Join(m.Present, ", "))
		f.mob[i].programme.SetText(strings.Join(m.Programme, "\n"))
	}
	f.dirty = false
	f.recheck()
}

// draft is the record the fields describe: a new value built from them, sharing nothing with
// the live year but the mobilities beyond the form's two, which it does not change.
func (f *innovationForm) draft() (*model.Innovation, error) {
	var es model.Errors
	in := &model.Innovation{ID: f.id, Year: f.year, Innovative: f.innovative.Checked}
	var err error
	if in.AppliedOn, err = kit.ParseOptionalDate(f.applied.Text); err != nil {
		es.Add(labelled(err, lang.X("programmes.inn.applied", "Формулярът подаден на")))
	}
	in.Partners, err = parsePartners(f.partners.Text)
	es.Add(err)
	in.Contracts, err = parseContracts(f.contracts.Text)
	es.Add(err)
	for i := range f.mob {
		m, err := f.mobility(i)
		es.Add(err)
		if m != nil {
			in.Mobilities = append(in.Mobilities, *m)
		}
	}
	in.Mobilities = append(in.Mobilities, f.kept...)
	return in, es.Err()
}

// mobility reads mobility i; nil when all its fields are empty.
func (f *innovationForm) mobility(i int) (*model.Mobility, error) {
	m := &f.mob[i]
	if strings.TrimSpace(m.host.Text+m.from.Text+m.to.Text+m.annex.Text+m.present.Text+m.programme.Text) == "" {
		return nil, nil
	}
	out := &model.Mobility{Host: strings.TrimSpace(m.host.Text), Programme: kit.Lines(m.programme.Text)}
	for _, c := range strings.Split(m.present.Text, ",") {
		if c = strings.TrimSpace(c); c != "" {
			out.Present = append(out.Present, c)
		}
	}
	var es model.Errors
	for _, d := range []struct {
		e  *widget.Entry
		to *model.Date
	}{{m.from, &out.From}, {m.to, &out.To}, {m.annex, &out.AnnexOn}} {
		v, err := kit.ParseOptionalDate(d.e.Text)
		if err != nil {
			es.Add(labelled(err, lang.X("programmes.mob.title", "Мобилност {{.N}}", map[string]any{"N": i + 1})))
		}
		*d.to = v
	}
	return out, es.Err()
}

// recheck shows what of the input cannot be read, or the findings of the programme's rules
// about the draft as of today (each with its point).
func (f *innovationForm) recheck() {
	in, err := f.draft()
	if err != nil {
		f.problem.SetText(problemText(err))
		f.problem.Show()
		f.findings.Show(nil)
		return
	}
	f.problem.Hide()
	if f.year == 0 || (!f.dirty && f.id == "") {
		f.findings.Show(nil) // nothing entered: no participation, nothing to check
		return
	}
	f.findings.Show(model.CheckInnovation(f.own, in, model.DateOf(f.s.env.Now())))
}

// record is the draft to save, validated by the model; nil with no input to save.
func (f *innovationForm) record() (model.Record, error) {
	if !f.dirty {
		return nil, nil
	}
	if f.year == 0 {
		return nil, kit.ErrNoYear()
	}
	in, err := f.draft()
	if err != nil {
		return nil, err
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	return in, nil
}

// saveRecord saves the participation in one transaction.
func (f *innovationForm) saveRecord() error { return f.s.put(f) }

// saved implements form.
func (f *innovationForm) saved(r model.Record) { f.id, f.dirty = r.RecordID(), false }

// discard implements form.
func (f *innovationForm) discard() { f.dirty = false }

// undo drops the unsaved input and shows the stored record again.
func (f *innovationForm) undo() {
	f.discard()
	f.s.reload()
}
