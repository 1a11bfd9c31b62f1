package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/version"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// sendScope is what a package carries: the whole year, or what its addressee has not yet seen.
var sendScope = kit.Choice{
	Values: []string{"year", "since"},
	Labels: []kit.Phrase{kit.Phrase{"export.send.year", "цялата учебна година"}, kit.Phrase{"export.send.since.to", "само промените, които получателят още няма"}},
}

// exportSend writes a package of the shown year for a paired computer: cut for that computer's
// role and encrypted to it (issue #13). A package in the clear is written only behind its own
// button and a warning.
type exportSend struct {
	s           *exportScreen
	peer        *widget.Select
	peerIDs     map[string]string // the drop-down's labels → installation IDs
	scope       *widget.RadioGroup
	sheets      *widget.Check // carry the year's spreadsheets for the upload
	fingerprint *widget.Label
	button      *widget.Button
	plain       *widget.Button
	result      *widget.Label
	activity    *widget.Activity // shown while the package is made
	busy        bool
	tmp         string // the folder of the last package made, removed with the next
	content     fyne.CanvasObject
}

func newExportSend(s *exportScreen) *exportSend {
	e := &exportSend{s: s, fingerprint: kit.Wrapped(""), result: kit.Wrapped(""), activity: widget.NewActivity()}
	e.activity.Hide()
	e.peer = widget.NewSelect(nil, nil)
	e.peer.PlaceHolder = lang.X("export.send.to", "изберете получателя")
	e.scope = sendScope.NewRadio(func() {})
	e.scope.Horizontal = false
	e.sheets = widget.NewCheck(lang.X("export.send.sheets", "с таблиците за качване в информационната система (Team, Docs, microdata_ESF, опис)"), nil)
	e.button = widget.NewButton(lang.X("export.send.button", "Създай пакет…"), e.export)
	e.button.Importance = widget.HighImportance
	e.plain = widget.NewButton(lang.X("export.send.plain", "Пакет без шифроване…"), e.askPlain)
	e.plain.Importance = widget.LowImportance
	pair := widget.NewButton(lang.X("export.pair.open", "Сдвояване…"), func() { showPairing(s) })
	e.result.TextStyle.Bold = true
	e.content = container.NewVBox(
		kit.Wrapped(lang.X("export.send.help.to", "Пакетът е подписан с ключа на този компютър и шифрован за получателя: само неговият компютър може да го отвори, и носи само данните, които ролята му чете. Занесете го там (на флашка или по имейл) и го приложете в „Получаване на пакет“.")),
		e.peer, e.scope, e.sheets, e.fingerprint, container.NewHBox(e.button, pair), e.plain, e.activity, e.result)
	return e
}

// refresh shows the key's fingerprint and the paired computers to send to.
func (e *exportSend) refresh() {
	if e.s.key.Private != nil {
		e.fingerprint.SetText(lang.X("export.send.fingerprint", "Отпечатък на ключа на този компютър: {{.F}}", map[string]any{"F": e.s.key.Fingerprint()}))
	}
	e.peerIDs = map[string]string{}
	var labels []string
	for _, p := range e.s.peers.list {
		if !p.Paired {
			continue // a peer trusted before pairing existed has no key to encrypt to
		}
		l := peerLabel(p)
		e.peerIDs[l] = p.Installation
		labels = append(labels, l)
	}
	e.peer.SetOptions(labels)
	if _, ok := e.peerIDs[e.peer.Selected]; !ok {
		e.peer.ClearSelected()
		if len(labels) == 1 {
			e.peer.SetSelected(labels[0])
		}
	}
	if e.scope.Selected == "" {
		e.scope.SetSelected(sendScope.Label("year"))
	}
	if e.s.data == nil {
		e.button.Disable()
		e.plain.Disable()
	} else {
		e.button.Enable()
		e.plain.Enable()
	}
}

// peerLabel names a paired computer in the drop-down: its ID, its role and its fingerprint's start.
func peerLabel(p syncpack.Peer) string {
	return fmt.Sprintf("%s — %s (%s…)", p.Installation, roleChoice.Label(string(p.Role)), p.Fingerprint[:min(len(p.Fingerprint), 9)])
}

// selectPeer chooses the paired computer id as the addressee, after a pairing.
func (e *exportSend) selectPeer(id string) {
	for l, pid := range e.peerIDs {
		if pid == id {
			e.peer.SetSelected(l)
		}
	}
}

