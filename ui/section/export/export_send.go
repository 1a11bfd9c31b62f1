package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/version"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// sendScope is what a package carries: the whole year, or what a peer has not yet seen.
var sendScope = kit.Choice{
	Values: []string{"year", "since"},
	Labels: []kit.Phrase{kit.Phrase{"export.send.year", "цялата учебна година"}, kit.Phrase{"export.send.since", "само промените за компютъра:"}},
}

// exportSend writes a package of the shown year through the save dialog and shows what it wrote.
type exportSend struct {
	s           *exportScreen
	scope       *widget.RadioGroup
	peer        *widget.Select
	peerIDs     map[string]string // the peer drop-down's labels → installation IDs
	sheets      *widget.Check     // carry the year's spreadsheets for the upload
	fingerprint *widget.Label
	button      *widget.Button
	result      *widget.Label
	activity    *widget.Activity // shown while the package is made
	busy        bool
	tmp         string // the folder of the last package made, removed with the next
	content     fyne.CanvasObject
}

func newExportSend(s *exportScreen) *exportSend {
	e := &exportSend{s: s, fingerprint: kit.Wrapped(""), result: kit.Wrapped(""), activity: widget.NewActivity()}
	e.activity.Hide()
	e.scope = sendScope.NewRadio(e.scopeChanged)
	e.scope.Horizontal = false
	e.peer = widget.NewSelect(nil, nil)
	e.peer.PlaceHolder = lang.X("export.send.peer", "изберете компютър")
	e.sheets = widget.NewCheck(lang.X("export.send.sheets", "с таблиците за качване в информационната система (Team, Docs, microdata_ESF, опис)"), nil)
	e.button = widget.NewButton(lang.X("export.send.button", "Създай пакет…"), e.export)
	e.button.Importance = widget.HighImportance
	e.result.TextStyle.Bold = true
	e.content = container.NewVBox(
		kit.Wrapped(lang.X("export.send.help", "Пакетът съдържа записите на учебната година, подписани с ключа на този компютър. Занесете го на другия компютър (на флашка или по имейл) и го приложете там в „Получаване на пакет“.")),
		e.scope, e.peer, e.sheets, e.fingerprint, e.button, e.activity, e.result)
	return e
}

// refresh shows the key's fingerprint and the trusted computers to choose from.
func (e *exportSend) refresh() {
	if e.s.key.Private != nil {
		e.fingerprint.SetText(lang.X("export.send.fingerprint", "Отпечатък на ключа на този компютър: {{.F}}", map[string]any{"F": e.s.key.Fingerprint()}))
	}
	e.peerIDs = map[string]string{}
	var labels []string
	for _, p := range e.s.peers.list {
		l := fmt.Sprintf("%s (%s…)", p.Installation, p.Fingerprint[:min(len(p.Fingerprint), 9)])
		e.peerIDs[l] = p.Installation
		labels = append(labels, l)
	}
	e.peer.SetOptions(labels)
	if _, ok := e.peerIDs[e.peer.Selected]; !ok {
		e.peer.ClearSelected()
	}
	if e.scope.Selected == "" {
		e.scope.SetSelected(sendScope.Label("year"))
	}
	if len(labels) == 0 {
		e.scope.SetSelected(sendScope.Label("year"))
		e.scope.Disable()
	} else {
		e.scope.Enable()
	}
	e.scopeChanged()
	if e.s.data == nil {
		e.button.Disable()
	} else {
		e.button.Enable()
	}
}

// scopeChanged enables the choice of a computer only for a package of the changes.
func (e *exportSend) scopeChanged() {
	if e.peer == nil {
		return
	}
	if sendScope.Value(e.scope.Selected) == "since" {
		e.peer.Enable()
	} else {
		e.peer.Disable()
	}
}

// export asks where to save the package and writes it there.
func (e *exportSend) export() {
	d := e.s.data
	if d == nil {
		return
	}
	opts := syncpack.ExportOptions{Key: e.s.key, AppVersion: version.String(), Year: d.Programme.Year}
	if sendScope.Value(e.scope.Selected) == "since" {
		id, ok := e.peerIDs[e.peer.Selected]
		if !ok {
			kit.ShowInformation(e.s.env.Window, lang.X("export.send.title", "Изпращане на пакет"), lang.X("export.send.nopeer", "Изберете компютъра, за който е пакетът, или изпратете цялата учебна година."))
			return
		}
		opts.Since = id
	}
	name := fmt.Sprintf("paket-%s-%d-%d.tchas", d.School.NEISPUO, int(d.Programme.Year), int(d.Programme.Year)+1)
	e.prepare(opts, func(path string) {
		e.s.env.SaveFile(name, func(w io.Writer) error { return sendFile(w, path) })
	})
}

// prepare makes the package in a temporary folder away from the window — Export reads every
// record and verifies what it wrote, seconds for a big school — then shows what it holds and
// calls then with its path. The previous package's folder is removed first.
func (e *exportSend) prepare(opts syncpack.ExportOptions, then func(path string)) {
	if e.busy {
		return
	}
	if e.tmp != "" {
		_ = os.RemoveAll(e.tmp)
		e.tmp = ""
	}
	e.busy = true
	e.activity.Show()
	e.activity.Start()
	db, sheets, d := e.s.env.DB, e.sheets.Checked, e.s.data
	e.s.env.Go(func() {
		dir, err := os.MkdirTemp("", "tvoyatchas-paket-")
		var res syncpack.Exported
		if err == nil && sheets {
			opts.Files, err = printing.Files(printing.Sheets(printing.Jobs(d, printing.Options{})))
		}
		if err == nil {
			res, err = syncpack.ExportPackage(db, filepath.Join(dir, "paket.zip"), opts)
		}
		fyne.Do(func() {
			e.busy, e.tmp = false, dir
			if err != nil {
				e.s.env.ShowError(err)
			} else {
				e.result.SetText(lang.X("export.send.done", "Пакет № {{.Seq}}: {{.N}} записа. Отпечатък на ключа: {{.F}}",
					map[string]any{"Seq": res.Sequence, "N": res.Records, "F": res.Fingerprint}))
				then(filepath.Join(dir, "paket.zip"))
			}
			e.activity.Stop()
			e.activity.Hide() // last: the screen is up to date once the activity is gone
		})
	})

}

// sendFile copies the package at path to w.
func sendFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("copy %s: %w", path, err)
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		return fmt.Errorf("copy %s: %w", path, err)
	}
	return nil
}

// exportPeers lists the computers whose packages this file accepts, each with a button that
// removes it (a reinstalled computer has a new key).
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
		p.box.Add(kit.Wrapped(lang.X("export.peers.none", "Още няма доверени компютри: първият пакет от другия компютър ще ви помоли да сверите отпечатъка на ключа му.")))
		return
	}
	for _, peer := range list {
		text := lang.X("export.peers.row", "{{.ID}} — отпечатък {{.F}}; приложени пакети до № {{.Applied}}",
			map[string]any{"ID": peer.Installation, "F": peer.Fingerprint, "Applied": peer.Applied})
		remove := widget.NewButton(lang.X("export.peers.remove", "Премахни"), func() { p.remove(peer.Installation) })
		p.box.Add(container.NewBorder(nil, nil, nil, remove, kit.Wrapped(text)))
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
