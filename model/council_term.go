package model

// RoleTerm is a role a council member held before the present one, up to and including Until.
// The members elect the chair and the secretary (чл. 32, ал. 1–2) and may elect others later:
// keeping the earlier roles lets the minutes of a past meeting show the council as it was that
// day. Persisted.
type RoleTerm struct {
	Role  CouncilRole `json:"Role"`
	Until Date        `json:"Until"`
}

// RoleOn is the member's role on day d: the earliest earlier role whose term covers d, else the
// present Role. A member without earlier roles (every record before terms existed) held the
// present role the whole year.
func (m *CouncilMember) RoleOn(d Date) CouncilRole {
	for _, t := range m.Roles {
		if !d.After(t.Until) {
			return t.Role
		}
	}
	return m.Role
}

// ChangeRole records that from day `from` the member holds role r; the present role is kept as
// an earlier one until the day before. A change on or before an earlier change, or before the
// member joined, is refused: it would rewrite a past meeting's council.
func (m *CouncilMember) ChangeRole(r CouncilRole, from Date) error {
	if from.IsZero() {
		return Errorf("required", "RoleFrom", "попълнете от коя дата е новата роля")
	}
	if r == m.Role {
		return nil
	}
	until := from.AddDays(-1)
	if !m.JoinedOn.IsZero() && until.Before(m.JoinedOn) {
		return Errorf("invalid_range", "RoleFrom",
			"новата роля започва на %s, а членът е включен на %s: сменете ролята от по-късна дата или поправете самата роля", from, m.JoinedOn)
	}
	if n := len(m.Roles); n > 0 && !until.After(m.Roles[n-1].Until) {
		return Errorf("invalid_range", "RoleFrom",
			"ролята вече е сменяна на %s: новата смяна трябва да е след тази дата", m.Roles[n-1].Until.AddDays(1))
	}
	m.Roles = append(m.Roles, RoleTerm{Role: m.Role, Until: until})
	m.Role = r
	return nil
}

// checkTerms validates the membership and the earlier roles: in order, within the membership.
func (m *CouncilMember) checkTerms(es *Errors) {
	if !m.LeftOn.IsZero() && m.LeftOn.Before(m.JoinedOn) {
		es.Add(Errorf("invalid_range", "LeftOn", "датата на напускане е преди датата на включване"))
	}
	for i, t := range m.Roles {
		switch t.Role {
		case RoleChair, RoleSecretary, RoleMember:
		default:
			es.Add(Errorf("invalid_role", "Roles", "предишна роля %d: изберете председател, секретар или член", i+1))
		}
		switch {
		case t.Until.IsZero():
			es.Add(Errorf("required", "Roles", "предишна роля %d: попълнете до коя дата е заемана", i+1))
		case i > 0 && !t.Until.After(m.Roles[i-1].Until):
			es.Add(Errorf("invalid_range", "Roles", "предишните роли трябва да са подредени по дата: %s не е след %s", t.Until, m.Roles[i-1].Until))
		case !m.JoinedOn.IsZero() && t.Until.Before(m.JoinedOn), !m.LeftOn.IsZero() && !t.Until.Before(m.LeftOn):
			es.Add(Errorf("invalid_range", "Roles", "предишна роля %d: датата %s е извън членството в съвета", i+1, t.Until))
		}
	}
}

// CouncilOn is the council as it was on day d (чл. 29–35): the members in it that day, each with
// the role held that day, in the order given. The members are copies; members with no dates
// are in the council the whole year.
func CouncilOn(members []CouncilMember, d Date) []CouncilMember {
	var out []CouncilMember
	for i := range members {
		m := &members[i]
		if !m.Active(d) {
			continue
		}
		c := m.clone()
		c.Role = m.RoleOn(d)
		out = append(out, c)
	}
	return out
}
