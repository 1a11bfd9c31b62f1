package cards

import (
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The special categories on this screen (issue #13): the card's criteria of чл. 57, ал. 2
// (section А's ticks and „Друго“, model.RemedialNeeds, the copy of the student's needs flags)
// are sealed under the special-categories key like the student's. An account without it reads
// them empty: section А then says so above them (kit.SealedNote), they are off — a tick made there
// could not be saved — and the note offers to unlock the key for the session. Once unlocked, the
// store reads the year again (a Change with Reset) and followSealed fills the criteria from the
// file, keeping the card's other unsaved input. Printing a card asks for the key first: its
// section А would print empty.

// newSealedNote makes the note of section А.
func (s *cardsScreen) newSealedNote() {
	s.needsNote = kit.NewSealedNote(s.env, kit.Phrase{"cards.needs.sealed",
		"Критериите за обучителни затруднения (чл. 57, ал. 2) са запечатани с ключа за специалните категории данни, който този профил няма: тук се виждат празни и не могат да се променят."}, nil)
	s.showSealed()
}

// showSealed shows the note while the session does not hold the key and turns the criteria off
// meanwhile.
func (s *cardsScreen) showSealed() {
	s.sealed = s.needsNote.Update()
	s.form.sealNeeds(s.sealed)
}

// followSealed, after the file changed: when the session has just been given the key, fills the
// criteria of the card in the form from the file (their inputs were off, so they held nothing of
// the user's) and takes them as loaded, so the card's other unsaved input stays and a save keeps
// what the file holds.
func (s *cardsScreen) followSealed() {
	if !s.sealed || kit.SpecialSealed(s.env) {
		return
	}
	s.showSealed()
	if s.cur == nil {
		return
	}
	e := s.entryOf(s.cur.key())
	if e == nil {
		return
	}
	needs := e.student.Needs // a new card takes the student's
	if e.card != nil {
		needs = e.card.Needs
	}
	clean := !s.Dirty()
	s.card.Needs = needs
	s.form.fillNeeds(needs)
	if clean {
		s.saved = s.form.snapshot()
	}
	s.changed()
}

// sealNeeds turns the criteria off (on: true) while they are sealed.
func (f *cardForm) sealNeeds(on bool) {
	for _, c := range f.needs {
		if on {
			c.Disable()
		} else {
			c.Enable()
		}
	}
	if on {
		f.otherNeed.Disable()
	} else {
		f.otherNeed.Enable()
	}
}

// fillNeeds shows the criteria n.
func (f *cardForm) fillNeeds(n model.RemedialNeeds) {
	for i, on := range []bool{n.RepeatedGrade, n.LowResults, n.SocialFactors, n.StoppedChildBenefit,
		n.WeakExternalAssessment, n.UnexcusedOver10, n.TemporaryFailure, n.LongHealthAbsence} {
		f.needs[i].SetChecked(on)
	}
	f.otherNeed.SetText(n.Other)
}
