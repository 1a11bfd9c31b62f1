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
