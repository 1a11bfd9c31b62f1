package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func kinds(rs []model.RequiredDoc) []model.DocKind {
	out := make([]model.DocKind, len(rs))
	for i, r := range rs {
		out[i] = r.Kind
	}
	return out
}

func TestRequiredDocs_Art104to106(t *testing.T) {
	tests := []struct {
		name    string
		e       model.Expense
		has     []model.DocKind
		hasNot  []model.DocKind
		article string
	}{
		{"remuneration, чл. 104", model.Expense{CostType: 1, PaidBy: model.Bank},
			[]model.DocKind{model.DocAgreement, model.DocHoursReport, model.DocPayroll, model.DocContribPayment, model.DocNetPayment}, nil, "чл. 104, т. 1"},
		{"materials by bank, чл. 105", model.Expense{CostType: 2, PaidBy: model.Bank},
			[]model.DocKind{model.DocInvoice, model.DocPaymentOrder, model.DocHandover, model.DocDistribution}, []model.DocKind{model.DocCashVoucher}, "чл. 105, ал. 1, т. 1"},
		{"toners in cash, чл. 105, ал. 1, т. 3", model.Expense{CostType: 3, PaidBy: model.Cash},
			[]model.DocKind{model.DocCashVoucher, model.DocReceipt}, []model.DocKind{model.DocPaymentOrder}, "чл. 105, ал. 1, т. 1"},
		{"transport by a firm, чл. 106, ал. 1", model.Expense{CostType: 5, DocKind: model.DocInvoice, PaidBy: model.Bank},
			[]model.DocKind{model.DocInvoice, model.DocPaymentOrder, model.DocBankStatement, model.DocAcceptance}, nil, "чл. 106, ал. 1, т. 1"},
		{"an external person, чл. 106, ал. 2", model.Expense{CostType: 9, DocKind: model.DocPaidSums},
			[]model.DocKind{model.DocContract, model.DocPaidSums, model.DocActivityRep}, []model.DocKind{model.DocInvoice}, "чл. 106, ал. 2, т. 1"},
		{"insurance, чл. 106, ал. 3", model.Expense{CostType: 7},
			[]model.DocKind{model.DocPolicy, model.DocInsuredList, model.DocPaymentOrder}, nil, "чл. 106, ал. 3, т. 1"},
		{"school bus, чл. 106, ал. 5", model.Expense{CostType: 13},
			[]model.DocKind{model.DocTravelOrder, model.DocWaybill, model.DocFuelNorm, model.DocInvoice}, nil, "чл. 106, ал. 5, т. 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := model.RequiredDocs(&tt.e)
			got := kinds(rs)
			for _, k := range tt.has {
				if !slices.Contains(got, k) {
					t.Errorf("missing %q in %v", k, got)
				}
			}
			for _, k := range tt.hasNot {
				if slices.Contains(got, k) {
					t.Errorf("%q should not be required: %v", k, got)
				}
			}
			if rs[0].Article != tt.article {
				t.Errorf("first article %q, want %q", rs[0].Article, tt.article)
			}
		})
	}
}

func TestChecklist_MatchesRecordedDocsAndKeepsExtras(t *testing.T) {
	e := model.Expense{CostType: 2, PaidBy: model.Bank, SupportingDocs: []model.SupportingDoc{
		{Kind: model.DocInvoice, Number: "1", Present: true},
		{Kind: model.DocOther, Number: "x"},
	}}
	list := model.Checklist(&e)
	var inv, other *model.ChecklistItem
	for i := range list {
		switch list[i].Doc.Kind {
		case model.DocInvoice:
			inv = &list[i]
		case model.DocOther:
			other = &list[i]
		}
	}
	if inv == nil || !inv.Doc.Present || inv.Doc.Number != "1" || inv.Required == nil {
		t.Errorf("the recorded invoice is not matched to the required one: %+v", inv)
	}
	if other == nil || other.Required != nil {
		t.Errorf("a recorded document beyond the required ones is lost: %+v", other)
	}
	if n := len(list); n != len(model.RequiredDocs(&e))+1 {
		t.Errorf("checklist of %d items", n)
	}
}

