package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Event is one dated item of the school's calendar across programmes (issue #19): a deadline,
// a window, a meeting. Start/End are days; StartMin/EndMin minutes after midnight (local time),
// -1 for an all-day item. Own marks an event meant for this school (its size, its region).
type Event struct {
	UID       string
	Programme ProgrammeKind // "" for events of no programme of the file (the STEM meetings)
	Title     string
	Where     string
	URL       string
	Note      string
	Article   string
	Start     Date
	End       Date
	StartMin  int
	EndMin    int
	Own       bool
	// en is the event's words in English (TitleIn, WhereIn, NoteIn, ArticleIn): the fields
	// above are the Bulgarian, the reference.
	en eventWords
}

// STEMMeeting is one information meeting of the schedule for the school STEM-environment
// concept (seed 000): online for schools of a size, or in person for the schools of regions.
type STEMMeeting struct {
	Date                 Date
	FromMin, ToMin       int // ToMin -1 when the schedule gives no end
	Online               bool
	MinPupils, MaxPupils int // the online meetings' school sizes; MaxPupils 0 = no upper bound
	Place                string
	PlaceEn              string // Place in English
	Regions              []string
}

// STEMMeetings is the schedule of the seed, as published (July 2023).
var STEMMeetings = []STEMMeeting{
	{Date: NewDate(2023, time.July, 12), FromMin: 14*60 + 30, ToMin: 16*60 + 30, Online: true, MinPupils: 200, MaxPupils: 400},
	{Date: NewDate(2023, time.July, 14), FromMin: 11 * 60, ToMin: 15 * 60,
		Place:   "Музикално-драматичен театър „Константин Кисимов“, гр. Велико Търново",
		PlaceEn: "Konstantin Kisimov Music and Drama Theatre, Veliko Tarnovo",
		Regions: []string{"Велико Търново", "Търговище", "Разград", "Добрич", "Шумен", "Силистра", "Варна", "Габрово", "Ловеч"}},
	{Date: NewDate(2023, time.July, 18), FromMin: 14*60 + 30, ToMin: 16*60 + 30, Online: true, MinPupils: 401},
	{Date: NewDate(2023, time.July, 19), FromMin: 11 * 60, ToMin: -1,
		Place: "Културен център, гр. Стара Загора", PlaceEn: "Cultural Centre, Stara Zagora",
		Regions: []string{"Стара Загора", "Бургас", "Ямбол", "Сливен", "Хасково", "Кърджали"}},
	{Date: NewDate(2023, time.July, 20), FromMin: 11 * 60, ToMin: 13 * 60,
		Place:   "зала „Аула Максима“, Университет по архитектура, строителство и геодезия, гр. София",
		PlaceEn: "Aula Maxima hall, University of Architecture, Civil Engineering and Geodesy, Sofia",
		Regions: []string{"София-град", "София"}},
}

// For reports whether the meeting is the school's own: an online one by its number of pupils
// („между 200–400“, „над 400“), an in-person one by its region (област).
func (m STEMMeeting) For(region string, pupils int) bool {
	if m.Online {
		return pupils >= m.MinPupils && (m.MaxPupils == 0 || pupils <= m.MaxPupils)
	}
	r := normRegion(region)
	return slices.ContainsFunc(m.Regions, func(x string) bool { return normRegion(x) == r })
}

// normRegion lets „София град“, „София-град“ and „област Варна“ match the schedule's names.
func normRegion(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimSuffix(s, " област"), "област ")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }), " ")
}

// SchoolEvents returns the calendar of the school across its programmes, by date: „Твоят час“'s
// deadlines of the year (the profile's, as the checks compute them), the national programme's
// window and annex day and the mobilities, the 2021–2027 projects' period and reports, and the
// STEM information meetings (Own for the school's size and region).
func SchoolEvents(d *YearData, p *Profile) []Event {
	var out []Event
	y := d.Programme.Year
	if p != nil && y > 0 {
		for _, dl := range p.Deadlines {
			e := dayEvent("tc-"+dl.Code+"-"+y.String(), ProgrammeTvoyatChas, dl.What, dl.Article, dl.Date(y), true)
			e.en.Title = dl.WhatIn(LangEnglish)
			out = append(out, e)
		}
	}
	for _, in := range d.Innovations {
		out = append(out, innovationEvents(&in)...)
	}
	for _, pr := range d.Projects {
		out = append(out, projectEvents(&pr)...)
	}
	for i, m := range STEMMeetings {
		out = append(out, stemEvent(i, m, d.School.Region, d.Programme.Students))
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return a.StartMin - b.StartMin
	})
	return out
}

func dayEvent(uid string, p ProgrammeKind, title, article string, on Date, own bool) Event {
	return Event{UID: uid, Programme: p, Title: title, Article: article, Start: on, End: on, StartMin: -1, EndMin: -1, Own: own}
}

