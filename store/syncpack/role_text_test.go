package syncpack_test

import (
	"os"
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

// A refused package reads in the window's language (issue #21, stop 14): syncpack's refusals
// had no English and stayed Bulgarian in the English window; each ends with the advice to ask
// for the package again, in both languages.
func TestVerify_RefusalInTheWindowsLanguage(t *testing.T) {
	b, err := os.ReadFile(writeValid(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{"not a zip": []byte("Това не е архив."), "cut": b[:len(b)/2]} {
		_, err := syncpack.Verify(save(t, bad), syncpack.DefaultLimits)
		bg, en := model.ErrorText(err, model.LangBulgarian), model.ErrorText(err, model.LangEnglish)
		if !strings.HasSuffix(bg, "Поискайте от изпращача да създаде пакета отново и не го отваряйте с други програми.") {
			t.Errorf("%s: Bulgarian %q", name, bg)
		}
		if !strings.HasSuffix(en, "Ask the sender to create the package again and do not open it with other programs.") ||
			strings.IndexFunc(en, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0 {
			t.Errorf("%s: English %q", name, en)
		}
	}
}
