package forms

import (
	"fmt"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// More blocks of an access request's answer (access.go): waiting lists, the supplier record of
// an external individual, the council's meetings a member attended.

// accessWaiting lists the waiting lists the student is on (чл. 46).
func (dc *doc) accessWaiting(h model.Holding) {
	if len(h.WaitingLists) == 0 {
		return
	}
	ids := studentIDs(h)
	var rows [][]string
	for _, w := range h.WaitingLists {
		for _, e := range w.Entries {
			if ids[e.StudentID] {
				rows = append(rows, []string{w.Activity, w.Area.Name(), fmt.Sprint(e.Rank), dateText(e.Since)})
			}
		}
	}
	dc.heading("Списъци на чакащите")
	dc.table([]column{{"Дейност", 40, gopdf.Left}, {"Област", 30, gopdf.Left}, {"Желание №", 12, gopdf.Right}, {"От", 18, gopdf.Left}},
		rows, tableStyle{})
}

// accessSupplier prints the supplier record of an external individual paid on a contract.
func (dc *doc) accessSupplier(s *model.Supplier) {
	dc.heading("Доставчик — физическо лице")
	dc.fact("Наименование", s.Name)
	dc.fact("ЕГН", s.EIK)
	dc.fact("Адрес", s.Address)
	dc.fact("IBAN", s.IBAN)
	if s.VAT != "" {
		dc.fact("ДДС №", s.VAT)
	}
}

// accessMeetings lists the council's meetings the member attended.
func (dc *doc) accessMeetings(h model.Holding) {
	if len(h.Meetings) == 0 {
		return
	}
	var rows [][]string
	for _, m := range h.Meetings {
		rows = append(rows, []string{fmt.Sprint(m.Number), m.Date.String(), m.Place})
	}
	dc.heading("Заседания на съвета, на които е присъствал")
	dc.table([]column{{"Протокол №", 20, gopdf.Right}, {"Дата", 25, gopdf.Left}, {"Място", 55, gopdf.Left}}, rows, tableStyle{})
}
