package export

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// printKindNames name the kinds of document of a batch, as store/printing names them.
var printKindNames = map[string]kit.Phrase{
	"journal":         kit.Phrase{"export.print.kind.journal", "дневници"},
	"timesheet":       kit.Phrase{"export.print.kind.timesheet", "отчети за часовете"},
	"application":     kit.Phrase{"export.print.kind.application", "заявления"},
	"programme":       kit.Phrase{"export.print.kind.programme", "тематични програми"},
	"minutes":         kit.Phrase{"export.print.kind.minutes", "протоколи"},
	"card":            kit.Phrase{"export.print.kind.card", "ИОК"},
	"councilreport":   kit.Phrase{"export.print.kind.councilreport", "годишен отчет на съвета"},
	"waiting":         kit.Phrase{"export.print.kind.waiting", "списъци на чакащите"},
	"schoolprogramme": kit.Phrase{"export.print.kind.schoolprogramme", "училищна програма"},
	"survey":          kit.Phrase{"export.print.kind.survey", "анкетни карти"},
	"inventory":       kit.Phrase{"export.print.kind.inventory", "описи на документите"},
	"budget":          kit.Phrase{"export.print.kind.budget", "бюджет"},
	"team":            kit.Phrase{"export.print.kind.team", "справки за екипа"},
	"docs":            kit.Phrase{"export.print.kind.docs", "справки за документите"},
	"microdata":       kit.Phrase{"export.print.kind.microdata", "микроданни (ЕСФ)"},
	"payroll":         kit.Phrase{"export.print.kind.payroll", "ведомости"},
	// The other programmes of the year (issue #19).
	"innovationcontract": kit.Phrase{"export.print.kind.innovationcontract", "договори по „Иновации в действие“"},
	"innovationannex":    kit.Phrase{"export.print.kind.innovationannex", "анекси за мобилностите"},
	"projectreport":      kit.Phrase{"export.print.kind.projectreport", "отчети по проекти 2021–2027"},
}

// exportPrint writes every PDF form and XLSX sheet of the year, or of one quarter, into a
// folder the user picks, showing the progress and then what it wrote.
type exportPrint struct {
	s        *exportScreen
	period   *widget.Select
	quarters []printing.Quarter // the period drop-down's options after the whole year
	folder   *widget.Entry
	button   *widget.Button
	progress *widget.ProgressBar
	result   *widget.Label
	warnings *widget.Label // the cells of the portal workbooks the portal would refuse
	warned   []string
	sealed   *kit.SealedNote // the special categories this session cannot read (issue #13)
	running  bool            // a batch is being written: the button stays off
	stop     *widget.Button
	cancel   context.CancelFunc // stops the batch being written
	content  fyne.CanvasObject
}

func newExportPrint(s *exportScreen) *exportPrint {
	p := &exportPrint{s: s, period: widget.NewSelect(nil, nil), folder: widget.NewEntry(),
		progress: widget.NewProgressBar(), result: kit.Wrapped(""), warnings: kit.Wrapped("")}
	p.warnings.Importance = widget.WarningImportance
	p.warnings.Hide()
	p.folder.SetPlaceHolder(lang.X("export.print.folder", "папка за документите"))
	p.folder.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return model.Errorf(model.CodeNoFolder, "", "%s", lang.X("export.print.nofolder", "Изберете папката, в която да се запишат документите."))
		}
		return nil
	}
	p.button = widget.NewButton(lang.X("export.print.button", "Запиши всички документи"), p.run)
	p.stop = widget.NewButtonWithIcon(lang.X("export.print.stop", "Спри записването"), theme.CancelIcon(), func() {
		if p.cancel != nil {
			p.cancel()
		}
		p.stop.Disable()
	})
	p.stop.Hide()
	p.progress.Hide()
	p.sealed = kit.NewSealedNote(s.env, kit.Phrase{"export.print.sealed",
		"Този профил няма ключа за специалните категории данни (чл. 9 от GDPR): microdata_ESF.xlsx не се записва, а заявленията (Приложение № 2) се отпечатват без отговорите от панела за ЕСФ."}, nil)
	p.content = container.NewVBox(
		kit.Wrapped(lang.X("export.print.help", "Записва в папка всички документи за периода: печатните формуляри (PDF) и таблиците (XLSX), всеки файл изцяло или никак.")),
		p.sealed.Object(), p.period, pathRow(p.folder, func() { s.pickFolder(func(dir string) { p.folder.SetText(dir) }) }),
		p.button, p.progress, p.stop, p.result, p.warnings)
	return p
}

// refresh offers the whole year and its quarters.
func (p *exportPrint) refresh() {
	p.sealed.Update()
	if p.s.data == nil || p.running {
		p.button.Disable()
	} else {
		p.button.Enable()
	}
	if p.s.data == nil {
		return
	}
	p.quarters = printing.Quarters(p.s.data.Programme.Year)
	opts := []string{lang.X("export.print.year", "Цялата учебна година {{.Y}}", map[string]any{"Y": p.s.data.Programme.Year.String()})}
	for _, q := range p.quarters {
		opts = append(opts, lang.X("export.print.quarter", "{{.Q}}. тримесечие на {{.Y}} г.", map[string]any{"Q": q.Q, "Y": q.Y}))
	}
	sel := p.period.SelectedIndex()
	p.period.SetOptions(opts)
	if sel < 0 || sel >= len(opts) {
		sel = 0
	}
	p.period.SetSelectedIndex(sel)
}

