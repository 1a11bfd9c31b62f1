package model

import (
	"fmt"
	"strconv"
	"strings"
)

// The model's named values in a window's language (issue #21): amounts, activities, cost
// types, document kinds, subjects, the profile's caps and label. The Bulgarian names stay the
// reference — the workbooks, the portal's files and the printed forms use them (Label, Name,
// String, the DocKind's value); only the window renders these in its language. A value with no
// English here (another programme's cap, an unknown kind) is shown in Bulgarian.

// texter is an argument of a message that renders itself in a language: a Money, a DocKind,
// an expense's document name. render asks it for its text instead of its Bulgarian String.
type texter interface{ Text(Lang) string }

// SymbolIn is the currency's sign in language l: „лв.“ or „€“ in Bulgarian, „BGN“ or „€“ in
// English (the euro's sign is read in both; „лв.“ is not).
func (c Currency) SymbolIn(l Lang) string {
	if l == LangEnglish && c != EUR {
		return "BGN"
	}
	return c.Symbol()
}

// Text is the amount in language l. The number keeps the Bulgarian format in both languages —
// a space between thousands, a decimal comma: „1 234,56“ — as on the school's documents and in
// the amounts typed in the window (ParseMoney reads both separators); only the currency's sign
// is the language's: „1 234,56 лв.“ / „1 234,56 BGN“, „1 234,56 €“ in both.
func (m Money) Text(l Lang) string { return m.Number() + " " + m.Currency.SymbolIn(l) }

// BothCurrenciesIn is BothCurrencies in language l: „1 955,83 BGN (1 000,00 €)“.
func BothCurrenciesIn(m Money, l Lang) string {
	other := EUR
	if m.Currency == EUR {
		other = BGN
	}
	return m.Text(l) + " (" + m.In(other).Text(l) + ")"
}

// Text is the activity's name in language l.
func (a Activity) Text(l Lang) string {
	return inLang(l, activitiesEnglish, a, a.Label())
}

var activitiesEnglish = map[Activity]string{
	ActRemedial:   "Activities for overcoming learning difficulties",
	ActInterest:   "Interest activities",
	ActCouncil:    "Public monitoring model (the council)",
	ActManagement: "Organisation and management",
}

// costTypeEnglish are the short English names of the cost types of чл. 79, т. 1–15, in the
// order of CostTypeNames.
var costTypeEnglish = [16]string{
	"",
	"Pay of the group leaders with contributions",
	"Materials for the activities",
	"Consumables (toner)",
	"Rent of premises for public events",
	"Organised transport for an activity",
	"Organised transport for inter-school activities",
	"Pupils' insurance on organised trips",
	"Visits to sites (interest activities)",
	"External provider of interest activities",
	"Visits to sites (overcoming difficulties)",
	"External provider of activities for overcoming difficulties",
	"Logistics of the council's meetings",
	"Travel costs of the school bus driver",
	"Pay of the director and the accountant with contributions",
	"External accounting service",
}

// Text is the cost type's name in language l, prefixed with its point of чл. 79: „т. 2
// Материали …“, „item 2 Materials …“.
func (c CostType) Text(l Lang) string {
	if l != LangEnglish || !c.Valid() {
		return c.Name()
	}
	return "item " + strconv.Itoa(int(c)) + " " + costTypeEnglish[c]
}

// Point is the cost type's point of чл. 79 alone in language l: „т. 2“, „item 2“.
func (c CostType) Point(l Lang) string {
	if l == LangEnglish {
		return "item " + strconv.Itoa(int(c))
	}
	return "т. " + strconv.Itoa(int(c))
}

var docKindsEnglish = map[DocKind]string{
	DocInvoice:        "invoice",
	DocCreditNote:     "credit note",
	DocReceipt:        "cash register receipt",
	DocPaidSums:       "statement of sums paid",
	DocPayroll:        "payroll",
	DocTravelOrder:    "domestic travel order",
	DocAdvanceReport:  "advance report",
	DocVATProtocol:    "VAT Act protocol",
	DocCashVoucher:    "cash payment voucher",
	DocOther:          "other",
	DocContract:       "contract",
	DocPaymentOrder:   "payment order",
	DocHandover:       "handover protocol",
	DocDistribution:   "internal distribution document",
	DocAgreement:      "additional agreement",
	DocHoursReport:    "approved report of the hours worked",
	DocContribPayment: "payment of contributions and tax",
	DocNetPayment:     "payment of the net amount",
	DocBankStatement:  "bank statement",
	DocAcceptance:     "protocol of acceptance of the work done",
	DocActivityRep:    "report on the activity carried out",
	DocPolicy:         "insurance policy",
	DocInsuredList:    "list of the insured persons",
	DocVehicleOrder:   "order for the use of a vehicle",
	DocWaybill:        "waybill",
	DocMileage:        "statement of the kilometres travelled",
	DocFuelNorm:       "document of the fuel consumption norm",
}

