package demo

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// purchase is one bought good or service: who sells it, what it is and its share of T.
type purchase struct {
	supplier string
	vat      bool // the supplier is VAT-registered and charges VAT
	act      model.Activity
	ct       model.CostType
	kind     model.DocKind
	subject  string
	bp       int64 // share of T in basis points, within the caps of чл. 82
	month    time.Month
	day      int
	contract bool
	hallRent bool
}

// purchases are sized so that materials stay near 12 % of T (cap 30 %), toners 1 % (cap 2 %),
// services about 2.6 % (cap 5 %) and council logistics 0.3 % (cap 3 %).
var purchases = []purchase{
	{"Офис Експрес ООД", true, model.ActRemedial, 2, model.DocInvoice, "Канцеларски материали", 300, time.October, 27, false, false},
	{"Дидактика БГ ЕООД", true, model.ActRemedial, 2, model.DocInvoice, "Учебни помагала и работни листове", 350, time.December, 19, true, false},
	{"Арт Център ЕООД", true, model.ActInterest, 2, model.DocInvoice, "Материали за изкуства", 250, time.November, 20, false, false},
	{"Робо Кидс ООД", true, model.ActInterest, 2, model.DocInvoice, "Образователни комплекти по роботика", 300, time.February, 16, true, false},
	{"Тонер Сервиз ЕООД", true, model.ActRemedial, 3, model.DocInvoice, "Тонер касети", 100, time.December, 8, false, false},
	{"Транс Тур ООД", true, model.ActInterest, 5, model.DocInvoice, "Организиран транспорт", 100, time.March, 20, true, false},
	{"ЗАД „Защита“ АД", false, model.ActInterest, 7, model.DocInvoice, "Застраховка на учениците при пътуване", 10, time.March, 18, false, false},
	{"Регионален исторически музей", false, model.ActInterest, 8, model.DocReceipt, "Посещение на музей", 50, time.March, 20, false, false},
	{"Читалище „Просвета 1870“", false, model.ActInterest, 4, model.DocInvoice, "Наем на зала за годишната продукция", 100, time.May, 27, true, true},
	{"Бакалия Маркет ЕООД", true, model.ActCouncil, 12, model.DocReceipt, "Минерална вода и печат за заседанията на съвета", 30, time.February, 10, false, false},
}

// Indexes of the purchases that carry the deliberate problems, and of the lev invoice of
// 19 December 2025 paid in euro after the holidays, at its converted amount (model.Settles).
const (
	paidInEuro         = 1 // Дидактика БГ: 19.12.2025 in leva, paid on 5 January 2026 in euro
	problemNoProjectNo = 2 // Арт Център: no project number on the invoice (чл. 101)
	problemLate        = 4 // toners: entered 12 days after payment (чл. 98, ал. 3)
	problemCash        = 9 // council logistics: cash without a cash voucher (чл. 106)
)

// purchases adds the suppliers, contracts and expenses of the list above.
func (g *gen) purchases() {
	t := g.budget()
	for i, pu := range purchases {
		sup := g.supplier(pu)
		on := g.date(pu.month, pu.day)
		// The share of T in the invoice's own currency: a lev invoice of 2025 is in leva.
		net := docMoney(t, on).Percent(pu.bp)
		vat := model.Money{Currency: net.Currency}
		if pu.vat {
			vat = net.Percent(vatBP)
		}
		e := g.expense(pu.act, pu.ct, pu.kind, on, net, vat)
		e.SupplierID = sup.ID
		e.Subject = pu.subject
		e.Description = pu.subject + " за дейностите по проекта"
		e.SupportingDocs = []model.SupportingDoc{
			{Kind: pu.kind, Number: e.DocNumber, Date: e.DocDate, Present: true},
			{Kind: model.DocPaymentOrder, Number: fmt.Sprintf("ПН-%d", len(g.d.Expenses)+1), Date: e.PaidOn, Present: true},
		}
		if pu.ct == 2 { // numbered like every document: Docs.xlsx refuses a row without a number
			n := len(g.d.Expenses) + 1
			e.SupportingDocs = append(e.SupportingDocs,
				model.SupportingDoc{Kind: model.DocHandover, Number: fmt.Sprintf("ППП-%d", n), Date: e.DocDate, Present: true},
				model.SupportingDoc{Kind: model.DocDistribution, Number: fmt.Sprintf("РП-%d", n), Date: e.DocDate.AddDays(3), Present: true})
		}
		if pu.contract {
			c := g.contract(sup, pu, e.DocDate.AddDays(-7), net)
			e.ContractID = c.ID
			e.SupportingDocs = append([]model.SupportingDoc{{Kind: model.DocContract, Number: c.Number, Date: c.Date, Present: true}}, e.SupportingDocs...)
		}
		switch i {
		case paidInEuro:
			e.PaidOn = g.date(time.January, 5)
			e.PaidAmount, e.EnteredOn = docMoney(e.Gross(), e.PaidOn), e.PaidOn.AddDays(1)
			for j := range e.SupportingDocs {
				if e.SupportingDocs[j].Kind == model.DocPaymentOrder {
					e.SupportingDocs[j].Date = e.PaidOn
				}
			}
		case problemNoProjectNo:
			e.ProjectNoOnDocs = false
		case problemLate:
			e.EnteredOn = e.PaidOn.AddDays(12)
		case problemCash:
			e.PaidBy, e.PaidOn = model.Cash, e.DocDate
			e.EnteredOn = e.PaidOn.AddDays(1)
			e.SupportingDocs[1] = model.SupportingDoc{Kind: model.DocCashVoucher, Present: false}
		}
		completeDocs(&e)
		g.d.Expenses = append(g.d.Expenses, e)
	}
}

