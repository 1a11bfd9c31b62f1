package export

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// A paired computer's role from the window (issue #13), as `tchas peers --set-role` does it
// (syncpack.SetPeerRole): the role decides what the next packages for that computer carry —
// the kinds of record the role reads, the special categories only for a role that sees them.
// The dialog says what the chosen role will receive and what it will not before it is saved.

// askRole asks for the new role of the trusted computer peer and saves it once confirmed.
func (p *exportPeers) askRole(peer syncpack.Peer) {
	win := p.s.env.Window
	current := peer.Role
	if current == "" {
		current = model.AccountDirector // a computer trusted before roles gets whole packages
	}
	summary := kit.Wrapped("")
	pick := widget.NewSelect(roleChoice.Options(), func(label string) {
		summary.SetText(roleReceives(peer.Installation, model.AccountRole(roleChoice.Value(label))))
	})
	pick.PlaceHolder = lang.X("export.pair.role", "ролята на другия компютър")
	pick.SetSelected(roleChoice.Label(string(current)))
	var d *dialog.CustomDialog
	save := func() {
		role := model.AccountRole(roleChoice.Value(pick.Selected))
		d.Hide()
		if role == current && peer.Role != "" {
			return
		}
		if err := syncpack.SetPeerRole(p.s.env.DB, peer.Installation, role); err != nil {
			p.s.env.ShowError(err)
		}
		p.s.Refresh()
	}
	cancel := func() { d.Hide() }
	ok := widget.NewButtonWithIcon(lang.X("export.peers.role.ok", "Смени ролята"), theme.ConfirmIcon(), save)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	head := kit.Wrapped(lang.X("export.peers.role.text", "Ролята на компютъра „{{.ID}}“ решава какво носят следващите пакети за него. Каквото вече е получил, остава на него.",
		map[string]any{"ID": peer.Installation}))
	d = dialog.NewCustomWithoutButtons(lang.X("export.peers.role.title", "Роля на доверения компютър"),
		container.NewVBox(head, pick, summary), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(520, 0))
	kit.DialogKeys(win, d, save, cancel)
	d.Show()
}

// roleReceives says what the next packages for computer id carry with role, and what they leave
// out, as syncpack's cut decides it (model.AccountRole.CanRead and SeesSpecial).
func roleReceives(id string, role model.AccountRole) string {
	var without []string
	for _, k := range model.Kinds {
		if !role.CanRead(k) {
			without = append(without, kindName(k))
		}
	}
	special := role.SeesSpecial()
	if !special {
		without = append(without, lang.X("export.peers.role.special", "специалните категории данни (отговорите от панела за ЕСФ, критериите по чл. 57, ал. 2)"),
			"microdata_ESF.xlsx")
	}
	text := lang.X("export.peers.role.all", "Следващите пакети за „{{.ID}}“ ще носят всички данни на годината, със специалните категории данни (чл. 9 от GDPR) и microdata_ESF.xlsx.",
		map[string]any{"ID": id})
	if len(without) > 0 {
		text = lang.X("export.peers.role.cut", "Следващите пакети за „{{.ID}}“ ще носят само данните, които ролята чете. Няма да носят: {{.Without}}.",
			map[string]any{"ID": id, "Without": strings.Join(without, "; ")})
	}
	return text
}
