package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// The accounts of this installation (issue #14) are kept in their own bucket, key: the name. They
// do not travel in sync packages: each PC has its own people at the keyboard, and each account's
// passphrase unlocks that file's own copy of the data key (the privacy issue's key slots), which
// would mean nothing in another file. Another installation learns only the role its peer was
// paired with (syncpack's PeerRole), and who made each change from the change log's entries.
var bucketAccounts = []byte("accounts")

// Errors of the accounts, for callers that branch on them.
var (
	// ErrNoAccount: Options.Account names no account of the file.
	ErrNoAccount = errors.New("store: no such account")
	// ErrForbidden: the acting account's role may not make the change (model.Account.CheckWrite).
	ErrForbidden = errors.New("store: the account may not make this change")
)

// Actor returns the account that acts in this file: the one Options.Account named, or — while
// the file has no accounts yet (a file of a version before accounts, or a new one before its
// first run created the director's) — an implicit director named after Options.User.
func (db *DB) Actor() model.Account {
	if a := db.actor.Load(); a != nil {
		return *a
	}
	return model.Account{Name: db.opts.User, Role: model.AccountDirector} // a file only read (CheckFile, PeekSchool)
}

// resolveActor finds the account Options.Account names. With no name, the only account, or the
// first director's: until the passphrases of the privacy issue decide who unlocked the file.
func resolveActor(sl *sealer, tx *bbolt.Tx, opts Options) (model.Account, error) {
	as, err := accountsTx(sl, tx)
	if err != nil {
		return model.Account{}, err
	}
	if len(as) == 0 {
		return model.Account{Name: opts.User, Role: model.AccountDirector}, nil
	}
	for _, a := range as {
		if (opts.Account == "" && (len(as) == 1 || a.Role == model.AccountDirector)) || a.Name == opts.Account {
			if a.Disabled {
				return model.Account{}, fmt.Errorf("account %q: %w: %w", a.Name, ErrNoAccount, model.Errorf(model.CodeAccountDisabled, "Account",
					"профилът „%s“ е спрян от директора: влезте с друг профил", a.Name))
			}
			return a, nil
		}
	}
	return model.Account{}, fmt.Errorf("account %q: %w: %w", opts.Account, ErrNoAccount, model.Errorf(model.CodeNoAccount, "Account",
		"във файла няма профил „%s“: изберете един от %s", opts.Account, accountNames(as)))
}

func accountNames(as []model.Account) string {
	var s string
	for i, a := range as {
		if i > 0 {
			s += ", "
		}
		s += "„" + a.Name + "“"
	}
	return s
}

// accountsTx reads every account, ordered by name.
func accountsTx(sl *sealer, tx *bbolt.Tx) ([]model.Account, error) {
	es, err := accountEntries(sl, tx)
	out := make([]model.Account, len(es))
	for i, e := range es {
		out[i] = e.Account
	}
	return out, err
}

// accountEntry is an account with its key in the bucket: from schema 7 a random ID, so the
// bucket's keys — in clear in the file, as every bbolt key — name nobody (issue #13); the name
// is inside the sealed value only.
type accountEntry struct {
	key string
	model.Account
}

