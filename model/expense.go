package model

import (
	"strconv"
	"strings"
)

// Activity is what costs are planned and reported against (чл. 83). Persisted.
type Activity string

// Activities.
const (
	ActRemedial   Activity = "remedial"   // дейности за преодоляване на обучителни затруднения
	ActInterest   Activity = "interest"   // дейности по интереси
	ActCouncil    Activity = "council"    // модел за обществен мониторинг (the council)
	ActManagement Activity = "management" // director and accountant, over and above T (чл. 77, ал. 2)
)

// Activities lists the activities in report order.
var Activities = []Activity{ActRemedial, ActInterest, ActCouncil, ActManagement}

// Label is the Bulgarian name of the activity.
func (a Activity) Label() string {
	switch a {
	case ActRemedial:
		return "Дейности за преодоляване на обучителни затруднения"
	case ActInterest:
		return "Дейности по интереси"
	case ActCouncil:
		return "Модел за обществен мониторинг"
	case ActManagement:
		return "Организация и управление"
	}
	return string(a)
}

// CostType is a cost type of чл. 79, numbered 1–15 as the article numbers them. Persisted.
type CostType int

// CostTypeNames are the short Bulgarian names of the cost types of чл. 79, т. 1–15.
var CostTypeNames = [16]string{
	"",
	"Възнаграждения на ръководители на групи с осигуровки",
	"Материали за дейностите",
	"Консумативи (тонери)",
	"Наем на помещения за публични изяви",
	"Организиран транспорт за дейност",
	"Организиран транспорт за междуучилищни дейности",
	"Застраховка на учениците при организирани пътувания",
	"Посещения на обекти (дейности по интереси)",
	"Външен изпълнител на дейности по интереси",
	"Посещения на обекти (преодоляване на затруднения)",
	"Външен изпълнител на дейности за преодоляване на затруднения",
	"Логистика на заседанията на съвета",
	"Пътни на шофьора на училищния автобус",
	"Възнаграждения на директора и счетоводителя с осигуровки",
	"Външна счетоводна услуга",
}

// Valid reports whether c is 1–15.
func (c CostType) Valid() bool { return c >= 1 && c <= 15 }

// Name is the Bulgarian name, prefixed with its point of чл. 79: „т. 2 Материали …“.
func (c CostType) Name() string {
	if !c.Valid() {
		return ""
	}
	return "т. " + strconv.Itoa(int(c)) + " " + CostTypeNames[c]
}

// DocKind is the kind of a supporting document, with the value list of the portal's Docs.xlsx.
type DocKind string

// Document kinds (the labels are the portal's own values).
const (
	DocInvoice        DocKind = "фактура"
	DocCreditNote     DocKind = "кредитно известие"
	DocReceipt        DocKind = "касова бележка (фискален бон)"
	DocPaidSums       DocKind = "сметка за изплатени суми"
	DocPayroll        DocKind = "ведомост"
	DocTravelOrder    DocKind = "заповед за командировка в страната"
	DocAdvanceReport  DocKind = "авансов отчет"
	DocVATProtocol    DocKind = "протокол по ЗДДС"
	DocCashVoucher    DocKind = "разходен касов ордер"
	DocOther          DocKind = "друг"
	DocContract       DocKind = "договор"
	DocPaymentOrder   DocKind = "платежно нареждане"
	DocHandover       DocKind = "приемо-предавателен протокол"
	DocDistribution   DocKind = "документ за вътрешно разпределение"
	DocAgreement      DocKind = "допълнително споразумение"
	DocHoursReport    DocKind = "одобрен отчет за отработените часове"
	DocContribPayment DocKind = "платежно за осигуровки и данък"
	DocNetPayment     DocKind = "плащане на нетната сума"
)

// PaymentMethod is how an expense was paid. Persisted.
type PaymentMethod string

// Payment methods.
const (
	Unpaid PaymentMethod = ""
	Bank   PaymentMethod = "bank"
	Cash   PaymentMethod = "cash"
)

// Supplier is a firm or person the school pays.
type Supplier struct {
	ID      ID     `json:"ID"`
	Name    string `json:"Name"`
	EIK     string `json:"EIK"` // ЕИК/БУЛСТАТ, or a person's ЕГН for a natural person
	VAT     string `json:"VAT"` // ДДС №, when registered
	Address string `json:"Address"`
	IBAN    string `json:"IBAN"`
	Person  bool   `json:"Person"` // a natural person (ФЛ), identified by ЕГН
}

