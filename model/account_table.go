package model

import "strings"

// AccessTable returns the role table as a Markdown table — one row per kind, one column per role
// — as the README shows it under „Who can do what“ (a test keeps the two equal).
func AccessTable() string {
	var b strings.Builder
	b.WriteString("| записи |")
	for _, r := range AccountRoles {
		b.WriteString(" " + r.Title() + " |")
	}
	b.WriteString("\n|---|")
	b.WriteString(strings.Repeat("---|", len(AccountRoles)))
	b.WriteString("\n")
	for _, k := range Kinds {
		b.WriteString("| " + KindLabel(k) + " |")
		for _, r := range AccountRoles {
			b.WriteString(" " + accessCell(r, k) + " |")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// accessCell is one cell of AccessTable.
func accessCell(r AccountRole, k Kind) string {
	switch {
	case r.CanWrite(k) && r == AccountLeader:
		return "пише (своите групи)"
	case r.CanWrite(k):
		return "пише"
	case r.CanRead(k):
		return "чете"
	}
	return "—"
}
