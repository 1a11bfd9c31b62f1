package demo

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// towns are real towns with their municipality, region and the region's two-digit prefix of
// the НЕИСПУО codes.
var towns = []struct{ Town, Municipality, Region, Code string }{
	{"Пловдив", "Пловдив", "Пловдив", "16"}, {"Варна", "Варна", "Варна", "03"},
	{"Бургас", "Бургас", "Бургас", "02"}, {"Русе", "Русе", "Русе", "18"},
	{"Стара Загора", "Стара Загора", "Стара Загора", "24"}, {"Плевен", "Плевен", "Плевен", "15"},
	{"Габрово", "Габрово", "Габрово", "07"}, {"Шумен", "Шумен", "Шумен", "27"},
	{"Смолян", "Смолян", "Смолян", "21"}, {"Кюстендил", "Кюстендил", "Кюстендил", "10"},
	{"Ловеч", "Ловеч", "Ловеч", "11"}, {"Самоков", "Самоков", "София", "23"},
	{"Карлово", "Карлово", "Пловдив", "16"}, {"Горна Оряховица", "Горна Оряховица", "Велико Търново", "04"},
	{"Сливен", "Сливен", "Сливен", "20"}, {"Добрич", "Добрич", "Добрич", "08"},
}

// patrons are the names Bulgarian schools are named after.
var patrons = []string{
	"Христо Ботев", "Васил Левски", "Иван Вазов", "Св. св. Кирил и Методий", "Паисий Хилендарски",
	"Никола Вапцаров", "Софроний Врачански", "Отец Паисий", "Елин Пелин", "Йордан Йовков",
	"Димчо Дебелянов", "Петко Рачов Славейков", "Неофит Рилски", "Георги Раковски",
}

var streets = []string{"ул. „Шипка“", "бул. „България“", "ул. „Раковски“", "ул. „Цар Симеон“", "ул. „Априлско въстание“", "ул. „Възраждане“"}

// school is a средно училище with grades I–XII. Its funding group follows its size, so that
// the targets of Приложение № 1 run from 36 % (small) to 25 % (large) remedial.
func (g *gen) school() {
	t := pick(g, towns)
	own := model.MunicipalSchool
	if g.chance(20) {
		own = model.StateSchool
	}
	n := g.opts.Students
	group := model.GroupIII
	switch {
	case n <= 200:
		group = model.GroupI
	case n <= 800:
		group = model.GroupII
	}
	g.group = group
	g.directorFemale = g.chance(60)
	dir := g.uniqueAdult(g.directorFemale)
	code := fmt.Sprintf("%s%05d", t.Code, g.between(100, 99999))
	g.d.School = model.School{
		ID:            "sch-0001",
		NEISPUO:       code,
		Name:          fmt.Sprintf("Средно училище „%s“", pick(g, patrons)),
		Town:          t.Town,
		Municipality:  t.Municipality,
		Region:        t.Region,
		Address:       fmt.Sprintf("гр. %s, %s № %d", t.Town, pick(g, streets), g.between(1, 120)),
		EIK:           g.eik("000"),
		Ownership:     own,
		Group:         group,
		LessonMinutes: 45,
		DirectorName:  dir.String(),
		Email:         fmt.Sprintf("info-%s@edu.mon.bg", code),
		Phone:         fmt.Sprintf("0%d %d%02d %03d", g.between(32, 98), g.between(2, 9), g.intn(100), g.intn(1000)),
	}
	g.director = dir
}

// programme is the year's basic data: size, currency, approval and days without classes.
func (g *gen) programme() {
	g.d.Programme = model.Programme{
		ID:         model.ID(fmt.Sprintf("prg-%d", int(g.year))),
		Year:       g.year,
		Students:   g.opts.Students,
		Currency:   g.cur,
		ApprovedOn: g.approved(),
		ProfileID:  ProfileID,
		// The year's calendar as the model has it, confirmed only when it is the order's.
		NonWorking:        append([]model.DateRange(nil), g.cal.Off...),
		ClassesEnd:        append([]model.ClassesEnd(nil), g.cal.Ends...),
		CalendarSource:    g.cal.Source,
		CalendarConfirmed: g.cal.Confirmed,
	}
}

// approved is the day the school programme is approved: after the applications (чл. 44, by
// 19 October) are in, before the deadline of чл. 39 (28 October).
func (g *gen) approved() model.Date { return g.date(time.October, 17) }

// firstSession is the first day groups meet.
func (g *gen) firstSession() model.Date { return g.date(time.October, 20) }

// lastSession is the last day groups may meet.
func (g *gen) lastSession() model.Date { return g.date(time.May, 29) }

// budget is the year's total T of Приложение № 6, in leva, for funding groups I–III (the
// only ones the generator uses): students × per student + fixed, by size band.
func (g *gen) budget() model.Money {
	rows := map[model.FundingGroup][6]int64{
		model.GroupI:   {179, 3600, 109, 8800, 89, 13300},
		model.GroupII:  {165, 3300, 104, 7800, 79, 13800},
		model.GroupIII: {159, 2700, 91, 7400, 68, 12800},
	}
	r := rows[g.group]
	n := int64(g.opts.Students)
	band := 4
	switch {
	case n <= 80:
		band = 0
	case n <= 250:
		band = 2
	}
	return model.Lev(n*r[band]+r[band+1], 0)
}

// targets are the minimum numbers of remedial and interest students of Приложение № 1.
func (g *gen) targets() (remedial, interest int) {
	shares := map[model.FundingGroup][2]int{
		model.GroupI: {36, 35}, model.GroupII: {31, 35}, model.GroupIII: {25, 36},
	}
	s := shares[g.group]
	n := g.opts.Students
	return (n*s[0] + 99) / 100, (n*s[1] + 99) / 100
}

// ProfileID is the rule profile the generated year runs under: the default profile of
// „Твоят час – фаза І“ (assets.DefaultProfileID, which this package cannot import).
const ProfileID = "tvoyat-chas-1"