// export writes the package for the chosen paired computer; without one it asks to pair first.
func (e *exportSend) export() {
	d := e.s.data
	if d == nil {
		return
	}
	id, ok := e.peerIDs[e.peer.Selected]
	if !ok {
		e.askToPair()
		return
	}
	opts := syncpack.ExportOptions{Key: e.s.key, AppVersion: version.String(), Year: d.Programme.Year, To: id}
	if sendScope.Value(e.scope.Selected) == "since" {
		opts.Since = id
	}
	e.write(opts)
}

// askToPair says that a package goes to a paired computer only, and offers the pairing.
func (e *exportSend) askToPair() {
	win := e.s.env.Window
	msg := lang.X("export.send.nopeer.ask", "Пакетът се шифрова за компютъра, който ще го получи. Изберете получателя, или ако още няма сдвоен компютър, сдвоете двата компютъра: разменете файловете им за сдвояване и сверете отпечатъците по телефона.")
	if len(e.peerIDs) == 0 {
		msg = lang.X("export.send.nopeer.pair", "Няма сдвоен компютър, за който да се шифрова пакетът. Сдвоете двата компютъра: разменете файловете им за сдвояване и сверете отпечатъците по телефона.")
	}
	pair := false
	d := dialog.NewCustomConfirm(lang.X("export.send.title", "Изпращане на пакет"), lang.X("export.pair.open", "Сдвояване…"),
		lang.X("dialog.close", "Затвори"), kit.Wrapped(msg), func(ok bool) { pair = ok }, win)
	d.Resize(fyne.NewSize(520, 0))
	kit.DialogKeys(win, d, d.Confirm, d.Dismiss)
	// The pairing opens once this dialog has given the window its keys back (DialogKeys'
	// closing runs after the answer): opened from the answer, its Enter and Esc would be lost.
	d.SetOnClosed(func() {
		if pair {
			showPairing(e.s)
		}
	})
	d.Show()
}

// askPlain warns what a package in the clear holds; only a click on Да writes one (Enter does
// not: the personal data of the whole year would leave unencrypted).
func (e *exportSend) askPlain() {
	if e.s.data == nil {
		return
	}
	kit.ShowConfirm(e.s.env.Window, lang.X("export.send.plain.title", "Пакет без шифроване"),
		lang.X("export.send.plain.ask", "ВНИМАНИЕ: пакетът няма да е шифрован и ще съдържа в четим вид всички лични данни на учебната година, включително отговорите от приложение № 2 (ЕСФ). Всеки, до когото стигне файлът, може да ги прочете. Използвайте го само за компютър, който още не може да бъде сдвоен, и го изтрийте, след като бъде приложен. Да бъде ли създаден?"),
		false, func(ok bool) {
			if ok {
				e.write(syncpack.ExportOptions{Key: e.s.key, AppVersion: version.String(), Year: e.s.data.Programme.Year})
			}
		})
}

// write makes the package and offers to save it.
func (e *exportSend) write(opts syncpack.ExportOptions) {
	d := e.s.data
	name := kit.FileName("paket-%s-%d-%d.tchas", d.School.NEISPUO, int(d.Programme.Year), int(d.Programme.Year)+1)
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
				e.result.SetText(exportedText(res, opts.To))
				e.s.relayout()
				then(filepath.Join(dir, "paket.zip"))
			}
			e.activity.Stop()
			e.activity.Hide() // last: the screen is up to date once the activity is gone
		})
	})
}

// exportedText says what the package holds, for whom it is encrypted and what its role was not sent.
func exportedText(res syncpack.Exported, to string) string {
	text := lang.X("export.send.done", "Пакет № {{.Seq}}: {{.N}} записа. Отпечатък на ключа: {{.F}}",
		map[string]any{"Seq": res.Sequence, "N": res.Records, "F": res.Fingerprint})
	if !res.Encrypted {
		return text + "\n" + lang.X("export.send.done.plain", "НЕ е шифрован: съдържа всички лични данни на годината в четим вид. Изтрийте го, след като бъде приложен.")
	}
	text += "\n" + lang.X("export.send.done.to", "Шифрован за „{{.To}}“: само неговият компютър може да го отвори.", map[string]any{"To": to})
	if l := res.LeftOut; !l.IsZero() {
		var kinds []string
		for _, k := range l.Kinds {
			kinds = append(kinds, kindName(k))
		}
		for _, k := range l.Special {
			kinds = append(kinds, lang.X("export.send.leftout.special", "специалните категории данни на {{.Kind}}", map[string]any{"Kind": kindName(k)}))
		}
		kinds = append(kinds, l.Files...)
		text += "\n" + lang.X("export.send.leftout", "Не са изпратени (ролята на получателя не ги чете): {{.What}}.", map[string]any{"What": strings.Join(kinds, ", ")})
	}
	return text
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