// quarter returns the chosen quarter, or the zero Quarter for the whole year.
func (p *exportPrint) quarter() printing.Quarter {
	i := p.period.SelectedIndex()
	if i <= 0 || i > len(p.quarters) {
		return printing.Quarter{}
	}
	return p.quarters[i-1]
}

// run writes the documents in the background, showing the progress.
func (p *exportPrint) run() {
	d := p.s.data
	if d == nil {
		return
	}
	dir := strings.TrimSpace(p.folder.Text)
	if err := p.folder.Validator(dir); err != nil {
		p.s.env.ShowError(err)
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.s.env.ShowError(fmt.Errorf("create %s: %w", dir, err))
		return
	}
	// Today closes the microdata's exits once the year is over (Приложение № 2).
	opts := printing.Options{Budget: printBudget(d), Quarter: p.quarter(), Today: model.DateOf(p.s.env.Now()), Keys: p.s.env.DB}
	if err := printing.MicrodataLeftOut(opts); err != nil && opts.Quarter.IsZero() {
		p.warn(kit.ErrorText(err)) // an account without the special-categories key (issue #13)
	}
	jobs := printing.Jobs(d, opts)
	// As `tchas forms` does: each portal workbook is checked against its template before it is
	// written, and written all the same; the cells the portal would refuse are listed here.
	jobs = printing.Validated(jobs, func(file string, pr sheets.Problem) {
		line := file + ": " + pr.String()
		fyne.Do(func() { p.warn(line) })
	})
	p.running = true
	p.button.Disable()
	p.progress.SetValue(0)
	p.progress.Show()
	p.result.SetText("")
	p.warned = nil
	p.warnings.Hide()
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	p.stop.Enable()
	p.stop.Show()
	p.s.relayout()
	p.s.env.Go(func() {
		s, err := printing.WriteAll(ctx, dir, jobs, func(done, total int, name string) {
			fyne.Do(func() {
				p.progress.SetValue(float64(done) / float64(max(total, 1)))
				if name != "" {
					p.result.SetText(lang.X("export.print.writing", "Записва се {{.Name}} ({{.Done}} от {{.Total}})…",
						map[string]any{"Name": name, "Done": done + 1, "Total": total}))
				}
			})
		})
		fyne.Do(func() { p.finish(s, err) })
	})
}

// printBudget is the year's budget for its plan; without one the plan is printed without T.
func printBudget(d *model.YearData) *model.Budget {
	prof, err := kit.Profile(d)
	if err != nil {
		return nil
	}
	b, _ := model.BudgetFor(prof, d)
	return b
}

// warn lists one more cell the portal would refuse.
func (p *exportPrint) warn(line string) {
	p.warned = append(p.warned, "• "+line)
	p.warnings.SetText(lang.X("export.print.warnings", "Порталът няма да приеме тези клетки (файловете са записани; поправете данните и ги запишете отново):") +
		"\n" + strings.Join(p.warned, "\n"))
	p.warnings.Show()
	p.s.relayout()
}

// finish shows what the batch wrote, or why it stopped.
func (p *exportPrint) finish(s printing.Summary, err error) {
	p.running = false
	p.cancel()
	p.button.Enable()
	p.progress.Hide()
	p.stop.Hide()
	var parts []string
	for _, k := range printing.Kinds {
		if n := s.ByKind[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", printKindNames[k].String(), n))
		}
	}
	text := lang.X("export.print.done", "Записани {{.N}} файла в „{{.Dir}}“: {{.Parts}}.",
		map[string]any{"N": len(s.Files), "Dir": s.Dir, "Parts": strings.Join(parts, ", ")})
	if s.ByKind["microdata"] > 0 {
		text += " " + lang.X("export.print.microdata", "microdata_ESF.xlsx съдържа в четим вид отговорите от панела за ЕСФ — специални категории лични данни (чл. 9 от GDPR): качете го в информационната система и го изтрийте от папката, не го пращайте по имейл.")
	}
	switch {
	case errors.Is(err, context.Canceled):
		text = lang.X("export.print.stopped", "Записването е спряно: {{.N}} файла са записани в „{{.Dir}}“.", map[string]any{"N": len(s.Files), "Dir": strings.TrimSpace(p.folder.Text)})
	case err != nil:
		text = lang.X("export.print.failed", "Записването спря: {{.N}} файла са записани, следващият не можа да бъде записан.", map[string]any{"N": len(s.Files)})
		p.s.env.ShowError(err)
	}
	p.result.SetText(text)
	// The summary is taller than the empty label it replaces: the scroll around the screen lays
	// its content out again, or the summary stays hidden until the window is resized.
	p.s.relayout()
}
