package council

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// termLine says a member's term and earlier roles (чл. 29–32): „член от 17.09.2025 до
// 30.06.2026; председател до 28.02.2026“; "" for a member of the whole year in one role.
func termLine(m *model.CouncilMember) string {
	var parts []string
	switch {
	case !m.JoinedOn.IsZero() && !m.LeftOn.IsZero():
		parts = append(parts, fmt.Sprintf(lang.X("council.term.fromto", "в съвета от %s до %s"), m.JoinedOn, m.LeftOn))
	case !m.JoinedOn.IsZero():
		parts = append(parts, fmt.Sprintf(lang.X("council.term.from", "в съвета от %s"), m.JoinedOn))
	case !m.LeftOn.IsZero():
		parts = append(parts, fmt.Sprintf(lang.X("council.term.to", "в съвета до %s"), m.LeftOn))
	}
	for _, t := range m.Roles {
		parts = append(parts, fmt.Sprintf(lang.X("council.term.role", "%s до %s"), roleChoice.Label(string(t.Role)), t.Until))
	}
	return strings.Join(parts, "; ")
}

// applyRole makes the role typed in the form the member's: a saved member's new role starts on
// the day in „Новата роля е от“ (ChangeRole), so the minutes of earlier meetings keep the role
// held then; „поправка“ rewrites the role in place, for a role entered wrong.
func (s *councilScreen) applyRole(m *model.CouncilMember) error {
	if s.cur.ID == "" || m.Role == s.cur.Role || s.roleFix.Checked {
		return nil
	}
	r := m.Role
	m.Role = s.cur.Role
	if err := m.ChangeRole(r, kit.DateOf(s.roleFrom)); err != nil {
		return err
	}
	return nil
}

// endMember asks the day the member in the form leaves the council and the reason, with the one
// end dialog (kit.AskEnd), and ends the term on it with the reason in the change log (store's
// End: refused when a later meeting lists the member present, чл. 33, ал. 2; the refusal is
// shown inside the dialog, which stays open for another day).
func (s *councilScreen) endMember() {
	if s.cur.ID == "" {
		return
	}
	id, name := s.cur.ID, s.cur.Name
	s.whenClean(func() {
		kit.AskEnd(s.env.Window, kit.EndRequest{
			Title: lang.X("council.end.title", "Прекратяване на членството"),
			Text: fmt.Sprintf(lang.X("council.end.text",
				"%s остава в протоколите на заседанията до този ден; след него не е в състава на съвета (чл. 29–32)."), name),
			DayLabel: lang.X("council.end.on", "Последен ден в съвета"),
			Confirm:  lang.X("council.end.ok", "Прекрати"),
			Day:      model.DateOf(s.env.Now()),
		}, func(day model.Date, reason string) error {
			err := s.env.DB.Update(func(tx *store.Tx) error {
				tx.Because(reason)
				return tx.End(model.KindCouncilMember, id, day)
			})
			if err != nil {
				return err
			}
			s.afterCommit()
			return nil
		})
	})
}

// removeMember removes the member in the form, entered by mistake, with a reason kept in the
// change log; the store refuses a member a meeting lists as present (end the term instead).
func (s *councilScreen) removeMember() {
	if s.cur.ID == "" {
		return
	}
	m := s.cur
	askReason(s.env.Window, fmt.Sprintf(lang.X("council.remove.title", "Изтриване: %s"), store.Describe(&m)), func(reason string) {
		if err := removeRecord(s.env.DB, model.KindCouncilMember, m.ID, reason); err != nil {
			s.env.ShowError(err)
			return
		}
		s.fill(model.CouncilMember{Year: s.year, Role: model.RoleMember})
		s.afterCommit()
	})
}

// removeRecord removes kind/id with the reason in one transaction (store's Remove: refused with
// what still points to the record, nothing changed).
func removeRecord(db *store.DB, kind model.Kind, id model.ID, reason string) error {
	return db.Update(func(tx *store.Tx) error {
		tx.Because(reason)
		return tx.Remove(kind, id)
	})
}

// roleFromHint says what „Новата роля е от“ is for, wrapping in the form's column.
func roleFromHint() *widget.Label {
	l := kit.Wrapped(lang.X("council.role.from.hint", "при смяна на ролята; по-ранните протоколи запазват предишната (чл. 32)"))
	l.SizeName = theme.SizeNameCaptionText
	l.Importance = widget.LowImportance
	return l
}
