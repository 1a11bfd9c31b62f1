package expenses

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// scanFilter shows only the kinds of scan the program keeps in the file dialog.
var scanFilter = storage.NewExtensionFileFilter([]string{".pdf", ".jpg", ".jpeg", ".png", ".PDF", ".JPG", ".JPEG", ".PNG"})

// pickScan lets the user choose a scan and calls then with its name, its size (-1 when the
// system does not tell) and a reader of its content. Tests replace it (see export_test).
var pickScan = func(win fyne.Window, then func(name string, size int64, read func() ([]byte, error))) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		defer rc.Close()
		size := int64(-1)
		if fi, err := os.Stat(rc.URI().Path()); err == nil {
			size = fi.Size()
		}
		then(rc.URI().Name(), size, func() ([]byte, error) {
			return io.ReadAll(io.LimitReader(rc, model.MaxScanBytes+1))
		})
	}, win)
	d.SetFilter(scanFilter)
	kit.ShowFileDialog(win, d) // its places in Bulgarian (issue #17)
}

// expenseDocs is the checklist of an expense's supporting documents (чл. 104–106): each one
// ticked when present, with its scans, which stay in memory until the expense is saved.
type expenseDocs struct {
	s       *expensesScreen
	box     *fyne.Container
	items   []model.ChecklistItem
	key     [3]string         // cost type, document kind and payment the checklist was made for
	pending map[string][]byte // scans not yet in the data file, by SHA-256
}

func newExpenseDocs(s *expensesScreen) *expenseDocs {
	return &expenseDocs{s: s, box: container.NewVBox(), pending: map[string][]byte{}}
}

// load shows the checklist of e as stored.
func (x *expenseDocs) load(e *model.Expense) {
	x.pending = map[string][]byte{}
	x.items = model.Checklist(e)
	x.key = x.formKey()
	x.render()
}

// formKey is what the required documents depend on, as the form holds it.
func (x *expenseDocs) formKey() [3]string {
	f := x.s.f
	return [3]string{f.costType.Selected, f.kind.Selected, f.paidBy.Selected}
}

// follow remakes the checklist when the cost type, the document kind or the payment changed,
// keeping what is ticked and attached.
func (x *expenseDocs) follow() {
	if k := x.formKey(); k != x.key {
		x.key = k
		f := x.s.f
		e := model.Expense{CostType: model.CostType(f.costType.SelectedIndex() + 1), DocKind: selectedKind(f.kind),
			PaidBy: model.PaymentMethod(paidChoice.Value(f.paidBy.Selected)), SupportingDocs: x.recorded()}
		x.items = model.Checklist(&e)
		x.render()
	}
}

// recorded are the documents to keep with the expense: every required one (not present until
// ticked) and every other that is ticked, numbered or scanned.
func (x *expenseDocs) recorded() []model.SupportingDoc {
	var out []model.SupportingDoc
	for _, it := range x.items {
		d := it.Doc
		needed := it.Required != nil && !it.Required.IfAny
		if needed || d.Present || len(d.Attachments) > 0 || d.Number != "" || !d.Date.IsZero() {
			out = append(out, d)
		}
	}
	return out
}

// render rebuilds the checklist's rows.
func (x *expenseDocs) render() {
	x.box.Objects = nil
	for i := range x.items {
		x.box.Add(x.row(i))
	}
	total := model.Expense{SupportingDocs: x.recorded()}
	scans := kit.Wrapped(fmt.Sprintf(lang.X("expenses.scans.total", "Сканирани документи: %s от %s (един файл до %s)"),
		sizeText(total.ScanBytes()), sizeText(model.MaxExpenseScanBytes), sizeText(model.MaxScanBytes)))
	scans.TextStyle.Italic = true
	x.box.Add(scans)
	x.box.Refresh()
}

