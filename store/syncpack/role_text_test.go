package syncpack_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// „Непозната роля“ lists the roles in the message's language (issue #21, stop 14): the codes a
// command accepts, each named in Bulgarian in Msg and in English in the English window — no
// Cyrillic left in English; both Pair and SetPeerRole.
func TestPair_UnknownRoleListsTheRolesInTheMessagesLanguage(t *testing.T) {
	a, b := openSide(t, "director"), openSide(t, "accountant")
	text, _, err := syncpack.PairingText(a.db)
	if err != nil {
		t.Fatal(err)
	}
	pr, err := syncpack.ParsePairing(text)
	if err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"Pair":        syncpack.Pair(b.db, pr, "janitor"),
		"SetPeerRole": syncpack.SetPeerRole(b.db, pr.Installation, "пазач"),
	} {
		assertCode(t, err, syncpack.CodeBadRole)
		bg, en := model.ErrorText(err, model.LangBulgarian), model.ErrorText(err, model.LangEnglish)
		for _, r := range model.AccountRoles {
			if !strings.Contains(bg, string(r)) || !strings.Contains(en, string(r)) {
				t.Errorf("%s: the role %q is not listed: %q / %q", name, r, bg, en)
			}
		}
		if !strings.Contains(bg, "leader – ръководител на група") || !strings.Contains(bg, "inspector – проверител (РУО, председател на съвета)") {
			t.Errorf("%s: Bulgarian %q", name, bg)
		}
		if !strings.Contains(en, "leader – group leader") || !strings.Contains(en, "inspector (RUO, council chair)") {
			t.Errorf("%s: English %q", name, en)
		}
		rest := strings.NewReplacer("пазач", "").Replace(en) // the role typed is the user's own
		if strings.IndexFunc(rest, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0 {
			t.Errorf("%s: Bulgarian left in the English message %q", name, en)
		}
	}
}