func TestCheckScanSize_LimitsPerFileAndPerExpense(t *testing.T) {
	full := model.Expense{SupportingDocs: []model.SupportingDoc{{Attachments: []model.Attachment{
		{Size: model.MaxExpenseScanBytes - 100}}}}}
	tests := []struct {
		name string
		e    model.Expense
		size int64
		want string
	}{
		{"a file at the limit", model.Expense{}, model.MaxScanBytes, ""},
		{"a file over the limit", model.Expense{}, model.MaxScanBytes + 1, "един сканиран документ може да е до 10 МБ"},
		{"the expense at its limit", full, 100, ""},
		{"the expense over its limit", full, 101, "общо може да са до 30 МБ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := model.CheckScanSize(&tt.e, "/tmp/scan.pdf", tt.size)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func TestScanMIME_ByContent(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"pdf", "%PDF-1.7\n", model.MIMEPDF},
		{"jpeg", "\xFF\xD8\xFF\xE0", model.MIMEJPEG},
		{"png", "\x89PNG\r\n\x1a\n....", model.MIMEPNG},
		{"a text file named .pdf", "hello", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.ScanMIME("a.pdf", []byte(tt.data))
			if got != tt.want || (tt.want == "") != (err != nil) {
				t.Errorf("ScanMIME = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestProcurementTotals_PerSubjectWithoutVAT(t *testing.T) {
	d := &model.YearData{
		Contracts: []model.Contract{{ID: "c1", Subject: "Наем", HallRent: true}, {ID: "c2", Subject: "Обучение", Annex2: true}},
		Expenses: []model.Expense{
			{Subject: "Хартия", Net: model.Lev(100, 0), VAT: model.Lev(20, 0)},
			{Subject: "Хартия", Net: model.Lev(50, 0)},
			{ContractID: "c1", Net: model.Lev(900, 0)},
			{ContractID: "c2", Net: model.Euro(10, 0)},
		},
	}
	got := model.ProcurementTotals(d)
	if len(got) != 2 || got[0].Subject != "Хартия" || got[0].Net != model.Lev(150, 0) ||
		got[1].Subject != "Обучение" || !got[1].Annex2 || got[1].Net.Currency != model.BGN {
		t.Errorf("ProcurementTotals = %+v", got)
	}
}

// TestRequiredDocs_ZZD264_CivilContractAcceptance: an external individual's сметка за изплатени
// суми (чл. 106, ал. 2) needs the acceptance protocol of the work (ЗЗД чл. 264, ал. 1) beside
// the contract, the сметка and the activity report; a firm's invoice has it from чл. 106, ал. 1,
// т. 4; staff pay (чл. 104) has none. Every document the profile's civil contract lists is
// required, so the statement's list and the checklist agree.
func TestRequiredDocs_ZZD264_CivilContractAcceptance(t *testing.T) {
	article := func(e model.Expense) string {
		for _, r := range model.RequiredDocs(&e) {
			if r.Kind == model.DocAcceptance {
				return r.Article
			}
		}
		return ""
	}
	civil := model.Expense{CostType: 9, DocKind: model.DocPaidSums}
	for _, c := range []struct {
		name string
		e    model.Expense
		want string
	}{
		{"civil contract", civil, "ЗЗД чл. 264, ал. 1"},
		{"a firm's invoice", model.Expense{CostType: 9, DocKind: model.DocInvoice}, "чл. 106, ал. 1, т. 4"},
		{"staff pay", model.Expense{CostType: 1, DocKind: model.DocPayroll}, ""},
	} {
		if got := article(c.e); got != c.want {
			t.Errorf("%s: acceptance protocol %q, want %q", c.name, got, c.want)
		}
	}
	req := kinds(model.RequiredDocs(&civil))
	for _, set := range profile(t).Pay.Rates {
		for _, d := range set.CivilDocs {
			if !slices.Contains(req, d.Kind) {
				t.Errorf("the profile's civil document %q (%s) is not required of a сметка за изплатени суми: %v", d.Kind, d.Article, req)
			}
		}
	}
	// The check names the article when the protocol is not entered, and is quiet once it is.
	p, d := profile(t), fixture()
	e := model.Expense{ID: "civ", Year: 2025, CostType: 9, DocKind: model.DocPaidSums, DocNumber: "С-1",
		DocDate: day(time.November, 10), PaidOn: day(time.November, 10), Net: model.Lev(100, 0), PaidAmount: model.Lev(100, 0)}
	for _, k := range []model.DocKind{model.DocContract, model.DocPaidSums, model.DocActivityRep} {
		e.SupportingDocs = append(e.SupportingDocs, model.SupportingDoc{Kind: k, Number: "1", Date: e.DocDate, Present: true})
	}
	d.Expenses = append(d.Expenses, e)
	if _, ok := finding(model.Check(p, d, fixtureToday), "expense_document_not_entered", "ЗЗД чл. 264, ал. 1"); !ok {
		t.Error("no finding for a сметка за изплатени суми without the acceptance protocol")
	}
	last := &d.Expenses[len(d.Expenses)-1]
	last.SupportingDocs = append(last.SupportingDocs, model.SupportingDoc{Kind: model.DocAcceptance, Number: "2", Date: e.DocDate, Present: true})
	if f, ok := finding(model.Check(p, d, fixtureToday), "expense_document_not_entered", "ЗЗД чл. 264, ал. 1"); ok {
		t.Errorf("finding with the protocol entered: %+v", f)
	}
}