// Text is the document kind in language l; its value (the portal's own word) in Bulgarian.
func (k DocKind) Text(l Lang) string {
	return inLang(l, docKindsEnglish, k, string(k))
}

// String is the kind's value, the portal's Bulgarian word (so a message's Bulgarian reads it).
func (k DocKind) String() string { return string(k) }

// docName names an expense in a finding by its document: „фактура № 12 от 03.10.2025“. It
// renders itself in the finding's language (texter); its String is the Bulgarian.
type docName struct {
	kind   DocKind
	number string
	date   Date
}

// String is the Bulgarian name, the finding's reference message.
func (d docName) String() string { return d.Text(LangBulgarian) }

// Text is the name in language l: „invoice No. 12 of 03.10.2025“ in English.
func (d docName) Text(l Lang) string {
	en := l == LangEnglish
	s := "разход"
	if en {
		s = "expense"
	}
	if d.kind != "" {
		s = d.kind.Text(l)
	}
	if d.number != "" {
		if en {
			s += " No. " + d.number
		} else {
			s += " № " + d.number
		}
	}
	if !d.date.IsZero() {
		if en {
			s += " of " + d.date.String()
		} else {
			s += " от " + d.date.String()
		}
	}
	return s
}

var subjectsEnglish = map[Subject]string{
	SubjBulgarian: "Bulgarian language and literature",
	SubjMath:      "Mathematics",
	SubjEnglish:   "English",
	SubjForeign:   "Another foreign language",
	SubjHistory:   "History and civilisations",
	SubjGeography: "Geography and economics",
	SubjBiology:   "Biology and health education",
	SubjPhysics:   "Physics and astronomy",
	SubjChemistry: "Chemistry and environmental protection",
	SubjIT:        "Information technology",
	SubjNature:    "Man and nature",
	SubjMusic:     "Music",
	SubjArts:      "Fine arts",
	SubjTech:      "Technology and entrepreneurship",
	SubjPE:        "Physical education and sport",
}

// Text is the subject's name in language l ("" when unknown).
func (s Subject) Text(l Lang) string {
	return inLang(l, subjectsEnglish, s, s.Name())
}

// subjectName is a subject as a message's argument: its Bulgarian name in Msg, its name in the
// message's language in Text (texter).
type subjectName struct{ s Subject }

func (n subjectName) String() string     { return n.s.Name() }
func (n subjectName) Text(l Lang) string { return n.s.Text(l) }

// capsEnglish are the English names of the caps of чл. 82, by the profile's cap code.
var capsEnglish = map[string]string{
	"materials":         "Materials directly related to the activities, incl. electronic products",
	"consumables":       "Consumables (toner)",
	"external_services": "External services: hall rent, transport, insurance, site visits, the driver's travel",
	"council_logistics": "Logistics of the council's meetings",
}

// NameIn is the cap's name in language l: the profile's Bulgarian name, or the English of a
// known cap code.
func (c CostCap) NameIn(l Lang) string {
	if l == LangEnglish {
		if s, ok := capsEnglish[c.Code]; ok {
			return s
		}
	}
	return c.Name
}

// profileNamesEnglish are the English names of the built-in profiles, by ID.
var profileNamesEnglish = map[string]string{
	"tvoyat-chas-1": "Your Hour – phase I",
}

// LabelIn is Label in language l: „Your Hour – phase I (tvoyat-chas-1, version 1)“.
func (p *Profile) LabelIn(l Lang) string {
	if l != LangEnglish {
		return p.Label()
	}
	name := p.Name
	if s, ok := profileNamesEnglish[p.ID]; ok {
		name = s
	}
	return name + " (" + p.ID + ", version " + strconv.Itoa(p.Version) + ")"
}

// NextIn is what the threshold's next step needs, in language l.
func (t ProcurementThreshold) NextIn(l Lang) string {
	if l == LangEnglish {
		if s, ok := englishWords[t.Next]; ok {
			return s
		}
	}
	return t.Next
}

// TitleIn is the role's name in language l: the Bulgarian Title, or its English (englishWords).
func (r AccountRole) TitleIn(l Lang) string {
	if l == LangEnglish {
		if s, ok := englishWords[r.Title()]; ok {
			return s
		}
	}
	return r.Title()
}

// RoleChoices lists the roles for a message that asks for one („изберете една от %s“): the codes
// a command accepts (RoleNames), each with its name in the message's language when the code
// alone does not say it — „director – директор; …“ in Bulgarian, „director; …; leader – group
// leader; …“ in English. It is a message's argument that renders itself (texter); its String is
// the Bulgarian, Msg's.
func RoleChoices() any { return roleChoices{} }

type roleChoices struct{}

func (roleChoices) String() string { return roleChoices{}.Text(LangBulgarian) }

