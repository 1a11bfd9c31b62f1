package store

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// Every single mistyped character and every swap of two different neighbours is refused by the
// check; the key typed back in any case, with O for 0 and spaces, is accepted.
func TestRecoveryKey_CheckCatchesTypos(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 1))
	for range 200 {
		key := newRecoveryKey()
		if _, ok := parseRecoveryKey(key); !ok {
			t.Fatalf("%s does not parse", key)
		}
		loose := strings.ReplaceAll(strings.ToLower(strings.ReplaceAll(key, "-", " ")), "0", "o")
		if _, ok := parseRecoveryKey(loose); !ok {
			t.Fatalf("%q (of %s) does not parse", loose, key)
		}
		plain := []byte(strings.ReplaceAll(key, "-", ""))
		i := r.IntN(len(plain))
		typo := append([]byte(nil), plain...)
		for typo[i] == plain[i] {
			typo[i] = recoveryAlphabet[r.IntN(32)]
		}
		if _, ok := parseRecoveryKey(string(typo)); ok {
			t.Fatalf("%s accepted for %s", typo, plain)
		}
		j := r.IntN(len(plain) - 1)
		if plain[j] != plain[j+1] {
			swap := append([]byte(nil), plain...)
			swap[j], swap[j+1] = swap[j+1], swap[j]
			if _, ok := parseRecoveryKey(string(swap)); ok {
				t.Fatalf("%s accepted for %s", swap, plain)
			}
		}
	}
	if _, ok := parseRecoveryKey("вярна парола 1"); ok {
		t.Fatal("a passphrase parsed as a recovery key")
	}
}
