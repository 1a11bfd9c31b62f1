package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The forms of the school's other programmes (issue #19): drafts of the cooperation contract and
// the mobility annex of „Иновации в действие“ (the national programme: no EU blank), and the
// period report of a Програма „Образование“ 2021–2027 project on the programme's blank.

// innovationBlank: a national programme of МОН, funded by the state budget — no EU emblem.
func innovationBlank(y model.SchoolYear) programmeBlank {
	return programmeBlank{head: "Национална програма „Иновации в действие“",
		funds: "Министерство на образованието и науката · учебна " + y.String() + " година"}
}

// education2127Blank is the 2021–2027 programming period's publicity: the EU emblem with
// „Съфинансирано от Европейския съюз“ and the programme's name and period.
func education2127Blank(p *model.Project) programmeBlank {
	return programmeBlank{head: fmt.Sprintf("Договор № %s „%s“", p.ContractNo, p.Name),
		funds: "Съфинансирано от Европейския съюз · Програма „Образование“ 2021–2027",
		publicity: fmt.Sprintf("Проект „%s“, договор № %s, се осъществява с финансовата подкрепа на Програма „Образование“ 2021–2027, "+
			"съфинансирана от Европейския съюз чрез Европейския социален фонд плюс.", p.Name, p.ContractNo),
		emblem: true}
}

// schoolsOf indexes the group's four schools by НЕИСПУО code: the school itself and its partners.
func schoolsOf(d *model.YearData, in *model.Innovation) map[string]model.PartnerSchool {
	m := map[string]model.PartnerSchool{d.School.NEISPUO: {NEISPUO: d.School.NEISPUO, Name: d.School.Name,
		Town: d.School.Town, Innovative: in.Innovative, Director: d.School.DirectorName}}
	for _, p := range in.Partners {
		m[p.NEISPUO] = p
	}
	return m
}

func schoolLabel(s model.PartnerSchool, code string) string {
	if s.Name == "" {
		return "училище с код по НЕИСПУО " + code
	}
	return fmt.Sprintf("%s, гр. %s, код по НЕИСПУО %s", s.Name, s.Town, s.NEISPUO)
}

// WriteInnovationContract prints the draft of cooperation contract i of the participation
// (т. 2–4 of the programme's rules): the two schools, the subject, the group of four.
func WriteInnovationContract(w io.Writer, d *model.YearData, in *model.Innovation, i int) error {
	if i < 0 || i >= len(in.Contracts) {
		return fmt.Errorf("write innovation contract: no contract %d", i)
	}
	k, ix := in.Contracts[i], schoolsOf(d, in)
	dc := openBlankDoc(d, "Договор за сътрудничество "+k.Number, "", innovationBlank(in.Year))
	dc.title("ДОГОВОР ЗА СЪТРУДНИЧЕСТВО И ОБМЕН НА ИНОВАЦИИ № " + k.Number)
	dc.subtitle(fmt.Sprintf("по Национална програма „Иновации в действие“, учебна %s година (проект)", in.Year))
	dc.field("Дата", dateOrBlank(k.SignedOn))
	a, b := ix[k.A], ix[k.B]
	dc.para("Днес между:")
	dc.para(fmt.Sprintf("1. %s, представлявано от директора %s, и", schoolLabel(a, k.A), nameOrHint(a.Director)))
	dc.para(fmt.Sprintf("2. %s, представлявано от директора %s,", schoolLabel(b, k.B), nameOrHint(b.Director)))
	dc.para("се сключи настоящият договор за следното:")
	dc.section("I. Предмет")
	dc.para("Страните си сътрудничат за обмяна на добър опит и иновации чрез мобилности, посещения на място, демонстрации " +
		"и наблюдение на иновациите по Националната програма „Иновации в действие“.")
	dc.section("II. Група от четири училища (т. 4 от правилата)")
	var rows [][]string
	for n, code := range groupOrder(d, in) {
		s := ix[code]
		role := "неиновативно"
		if s.Innovative {
			role = "иновативно"
		}
		rows = append(rows, []string{fmt.Sprint(n + 1), s.Name, code, role})
	}
	dc.table([]column{{"№", 5, gopdf.Right}, {"Училище", 55, gopdf.Left}, {"Код по НЕИСПУО", 20, gopdf.Left}, {"Вид", 20, gopdf.Left}},
		rows, tableStyle{Size: 9})
	dc.section("III. Мобилности (т. 5)")
	dc.para(fmt.Sprintf("Планират се две мобилности с домакин всяко от двете иновативни училища, до %d дни всяка, "+
		"с участието и на четирите училища. Програмата на всяка се определя от домакина след обсъждане с партньорите "+
		"и се вписва в анекс към договора до %s (т. 8).", model.MaxMobilityDays, model.InnovationAnnexBy(in.Year)))
	dc.signatures(signature{"За " + a.Name, a.Director}, signature{"За " + b.Name, b.Director})
	return dc.finish(w)
}

