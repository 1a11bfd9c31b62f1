package export

import (
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// maxPairingFile is more than a pairing text ever is (ParsePairing refuses above 4 KB): a bigger
// file is the wrong one and is not read whole.
const maxPairingFile = 8 << 10

// pairing is the dialog that pairs this computer with another (issue #13): it gives this
// computer's pairing text (public keys only) to copy or save, reads the other's pasted or from
// its file, shows that computer's fingerprint to compare by phone and pairs only once the user
// says it matches and has chosen the other's role — what packages for it will carry.
type pairing struct {
	s       *exportScreen
	text    *widget.Entry // the other computer's pairing text
	peer    *widget.Label // whose text it is and its fingerprint, or why it is refused
	role    *widget.Select
	match   *widget.Check
	pair    *widget.Button
	parsed  *syncpack.Pairing
	dialog  *dialog.CustomDialog
	own     string // this computer's pairing text
	ownName string
}

// showPairing opens the pairing dialog over the Експорт screen.
func showPairing(s *exportScreen) {
	own, fp, err := syncpack.PairingText(s.env.DB)
	if err != nil {
		s.env.ShowError(err)
		return
	}
	p := &pairing{s: s, own: own, peer: kit.Wrapped(""), ownName: kit.FileName("сдвояване-%s.pair", s.env.DB.Installation())}
	p.text = kit.NewTextArea(lang.X("export.pair.paste", "поставете тук текста за сдвояване на другия компютър"), 5, p.check)
	p.role = roleChoice.NewSelect(lang.X("export.pair.role", "ролята на другия компютър"), p.enable)
	p.match = widget.NewCheck(lang.X("export.pair.match", "Сверих отпечатъка по телефона: съвпада"), func(bool) { p.enable() })
	p.pair = widget.NewButton(lang.X("export.pair.button", "Сдвои"), p.confirm)
	p.pair.Importance = widget.HighImportance
	p.pair.Disable()
	closeButton := widget.NewButton(lang.X("dialog.close", "Затвори"), func() { p.dialog.Hide() })

	mine := container.NewVBox(
		kit.Wrapped(lang.X("export.pair.own", "Този компютър: {{.ID}}. Отпечатък на ключа: {{.F}}", map[string]any{"ID": s.env.DB.Installation(), "F": fp})),
		container.NewHBox(
			widget.NewButton(lang.X("export.pair.copy", "Копирай текста"), func() { copyText(own) }),
			widget.NewButton(lang.X("export.pair.save", "Запиши файла за сдвояване…"), func() {
				s.env.SaveFile(p.ownName, func(w io.Writer) error { _, err := io.WriteString(w, own); return err })
			})))
	theirs := container.NewVBox(p.text,
		widget.NewButton(lang.X("export.pair.load", "Зареди файла на другия компютър…"), p.load),
		p.peer, p.role, p.match)
	content := container.NewVBox(
		kit.Wrapped(lang.X("export.pair.help", "Дайте на другия компютър текста или файла за сдвояване на този (съдържа само публични ключове), а неговия поставете или заредете долу. После се обадете по телефона и сверете отпечатъците: сдвоете само ако съвпадат.")),
		widget.NewCard(lang.X("export.pair.mine", "Този компютър"), "", mine),
		widget.NewCard(lang.X("export.pair.theirs", "Другият компютър"), "", theirs))
	p.dialog = dialog.NewCustomWithoutButtons(lang.X("export.pair.title", "Сдвояване с другия компютър"), container.NewVScroll(content), s.env.Window)
	p.dialog.SetButtons([]fyne.CanvasObject{p.pair, closeButton})
	p.dialog.Resize(fyne.NewSize(640, 560)) // inside a 1093×614 window (issue #17)
	kit.DialogKeys(s.env.Window, p.dialog, p.confirm, p.dialog.Hide)
	p.dialog.Show()
}

// check reads the pasted text as it changes and shows whose it is.
func (p *pairing) check() {
	p.parsed = nil
	p.match.SetChecked(false)
	if kit.TrimText(p.text.Text) == "" {
		p.peer.SetText("")
		p.enable()
		return
	}
	pr, err := syncpack.ParsePairing(p.text.Text)
	if err != nil {
		p.peer.Importance = widget.DangerImportance
		p.peer.SetText(kit.ErrorText(err))
	} else {
		p.parsed = &pr
		p.peer.Importance = widget.WarningImportance
		p.peer.SetText(lang.X("export.pair.peer", "Компютър: {{.ID}}. Отпечатък на ключа му: {{.F}} — сверете го по телефона с показания на другия компютър.",
			map[string]any{"ID": pr.Installation, "F": pr.Fingerprint}))
	}
	p.enable()
}

// enable allows Сдвои only for a valid text, a chosen role and a confirmed fingerprint.
func (p *pairing) enable() {
	if p.parsed != nil && p.match.Checked && roleChoice.Value(p.role.Selected) != "" {
		p.pair.Enable()
	} else {
		p.pair.Disable()
	}
}

// load reads the other computer's pairing file into the text.
func (p *pairing) load() {
	kit.ChoosePath(p.s.env, []string{".pair", ".txt"}, p.s.folderURI(), func(path string) {
		f, err := os.Open(path)
		if err != nil {
			p.s.env.ShowError(fmt.Errorf("read pairing file %s: %w", path, err))
			return
		}
		defer f.Close()
		raw, err := io.ReadAll(io.LimitReader(f, maxPairingFile))
		if err != nil {
			p.s.env.ShowError(fmt.Errorf("read pairing file %s: %w", path, err))
			return
		}
		p.text.SetText(string(raw))
	})
}

// confirm pairs with the checked computer in the chosen role, then offers it as the addressee.
func (p *pairing) confirm() {
	if p.pair.Disabled() || p.parsed == nil {
		return
	}
	role := model.AccountRole(roleChoice.Value(p.role.Selected))
	if err := syncpack.Pair(p.s.env.DB, *p.parsed, role); err != nil {
		p.s.env.ShowError(err)
		return
	}
	id := p.parsed.Installation
	p.dialog.Hide()
	p.s.Refresh()
	p.s.send.selectPeer(id)
	kit.ShowInformation(p.s.env.Window, lang.X("export.pair.title", "Сдвояване с другия компютър"),
		lang.X("export.pair.done", "Сдвоено с „{{.ID}}“ като {{.Role}}. Пакетите за него ще бъдат шифровани за него и ще носят само данните за тази роля.",
			map[string]any{"ID": id, "Role": roleChoice.Label(string(role))}))
}

// copyText puts text on the clipboard. The Env carries no App and Window.Clipboard is
// deprecated in Fyne 2.7, so the running app's clipboard is taken.
func copyText(text string) { fyne.CurrentApp().Clipboard().SetContent(text) }
