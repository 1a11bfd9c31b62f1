package programmes

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The lists of a record (partner schools, contracts, activities, budget lines, reports) are
// typed one item a line, its parts separated by „;“: a form of a few text areas that works from
// the keyboard and shows the whole list at once. A line that cannot be read is refused with its
// number and what the line should hold; nothing is saved then.

// sep separates the parts of a line.
const sep = "; "

// parts splits line into its parts, trimmed; missing trailing parts are "".
func parts(line string, n int) []string {
	ps := strings.Split(line, ";")
	for i := range ps {
		ps[i] = strings.TrimSpace(ps[i])
	}
	for len(ps) < n {
		ps = append(ps, "")
	}
	return ps
}

// lineError is the message of line no of the list called what, whose lines hold format.
func lineError(field, what string, no int, format string, err error) *model.Error {
	msg := lang.X("programmes.line.error", "{{.What}}, ред {{.No}}: {{.Err}} (редът е: {{.Format}})",
		map[string]any{"What": what, "No": no, "Err": kit.ErrorText(err), "Format": format})
	return &model.Error{Code: model.CodeInvalidRow, Field: field, Msg: msg}
}

// tooMany is the error of a line with more parts than its list has.
func tooMany(n int) error {
	return &model.Error{Code: model.CodeInvalidRow, Msg: lang.X("programmes.line.parts",
		"частите са повече от {{.N}}: разделете ги с „;“", map[string]any{"N": n})}
}

// optionalDate reads a date part that may be empty.
func optionalDate(s string) (model.Date, error) { return kit.ParseOptionalDate(s) }

// number reads a whole number part ≥ 0; empty is 0.
func number(s string) (int, error) { return kit.CountOf(s) }

// hoursText is hours as typed back into a form: "" for none.
func hoursText(h model.Hours) string {
	if h == 0 {
		return ""
	}
	return h.String()
}

// hours reads hours; empty is none.
func hours(s string) (model.Hours, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	return model.ParseHours(s)
}

// euro reads an amount in euro; empty is none.
func euro(s string) (model.Money, error) {
	if strings.TrimSpace(s) == "" {
		return model.Euro(0, 0), nil
	}
	return model.ParseMoney(s, model.EUR)
}

// yesWord reads „иновативно“/„да“ as true and „неиновативно“/„не“ or nothing as false.
func yesWord(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "иновативно", "иновативно училище", "да", "и", "innovative", "yes":
		return true, nil
	case "", "неиновативно", "неиновативно училище", "не", "н", "non-innovative", "no":
		return false, nil
	}
	return false, &model.Error{Code: model.CodeInvalidRow, Msg: lang.X("programmes.line.innovative",
		"„{{.Text}}“: пишете „иновативно“ или „неиновативно“", map[string]any{"Text": s})}
}

// innovativeWord writes the school's role in the window's language; yesWord reads both.
func innovativeWord(b bool) string {
	en := kit.ModelLang() == model.LangEnglish
	switch {
	case b && en:
		return "innovative"
	case b:
		return "иновативно"
	case en:
		return "non-innovative"
	}
	return "неиновативно"
}

// --- partner schools: код; наименование; населено място; иновативно|неиновативно; директор

func partnersFormat() string {
	return lang.X("programmes.partners.format", "код по НЕИСПУО; наименование; населено място; иновативно или неиновативно; директор")
}

func formatPartners(ps []model.PartnerSchool) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = strings.Join([]string{p.NEISPUO, p.Name, p.Town, innovativeWord(p.Innovative), p.Director}, sep)
	}
	return strings.Join(lines, "\n")
}

func parsePartners(text string) ([]model.PartnerSchool, error) {
	var out []model.PartnerSchool
	var es model.Errors
	what := lang.X("programmes.partners", "Партньорски училища")
	for i, line := range kit.Lines(text) {
		ps := parts(line, 5)
		inn, err := yesWord(ps[3])
		if err == nil && len(ps) > 5 {
			err = tooMany(5)
		}
		if err != nil {
			es.Add(lineError("Partners", what, i+1, partnersFormat(), err))
			continue
		}
		out = append(out, model.PartnerSchool{NEISPUO: ps[0], Name: ps[1], Town: ps[2], Innovative: inn, Director: ps[4]})
	}
	return out, es.Err()
}

// --- cooperation contracts: номер; дата; код на едното училище; код на другото

func contractsFormat() string {
	return lang.X("programmes.contracts.format", "номер; дата; код на едното училище; код на другото")
}

func formatContracts(cs []model.CoopContract) string {
	lines := make([]string, len(cs))
	for i, c := range cs {
		lines[i] = strings.Join([]string{c.Number, kit.DateText(c.SignedOn), c.A, c.B}, sep)
	}
	return strings.Join(lines, "\n")
}

