package programmes

import (
	"fmt"
	"io"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// document is one printable document of a stored record (store/forms): the national
// programme's contract and annex drafts, a project's period report.
type document struct {
	name  string // as the choice shows it
	file  string // the file name suggested
	write func(w io.Writer) error
}

// documentsRow offers the documents of the record a form shows, printed from the record as
// stored: unsaved input is saved (or dropped) first, with the window's one guard.
type documentsRow struct {
	s       *screen
	docs    []document
	choice  *widget.Select
	print   *widget.Button
	content fyne.CanvasObject
}

func newDocumentsRow(s *screen) *documentsRow {
	r := &documentsRow{s: s}
	r.choice = widget.NewSelect(nil, nil)
	r.choice.PlaceHolder = lang.X("programmes.docs.ph", "документ за печат")
	r.print = widget.NewButtonWithIcon(lang.X("programmes.docs.print", "Запиши PDF"), theme.DocumentPrintIcon(), r.printChosen)
	r.content = container.NewBorder(nil, nil, widget.NewLabel(lang.X("programmes.docs", "Документи:")), r.print, r.choice)
	r.set(nil)
	return r
}

// set offers docs, keeping the choice when it is still offered.
func (r *documentsRow) set(docs []document) {
	r.docs = docs
	opts := make([]string, len(docs))
	for i, d := range docs {
		opts[i] = d.name
	}
	r.choice.Options = opts
	if !slices.Contains(opts, r.choice.Selected) {
		r.choice.Selected = ""
		if len(opts) > 0 {
			r.choice.Selected = opts[0]
		}
	}
	r.choice.Refresh()
	if len(docs) == 0 {
		r.print.Disable()
	} else {
		r.print.Enable()
	}
}

// printChosen saves the chosen document of the stored record, after the unsaved input.
func (r *documentsRow) printChosen() {
	name := r.choice.Selected
	kit.WhenClean(r.s.env.Window, r.s, lang.X("programmes.docs.ask", "Документът се печата от записаното: запазете въведеното преди това."),
		func() {
			for _, d := range r.docs { // set anew by the save's reload
				if d.name == name {
					r.s.env.SaveFile(d.file, d.write)
					return
				}
			}
		}, nil)
}

// innovationDocuments are the contract drafts and the annexes of participation in (live,
// read-only) of year d.
func innovationDocuments(d *model.YearData, in *model.Innovation) []document {
	var out []document
	for i, c := range in.Contracts {
		out = append(out, document{
			name:  lang.X("programmes.docs.contract", "Договор за сътрудничество № {{.No}}", map[string]any{"No": c.Number}),
			file:  kit.FileName("иновации-договор-%s.pdf", c.Number),
			write: func(w io.Writer) error { return forms.WriteInnovationContract(w, d, in, i) }})
	}
	for i := range in.Mobilities {
		out = append(out, document{
			name:  lang.X("programmes.docs.annex", "Анекс за мобилност {{.N}}", map[string]any{"N": i + 1}),
			file:  kit.FileName("иновации-анекс-%d.pdf", i+1),
			write: func(w io.Writer) error { return forms.WriteInnovationAnnex(w, d, in, i) }})
	}
	return out
}

// projectDocuments are the period reports of project p (live, read-only) of year d.
func projectDocuments(d *model.YearData, p *model.Project) []document {
	var out []document
	for _, rep := range p.Reports {
		out = append(out, document{
			name: lang.X("programmes.docs.report", "Отчет {{.No}} за {{.From}} – {{.To}}",
				map[string]any{"No": rep.No, "From": rep.From.String(), "To": rep.To.String()}),
			file:  kit.FileName("проект-%s-отчет-%s.pdf", p.ContractNo, fmt.Sprint(rep.No)),
			write: func(w io.Writer) error { return forms.WriteProjectReport(w, d, p, rep.No) }})
	}
	return out
}
