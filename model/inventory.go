package model

// Inventory is the inventory of supporting documents (опис на разходооправдателните документи)
// of the financial report for one calendar quarter (чл. 99, 102): the expenses whose document is
// dated in the quarter, by activity and, within it, by cost type of чл. 79, with subtotals. The
// printed form and the spreadsheet both set these rows, so they always agree.
type Inventory struct {
	Year, Quarter int
	Currency      Currency // the year's: every amount is in it
	Activities    []InventoryActivity
	Total         Money // eligible, all activities
}

// InventoryActivity is one activity's part of the inventory; only activities with documents appear.
type InventoryActivity struct {
	Activity  Activity
	CostTypes []InventoryCostType
	Total     Money
}

// InventoryCostType is the documents of one cost type within an activity, in the order entered.
type InventoryCostType struct {
	CostType CostType
	Lines    []InventoryLine
	Total    Money
}

// InventoryLine is one expense's primary document.
type InventoryLine struct {
	ExpenseID   ID
	DocKind     DocKind
	DocNumber   string
	DocDate     Date
	Supplier    string // the supplier's name ("" when none)
	Description string
	Gross       Money // with VAT, in the document's currency
	Eligible    Money // in the inventory's currency (recoverable VAT excluded, чл. 97)
	PaidOn      Date
}

// InventoryOf builds the inventory of quarter q (1–4) of calendar year y. Amounts are in the
// programme's currency (EUR when it is not set).
func InventoryOf(d *YearData, y, q int) (*Inventory, error) {
	if q < 1 || q > 4 {
		return nil, Errorf(CodeInvalidQuarter, "Quarter", "тримесечието трябва да е от 1 до 4, а е %d", q)
	}
	cur := d.Programme.Currency
	if !cur.Valid() {
		cur = EUR
	}
	suppliers := make(map[ID]string, len(d.Suppliers))
	for _, s := range d.Suppliers {
		suppliers[s.ID] = s.Name
	}
	type bucket struct {
		a Activity
		c CostType
	}
	lines := map[bucket][]InventoryLine{} // the quarter's documents, in the order entered
	for i := range d.Expenses {
		e := &d.Expenses[i]
		if e.DocDate.Y != y || e.DocDate.Quarter() != q {
			continue
		}
		k := bucket{e.Activity, e.CostType}
		lines[k] = append(lines[k], InventoryLine{ExpenseID: e.ID, DocKind: e.DocKind, DocNumber: e.DocNumber,
			DocDate: e.DocDate, Supplier: suppliers[e.SupplierID], Description: e.Description, Gross: e.Gross(),
			Eligible: e.Eligible().In(cur), PaidOn: e.PaidOn})
	}
	inv := &Inventory{Year: y, Quarter: q, Currency: cur, Total: Money{Currency: cur}}
	for _, a := range Activities {
		ia := InventoryActivity{Activity: a, Total: Money{Currency: cur}}
		for c := CostType(1); c.Valid(); c++ {
			ic := InventoryCostType{CostType: c, Lines: lines[bucket{a, c}], Total: Money{Currency: cur}}
			for _, l := range ic.Lines {
				ic.Total = ic.Total.Add(l.Eligible)
			}
			if len(ic.Lines) > 0 {
				ia.CostTypes = append(ia.CostTypes, ic)
				ia.Total = ia.Total.Add(ic.Total)
			}
		}
		if len(ia.CostTypes) > 0 {
			inv.Activities = append(inv.Activities, ia)
			inv.Total = inv.Total.Add(ia.Total)
		}
	}
	return inv, nil
}
