package export

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// roleChoice names the roles a paired computer can be given: what its packages carry.
var roleChoice = kit.Choice{
	Values: []string{string(model.AccountDirector), string(model.AccountAccountant), string(model.AccountLeader), string(model.AccountInspector)},
	Labels: []kit.Phrase{
		kit.Phrase{"export.role.director", "директор (всички данни)"},
		kit.Phrase{"export.role.accountant", "счетоводител (без ЕСФ, ИОК и анкети)"},
		kit.Phrase{"export.role.leader", "ръководител на група"},
		kit.Phrase{"export.role.inspector", "проверител (РУО, председател на съвета)"},
	},
}

// kindName is the word for a kind of record, its code when none is kept.
func kindName(k model.Kind) string {
	if n := kit.KindNames[k].String(); n != "" {
		return n
	}
	return string(k)
}

// exportPeers lists the computers whose packages this file accepts, each with a button that
// changes its role (what the packages for it carry) and one that removes it (a reinstalled
// computer has a new key).
type exportPeers struct {
	s       *exportScreen
	list    []syncpack.Peer
	box     *fyne.Container
	content fyne.CanvasObject
}

func newExportPeers(s *exportScreen) *exportPeers {
	p := &exportPeers{s: s, box: container.NewVBox()}
	p.content = p.box
	return p
}

// refresh reloads the trusted computers.
func (p *exportPeers) refresh() {
	list, err := syncpack.Peers(p.s.env.DB)
	if err != nil {
		p.s.env.ShowError(err)
	}
	p.list = list
	p.box.RemoveAll()
	if len(list) == 0 {
		p.box.Add(kit.Wrapped(lang.X("export.peers.none.pair", "Още няма доверени компютри: сдвоете този компютър с другия („Сдвояване…“).")))
		return
	}
	for _, peer := range list {
		text := lang.X("export.peers.row", "{{.ID}} — отпечатък {{.F}}; приложени пакети до № {{.Applied}}",
			map[string]any{"ID": peer.Installation, "F": peer.Fingerprint, "Applied": peer.Applied})
		if peer.Paired {
			text += "; " + lang.X("export.peers.paired", "сдвоен като {{.Role}}", map[string]any{"Role": roleChoice.Label(string(peer.Role))})
		} else {
			text += "; " + lang.X("export.peers.unpaired", "не е сдвоен: пакетите за него не могат да бъдат шифровани")
		}
		remove := widget.NewButton(lang.X("export.peers.remove", "Премахни"), func() { p.remove(peer.Installation) })
		role := widget.NewButton(lang.X("export.peers.role", "Роля…"), func() { p.askRole(peer) }) // export_peers_role.go
		p.box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(role, remove), kit.Wrapped(text)))
	}
}

// remove asks, then forgets the computer.
func (p *exportPeers) remove(id string) {
	kit.ShowConfirm(p.s.env.Window, lang.X("export.peers.remove.title", "Премахване на доверен компютър"), lang.X("export.peers.remove.ask", "Пакетите от „{{.ID}}“ няма да се приемат, докато не сверите отново отпечатъка на ключа му. Премахване?", map[string]any{"ID": id}), false, func(ok bool) {
		if !ok {
			return
		}
		if err := syncpack.Forget(p.s.env.DB, id); err != nil {
			p.s.env.ShowError(err)
		}
		p.s.Refresh()
	})
}