// row is item i: its tick box with the article, the button to attach a scan and its scans.
func (x *expenseDocs) row(i int) fyne.CanvasObject {
	it := &x.items[i]
	label := it.Doc.Kind.Text(kit.ModelLang())
	if it.Doc.Number != "" {
		label += " № " + it.Doc.Number
	}
	// The article and the button to attach are under the tick box, the article wrapping, so a
	// long document („протокол за приемане на извършената работа № 0002501024/6“) or article
	// („чл. 106, ал. 1, т. 4“) does not widen the screen past a laptop's (issue #17).
	article := kit.Wrapped("")
	if r := it.Required; r != nil {
		text := "(" + articleText(r.Article)
		if r.IfAny {
			text += ", " + lang.X("expenses.doc.ifany", "ако има")
		}
		article.SetText(text + ")")
	}
	check := widget.NewCheck(label, nil)
	check.SetChecked(it.Doc.Present)
	check.OnChanged = func(v bool) {
		x.items[i].Doc.Present = v
		x.s.changed()
	}
	attach := widget.NewButtonWithIcon(lang.X("expenses.attach", "Прикачи"), theme.ContentAddIcon(), func() { x.attach(i) })
	rows := container.NewVBox(check, container.NewBorder(nil, nil, nil, attach, article))
	for j, a := range it.Doc.Attachments {
		name := widget.NewLabel("    " + a.Name + " · " + sizeText(a.Size))
		name.Truncation = fyne.TextTruncateEllipsis
		open := widget.NewButtonWithIcon(lang.X("expenses.scan.open", "Отвори"), theme.FileIcon(), func() { x.open(a) })
		remove := widget.NewButtonWithIcon(lang.X("expenses.scan.remove", "Премахни"), theme.DeleteIcon(), func() { x.remove(i, j) })
		rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(open, remove), name))
	}
	return rows
}

// sizeText is model.SizeText with its units in the current language.
func sizeText(n int64) string {
	return strings.NewReplacer(" МБ", " "+lang.X("size.mb", "МБ"), " КБ", " "+lang.X("size.kb", "КБ"),
		" Б", " "+lang.X("size.b", "Б")).Replace(model.SizeText(n))
}

// attach asks for a scan of item i and keeps it with the item, ticked as present, unless it is
// not a PDF, JPG or PNG or is over the limits: then the user reads why and nothing changes.
func (x *expenseDocs) attach(i int) {
	pickScan(x.s.env.Window, func(name string, size int64, read func() ([]byte, error)) {
		e := model.Expense{SupportingDocs: x.recorded()}
		if size >= 0 {
			if err := model.CheckScanSize(&e, name, size); err != nil {
				x.s.env.ShowError(err)
				return
			}
		}
		data, err := read()
		if err != nil {
			x.s.env.ShowError(fmt.Errorf("read %s: %w", name, err))
			return
		}
		if err := model.CheckScanSize(&e, name, int64(len(data))); err != nil {
			x.s.env.ShowError(err)
			return
		}
		mime, err := model.ScanMIME(name, data)
		if err != nil {
			x.s.env.ShowError(err)
			return
		}
		sum := sha256.Sum256(data)
		sha := hex.EncodeToString(sum[:])
		x.pending[sha] = data
		d := &x.items[i].Doc
		d.Attachments = append(d.Attachments, model.Attachment{Name: filepath.Base(name), MIME: mime, Size: int64(len(data)), SHA256: sha})
		d.Present = true
		x.render()
		x.s.changed()
	})
}

// remove drops scan j of item i from the expense; the content stays in the file while another
// record may refer to it (the store keeps one copy per content).
func (x *expenseDocs) remove(i, j int) {
	d := &x.items[i].Doc
	d.Attachments = append(d.Attachments[:j:j], d.Attachments[j+1:]...)
	x.render()
	x.s.changed()
}

// open writes scan a to the temporary folder and opens it in the system's viewer.
func (x *expenseDocs) open(a model.Attachment) {
	data, ok := x.pending[a.SHA256]
	if !ok {
		var err error
		if data, err = x.s.env.DB.Blob(a.SHA256); err != nil {
			x.s.env.ShowError(fmt.Errorf("open scan %s: %w", a.Name, err))
			return
		}
	}
	dir := filepath.Join(os.TempDir(), "tvoyatchas-scans")
	path := filepath.Join(dir, a.SHA256[:12]+"-"+strings.ReplaceAll(filepath.Base(a.Name), string(filepath.Separator), "_"))
	err := os.MkdirAll(dir, 0o700)
	if err == nil {
		err = os.WriteFile(path, data, 0o600)
	}
	var u *url.URL
	if err == nil {
		u, err = url.Parse(storage.NewFileURI(path).String())
	}
	if err == nil {
		err = fyne.CurrentApp().OpenURL(u)
	}
	if err != nil {
		x.s.env.ShowError(fmt.Errorf("open scan %s: %w", a.Name, err))
	}
}

// articleText is kit.ArticleText.
var articleText = kit.ArticleText
