package store

import (
	"bytes"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// migrate4 marks the files whose values may be encrypted (format 0x02, seal.go) and whose meta
// may hold a keyring: an older application refuses them as newer instead of reading them as
// damaged. The encryption itself runs when a passphrase is first given (encryptFile).
func migrate4(*bbolt.Tx) error { return nil }

// encryptFile encrypts a plain file in the open transaction: every record (its special part
// apart, special.go), setting and blob is sealed under the new data key k, and the keyring is
// stored. Nothing when fresh is nil. It runs after the backup Open takes, in the transaction
// of the schema upgrade: the file is either all plain or all encrypted.
func encryptFile(tx *bbolt.Tx, fresh *keyring, k *keys) error {
	if fresh == nil {
		return nil
	}
	for _, kind := range model.Kinds {
		if err := encryptBucket(tx, string(kind), k.sl, true); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketSettings, bucketBlobs, bucketAccounts, bucketLog} {
		if err := encryptBucket(tx, string(name), k.sl, false); err != nil {
			return err
		}
	}
	if err := putKeyring(tx, fresh); err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	return nil
}

// encryptBucket re-seals the values of a top-level bucket under sl. The values of a kind are
// envelopes; a blob is its content as it is (a plain file does not seal blobs).
func encryptBucket(tx *bbolt.Tx, name string, sl *sealer, isKind bool) error {
	b := tx.Bucket([]byte(name))
	if b == nil {
		return nil
	}
	type kv struct{ k, v []byte }
	var out []kv
	err := b.ForEach(func(k, v []byte) error {
		if v == nil {
			return nil
		}
		body := v
		if name != string(bucketBlobs) {
			var err error
			if body, err = unseal(name, string(k), v); err != nil {
				return err
			}
		}
		var special []byte
		if isKind {
			var err error
			if body, special, err = encryptRecord(sl, model.Kind(name), model.ID(k), body); err != nil {
				return err
			}
		}
		out = append(out, kv{bytes.Clone(k), sl.sealRecord(name, string(k), body, special)})
		return nil
	})
	if err != nil {
		return fmt.Errorf("encrypt %s: %w", name, err)
	}
	for _, p := range out { // a bucket must not change while ForEach walks it
		if err := b.Put(p.k, p.v); err != nil {
			return fmt.Errorf("encrypt %s/%s: %w", name, p.k, err)
		}
	}
	return nil
}

// encryptRecord returns the envelope of a record and its special part sealed apart.
func encryptRecord(sl *sealer, kind model.Kind, id model.ID, body []byte) ([]byte, []byte, error) {
	if !model.HasSpecial(kind) {
		return body, nil, nil
	}
	env, err := expandBody(body) // a compressed envelope (codec_compress.go) or a plain one
	if err != nil {
		return nil, nil, err
	}
	s, err := decodeBody(id, env)
	if err != nil || s.Deleted {
		return body, nil, err
	}
	r, err := DecodeRecord(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: s.Data})
	if err != nil {
		return nil, nil, err
	}
	if err := sl.putRecord(s, kind, id, r, nil); err != nil {
		return nil, nil, err
	}
	env, err = s.encode()
	return compressBody(env), s.Special, err
}
