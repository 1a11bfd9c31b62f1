package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// Tx is one transaction: several changes that are saved together or not at all.
// Use it only inside the function given to DB.Update or DB.View.
type Tx struct {
	db *DB
	tx *bbolt.Tx
	// reopening lets ReopenYear write a closed year's programme (yearlock.go); closedAtStart
	// holds the years closed before the first received record of the transaction.
	reopening     bool
	closedAtStart map[model.SchoolYear]bool
	// head is this installation's chain of the change log as this transaction extends it
	// (changelog.go), read once at its first change.
	head *logHead
	// pendingLog are the entries appended to the head's chain, stored when the transaction
	// ends (flushLog).
	pendingLog []LogEntry
	// reason is why the change is made, for the log: set by the operations that need one
	// (reopening a year or an approved month).
	reason string
	// action names the log's entry of an operation that is more than a save (approve, reopen);
	// unlock lets ReopenTimesheet write an approved month (approval.go), its own checks done.
	action  LogAction
	unlock  bool
	changes *changeSet // what a read-write transaction wrote (nil in a read-only one)
}

// bucket returns the bucket of a kind.
func (tx *Tx) bucket(kind model.Kind) (*bbolt.Bucket, error) {
	b := tx.tx.Bucket([]byte(kind))
	if b == nil || kind == "" {
		return nil, fmt.Errorf("unknown kind of record %q", kind)
	}
	b.FillPercent = recordFill
	return b, nil
}

// next issues the version of a local change and persists the clock.
func (tx *Tx) next(now time.Time) (Version, error) {
	last, err := lastVersion(tx.tx)
	if err != nil {
		return Version{}, err
	}
	v := tick(last, now, tx.db.inst)
	return v, saveVersion(tx.tx, v)
}

// Put validates r and saves it: a new ID (16 random hex digits) when it has none, a new version,
// who changed it and when. The validation errors (model.Errors) are returned wrapped.
// A change of an approved timesheet is refused (checkTimesheetLock).
func (tx *Tx) Put(r model.Record) error {
	if r == nil {
		return errors.New("put: nil record")
	}
	kind := r.RecordKind()
	if err := r.Validate(); err != nil {
		return fmt.Errorf("put %s: %w", kind, err)
	}
	b, err := tx.bucket(kind)
	if err != nil {
		return fmt.Errorf("put: %w", err)
	}
	if err := tx.checkSingleton(r); err != nil {
		return fmt.Errorf("put %s: %w", kind, err)
	}
	if r.RecordID() == "" {
		r.SetRecordID(newID(b))
	}
	id := r.RecordID()
	old, err := read(tx.sl(), b, kind, id)
	if err != nil {
		return fmt.Errorf("put %s: %w", kind, err)
	}
	if err := tx.checkLocalWrite(kind, id, old, r); err != nil {
		return fmt.Errorf("put %s %s: %w", kind, id, err)
	}
	if !tx.unlock {
		if err := checkTimesheetLock(kind, id, old, r); err != nil {
			return fmt.Errorf("put %s %s: %w", kind, id, err)
		}
		if err := tx.authorize(kind, id, old, r); err != nil {
			return fmt.Errorf("put %s %s: %w", kind, id, err)
		}
	}
	now := tx.db.opts.Now()
	v, err := tx.next(now)
	if err != nil {
		return fmt.Errorf("put %s %s: %w", kind, id, err)
	}
	s := &stored{Version: v, Created: now, Updated: now, By: tx.db.Actor().Name}
	if old != nil && !old.Created.IsZero() {
		s.Created = old.Created
	}
	if err := tx.sl().putRecord(s, kind, id, r, old); err != nil {
		return fmt.Errorf("put %s: %w", kind, err)
	}
	if err := tx.write(b, kind, id, s); err != nil {
		return fmt.Errorf("put %s: %w", kind, err)
	}
	// The log hashes the stored body (without the special part, which an account without its key
	// does not see), so that old and new compare alike.
	return tx.logChange(ActionPut, kind, id, v, old, s.Data)
}

// newID returns a random ID not yet used in b.
func newID(b *bbolt.Bucket) model.ID {
	for {
		id := model.ID(randomHex())
		if b.Get([]byte(id)) == nil {
			return id
		}
	}
}