func parseContracts(text string) ([]model.CoopContract, error) {
	var out []model.CoopContract
	var es model.Errors
	what := lang.X("programmes.contracts", "Договори за сътрудничество")
	for i, line := range kit.Lines(text) {
		ps := parts(line, 4)
		on, err := optionalDate(ps[1])
		if err == nil && len(ps) > 4 {
			err = tooMany(4)
		}
		if err != nil {
			es.Add(lineError("Contracts", what, i+1, contractsFormat(), err))
			continue
		}
		out = append(out, model.CoopContract{Number: ps[0], SignedOn: on, A: ps[2], B: ps[3]})
	}
	return out, es.Err()
}

// --- activities: №; наименование; планирани часове; планирани участници

func activitiesFormat() string {
	return lang.X("programmes.activities.format", "№; наименование; планирани часове; планирани участници")
}

func formatActivities(as []model.ProjectActivity) string {
	lines := make([]string, len(as))
	for i, a := range as {
		lines[i] = strings.Join([]string{strconv.Itoa(a.No), a.Name, hoursText(a.PlanHours), countText(a.PlanParticipants)}, sep)
	}
	return strings.Join(lines, "\n")
}

func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// --- budget lines: № на дейността; код; наименование; сума в евро

func budgetLinesFormat() string {
	return lang.X("programmes.lines.format", "№ на дейността; код на реда; наименование; сума в €")
}

func formatBudgetLines(as []model.ProjectActivity) string {
	var lines []string
	for _, a := range as {
		for _, l := range a.Lines {
			lines = append(lines, strings.Join([]string{strconv.Itoa(a.No), l.Code, l.Name, l.Plan.Number()}, sep))
		}
	}
	return strings.Join(lines, "\n")
}

// parseActivities reads the activities and puts each budget line under its activity's number.
func parseActivities(acts, budget string) ([]model.ProjectActivity, error) {
	var out []model.ProjectActivity
	var es model.Errors
	what := lang.X("programmes.activities", "Дейности")
	index := map[int]int{}
	for i, line := range kit.Lines(acts) {
		ps := parts(line, 4)
		no, err := strconv.Atoi(ps[0])
		if err != nil || no <= 0 {
			err = errors.New(lang.X("programmes.activity.no", "номерът на дейността е цяло число, 1 или повече"))
		}
		h, herr := hours(ps[2])
		n, nerr := number(ps[3])
		for _, e := range []error{herr, nerr} {
			if err == nil {
				err = e
			}
		}
		if err != nil {
			es.Add(lineError("Activities", what, i+1, activitiesFormat(), err))
			continue
		}
		index[no] = len(out)
		out = append(out, model.ProjectActivity{No: no, Name: ps[1], PlanHours: h, PlanParticipants: n})
	}
	what = lang.X("programmes.lines", "Бюджетни редове")
	for i, line := range kit.Lines(budget) {
		ps := parts(line, 4)
		no, err := strconv.Atoi(ps[0])
		k, ok := index[no]
		if err != nil || !ok {
			err = errors.New(lang.X("programmes.line.activity", "няма дейност с номер „{{.No}}“ в списъка на дейностите",
				map[string]any{"No": ps[0]}))
		}
		plan, merr := euro(ps[3])
		if err == nil {
			err = merr
		}
		if err != nil {
			es.Add(lineError("Activities", what, i+1, budgetLinesFormat(), err))
			continue
		}
		out[k].Lines = append(out[k].Lines, model.BudgetLine{Code: ps[1], Name: ps[2], Plan: plan})
	}
	return out, es.Err()
}

// --- reports: №; от; до; срок; подаден на

func reportsFormat() string {
	return lang.X("programmes.reports.format", "№; от; до; срок за подаване; подаден на")
}

func formatReports(rs []model.PeriodReport) string {
	lines := make([]string, len(rs))
	for i, r := range rs {
		lines[i] = strings.Join([]string{strconv.Itoa(r.No), kit.DateText(r.From), kit.DateText(r.To),
			kit.DateText(r.DueOn), kit.DateText(r.SubmittedOn)}, sep)
	}
	return strings.Join(lines, "\n")
}

func parseReports(text string) ([]model.PeriodReport, error) {
	var out []model.PeriodReport
	var es model.Errors
	what := lang.X("programmes.reports", "Отчети")
	for i, line := range kit.Lines(text) {
		ps := parts(line, 5)
		no, err := number(ps[0])
		var ds [4]model.Date
		for j := range ds {
			d, derr := optionalDate(ps[j+1])
			if err == nil {
				err = derr
			}
			ds[j] = d
		}
		if err != nil {
			es.Add(lineError("Reports", what, i+1, reportsFormat(), err))
			continue
		}
		out = append(out, model.PeriodReport{No: no, From: ds[0], To: ds[1], DueOn: ds[2], SubmittedOn: ds[3]})
	}
	return out, es.Err()
}

// labelled is err's message after the name of the field it is about.
func labelled(err error, field string) error {
	return &model.Error{Code: model.CodeInvalidDate, Field: field, Msg: field + ": " + kit.ErrorText(err)}
}

// problemText is what a form says of input it cannot take: the model's messages, one a line.
func problemText(err error) string {
	_, msg, _ := kit.DescribeError(err)
	return msg
}