// accountEntries reads every account with its key, ordered by name.
func accountEntries(sl *sealer, tx *bbolt.Tx) ([]accountEntry, error) {
	b := tx.Bucket(bucketAccounts)
	if b == nil {
		return nil, nil
	}
	var out []accountEntry
	err := b.ForEach(func(k, v []byte) error {
		body, err := sl.unseal(string(bucketAccounts), string(k), v)
		if err != nil {
			return err
		}
		var a model.Account
		if err := json.Unmarshal(body, &a); err != nil {
			return fmt.Errorf("decode account %q: %w", k, err)
		}
		out = append(out, accountEntry{string(k), a})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("accounts: %w", err)
	}
	slices.SortFunc(out, func(a, b accountEntry) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// Accounts returns the accounts of this installation, ordered by name.
func (db *DB) Accounts() ([]model.Account, error) {
	var out []model.Account
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		var err error
		out, err = accountsTx(db.keys.sl, tx)
		return err
	})
	return out, err
}

// PutAccount adds an account or changes one (its role, person, special flag, disabled). Only a
// director does it; the first account of a file must be a director's, and the last enabled
// director cannot be disabled or demoted, so the file never loses the one who manages accounts.
// The change goes into the change log with the transaction.
func (tx *Tx) PutAccount(a model.Account) error {
	if err := a.Validate(); err != nil {
		return fmt.Errorf("put account: %w", err)
	}
	if actor := tx.db.Actor(); actor.Role != model.AccountDirector {
		return fmt.Errorf("put account %q: %w: %w", a.Name, ErrForbidden, model.Errorf(model.CodeRoleForbidden, "",
			"профилите добавя и променя директорът: профилът „%s“ (%s) не може", actor.Name, actor.Role.Title()))
	}
	es, err := accountEntries(tx.sl(), tx.tx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(es, func(o accountEntry) bool { return o.Name == a.Name })
	key, old := randomHex(), model.Account{}
	if i >= 0 {
		key, old = es[i].key, es[i].Account
		es[i].Account = a
	} else {
		es = append(es, accountEntry{key, a})
	}
	if !slices.ContainsFunc(es, func(o accountEntry) bool { return o.Role == model.AccountDirector && !o.Disabled }) {
		return fmt.Errorf("put account %q: %w", a.Name, model.Errorf(model.CodeLastDirector, "Role",
			"във файла трябва да остане поне един действащ профил на директор: той добавя и спира профилите"))
	}
	body, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("put account %q: %w", a.Name, err)
	}
	oldBody := []byte(nil)
	if i >= 0 {
		oldBody, _ = json.Marshal(old)
	}
	if i >= 0 && old.SeesSpecial() && !old.Disabled && (!a.SeesSpecial() || a.Disabled) {
		// Demoted or disabled: the special-categories key leaves its slot and is replaced (keyring_rotate.go).
		if err := tx.revokeSpecial(a.Name); err != nil {
			return err
		}
	}
	if i >= 0 && !old.SeesSpecial() && a.SeesSpecial() && !a.Disabled {
		// Promoted: the key is sealed to its slot's public key now, no passphrase needed (keyring_rotate.go).
		if err := tx.grantSpecial(a.Name); err != nil {
			return err
		}
	}
	if err := tx.tx.Bucket(bucketAccounts).Put([]byte(key), tx.sl().seal(string(bucketAccounts), key, body)); err != nil {
		return fmt.Errorf("put account %q: %w", a.Name, err)
	}
	// The entry names the account by its name, not by its bucket key: the log's entries are
	// never rewritten (the chain), older ones name it so, another installation knows no key of
	// this file, and an auditor reads names. The log is sealed with the data key in an encrypted
	// file and goes encrypted to its addressee in a package; the fields are hashed.
	return tx.appendLog(LogEntry{Action: ActionAccount, ID: model.ID(a.Name)}, oldBody, body)
}

// AddAccount adds a new account in its own transaction; a name in use is refused. In an
// encrypted file the account cannot open it until it has a key slot: use AddAccountWithKey.
func (db *DB) AddAccount(a model.Account) error { return db.AddAccountWithKey(a, nil) }

// AddAccountWithKey adds a new account and, in an encrypted file, its key slot opened by
// passphrase (keyring.go), in one transaction: no account without its way in, no slot without
// its account. The slot holds the special-categories key when the account may see them.
func (db *DB) AddAccountWithKey(a model.Account, passphrase []byte) error {
	err := db.Update(func(tx *Tx) error {
		as, err := accountsTx(tx.sl(), tx.tx)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(as, func(o model.Account) bool { return o.Name == a.Name }) {
			return model.Errorf(model.CodeAccountExists, "Name", "във файла вече има профил „%s“: изберете друго име", a.Name)
		}
		if err := tx.PutAccount(a); err != nil {
			return err
		}
		if !tx.db.Encrypted() || passphrase == nil {
			return nil
		}
		return tx.SetAccountKey(a.Name, passphrase, a.Special || a.Role.SeesSpecial())
	})
	if err != nil {
		return err
	}
	return db.refreshActor()
}

// DisableAccount switches an account off (it stays in the log's history). Only a director.
func (db *DB) DisableAccount(name string) error {
	err := db.Update(func(tx *Tx) error {
		as, err := accountsTx(tx.sl(), tx.tx)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(as, func(o model.Account) bool { return o.Name == name })
		if i < 0 {
			return fmt.Errorf("disable account %q: %w: %w", name, ErrNoAccount, model.Errorf(model.CodeNoAccount, "Name",
				"във файла няма профил „%s“: изберете един от %s", name, accountNames(as)))
		}
		a := as[i]
		a.Disabled = true
		if err := tx.PutAccount(a); err != nil {
			return err
		}
		// Its key slot goes in the same transaction: a disabled account's passphrase must no
		// longer decrypt a copy of the file (the program's refusal alone would not stop that).
		if !tx.db.Encrypted() {
			return nil
		}
		if err := tx.DeleteAccountKey(name); err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	return db.refreshActor()
}

// refreshActor reads the acting account again after the accounts changed: the first account
// added to a file replaces the implicit director.
func (db *DB) refreshActor() error {
	return db.bolt.View(func(tx *bbolt.Tx) error {
		cur := db.Actor()
		opts := db.opts
		if opts.Account == "" {
			opts.Account = cur.Name
		}
		a, err := resolveActor(db.keys.sl, tx, opts)
		if errors.Is(err, ErrNoAccount) {
			a, err = resolveActor(db.keys.sl, tx, db.opts)
		}
		if err != nil {
			return err
		}
		db.actor.Store(&a)
		return nil
	})
}

// hasAccount reports whether the file has an account called name (the set-up slot „директор“ of
// keyring.go has none until the director's account is named so).
func hasAccount(sl *sealer, tx *bbolt.Tx, name string) bool {
	as, err := accountsTx(sl, tx)
	return err == nil && slices.ContainsFunc(as, func(a model.Account) bool { return a.Name == name })
}
