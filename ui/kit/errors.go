package kit

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// ShowError is the one place that turns an error into a dialog. A model.Error (or a list of them)
// is the user's to fix: its Bulgarian message is all they read. Anything else is our failure:
// a general message, and the detail for whoever helps them.
func ShowError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	title, msg, detail := DescribeError(err)
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	content := fyne.CanvasObject(text)
	if detail != "" {
		more := widget.NewLabel(detail)
		more.Wrapping = fyne.TextWrapWord
		more.TextStyle.Italic = true
		content = widget.NewAccordion(widget.NewAccordionItem(lang.X("error.detail", "Подробности"), more))
		content = container.NewVBox(text, content)
	}
	d := dialog.NewCustom(title, lang.X("dialog.ok", "Добре"), content, w)
	d.Resize(fyne.NewSize(520, 0))
	DialogKeys(w, d, d.Hide, d.Hide) // Enter and Esc close it, as Добре does
	d.Show()
}

// DescribeError returns the dialog's title, its message and, for internal errors, the detail.
func DescribeError(err error) (title, msg, detail string) {
	var list model.Errors
	if errors.As(err, &list) && len(list) > 0 {
		lines := make([]string, len(list))
		for i, e := range list {
			lines[i] = "• " + Sentence(e.Text(ModelLang()))
		}
		return lang.X("error.check.title", "Проверете данните"), strings.Join(lines, "\n"), ""
	}
	var one *model.Error
	if errors.As(err, &one) && one.Code != model.CodeInternal {
		return lang.X("error.title", "Грешка"), Sentence(one.Text(ModelLang())), ""
	}
	return lang.X("error.title", "Грешка"),
		lang.X("error.unexpected", "Действието не можа да завърши. Данните, записани преди него, са запазени. Ако грешката се повтаря, изпратете подробностите на поддръжката."),
		err.Error()
}

// Sentence starts s with a capital letter: model messages are written to follow a field's name.
func Sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
