package sheets_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// expenses is a euro year with two remedial materials invoices and a council expense in the
// fourth quarter of 2026, one in lev, and one invoice of January 2027.
func expenses() *model.YearData {
	y := model.SchoolYear(2026)
	d := &model.YearData{School: model.School{Name: "ОУ „Христо Ботев“", Town: "гр. Самоков"},
		Programme: model.Programme{Year: y, Currency: model.EUR},
		Suppliers: []model.Supplier{{ID: "sup", Name: "Книжарница „Азбука“ ЕООД"}}}
	inv := func(id, no string, day model.Date, act model.Activity, ct model.CostType, net, vat model.Money) model.Expense {
		return model.Expense{ID: model.ID(id), Year: y, SupplierID: "sup", DocKind: model.DocInvoice, DocNumber: no, DocDate: day,
			Description: "Материали " + id, Net: net, VAT: vat, CostType: ct, Activity: act, PaidBy: model.Bank, PaidOn: day.AddDays(5)}
	}
	d.Expenses = []model.Expense{
		inv("e1", "0000012345", model.NewDate(2026, time.November, 20), model.ActRemedial, 2, model.Euro(1028, 80), model.Euro(205, 76)),
		inv("e2", "0000012346", model.NewDate(2026, time.December, 1), model.ActRemedial, 2, model.Euro(100, 0), model.Euro(20, 0)),
		inv("e3", "К-7", model.NewDate(2026, time.October, 2), model.ActCouncil, 12, model.Lev(195, 58), model.Lev(0, 0)),
		inv("e4", "0000099999", model.NewDate(2027, time.January, 5), model.ActRemedial, 2, model.Euro(50, 0), model.Euro(10, 0)),
	}
	return d
}

func TestWriteInventory(t *testing.T) {
	var buf bytes.Buffer
	if err := sheets.WriteInventory(&buf, expenses(), 2026, 4); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	rows, err := f.GetRows("Опис")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, strings.Join(r, "|"))
	}
	want := []string{
		"Опис на разходооправдателните документи към финансовия отчет за 4. тримесечие на 2026 г. (чл. 102)",
		"ОУ „Христо Ботев“, гр. Самоков",
		"Проект BG05M2OP001-2.004-0004 „Твоят час – фаза 1“",
		"",
		"№|Вид на документа|Номер|Дата|Доставчик|Описание|Сума по документа (с ДДС, където има)|Допустима сума|Платено на",
		"",
		"Дейности за преодоляване на обучителни затруднения",
		"т. 2 Материали за дейностите",
		"1|фактура|0000012345|20.11.2026|Книжарница „Азбука“ ЕООД|Материали e1|1,234.56 €|1,234.56 €|25.11.2026",
		"2|фактура|0000012346|01.12.2026|Книжарница „Азбука“ ЕООД|Материали e2|120.00 €|120.00 €|06.12.2026",
		"|Общо за т. 2 Материали за дейностите||||||1,354.56 €",
		"|Общо за дейността||||||1,354.56 €",
		"",
		"Модел за обществен мониторинг",
		"т. 12 Логистика на заседанията на съвета",
		"1|фактура|К-7|02.10.2026|Книжарница „Азбука“ ЕООД|Материали e3|195.58 лв.|100.00 €|07.10.2026",
		"|Общо за т. 12 Логистика на заседанията на съвета||||||100.00 €",
		"|Общо за дейността||||||100.00 €",
		"",
		"|Общо допустими разходи за тримесечието||||||1,454.56 €",
		"|" + model.ConversionNote, // the total mixes the lev invoice К-7 in: it says how
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("rows\n got:\n%s\nwant:\n%s", g, w)
	}
	for cell, want := range map[string]string{"G9": "1234.56", "D9": "46346", "H20": "1454.56"} {
		if v, _ := f.GetCellValue("Опис", cell, excelizeRaw); v != want {
			t.Errorf("%s holds %q, want the number %s", cell, v, want)
		}
	}
}

func TestWriteInventory_BadQuarter(t *testing.T) {
	err := sheets.WriteInventory(io.Discard, expenses(), 2026, 0)
	var me *model.Error
	if err == nil || !asModelError(err, &me) || me.Code != "invalid_quarter" {
		t.Fatalf("err %v, want invalid_quarter", err)
	}
	if !strings.Contains(fmt.Sprint(err), "от 1 до 4") {
		t.Errorf("message %q does not say what to fix", err)
	}
}

var excelizeRaw = excelize.Options{RawCellValue: true}

func asModelError(err error, target **model.Error) bool { return errors.As(err, target) }
