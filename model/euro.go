package model

import "time"

// The lev-to-euro changeover inside a school year. Bulgaria adopted the euro on 1 January 2026
// (Council Decision (EU) 2025/1407; Закон за въвеждането на еврото в Република България,
// ЗВЕРБ). The rules the code applies, from ЗВЕРБ and Regulation (EC) No 1103/97, which it
// follows:
//   - the official rate 1 EUR = 1,95583 BGN is used in full, never shortened or rounded, and
//     no inverse rate is used (Reg. 1103/97, чл. 4, ал. 1–3): a lev amount is divided by it;
//   - the result is rounded to the cent on the third decimal, a half going up (Reg. 1103/97,
//     чл. 5; ЗВЕРБ: „когато третият знак … е равен или по-голям от пет, вторият знак се
//     увеличава с едно“) — ToEUR;
//   - the changeover alters no term of a contract and discharges no obligation (Reg. 1103/97,
//     чл. 3, continuity of contracts): a lev invoice stays a lev invoice, and paying it in euro
//     pays its converted amount;
//   - the general rule is ЗВЕРБ, чл. 12–13: divide by the full rate, round to the cent on the
//     third decimal (read second-hand: the articles as a payroll reference that checked the
//     law's text cites them; docs/notes.md, „Pay and the euro law (stop 13)“);
//   - remuneration for labour, benefits and pensions convert by ЗВЕРБ's rule of their own, in
//     the person's favour: if the third decimal of the euro amount is greater than zero, the
//     second goes up by one; the rule applies also to remuneration set in leva and not paid
//     before 1 January 2026 (the БНБ's statement of 15.08.2025, word for word; the paragraph of
//     ЗВЕРБ that holds it was not found in a stored text) — ToEURPay, PayRateOn. It covers the
//     hourly rates of additional agreements and of civil contracts and the lev gross of 2025
//     paid in 2026; a firm's invoice and every other price keep the general rule (RateOn);
//   - amounts of agreements that run across the date read in euro from the date as their
//     converted amount, to the cent; the hours of 2025 keep the lev rate and their lev total is
//     converted once (docs/notes.md, Issue #25, weighs Reg. 1103/97, чл. 5 and C-19/03, under
//     which a unit price need not be rounded).

// EuroDay is the day the euro became Bulgaria's currency: 1 January 2026.
var EuroDay = NewDate(2026, time.January, 1)

// CurrencyOn is the currency of a document dated on: leva before EuroDay, euro from it.
func CurrencyOn(on Date) Currency {
	if on.Before(EuroDay) {
		return BGN
	}
	return EUR
}

// RateOn is a unit price (a firm's hourly price on its invoice, any other price) as it applies
// on day on: a lev price is converted to euro by the general rule (to the cent, a half up,
// ToEUR) from EuroDay; before it, and in euro, it is as agreed. Remuneration for labour converts
// by PayRateOn instead.
func RateOn(rate Money, on Date) Money {
	if rate.Currency == BGN && !on.Before(EuroDay) {
		return rate.ToEUR()
	}
	return rate
}

// PayRateOn is the hourly rate of remuneration for labour (an additional agreement, a civil
// contract) as it applies on day on: a lev rate is converted to euro in the person's favour
// from EuroDay (ToEURPay: ЗВЕРБ's rule for remuneration); before it, and in euro, it is as agreed.
// 10,00 лв. is 5,12 € from 1 January 2026 (5,112… : the third decimal 2 is greater than zero),
// where the general rule gives 5,11 €; 8,00 лв. is 4,09 € either way (4,090… : the third decimal
// is 0).
func PayRateOn(rate Money, on Date) Money {
	if rate.Currency == BGN && !on.Before(EuroDay) {
		return rate.ToEURPay()
	}
	return rate
}

// RateOn is person p's rate in role as it applies on day on: remuneration (PayRateOn) for staff
// and an individual on a civil contract, a price (RateOn) for a firm paid on invoice.
func (p *Person) RateOn(role PersonRole, on Date) Money {
	if p.Basis() == BasisInvoice {
		return RateOn(p.RateFor(role), on)
	}
	return PayRateOn(p.RateFor(role), on)
}

// Settles reports whether paid settles due in full. The comparison is in the document's terms,
// with the law's one conversion, never a tolerance:
//   - one currency: paid ≥ due;
//   - a lev document paid in euro: paid ≥ due converted to euro. From 1 January 2026 a lev
//     obligation is payable as its one conversion (Reg. 1103/97, чл. 3: the changeover alters
//     no term and discharges nothing), so 1 125,02 лв. paid as its equivalent 575,21 € is paid
//     in full; converting the payment back (575,21 € is 1 125,01 лв.) would round a second
//     time, which the law never does. 575,20 € is not in full;
//   - a euro document paid in leva (cash in the month of dual circulation): paid converted to
//     euro ≥ due.
//
// An amount without a currency is in due's.
func Settles(due, paid Money) bool {
	if paid.Currency == "" {
		paid.Currency = due.Currency
	}
	switch {
	case due.Currency == "" || paid.Currency == due.Currency:
		return paid.Minor >= due.Minor
	case due.Currency == BGN:
		return paid.Minor >= due.ToEUR().Minor
	}
	return paid.ToEUR().Minor >= due.Minor
}

// ConversionNote says how a total that mixes lev and euro amounts was converted: it is printed
// under every such total (the budget, the inventory).
const ConversionNote = "Сумите на документи в лева (до 31.12.2025 г.) са превалутирани в евро еднократно по " +
	"официалния курс 1 EUR = 1,95583 BGN, закръглени до цент (ЗВЕРБ, чл. 12–13; Регламент (ЕО) № 1103/97, чл. 4–5)."

// AnyConverted reports whether a row of plan vs actual converted an amount: its totals then
// carry ConversionNote.
func AnyConverted(rows []PlanActualRow) bool {
	for _, r := range rows {
		if r.Converted {
			return true
		}
	}
	return false
}

// Converted reports whether a document of the inventory is in another currency than the
// inventory's, so its total converted it (ConversionNote).
func (inv *Inventory) Converted() bool {
	for _, a := range inv.Activities {
		for _, c := range a.CostTypes {
			for _, l := range c.Lines {
				if l.Gross.Currency != inv.Currency {
					return true
				}
			}
		}
	}
	return false
}
