package store

import "testing"

// BenchmarkUnlock is what opening an encrypted file costs beyond reading it: Argon2id of one
// account slot (passphraseKDF) and the unwrapping of its keys, without the process's cache.
func BenchmarkUnlock(b *testing.B) {
	kr, _ := newKeyring(Options{Passphrase: []byte("парола за измерване")})
	opts := Options{Passphrase: []byte("парола за измерване")}
	for b.Loop() {
		kekCache.Clear()
		if _, err := kr.unlock("school.db", opts); err != nil {
			b.Fatal(err)
		}
	}
}