// Delete replaces the record with a tombstone, so the deletion reaches the other installations.
// ErrNotFound when there is no such live record. An approved timesheet is not deleted
// (checkTimesheetLock).
func (tx *Tx) Delete(kind model.Kind, id model.ID) error {
	b, err := tx.bucket(kind)
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	old, err := read(tx.sl(), b, kind, id)
	if err != nil {
		return fmt.Errorf("delete %s: %w", kind, err)
	}
	if old == nil || old.Deleted {
		return fmt.Errorf("delete %s %s: %w", kind, id, ErrNotFound)
	}
	if err := checkTimesheetLock(kind, id, old, nil); err != nil {
		return fmt.Errorf("delete %s %s: %w", kind, id, err)
	}
	if err := tx.checkLocalWrite(kind, id, old, nil); err != nil {
		return fmt.Errorf("delete %s %s: %w", kind, id, err)
	}
	if err := tx.authorize(kind, id, old, nil); err != nil {
		return fmt.Errorf("delete %s %s: %w", kind, id, err)
	}
	now := tx.db.opts.Now()
	v, err := tx.next(now)
	if err != nil {
		return fmt.Errorf("delete %s %s: %w", kind, id, err)
	}
	s := &stored{Version: v, Created: old.Created, Updated: now, By: tx.db.Actor().Name, Deleted: true}
	if err := tx.write(b, kind, id, s); err != nil {
		return fmt.Errorf("delete %s: %w", kind, err)
	}
	return tx.logChange(ActionDelete, kind, id, v, old, nil)
}

// Get reads the record kind/id into `into`, a pointer of that kind (e.g. &model.Student{}).
// ErrNotFound when it is missing or deleted.
func (tx *Tx) Get(kind model.Kind, id model.ID, into model.Record) error {
	if into == nil || into.RecordKind() != kind {
		return fmt.Errorf("get %s %s: destination is not a %s record", kind, id, kind)
	}
	b, err := tx.bucket(kind)
	if err != nil {
		return fmt.Errorf("get: %w", err)
	}
	s, err := read(tx.sl(), b, kind, id)
	if err != nil {
		return fmt.Errorf("get %s: %w", kind, err)
	}
	if s == nil || s.Deleted {
		return fmt.Errorf("get %s %s: %w", kind, id, ErrNotFound)
	}
	// Unmarshal merges into what is there: start from the zero value.
	reflect.ValueOf(into).Elem().SetZero()
	if err := json.Unmarshal(s.Data, into); err != nil {
		return fmt.Errorf("get %s %s: decode: %w", kind, id, err)
	}
	if err := tx.sl().joinRecord(into, kind, id, s); err != nil {
		return fmt.Errorf("get %s: %w", kind, err)
	}
	return nil
}

// List returns the live records of a kind, ordered by ID.
func (tx *Tx) List(kind model.Kind) ([]model.Record, error) {
	var out []model.Record
	err := tx.each(kind, func(r model.Record) error { out = append(out, r); return nil })
	return out, err
}

// each decodes the records of kind, deleted ones left out, one at a time in key order and
// hands each to fn: a caller that keeps some (one year's, loadYearTx) never holds the rest.
func (tx *Tx) each(kind model.Kind, fn func(model.Record) error) error {
	b, err := tx.bucket(kind)
	if err != nil {
		return fmt.Errorf("list: %w", err)
	}
	err = b.ForEach(func(k, v []byte) error {
		s, err := decode(tx.sl(), kind, model.ID(k), v)
		if err != nil || s.Deleted {
			return err
		}
		r, err := decodeData(kind, s.Data)
		if err != nil {
			return fmt.Errorf("decode %s: %w", k, err)
		}
		if err := tx.sl().joinRecord(r, kind, model.ID(k), s); err != nil {
			return err
		}
		return fn(r)
	})
	if err != nil {
		return fmt.Errorf("list %s: %w", kind, err)
	}
	return nil
}

// Meta returns the metadata of a record, also of a deleted one. ErrNotFound when absent.
func (tx *Tx) Meta(kind model.Kind, id model.ID) (Meta, error) {
	b, err := tx.bucket(kind)
	if err != nil {
		return Meta{}, fmt.Errorf("meta: %w", err)
	}
	s, err := read(tx.sl(), b, kind, id)
	if err != nil {
		return Meta{}, fmt.Errorf("meta %s: %w", kind, err)
	}
	if s == nil {
		return Meta{}, fmt.Errorf("meta %s %s: %w", kind, id, ErrNotFound)
	}
	return s.meta(kind, id), nil
}

