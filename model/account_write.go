package model

// CheckWrite returns why account a may not replace the record old with next (old nil: a new
// record; next nil: a deletion), or nil when it may. It applies the role table (AccountRole.
// CanWrite) and, for a leader, the restriction to the leader's own groups (чл. 52: the leader
// keeps the journal and the programme of the group it leads) and own draft of hours (the report
// is approved by the director, чл. 81, ал. 2, never by its author). leaderOf returns the leader
// (a Person's ID) of a group as stored; it is called only for a leader's rows and sessions.
// Both the old and the new record must be the leader's, so a row cannot be moved out of (or
// into) another leader's group.
func (a *Account) CheckWrite(kind Kind, old, next Record, leaderOf func(group ID) (ID, error)) error {
	if !a.Role.CanWrite(kind) {
		return a.refuse(kind)
	}
	if a.Role != AccountLeader {
		return nil
	}
	for _, r := range []Record{old, next} {
		if r == nil {
			continue
		}
		own, err := a.leadersOwn(r, leaderOf)
		if err != nil {
			return err
		}
		if !own {
			return Errorf(CodeNotOwnGroup, "GroupID",
				"профилът „%s“ (ръководител на група) може да променя само дневника, програмата и отчета на своите групи (чл. 52): запис %s от „%s“ е на друг ръководител",
				a.Name, r.RecordID(), KindWord(kind))
		}
	}
	if t, ok := next.(*Timesheet); ok && t.Status == Approved {
		if o, _ := old.(*Timesheet); o == nil || o.Status != Approved {
			return Errorf(CodeLeaderApproves, "Status",
				"ръководителят подготвя отчета си, а го одобрява директорът (чл. 81, ал. 2): профилът „%s“ не може да го одобри", a.Name)
		}
	}
	return nil
}

// leadersOwn reports whether r belongs to the leader's own person or groups.
func (a *Account) leadersOwn(r Record, leaderOf func(ID) (ID, error)) (bool, error) {
	var group ID
	switch v := r.(type) {
	case *Timesheet:
		return v.PersonID == a.PersonID, nil
	case *ProgrammeRow:
		group = v.GroupID
	case *Session:
		group = v.GroupID
	default:
		return false, nil
	}
	l, err := leaderOf(group)
	if err != nil {
		return false, err
	}
	return l != "" && l == a.PersonID, nil
}

// refuse is the message of a write the role table does not allow.
func (a *Account) refuse(kind Kind) error {
	what := "не може да променя"
	if !a.Role.CanRead(kind) {
		what = "няма достъп до"
	}
	return Errorf(CodeRoleForbidden, "",
		"профилът „%s“ (%s) %s записи „%s“: промяната се прави от профил с такива права (директорът определя ролите)",
		a.Name, a.Role.Title(), what, KindWord(kind))
}