// RecordID implements Record.
func (s *Supplier) RecordID() ID { return s.ID }

// RecordKind implements Record.
func (s *Supplier) RecordKind() Kind { return KindSupplier }

// SetRecordID implements Record.
func (s *Supplier) SetRecordID(id ID) { s.ID = id }

// Validate checks the name, ЕИК (or ЕГН), VAT number and IBAN.
func (s *Supplier) Validate() error {
	var es Errors
	es.Add(required("Name", "Наименование на доставчика", s.Name))
	if s.Person {
		es.Add(CheckEGNOrLNCH("EIK", s.EIK))
	} else {
		es.Add(CheckEIK("EIK", s.EIK))
	}
	if s.VAT != "" {
		es.Add(CheckVAT("VAT", s.VAT))
		v := strings.ToUpper(strings.ReplaceAll(s.VAT, " ", ""))
		if !s.Person && len(v) == 11 && !VATMatchesEIK(v, s.EIK) {
			es.Add(Errorf(CodeVATEIKMismatch, "VAT", "ДДС номерът %s не съответства на ЕИК %s: трябва да е BG%s", s.VAT, s.EIK, strings.TrimSpace(s.EIK)))
		}
	}
	if s.IBAN != "" {
		es.Add(CheckIBAN("IBAN", s.IBAN))
	}
	return es.Err()
}

// Contract is a contract with a supplier or an external person (договор по ЗЗД).
type Contract struct {
	ID         ID         `json:"ID"`
	Year       SchoolYear `json:"Year"`
	SupplierID ID         `json:"SupplierID"`
	Number     string     `json:"Number"`
	Date       Date       `json:"Date"`
	Subject    string     `json:"Subject"`   // the procurement subject (чл. 108, ал. 4)
	Annex2     bool       `json:"Annex2"`    // a service of Annex 2 of the Public Procurement Act (чл. 109, ал. 2)
	HallRent   bool       `json:"HallRent"`  // renting halls for public events is exempt (чл. 108, ал. 3)
	Value      Money      `json:"Value"`     // without VAT
	EnteredOn  Date       `json:"EnteredOn"` // when entered in the app (чл. 98, ал. 3: within 5 days of signing)
}

// RecordID implements Record.
func (c *Contract) RecordID() ID { return c.ID }

// RecordKind implements Record.
func (c *Contract) RecordKind() Kind { return KindContract }

// SetRecordID implements Record.
func (c *Contract) SetRecordID(id ID) { c.ID = id }

// SchoolYear implements YearScoped.
func (c *Contract) SchoolYear() SchoolYear { return c.Year }

// Validate checks the contract's header and value.
func (c *Contract) Validate() error {
	var es Errors
	if c.SupplierID == "" {
		es.Add(Errorf(CodeRequired, "SupplierID", "изберете изпълнителя по договора"))
	}
	es.Add(required("Number", "Номер на договора", c.Number))
	if c.Date.IsZero() {
		es.Add(Errorf(CodeRequired, "Date", "попълнете датата на договора"))
	}
	es.Add(CheckNonNegative("Value", c.Value))
	return es.Err()
}

// Attachment is a scan kept with a record; the store keeps its bytes by SHA-256.
type Attachment struct {
	Name   string `json:"Name"`
	MIME   string `json:"MIME"` // application/pdf, image/jpeg, image/png
	Size   int64  `json:"Size"`
	SHA256 string `json:"SHA256"`
}

// SupportingDoc is one document of an expense's checklist (чл. 104–106).
type SupportingDoc struct {
	Kind        DocKind      `json:"Kind"`
	Number      string       `json:"Number"`
	Date        Date         `json:"Date"`
	Present     bool         `json:"Present"`
	Attachments []Attachment `json:"Attachments"`
}