// supplier registers a firm with a valid ЕИК and, when VAT-registered, the ДДС № BG+ЕИК.
func (g *gen) supplier(pu purchase) model.Supplier {
	s := model.Supplier{
		ID:      id("sup", 3, len(g.d.Suppliers)+1),
		Name:    pu.supplier,
		EIK:     g.eik("20"),
		Address: fmt.Sprintf("гр. %s, %s № %d", g.d.School.Town, pick(g, streets), g.between(1, 200)),
		IBAN:    g.iban(),
	}
	switch {
	case pu.vat:
		s.VAT = "BG" + s.EIK
	case pu.ct == 7:
		// An insurer is VAT-registered, but insurance is exempt (чл. 47 ЗДДС): no VAT charged.
		s.VAT = "BG" + s.EIK
	default:
		s.EIK = g.eik("000") // a public body registered in БУЛСТАТ
	}
	g.d.Suppliers = append(g.d.Suppliers, s)
	return s
}

// contract records a contract signed a week before the first delivery.
func (g *gen) contract(s model.Supplier, pu purchase, on model.Date, value model.Money) model.Contract {
	c := model.Contract{
		ID:         id("con", 3, len(g.d.Contracts)+1),
		Year:       g.year,
		SupplierID: s.ID,
		Number:     fmt.Sprintf("Д-%d", 10+len(g.d.Contracts)),
		Date:       on,
		Subject:    pu.subject,
		HallRent:   pu.hallRent, // renting halls for public events is exempt (чл. 108, ал. 3)
		Value:      value,
		EnteredOn:  on.AddDays(1), // чл. 98, ал. 3: within 5 days
	}
	g.d.Contracts = append(g.d.Contracts, c)
	return c
}

// minRemedialBP are the minimum shares of T for remedial activities (чл. 75) of funding
// groups I–III, in basis points.
var minRemedialBP = map[model.FundingGroup]int64{model.GroupI: 6000, model.GroupII: 5600, model.GroupIII: 5000}

// plan writes the programme's budget by activity and cost type (чл. 83): what was spent plus
// 5 %, with the remedial remuneration raised to the minimum share of чл. 75, and the council
// and management lines as spent.
func (g *gen) plan() {
	t := g.budget().In(g.cur)
	zero := model.Money{Currency: g.cur}
	type key struct {
		a  model.Activity
		ct model.CostType
	}
	spent := map[key]model.Money{}
	for _, e := range g.d.Expenses {
		k := key{e.Activity, e.CostType}
		// A lev document counts at its one conversion into the year's currency.
		spent[k] = e.Eligible().In(g.cur).Add(spent[k])
	}
	remedial := zero
	var lines []model.PlanLine
	for _, a := range model.Activities {
		for ct := model.CostType(1); ct <= 15; ct++ {
			s, ok := spent[key{a, ct}]
			if !ok {
				continue
			}
			amt := s
			if a == model.ActRemedial || a == model.ActInterest {
				amt = s.MulRatio(105, 100)
			}
			if a == model.ActRemedial {
				remedial = remedial.Add(amt)
			}
			lines = append(lines, model.PlanLine{Activity: a, CostType: ct, Amount: amt})
		}
	}
	if short := t.Percent(minRemedialBP[g.group]).Sub(remedial); short.Minor > 0 {
		for i := range lines {
			if lines[i].Activity == model.ActRemedial && lines[i].CostType == 1 {
				lines[i].Amount = lines[i].Amount.Add(short)
				break
			}
		}
	}
	g.d.Programme.Plan = lines
}
