package model

import (
	"strings"
	"unicode/utf8"
)

// Account is one person who works in the data file (issue #14): the name they log in with, what
// they may do (AccountRole), for a leader the Person whose groups they keep (чл. 52), whether they
// hold the key of the special categories of personal data, and whether the director has switched
// the account off. Accounts belong to one installation: each PC has the people at its keyboard;
// another installation learns only the role of the installation it is paired with.
type Account struct {
	Name     string
	Role     AccountRole
	PersonID ID   // the leader's (or the director's) own Person; required for a leader
	Special  bool // holds the special-categories key although the role does not by default
	Disabled bool // can no longer log in or act; kept, since the change log names it
}

// maxAccountName keeps a name short enough for the log's columns and a login field.
const maxAccountName = 64

// Validate checks the account's fields, with messages that say what to fix.
func (a *Account) Validate() error {
	var es Errors
	name := strings.TrimSpace(a.Name)
	switch {
	case name == "":
		es.Add(Errorf(CodeRequired, "Name", "попълнете името на профила"))
	case name != a.Name || strings.ContainsAny(name, "/\x00\n\r\t"):
		es.Add(Errorf(CodeInvalidAccountName, "Name", "името на профила „%s“ не може да започва или завършва с интервал и да съдържа „/“ или нов ред", a.Name))
	case utf8.RuneCountInString(name) > maxAccountName:
		es.Add(Errorf(CodeTooLong, "Name", "името на профила е по-дълго от %d знака", maxAccountName))
	}
	if !a.Role.Valid() {
		es.Add(Errorf(CodeInvalidRole, "Role", "изберете роля на профила: %s", RoleChoices()))
	}
	if a.Role == AccountLeader && a.PersonID == "" {
		es.Add(Errorf(CodeRequired, "PersonID", "изберете лицето (ръководителя), чиито групи води профилът (чл. 52)"))
	}
	return es.Err()
}

// SeesSpecial reports whether the account holds the special-categories key: by its role, or
// given explicitly by the director.
func (a *Account) SeesSpecial() bool { return a.Special || a.Role.SeesSpecial() }

// accountRoleNames are the roles' Bulgarian names, as the README's table and the pickers show them.
var accountRoleNames = map[AccountRole]string{
	AccountDirector:   "директор",
	AccountAccountant: "счетоводител",
	AccountLeader:     "ръководител на група",
	AccountInspector:  "проверител (РУО, председател на съвета)",
}

// Title returns the role's Bulgarian name; an unknown role gives its code.
func (r AccountRole) Title() string {
	if t, ok := accountRoleNames[r]; ok {
		return t
	}
	return string(r)
}

// RoleNames lists the role codes a command accepts, for a message: „director, accountant, …“.
func RoleNames() string {
	names := make([]string, len(AccountRoles))
	for i, r := range AccountRoles {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// ParseAccountRole reads a role by its code or its Bulgarian name.
func ParseAccountRole(s string) (AccountRole, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, r := range AccountRoles {
		if s == string(r) || s == r.Title() || strings.HasPrefix(r.Title(), s+" ") {
			return r, nil
		}
	}
	return "", Errorf(CodeInvalidRole, "Role", "непозната роля „%s“: изберете една от %s", s, RoleChoices())
}