// Expense is one cost with its primary document and the supporting documents around it.
type Expense struct {
	ID               ID              `json:"ID"`
	Year             SchoolYear      `json:"Year"`
	SupplierID       ID              `json:"SupplierID"`
	ContractID       ID              `json:"ContractID"`
	PersonID         ID              `json:"PersonID"` // for remuneration (types 1 and 14)
	DocKind          DocKind         `json:"DocKind"`
	DocNumber        string          `json:"DocNumber"`
	DocDate          Date            `json:"DocDate"`
	Description      string          `json:"Description"`
	Subject          string          `json:"Subject"` // procurement subject, per чл. 108, ал. 4
	Net              Money           `json:"Net"`     // without VAT
	VAT              Money           `json:"VAT"`
	VATRecoverable   bool            `json:"VATRecoverable"` // recoverable VAT is not eligible (чл. 97)
	CostType         CostType        `json:"CostType"`
	Activity         Activity        `json:"Activity"`
	PaidBy           PaymentMethod   `json:"PaidBy"`
	PaidOn           Date            `json:"PaidOn"`
	PaidAmount       Money           `json:"PaidAmount"`      // actually paid, VAT included (чл. 96)
	Offset           bool            `json:"Offset"`          // paid by offsetting (прихващане): not eligible (чл. 96)
	ProjectNoOnDocs  bool            `json:"ProjectNoOnDocs"` // the project number is on the documents (чл. 101)
	EnteredOn        Date            `json:"EnteredOn"`       // when entered in the app (чл. 98, ал. 3: within 5 days)
	SupportingDocs   []SupportingDoc `json:"SupportingDocs"`
	ExternalPremises bool            `json:"ExternalPremises"` // an external provider holding the activity in its own premises (чл. 79, т. 9, 11)
	// Overheads is the part of Net an external provider charges for its premises' power, phone,
	// heating and water: at most 10 % of the remuneration, and none on school premises (чл. 79, т. 9, 11).
	Overheads         Money      `json:"Overheads"`
	Ineligible        Ineligible `json:"Ineligible"`        // costs of чл. 97 the expense carries (expense_ineligible.go)
	ProjectNameOnDocs bool       `json:"ProjectNameOnDocs"` // a materials invoice names the project (чл. 105, ал. 2)
}

// Gross is the amount with VAT.
func (e *Expense) Gross() Money { return e.Net.Add(e.VAT) }

// Eligible is the amount that can be claimed: the gross less recoverable VAT (чл. 97, т. 1);
// nothing for a cost of чл. 97, т. 2–5.
func (e *Expense) Eligible() Money {
	if e.Ineligible.Whole() {
		return Money{Currency: e.Net.Currency}
	}
	if e.VATRecoverable {
		return e.Net
	}
	return e.Gross()
}

// RecordID implements Record.
func (e *Expense) RecordID() ID { return e.ID }

// RecordKind implements Record.
func (e *Expense) RecordKind() Kind { return KindExpense }

// SetRecordID implements Record.
func (e *Expense) SetRecordID(id ID) { e.ID = id }

// SchoolYear implements YearScoped.
func (e *Expense) SchoolYear() SchoolYear { return e.Year }

// Validate checks the document, amounts, cost type and payment.
func (e *Expense) Validate() error {
	var es Errors
	if e.DocKind == "" {
		es.Add(Errorf(CodeRequired, "DocKind", "изберете вида на документа"))
	}
	es.Add(required("DocNumber", "Номер на документа", e.DocNumber))
	if e.DocDate.IsZero() {
		es.Add(Errorf(CodeRequired, "DocDate", "попълнете датата на документа"))
	}
	if !e.Net.Currency.Valid() || (e.VAT.Currency != "" && e.VAT.Currency != e.Net.Currency) {
		es.Add(Errorf(CodeInvalidCurrency, "Net", "сумата без ДДС и ДДС трябва да са в една валута (BGN или EUR)"))
	}
	es.Add(CheckNonNegative("Net", e.Net))
	es.Add(CheckNonNegative("VAT", e.VAT))
	if !e.CostType.Valid() {
		es.Add(Errorf(CodeInvalidCostType, "CostType", "изберете вида разход по чл. 79 (т. 1–15)"))
	}
	valid := false
	for _, a := range Activities {
		valid = valid || e.Activity == a
	}
	if !valid {
		es.Add(Errorf(CodeInvalidActivity, "Activity", "изберете дейността, за която е разходът (чл. 83)"))
	}
	if e.PaidBy != Unpaid && e.PaidOn.IsZero() {
		es.Add(Errorf(CodeRequired, "PaidOn", "попълнете датата на плащане"))
	}
	if e.PaidBy != Unpaid && e.PaidOn.Before(e.DocDate) && e.DocKind != DocInvoice {
		es.Add(Errorf(CodeInvalidRange, "PaidOn", "датата на плащане е преди датата на документа"))
	}
	es.Add(CheckNonNegative("PaidAmount", e.PaidAmount))
	es.Add(e.validateOverheads())
	return es.Err()
}