// WriteInnovationAnnex prints the host's annex for mobility i (т. 8): the dates and the agreed
// programme, on behalf of all four schools of the group.
func WriteInnovationAnnex(w io.Writer, d *model.YearData, in *model.Innovation, i int) error {
	if i < 0 || i >= len(in.Mobilities) {
		return fmt.Errorf("write innovation annex: no mobility %d", i)
	}
	m, ix := in.Mobilities[i], schoolsOf(d, in)
	host := ix[m.Host]
	dc := openBlankDoc(d, fmt.Sprintf("Анекс за мобилност %d", i+1), "", innovationBlank(in.Year))
	dc.title(fmt.Sprintf("АНЕКС № %d КЪМ ДОГОВОР ЗА СЪТРУДНИЧЕСТВО", i+1))
	dc.subtitle(fmt.Sprintf("за домакинството на %s (т. 8 от правилата: до %s)", host.Name, model.InnovationAnnexBy(in.Year)))
	dc.field("Дата на анекса", dateOrBlank(m.AnnexOn))
	dc.field("Домакин", schoolLabel(host, m.Host))
	dc.field("Дати на мобилността", fmt.Sprintf("%s – %s (%d дни, до %d)", m.From, m.To, m.Days(), model.MaxMobilityDays))
	dc.section("Участващи училища (т. 5: и четирите)")
	var rows [][]string
	for n, code := range m.Present {
		rows = append(rows, []string{fmt.Sprint(n + 1), schoolLabel(ix[code], code)})
	}
	dc.table([]column{{"№", 5, gopdf.Right}, {"Училище", 95, gopdf.Left}}, rows, tableStyle{Size: 9})
	dc.section("Съгласувана програма")
	for n, p := range m.Programme {
		dc.para(fmt.Sprintf("%d. %s", n+1, p))
	}
	if len(m.Programme) == 0 {
		dc.para("………………………………………………………………")
	}
	var sigs []signature
	for _, code := range m.Present {
		sigs = append(sigs, signature{"За " + ix[code].Name, ix[code].Director})
	}
	for len(sigs) > 0 {
		n := min(2, len(sigs))
		dc.signatures(sigs[:n]...)
		sigs = sigs[n:]
	}
	return dc.finish(w)
}

// groupOrder lists the group's codes: the school first, then its partners as entered.
func groupOrder(d *model.YearData, in *model.Innovation) []string {
	out := []string{d.School.NEISPUO}
	for _, p := range in.Partners {
		out = append(out, p.NEISPUO)
	}
	return out
}

// WriteProjectReport prints period report no of a 2021–2027 project: plan vs actual by activity
// and line for the period and from the start, on the programme's blank (its publicity).
func WriteProjectReport(w io.Writer, d *model.YearData, p *model.Project, no int) error {
	var r *model.PeriodReport
	for i := range p.Reports {
		if p.Reports[i].No == no {
			r = &p.Reports[i]
		}
	}
	if r == nil {
		return fmt.Errorf("write project report: project %s has no report %d", p.ContractNo, no)
	}
	dc := openBlankDoc(d, fmt.Sprintf("Отчет %d по договор %s", no, p.ContractNo), "", education2127Blank(p))
	dc.title(fmt.Sprintf("ОТЧЕТ № %d ЗА ИЗПЪЛНЕНИЕТО НА ПРОЕКТ „%s“", no, strings.ToUpper(p.Name)))
	dc.subtitle(fmt.Sprintf("за периода %s – %s", r.From, r.To))
	dc.field("Договор", fmt.Sprintf("№ %s от %s", p.ContractNo, p.ContractOn))
	dc.field("Процедура", p.Procedure)
	dc.field("Срок на проекта", fmt.Sprintf("%s – %s", p.Start, p.End))
	dc.field("Бюджет", p.Budget.String())
	period := model.ProjectPlanVsActual(p, d.ProjectEntries, r.From, r.To)
	total := model.ProjectPlanVsActual(p, d.ProjectEntries, p.Start, r.To)
	dc.section("План и изпълнение по дейности")
	var rows [][]string
	for i, a := range total {
		rows = append(rows, []string{fmt.Sprint(a.No), a.Name, a.Plan.Number(), period[i].Spent.Number(), a.Spent.Number(),
			a.Left.Number(), fmt.Sprintf("%s / %s", a.Hours, a.PlanHours), fmt.Sprintf("%d / %d", a.Done, a.PlanParticipants)})
	}
	dc.table([]column{{"№", 4, gopdf.Right}, {"Дейност", 34, gopdf.Left}, {"План, €", 12, gopdf.Right},
		{"За периода, €", 12, gopdf.Right}, {"От началото, €", 12, gopdf.Right}, {"Остатък, €", 12, gopdf.Right},
		{"Часове (изп./план)", 10, gopdf.Right}, {"Участници (изп./план)", 10, gopdf.Right}}, rows, tableStyle{Size: 8})
	dc.signatures(signature{"Ръководител на проекта", d.School.DirectorName}, signature{"Счетоводител", ""})
	return dc.finish(w)
}