// checkSingleton refuses a second school in the file and a second „Твоят час“ programme for a
// year: the school and the year's programme are read as the only ones (LoadYear, School). The
// other programmes are kinds of their own (model/programmes.go): one participation in the
// national programme a year, one project per contract number.
func (tx *Tx) checkSingleton(r model.Record) error {
	var clash func(other model.Record) bool
	var userErr *model.Error
	switch v := r.(type) {
	case *model.School:
		clash = func(model.Record) bool { return true }
		userErr = model.Errorf(model.CodeSchoolExists, "", "във файла вече има училище: редактирайте неговите данни вместо да добавяте ново")
	case *model.Programme:
		clash = func(o model.Record) bool { return o.(*model.Programme).Year == v.Year }
		userErr = model.Errorf(model.CodeProgrammeExists, "Year", "за учебната %s година вече има програма: редактирайте нея", v.Year)
	case *model.Innovation:
		// One participation in „Иновации в действие“ a year (the school applies once, т. 1).
		clash = func(o model.Record) bool { return o.(*model.Innovation).Year == v.Year }
		userErr = model.Errorf(model.CodeInnovationExists, "Year", "за учебната %s година вече има участие в „Иновации в действие“: редактирайте него", v.Year)
	case *model.Project:
		// Several projects may run at once; a contract is entered once.
		clash = func(o model.Record) bool { return o.(*model.Project).ContractNo == v.ContractNo }
		userErr = model.Errorf(model.CodeProjectExists, "ContractNo", "проект с договор %s вече има: редактирайте него", v.ContractNo)
	default:
		return nil
	}
	rs, err := tx.List(r.RecordKind())
	if err != nil {
		return err
	}
	for _, o := range rs {
		if o.RecordID() != r.RecordID() && clash(o) {
			return userErr
		}
	}
	return nil
}

// Setting is DB.Setting inside the transaction, so a caller can change records and the settings
// that describe them (a sync package's state) together or not at all.
func (tx *Tx) Setting(key string) (string, error) {
	raw := tx.tx.Bucket(bucketSettings).Get([]byte(key))
	if raw == nil {
		return "", fmt.Errorf("setting %q: %w", key, ErrNotFound)
	}
	v, err := tx.sl().unseal(string(bucketSettings), key, raw)
	if err != nil {
		return "", fmt.Errorf("setting %q: %w", key, err)
	}
	return string(v), nil
}

// PutSetting is DB.SetSetting inside the transaction.
func (tx *Tx) PutSetting(key, val string) error {
	if key == "" {
		return errors.New("put setting: empty key")
	}
	if err := tx.tx.Bucket(bucketSettings).Put([]byte(key), tx.sl().seal(string(bucketSettings), key, []byte(val))); err != nil {
		return fmt.Errorf("put setting %q: %w", key, err)
	}
	if tx.changes != nil {
		tx.changes.setting(key)
	}
	return nil
}

// PutChosen stores the record of e — its data, or its deletion — as a new change of this
// installation ordered after over. It is how a user's choice in a sync conflict is kept: the
// chosen side may carry the older version, yet the choice must win wherever the other side
// arrives, so it gets a version greater than both. It returns the new version.
func (tx *Tx) PutChosen(e Envelope, over Version) (Version, error) {
	kind, id := e.Meta.Kind, e.Meta.ID
	b, err := tx.bucket(kind)
	if err != nil {
		return Version{}, fmt.Errorf("put chosen: %w", err)
	}
	var r model.Record
	if !e.Meta.Deleted {
		if r, err = DecodeRecord(e); err != nil {
			return Version{}, fmt.Errorf("put chosen: %w", err)
		}
	}
	if err := tx.checkReceivedAt(b, e); err != nil {
		return Version{}, fmt.Errorf("put chosen %s %s: %w", kind, id, err)
	}
	last, err := lastVersion(tx.tx)
	if err != nil {
		return Version{}, fmt.Errorf("put chosen %s %s: %w", kind, id, err)
	}
	now := tx.db.opts.Now()
	if e.Meta.Version.Compare(last) > 0 {
		last = e.Meta.Version
	}
	v := receive(last, over, now, tx.db.inst) // after the clock, e and over

	s := &stored{Version: v, Created: e.Meta.Created, Updated: now, By: tx.db.Actor().Name, Deleted: e.Meta.Deleted}
	old, err := read(tx.sl(), b, kind, id)
	if err != nil {
		return Version{}, fmt.Errorf("put chosen %s: %w", kind, err)
	}
	if err := tx.putReceived(s, b, e, r, old); err != nil {
		return Version{}, fmt.Errorf("put chosen %s: %w", kind, err)
	}
	if err := tx.logChange(ActionChoose, kind, id, v, old, s.Data); err != nil {
		return Version{}, fmt.Errorf("put chosen %s %s: %w", kind, id, err)
	}
	return v, saveVersion(tx.tx, v)
}
