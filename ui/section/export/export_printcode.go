package export

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// exportPrintCode checks a code printed on a form (TC:година:формуляр:запис:хеш) against the
// data, as `tchas verify-print` does with forms.ParsePrintCode and forms.PrintCode: which record
// and version the paper was printed from, and whether the record changed since.
type exportPrintCode struct {
	s       *exportScreen
	code    *widget.Entry
	result  *widget.Label
	content fyne.CanvasObject
}

func newExportPrintCode(s *exportScreen) *exportPrintCode {
	c := &exportPrintCode{s: s, code: widget.NewEntry(), result: kit.Wrapped("")}
	c.code.SetPlaceHolder(lang.X("export.code.placeholder", "код от документа: TC:2025:application:…"))
	c.code.OnSubmitted = func(string) { c.check() }
	c.content = container.NewVBox(
		kit.Wrapped(lang.X("export.code.help", "Всеки отпечатан формуляр на ученик, група или месец носи код (и QR код) на версията на записа, от която е отпечатан. Въведете го, за да видите дали записът е променян след печата.")),
		container.NewBorder(nil, nil, nil, widget.NewButton(lang.X("export.code.check", "Провери кода"), c.check), c.code),
		c.result)
	return c
}

// check reads the code's school year and compares the code with the one the form would carry now.
func (c *exportPrintCode) check() {
	text := c.verify(strings.TrimSpace(c.code.Text))
	c.result.SetText(text.msg)
	c.result.Importance = text.importance
	c.result.Refresh()
}

// codeResult is what the check says and how it is shown.
type codeResult struct {
	msg        string
	importance widget.Importance
}

// verify returns what the code says about the data.
func (c *exportPrintCode) verify(code string) codeResult {
	y, form, id, hash, err := forms.ParsePrintCode(code)
	if err != nil {
		return codeResult{kit.ErrorText(err), widget.DangerImportance}
	}
	d, err := c.s.env.DB.LiveYear(y) // read-only: the code is only computed
	if err != nil {
		c.s.env.ShowError(fmt.Errorf("load school year %s: %w", y, err))
		return codeResult{}
	}
	now, err := forms.PrintCode(d, form, id)
	var me *model.Error
	switch {
	case errors.As(err, &me): // a form without codes
		return codeResult{kit.ErrorText(err), widget.DangerImportance}
	case err != nil:
		return codeResult{lang.X("export.code.gone", "Записът „{{.ID}}“ ({{.Form}}) не е в учебната {{.Y}} година: изтрит е или кодът е от друг файл с данни.",
			map[string]any{"ID": id, "Form": form, "Y": y.String()}), widget.DangerImportance}
	}
	args := map[string]any{"Form": form, "ID": id, "Y": y.String(), "Printed": hash, "Now": now[len(now)-len(hash):]}
	head := lang.X("export.code.record", "Документ: {{.Form}}, запис {{.ID}}, учебна {{.Y}} година. Отпечатан от версия {{.Printed}}, сегашна версия {{.Now}}.", args)
	if !strings.HasSuffix(now, ":"+hash) {
		return codeResult{head + " " + lang.X("export.code.changed", "Записът е променен след печата: отпечатайте документа отново."), widget.WarningImportance}
	}
	return codeResult{head + " " + lang.X("export.code.same", "Записът не е променян след печата."), widget.SuccessImportance}
}
