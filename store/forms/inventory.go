package forms

import (
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteInventory prints the inventory of supporting documents (опис на разходооправдателните
// документи) of the financial report for quarter q of year y (чл. 99, 102): the expenses whose
// document is dated in the quarter, by activity and, within it, by cost type of чл. 79, with
// subtotals. Amounts are in the year's currency.
func WriteInventory(w io.Writer, d *model.YearData, y, q int) error {
	if q < 1 || q > 4 {
		return fmt.Errorf("write inventory: quarter %d is not 1–4", q)
	}
	cur := d.Programme.Currency
	if !cur.Valid() {
		cur = model.EUR
	}
	suppliers := make(map[model.ID]string, len(d.Suppliers))
	for _, s := range d.Suppliers {
		suppliers[s.ID] = s.Name
	}
	dc := newDoc(d, "Опис на разходооправдателните документи", false)
	dc.title("ОПИС НА РАЗХОДООПРАВДАТЕЛНИТЕ ДОКУМЕНТИ")
	dc.subtitle(fmt.Sprintf("към финансовия отчет за %d. тримесечие на %d г. (чл. 102)", q, y))
	grand := model.Money{Currency: cur}
	for _, a := range model.Activities {
		total, any := dc.inventoryActivity(d, a, y, q, cur, suppliers)
		if any {
			grand = grand.Add(total)
		}
	}
	dc.field("Общо допустими разходи за тримесечието", grand.String())
	dc.signatures(signature{"Съставил (счетоводител)", ""}, signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// inventoryActivity prints one activity's expenses by cost type and returns their total, and
// whether there were any.
func (dc *doc) inventoryActivity(d *model.YearData, a model.Activity, y, q int, cur model.Currency, suppliers map[model.ID]string) (model.Money, bool) {
	total := model.Money{Currency: cur}
	printed := false
	for c := model.CostType(1); c <= 15; c++ {
		var rows [][]string
		sub := model.Money{Currency: cur}
		for _, e := range d.Expenses {
			if e.Activity != a || e.CostType != c || e.DocDate.Y != y || e.DocDate.Quarter() != q {
				continue
			}
			sub = sub.Add(e.Eligible().In(cur))
			rows = append(rows, []string{itemNo(len(rows)), string(e.DocKind), e.DocNumber + "\n" + e.DocDate.String(),
				suppliers[e.SupplierID], e.Description, e.Gross().String(), e.Eligible().In(cur).String(), e.PaidOn.String()})
		}
		if len(rows) == 0 {
			continue
		}
		if !printed {
			dc.section(a.Label())
			printed = true
		}
		dc.lines(c.Name(), true, 9, gopdf.Left)
		dc.y += 2
		rows = append(rows, []string{"", "Общо", "", "", "", "", sub.String(), ""})
		dc.table(inventoryColumns, rows, tableStyle{Size: 8, BoldLast: true})
		total = total.Add(sub)
	}
	if printed {
		dc.field("Общо за дейността", total.String())
	}
	return total, printed
}

var inventoryColumns = []column{
	{"№", 4, gopdf.Right}, {"Вид на документа", 13, gopdf.Left}, {"Номер и дата", 13, gopdf.Left},
	{"Доставчик", 15, gopdf.Left}, {"Описание", 20, gopdf.Left}, {"Сума с ДДС", 12, gopdf.Right},
	{"Допустима сума", 12, gopdf.Right}, {"Платено на", 12, gopdf.Center},
}