func innovationEvents(in *Innovation) []Event {
	y := in.Year.String()
	w := dayEvent("ia-apply-"+y, ProgrammeInnovations, "„Иновации в действие“: кандидатстване на ischools.mon.bg",
		innovationRule("1"), InnovationApplyFrom(in.Year), true)
	w.End = InnovationApplyTo(in.Year)
	w.en = eventWords{Title: "“Innovations in Action”: applying on ischools.mon.bg", Article: innovationRuleEnglish("1")}
	annex := dayEvent("ia-annex-"+y, ProgrammeInnovations, "„Иновации в действие“: анекс за мобилността (дати и програма)",
		innovationRule("8"), InnovationAnnexBy(in.Year), in.Innovative)
	annex.en = eventWords{Title: "“Innovations in Action”: annex for the mobility (dates and programme)", Article: innovationRuleEnglish("8")}
	out := []Event{w, annex}
	for i, m := range in.Mobilities {
		e := dayEvent(fmt.Sprintf("ia-mobility-%s-%d", y, i+1), ProgrammeInnovations,
			fmt.Sprintf("„Иновации в действие“: мобилност %d, домакин %s", i+1, m.Host), innovationRule("5"), m.From, true)
		e.End = m.To
		e.en = eventWords{Title: fmt.Sprintf("“Innovations in Action”: mobility %d, host %s", i+1, m.Host), Article: innovationRuleEnglish("5")}
		out = append(out, e)
	}
	return out
}

func projectEvents(p *Project) []Event {
	end := dayEvent("pr-end-"+p.ContractNo, ProgrammeEducation2127,
		fmt.Sprintf("„%s“ (%s): край на проекта", p.Name, p.ContractNo), projectRule, p.End, true)
	end.en = eventWords{Title: fmt.Sprintf("“%s” (%s): end of the project", p.Name, p.ContractNo), Article: projectRuleEnglish}
	out := []Event{end}
	for _, r := range p.Reports {
		if r.DueOn.IsZero() {
			continue
		}
		e := dayEvent(fmt.Sprintf("pr-report-%s-%d", p.ContractNo, r.No), ProgrammeEducation2127,
			fmt.Sprintf("„%s“: отчет %d за %s – %s", p.Name, r.No, r.From, r.To), projectRule, r.DueOn, true)
		e.en = eventWords{Title: fmt.Sprintf("“%s”: report %d for %s – %s", p.Name, r.No, r.From, r.To), Article: projectRuleEnglish}
		out = append(out, e)
	}
	return out
}

func stemEvent(i int, m STEMMeeting, region string, pupils int) Event {
	e := Event{UID: fmt.Sprintf("stem-%s-%d", m.Date.ISO(), i+1), Start: m.Date, End: m.Date, StartMin: m.FromMin,
		EndMin: m.ToMin, Where: m.Place, Own: m.For(region, pupils),
		Article: "График на информационните срещи за Концепция за училищна STEM среда"}
	e.en.Article = "Schedule of the information meetings on the Concept of a school STEM environment"
	if m.Online {
		size := fmt.Sprintf("между %d и %d ученици", m.MinPupils, m.MaxPupils)
		sizeEn := fmt.Sprintf("between %d and %d students", m.MinPupils, m.MaxPupils)
		if m.MaxPupils == 0 {
			size = fmt.Sprintf("над %d ученици", m.MinPupils-1)
			sizeEn = fmt.Sprintf("over %d students", m.MinPupils-1)
		}
		e.Title = "STEM среда: онлайн информационна среща за училища с " + size
		e.Where = "онлайн (Microsoft Teams)"
		e.en.Title = "STEM environment: online information meeting for schools with " + sizeEn
		e.en.Where = "online (Microsoft Teams)"
	} else {
		e.Title = "STEM среда: присъствена информационна среща"
		e.Note = "За директорите на училища от областите " + strings.Join(m.Regions, ", ")
		e.en.Title = "STEM environment: in-person information meeting"
		e.en.Where = m.PlaceEn
		regions := make([]string, len(m.Regions))
		for i, r := range m.Regions {
			regions[i] = regionEnglish[r]
		}
		e.en.Note = "For the directors of the schools of the regions " + strings.Join(regions, ", ")
	}
	return e
}

// Upcoming returns the events that are on or within days after today, or still running today
// (a window or a mobility that began before it): the reminders shown on start.
func Upcoming(events []Event, today Date, days int) []Event {
	var out []Event
	last := today.AddDays(days)
	for _, e := range events {
		if !e.End.Before(today) && !e.Start.After(last) {
			out = append(out, e)
		}
	}
	return out
}

// SchoolCalendar gathers the school's calendar over the years of a file (issue #19): SchoolEvents of
// each year under the rule profile profileOf gives it, an event shown in several years (a
// project's, a STEM meeting) once, by its UID. `tchas calendar` and the Експорт screen's button
// write what it returns with WriteICS.
func SchoolCalendar(years []*YearData, profileOf func(*YearData) (*Profile, error)) ([]Event, error) {
	var events []Event
	seen := map[string]bool{}
	for _, d := range years {
		p, err := profileOf(d)
		if err != nil {
			return nil, err
		}
		for _, e := range SchoolEvents(d, p) {
			if !seen[e.UID] {
				seen[e.UID] = true
				events = append(events, e)
			}
		}
	}
	return events, nil
}
