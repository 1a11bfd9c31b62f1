package model

import "fmt"

// Vote is one vote on a decision of the council. Persisted.
type Vote string

// Votes; the empty Vote is no vote.
const (
	VoteFor       Vote = "for"
	VoteAgainst   Vote = "against"
	VoteAbstained Vote = "abstained"
)

// Label is the Bulgarian name of the vote, as the minutes write it.
func (v Vote) Label() string {
	switch v {
	case VoteFor:
		return "„за“"
	case VoteAgainst:
		return "„против“"
	case VoteAbstained:
		return "„въздържал се“"
	}
	return "не е гласувал"
}

// Outcome is the result of one decision of a meeting (чл. 33): the votes of the members
// present, the votes „за“ a simple majority of them needs, and whether the decision passed.
// The director's vote is advisory (чл. 33, ал. 2) and is never among the counted votes.
type Outcome struct {
	Present                 int // council members present: each has one vote
	For, Against, Abstained int
	Needed                  int // votes „за“ needed: more than half of those present
	Adopted                 bool
	Director                Vote // the director's advisory vote, not counted
}

// DecisionOutcome computes the result of decision d at a meeting with present members
// present. The instruction sets no quorum: a decision passes with more votes „за“ than half
// of the members present (чл. 33, ал. 1); members present who do not vote count as not „за“.
// With nobody present nothing passes.
func DecisionOutcome(d Decision, present int) Outcome {
	o := Outcome{Present: present, For: d.For, Against: d.Against, Abstained: d.Abstained,
		Needed: present/2 + 1, Director: d.Director}
	o.Adopted = present > 0 && d.Adopted(present) // the minutes' rule (Decision.Adopted), one place
	return o
}

// Outcomes computes the result of every decision of the meeting, in order.
func (m *Meeting) Outcomes() []Outcome {
	out := make([]Outcome, len(m.Decisions))
	for i, d := range m.Decisions {
		out[i] = DecisionOutcome(d, len(m.Present))
	}
	return out
}

// String says the result in Bulgarian with its article, as the screen and the minutes show it.
func (o Outcome) String() string {
	verdict := "не е прието"
	if o.Adopted {
		verdict = "прието"
	}
	s := fmt.Sprintf("%s: „за“ %d, „против“ %d, „въздържал се“ %d от %d присъстващи членове; нужни са поне %d гласа „за“ (чл. 33, ал. 1)",
		verdict, o.For, o.Against, o.Abstained, o.Present, o.Needed)
	if o.Director != "" {
		s += fmt.Sprintf("; директорът гласува %s със съвещателен глас, който не се брои (чл. 33, ал. 2)", o.Director.Label())
	}
	return s
}

// checkDirectorVote refuses an unknown vote, and a vote of a director who was not present.
func (m *Meeting) checkDirectorVote(i int, v Vote) error {
	switch {
	case v != "" && v != VoteFor && v != VoteAgainst && v != VoteAbstained:
		return Errorf(CodeInvalidVote, "Decisions", "решение %d: изберете гласа на директора от списъка", i+1)
	case v != "" && !m.DirectorPresent:
		return Errorf(CodeInvalidVote, "Decisions",
			"решение %d: записан е глас на директора, а той не присъства: отбележете присъствието му или махнете гласа", i+1)
	}
	return nil
}
