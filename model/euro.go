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
//   - amounts of agreements that run across the date, hourly rates included, read in euro from
//     the date as their converted amount, to the cent, as ЗВЕРБ converts remuneration (the lev
//     value divided by the full rate, rounded to the cent); the hours of 2025 keep the lev rate
//     and their lev total is converted once — RateOn (docs/notes.md, Issue #25, weighs Reg.
//     1103/97, чл. 5 and C-19/03, under which a unit price need not be rounded).

// EuroDay is the day the euro became Bulgaria's currency: 1 January 2026.
var EuroDay = NewDate(2026, time.January, 1)

// CurrencyOn is the currency of a document dated on: leva before EuroDay, euro from it.
func CurrencyOn(on Date) Currency {
	if on.Before(EuroDay) {
		return BGN
	}
	return EUR
}

// RateOn is an agreement's rate (or any unit price) as it applies on day on: a lev rate is
// converted to euro, to the cent, from EuroDay; before it, and in euro, it is as agreed.
// 12,00 лв. an hour is 6,14 € an hour from 1 January 2026 (12 / 1,95583 = 6,1355…).
func RateOn(rate Money, on Date) Money {
	if rate.Currency == BGN && !on.Before(EuroDay) {
		return rate.ToEUR()
	}
	return rate
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
	"официалния курс 1 EUR = 1,95583 BGN, закръглени до цент (ЗВЕРБ; Регламент (ЕО) № 1103/97, чл. 4–5)."

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
