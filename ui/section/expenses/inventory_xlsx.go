package expenses

import (
	"io"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store/sheets"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// xlsxButton saves the chosen quarter's inventory as XLSX (sheets.WriteInventory).
func (p *inventoryPanel) xlsxButton() *widget.Button {
	return widget.NewButtonWithIcon(lang.X("inventory.xlsx", "Таблица (XLSX)"), theme.DocumentSaveIcon(), func() {
		q, ok := p.chosen()
		if !ok {
			return
		}
		d := p.d
		p.env.SaveFile(kit.FileName("Опис-%d-%d.xlsx", q.y, q.q), func(w io.Writer) error {
			return sheets.WriteInventory(w, d, q.y, q.q)
		})
	})
}
