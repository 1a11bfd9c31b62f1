package students

import (
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The special categories on this screen (issue #13): the ESF panel's questions 1–10 with the
// exit date (model.ESFSurvey) and the needs criteria of чл. 57, ал. 2 (model.RemedialNeeds) are
// sealed under the special-categories key. An account without it reads them empty: each panel
// then says so above its inputs (kit.SealedNote), which are off — an answer typed there could
// not be saved — and offers to unlock the key for the session. Once it is unlocked, the store
// reads the year again (a Change with Reset) and followSealed fills those inputs from the file,
// keeping any unsaved input of the other fields.

// newSealedNotes makes the notes of the ESF and needs panels.
func (s *studentsScreen) newSealedNotes() {
	s.esfNote = kit.NewSealedNote(s.env, kit.Phrase{"students.esf.sealed",
		"Отговорите от панела за ЕСФ (въпроси 1–10 и датата на напускане) са специални категории лични данни (чл. 9 от GDPR) и са запечатани с ключа за специалните категории, който този профил няма: тук се виждат празни и не могат да се променят."}, nil)
	s.needsNote = kit.NewSealedNote(s.env, kit.Phrase{"students.needs.sealed",
		"Критериите за обучителни затруднения (чл. 57, ал. 2) са запечатани с ключа за специалните категории данни, който този профил няма: тук се виждат празни и не могат да се променят."}, nil)
}

// showSealed shows the notes while the session does not hold the special-categories key, and
// turns the inputs of the special parts off meanwhile.
func (s *studentsScreen) showSealed() {
	s.sealed = s.esfNote.Update()
	s.needsNote.Update()
	s.esf.sealAnswers(s.sealed)
	s.needs.seal(s.sealed)
}

// followSealed, after the file changed: when the session has just been given the
// special-categories key, fills the special parts of the student of the form from the file
// (their inputs were off, so they held nothing of the user's) and takes them as saved, so the
// student's other unsaved input stays and a save keeps what the file holds.
func (s *studentsScreen) followSealed() {
	if !s.sealed || kit.SpecialSealed(s.env) {
		return
	}
	s.showSealed()
	id := s.current.ID
	i := slices.IndexFunc(s.all, func(o *model.Student) bool { return o.ID == id })
	if id == "" || i < 0 {
		return
	}
	st, a := s.all[i], s.apps[id]
	s.current.Needs = st.Needs
	s.needs.set(st.Needs) // the whole panel is special: it held nothing of the user's
	esf := model.ESFSurvey{}
	if a != nil {
		esf = a.ESF
	}
	clean := !s.esf.dirty() // sex and birth date may hold unsaved input
	s.esf.setAnswers(esf)
	if clean {
		s.esf.saved = s.esf.values()
	}
	s.baseApp = a
	s.changed()
}

// sealAnswers turns the application's part of the panel off (on: false) — questions 1–10 and
// the exit — while it is sealed; sex and birth date are the student's, not special.
func (p *esfPanel) sealAnswers(on bool) {
	for _, a := range p.answers {
		enable(a, !on)
	}
	enable(p.exit, !on)
	enable(p.outcome, !on)
	enable(p.leftWhy, !on)
	enable(p.leftNote, !on)
}

// seal turns the criteria off while they are sealed.
func (p *needsPanel) seal(on bool) {
	enable(p.criteria, !on)
	enable(p.other, !on)
}

type disabler interface {
	Enable()
	Disable()
}

func enable(w disabler, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}
