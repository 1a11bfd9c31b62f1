package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// exportDossier writes the year's project dossier (чл. 143–144) into an empty folder the user
// picks — as `tchas dossier` does, with the same calls: WriteDossier, VerifyDossier and, when
// asked, ZipDossier — in the background with its progress, then says what it wrote. Експорт shows
// it for the shown year, and closing a year offers it for the year just closed (year_close.go).
type exportDossier struct {
	env      *kit.Env
	data     func() *model.YearData // the year to write, read when the button is pressed
	folder   *widget.Entry
	zip      *widget.Check
	button   *widget.Button
	progress *widget.ProgressBar
	result   *widget.Label
	running  bool
	Content  fyne.CanvasObject
}

func NewExportDossier(env *kit.Env, data func() *model.YearData) *exportDossier {
	x := &exportDossier{env: env, data: data, folder: widget.NewEntry(), progress: widget.NewProgressBar(), result: kit.Wrapped("")}
	x.folder.SetPlaceHolder(lang.X("export.dossier.folder", "нова или празна папка за досието"))
	x.zip = widget.NewCheck(lang.X("export.dossier.zip", "и като ZIP файл до папката"), nil)
	x.button = widget.NewButton(lang.X("export.dossier.button", "Запиши досието"), x.run)
	x.progress.Hide()
	x.Content = container.NewVBox(
		kit.Wrapped(lang.X("export.dossier.help", "Проектното досие на учебната година (чл. 143–144): етикет и опис, трите класьора като папки по реда им, всеки документ и всяко сканиране, и манифест със SHA-256 на всички файлове, проверен след записа.")),
		pathRow(x.folder, func() { chooseFolder(env, func(dir string) { x.folder.SetText(dir) }) }),
		x.zip, x.button, x.progress, x.result)
	return x
}

// Refresh allows writing once a year is shown.
func (x *exportDossier) Refresh() {
	if x.data() == nil || x.running {
		x.button.Disable()
	} else {
		x.button.Enable()
	}
}

// run checks the folder and writes the dossier in the background.
func (x *exportDossier) run() {
	d := x.data()
	if d == nil || x.running {
		return
	}
	dir := strings.TrimSpace(x.folder.Text)
	if dir == "" {
		x.env.ShowError(model.Errorf(model.CodeNoFolder, "", "%s", lang.X("export.dossier.nofolder", "Изберете папката, в която да се запише досието.")))
		return
	}
	// The manifest lists what this dossier writes: an older dossier's files beside it would
	// be neither listed nor verified.
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		x.env.ShowError(model.Errorf(model.CodeFolderNotEmpty, "", "%s", lang.X("export.dossier.notempty", "Папката „{{.Dir}}“ не е празна: изберете нова папка за досието.", map[string]any{"Dir": dir})))
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		x.env.ShowError(fmt.Errorf("create %s: %w", dir, err))
		return
	}
	zipPath := ""
	if x.zip.Checked {
		zipPath = strings.TrimRight(dir, `/\`) + ".zip"
	}
	opts := printing.Options{Budget: printBudget(d), Today: model.DateOf(x.env.Now())}
	x.running = true
	x.button.Disable()
	x.progress.SetValue(0)
	x.progress.Show()
	x.result.SetText("")
	blob := x.env.DB.Blob
	x.env.Go(func() {
		s, err := printing.WriteDossier(context.Background(), dir, d, opts, blob, func(done, total int, name string) {
			fyne.Do(func() { x.progress.SetValue(float64(done) / float64(max(total, 1))) })
		})
		if err == nil {
			err = verifyDossier(dir)
		}
		if err == nil && zipPath != "" {
			err = store.WriteFileAtomic(zipPath, func(w io.Writer) error { return printing.ZipDossier(w, dir, s.Files) })
		}
		fyne.Do(func() { x.finish(dir, zipPath, s, err) })
	})
}

// verifyDossier reads the written dossier back against its manifest.
func verifyDossier(dir string) error {
	problems, err := printing.VerifyDossier(dir)
	if err != nil {
		return fmt.Errorf("verify dossier %s: %w", dir, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("verify dossier %s: %s", dir, strings.Join(problems, "; "))
	}
	return nil
}

// finish says what the dossier holds, or why it stopped.
func (x *exportDossier) finish(dir, zipPath string, s printing.Summary, err error) {
	x.running = false
	x.button.Enable()
	x.progress.Hide()
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			err = model.Errorf(model.CodeScanMissing, "", "%s", lang.X("export.dossier.noscan", "Сканиране, посочено в данните, липсва във файла с данни: досието е непълно."))
		}
		x.result.SetText(lang.X("export.dossier.failed", "Досието не е записано докрай ({{.N}} файла): вижте съобщението.", map[string]any{"N": len(s.Files)}))
		x.env.ShowError(err)
		return
	}
	text := lang.X("export.dossier.done", "Досието е записано в „{{.Dir}}“: {{.N}} файла, манифест {{.M}} — проверен.",
		map[string]any{"Dir": dir, "N": len(s.Files), "M": printing.Manifest})
	if zipPath != "" {
		text += " " + lang.X("export.dossier.donezip", "ZIP: „{{.Path}}“.", map[string]any{"Path": zipPath})
	}
	x.result.SetText(text)
}
