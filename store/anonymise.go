package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Anonymising a year after its retention (model/retention.go, model/anonymise.go, issue #13):
// the director's explicit act, one transaction, after a backup. A closed year is read-only
// (yearlock.go) for every edit; anonymising is the one change the retention's end allows in it,
// so it writes past the lock like ReopenYear does. Approved timesheets and the suppliers are not
// touched (model.Anonymise leaves them).

// AnonymiseOptions say when and how year's data is anonymised.
type AnonymiseOptions struct {
	Today model.Date
	// LastPayment is the managing authority's last payment to the beneficiary, when its letter
	// gives it (Art. 82 of Regulation (EU) 2021/1060); zero counts from the year's end.
	LastPayment model.Date
	// Force anonymises before the retention's end (e.g. the managing authority confirmed in
	// writing that the documents are no longer needed); Reason (≥ 10 characters) is kept.
	Force  bool
	Reason string
}

// Anonymisation is what the file keeps of a year's anonymisation (setting year/<Y>/anonymised).
type Anonymisation struct {
	On        model.Date
	By        string
	Retention model.Retention
	Forced    bool   `json:",omitempty"`
	Reason    string `json:",omitempty"`
	Backup    string // the backup taken just before, which still holds the data
	Records   int    // records changed
}

func anonymisedKey(y model.SchoolYear) string { return fmt.Sprintf("year/%d/anonymised", int(y)) }

// AnonymiseYear replaces year y's personal data by model.Anonymise in one transaction, after a
// backup. Before the retention's end (model.CanAnonymiseOn) it is refused unless forced with a
// reason; a year anonymised already is refused too.
func (db *DB) AnonymiseYear(y model.SchoolYear, o AnonymiseOptions) (*Anonymisation, error) {
	a := &Anonymisation{On: o.Today, By: db.opts.User, Retention: model.RetentionOf(y, o.LastPayment)}
	if err := checkAnonymiseAllowed(y, o); err != nil {
		return nil, err
	}
	if o.Force {
		a.Forced, a.Reason = true, strings.TrimSpace(o.Reason)
	}
	if err := db.checkAnonymisable(y); err != nil {
		return nil, err
	}
	backup, err := db.Backup()
	if err != nil {
		return nil, fmt.Errorf("anonymise %s: %w", y, err)
	}
	a.Backup = backup
	err = db.Update(func(tx *Tx) error {
		d, err := loadYearTx(tx, y)
		if err != nil {
			return err
		}
		if a.Records, err = putAnonymised(tx, d); err != nil {
			return err
		}
		return putJSONSetting(tx, anonymisedKey(y), a)
	})
	if err != nil {
		return nil, fmt.Errorf("anonymise %s: %w", y, err)
	}
	return a, nil
}

// checkAnonymiseAllowed refuses before the retention's end, unless forced with a reason.
func checkAnonymiseAllowed(y model.SchoolYear, o AnonymiseOptions) error {
	if o.Force {
		if len([]rune(strings.TrimSpace(o.Reason))) < 10 {
			return model.Errorf("reason_required", "Reason", "напишете причината за анонимизирането преди края на срока за съхранение (поне 10 знака, напр. писмото на Управляващия орган): тя се пази във файла")
		}
		return nil
	}
	return model.CanAnonymiseOn(y, o.LastPayment, o.Today)
}

// checkAnonymisable requires year y to exist and not to be anonymised already.
func (db *DB) checkAnonymisable(y model.SchoolYear) error {
	return db.View(func(tx *Tx) error {
		if _, _, err := yearWithProgramme(tx, y); err != nil {
			return err
		}
		var done Anonymisation
		if err := getJSONSetting(tx, anonymisedKey(y), &done); err != nil {
			return err
		}
		if !done.On.IsZero() {
			return model.Errorf("already_anonymised", "Year", "личните данни на учебната %s година вече са анонимизирани на %s", y, done.On)
		}
		return nil
	})
}

// putAnonymised writes the records of d that model.Anonymise changes and returns how many.
func putAnonymised(tx *Tx, d *model.YearData) (int, error) {
	was, is := d.Records(), model.Anonymise(d).Records()
	if len(was) != len(is) {
		return 0, errors.New("anonymised year has other records")
	}
	tx.reopening = true // the year lock lets this one change of a closed year through
	defer func() { tx.reopening = false }()
	n := 0
	for i := range was {
		if reflect.DeepEqual(was[i], is[i]) {
			continue
		}
		if err := tx.Put(is[i]); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Anonymised returns how year y was anonymised; ErrNotFound when it was not.
func (db *DB) Anonymised(y model.SchoolYear) (*Anonymisation, error) {
	var a Anonymisation
	err := db.View(func(tx *Tx) error {
		if _, err := tx.Setting(anonymisedKey(y)); err != nil {
			return err
		}
		return getJSONSetting(tx, anonymisedKey(y), &a)
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}
