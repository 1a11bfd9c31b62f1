package kit

import (
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// modelLang is the language the model's messages are shown in: the window's (issue #21). The
// shell sets it with the window's language; Bulgarian, the messages' reference, until then.
var modelLang atomic.Value

// SetModelLang makes l the language of the model's messages shown from now on.
func SetModelLang(l model.Lang) { modelLang.Store(l) }

// ModelLang is the language of the model's messages: model.Error.Text and model.Finding.Text.
func ModelLang() model.Lang {
	if l, ok := modelLang.Load().(model.Lang); ok {
		return l
	}
	return model.LangBulgarian
}

// ArticleText is an article of the instruction („чл. 106, ал. 1, т. 4“) in the window's
// language: the abbreviations are words of the language, the numbers stay.
func ArticleText(a string) string {
	return strings.NewReplacer(
		"ЗЗД", lang.X("article.zzd", "ЗЗД"),
		"чл.", lang.X("article.art", "чл."),
		"ал.", lang.X("article.para", "ал."),
		"т.", lang.X("article.item", "т."),
	).Replace(a)
}

// Money is an amount as the window shows it, in its language (model.Money.Text): the number
// in the Bulgarian format in both languages, „лв.“ in Bulgarian and „BGN“ in English, „€“ in
// both. Printed forms and files keep model.Money.String. NumberText keeps it on one line.
func Money(m model.Money) string { return m.Text(ModelLang()) }

// BothCurrencies is the amount with its figure in the other currency, in the window's language.
func BothCurrencies(m model.Money) string { return model.BothCurrenciesIn(m, ModelLang()) }

// CapText is a cap of чл. 82 as the window names it: „чл. 82, ал. 1, т. 2 — Консумативи
// (тонери)“, „Art. 82, para. 1, item 2 — Consumables (toner)“.
func CapText(c model.CostCap) string {
	return ArticleText(c.Article) + " — " + c.NameIn(ModelLang())
}