func (roleChoices) Text(l Lang) string {
	out := make([]string, len(AccountRoles))
	for i, r := range AccountRoles {
		code, name := string(r), r.TitleIn(l)
		switch {
		case name == code || strings.HasPrefix(name, code+" "):
			out[i] = name
		default:
			out[i] = code + " – " + name
		}
	}
	return strings.Join(out, "; ")
}

// classListFieldsEnglish are the English of ClassListField.Label, in the fields' order.
var classListFieldsEnglish = [...]string{"— not imported —", "First, middle and last name", "First name", "Middle name",
	"Last name", "Grade and class section", "Grade (year)", "Class section", "EGN/LNCh/IDN", "Kind of identifier",
	"Date of birth", "Sex (M/F)", "Status (withdrawn, transferred…)", "Class of a pupil listed in a group (all-day)"}

// Text is the field's name in language l, as the import's column choices show it.
func (f ClassListField) Text(l Lang) string {
	if l == LangEnglish && int(f) >= 0 && int(f) < len(classListFieldsEnglish) {
		return classListFieldsEnglish[f]
	}
	return f.Label()
}

// String is the field's Bulgarian name, so a message's Bulgarian reads it (Msg).
func (f ClassListField) String() string { return f.Label() }

// Text is the funding group in language l: its numeral, „special schools“ for the special
// schools' group.
func (g FundingGroup) Text(l Lang) string {
	if l == LangEnglish && g == GroupSpecial {
		return "special schools"
	}
	return g.Label()
}

// thematicAreasEnglish are the English names of the thematic areas of чл. 66.
var thematicAreasEnglish = map[ThematicArea]string{
	AreaScience:         "Natural sciences, engineering and technology",
	AreaHealth:          "Health education and a healthy lifestyle",
	AreaCivic:           "Civic education",
	AreaEntrepreneurial: "Entrepreneurship",
	AreaDigital:         "Programming, digital skills, creativity and innovative thinking",
	AreaArts:            "Arts and culture",
	AreaSport:           "Sport",
}

// Text is the area's name in language l ("" when unknown), as the window's choices show it.
func (a ThematicArea) Text(l Lang) string {
	return inLang(l, thematicAreasEnglish, a, a.Name())
}

// TextIn is Text in language l: the assistant's dialog shows it in the window's language, the
// printed proposal in Bulgarian (Text).
func (gb *GroupBudget) TextIn(l Lang) string {
	if l != LangEnglish {
		return gb.Text()
	}
	return fmt.Sprintf("the budget for interest activities is %s; a group costs at least %s (the leader's pay for the fewest hours); there are %d groups, so it is enough for %d new ones",
		gb.Available.Text(l), gb.PerGroup.Text(l), gb.Existing, gb.Limit)
}

// TextIn is Text in language l (the assistant's dialog).
func (t TieBreak) TextIn(l Lang) string {
	if l != LangEnglish {
		return t.Text()
	}
	if t.Rule == TieByDraw {
		return fmt.Sprintf("a draw: the applications in the order of the register of incoming documents are shuffled with the draw number %d, drawn on %s; with this number the draw repeats with the same result", t.Seed, t.DrawnOn)
	}
	return "in the order of filing: date and time of filing, then the application's entry number in the register"
}

// kindsEnglish are the English of KindLabel, by kind.
var kindsEnglish = map[Kind]string{
	KindSchool: "school", KindProgramme: "programme", KindCouncilMember: "council members",
	KindMeeting: "council meetings", KindStudent: "students", KindApplication: "applications",
	KindInterestSurvey: "interest surveys", KindGroup: "groups", KindProgrammeRow: "thematic programmes",
	KindSession: "journals (sessions)", KindEducationCard: "education cards", KindPerson: "paid persons",
	KindTimesheet: "timesheets", KindSupplier: "suppliers", KindContract: "contracts", KindExpense: "expenses",
	KindWaitingList: "waiting lists", KindInnovation: "participations in “Innovations in Action”",
	KindProject: "projects of the Programme “Education”", KindProjectEntry: "project entries",
}

// KindWord is kind k as a message's argument: KindLabel in Msg, its English in the English
// text (texter).
func KindWord(k Kind) any { return kindWord{k} }

type kindWord struct{ k Kind }

func (w kindWord) String() string { return KindLabel(w.k) }
func (w kindWord) Text(l Lang) string {
	if s, ok := kindsEnglish[w.k]; ok && l == LangEnglish {
		return s
	}
	return KindLabel(w.k)
}

// inLang is a word of the model in language l: its English from english when l is English and
// it has one, else name (the Bulgarian).
func inLang[K comparable](l Lang, english map[K]string, k K, name string) string {
	if l == LangEnglish {
		if s, ok := english[k]; ok {
			return s
		}
	}
	return name
}
