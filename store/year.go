package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The operations on whole school years (issue #26): start the next from this one, undo that
// while the new year is empty, close a year and reopen it. Each is one transaction.

// loadYearTx reads school year y inside tx, as DB.LoadYear does outside one.
func loadYearTx(tx *Tx, y model.SchoolYear) (*model.YearData, error) {
	d := &model.YearData{}
	school := false
	for _, kind := range model.Kinds {
		// One record at a time (tx.each): the other years' records are garbage as soon as they
		// are decoded, never a list of every year's records at once (issue #16's peak memory).
		err := tx.each(kind, func(r model.Record) error {
			if kind == model.KindSchool {
				if !school {
					d.Add(r) // the first, as List's first
					school = true
				}
				return nil
			}
			if ys, ok := r.(model.YearScoped); ok && ys.SchoolYear() != y {
				return nil
			}
			d.Add(r)
			return nil
		})
		if err != nil {
			return nil, err
		}
		releaseMapped(tx.tx) // the kind's pages decoded: not kept resident (issue #16's peak memory)
	}
	return d, nil
}

// programmeOf returns the programme of year y in d, or a model.Error that the year has none.
func programmeOf(d *model.YearData, y model.SchoolYear) (*model.Programme, error) {
	if d.Programme.Year != y || d.Programme.ID == "" {
		return nil, model.Errorf(model.CodeNoProgramme, "Year", "във файла няма учебна %s година: изберете година, която има програма", y)
	}
	return &d.Programme, nil
}

// yearWithProgramme loads year y inside tx and its programme: an error when y has none.
func yearWithProgramme(tx *Tx, y model.SchoolYear) (*model.YearData, *model.Programme, error) {
	d, err := loadYearTx(tx, y)
	if err != nil {
		return nil, nil, err
	}
	p, err := programmeOf(d, y)
	return d, p, err
}

// PlanNextYear previews starting year from+1 from year from (model.PlanCarryOver): nothing is
// written. It fails when from has no programme or from+1 already has one.
func (db *DB) PlanNextYear(from model.SchoolYear, lastGrade int) (*model.CarryOver, error) {
	var c *model.CarryOver
	err := db.View(func(tx *Tx) error {
		var err error
		c, err = planNextTx(tx, from, lastGrade)
		return err
	})
	return c, err
}

func planNextTx(tx *Tx, from model.SchoolYear, lastGrade int) (*model.CarryOver, error) {
	d, err := loadYearTx(tx, from)
	if err != nil {
		return nil, fmt.Errorf("plan next year of %s: %w", from, err)
	}
	if _, err := programmeOf(d, from); err != nil {
		return nil, err
	}
	to, err := loadYearTx(tx, from+1)
	if err != nil {
		return nil, fmt.Errorf("plan next year of %s: %w", from, err)
	}
	if to.Programme.ID != "" {
		return nil, model.Errorf(model.CodeProgrammeExists, "Year", "учебната %s година вече е започната: изберете я от списъка с години", from+1)
	}
	return model.PlanCarryOver(d, lastGrade)
}

// StartNextYear starts year from+1 from year from in one transaction: the records of the
// carry-over plan are added to the new year (with new IDs), or nothing is.
func (db *DB) StartNextYear(from model.SchoolYear, lastGrade int) (*model.CarryOver, error) {
	var c *model.CarryOver
	err := db.Update(func(tx *Tx) error {
		var err error
		if c, err = planNextTx(tx, from, lastGrade); err != nil {
			return err
		}
		for _, r := range c.Records() {
			if err := tx.Put(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("start next year of %s: %w", from, err)
	}
	return c, nil
}

// DeleteEmptyYear undoes StartNextYear: it deletes year y while it holds only what a
// carry-over adds (programme, council, people, contracts, students) and no later year exists.
// A closed year, or one where work has begun (groups, applications, expenses …), is refused.
func (db *DB) DeleteEmptyYear(y model.SchoolYear) error {
	err := db.Update(func(tx *Tx) error {
		d, p, err := yearWithProgramme(tx, y)
		if err != nil {
			return err
		}
		if later, err := loadYearTx(tx, y+1); err != nil {
			return err
		} else if later.Programme.ID != "" {
			return model.Errorf(model.CodeYearNotLast, "Year", "учебната %s година не може да се изтрие: след нея вече има %s", y, y+1)
		}
		if p.Closed {
			return errYearClosed(y)
		}
		for _, k := range model.NotCarriedCounts(d) {
			if k.Count > 0 {
				return model.Errorf(model.CodeYearNotEmpty, "Year", "учебната %s година не е празна (%s: %d): тя вече се води и не може да се изтрие", y, model.KindWord(k.Kind), k.Count)
			}
		}
		for _, r := range d.Records()[1:] { // the school belongs to every year
			if err := tx.Delete(r.RecordKind(), r.RecordID()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete year %s: %w", y, err)
	}
	return nil
}

// closeKey and reopenKey are the settings that keep a year's closing and its reopenings.
func closeKey(y model.SchoolYear) string  { return fmt.Sprintf("year/%d/closed", int(y)) }
func reopenKey(y model.SchoolYear) string { return fmt.Sprintf("year/%d/reopened", int(y)) }

// Closing is what the file keeps of a year's closing: when, by whom, its correction (чл. 76)
// and how many findings the final checks left.
type Closing struct {
	On         model.Date       `json:"On"`
	By         string           `json:"By"`
	Correction model.Correction `json:"Correction"`
	Findings   int              `json:"Findings"`
	Errors     int              `json:"Errors"`
}

// CloseYear closes year y on day today under profile p, in one transaction: it computes the
// year-end (model.CloseYear), marks the programme closed and keeps the Closing; from then on
// the store refuses every change of the year. The findings do not stop the closing (they are
// what the year was); the caller shows them.
func (db *DB) CloseYear(y model.SchoolYear, p *model.Profile, today model.Date) (*model.YearEnd, error) {
	var end *model.YearEnd
	err := db.Update(func(tx *Tx) error {
		d, prog, err := yearWithProgramme(tx, y)
		if err != nil {
			return err
		}
		if prog.Closed {
			return model.Errorf(model.CodeYearClosed, "Year", "учебната %s година вече е приключена на %s", y, prog.ClosedOn)
		}
		if end, err = model.CloseYear(p, d, today); err != nil {
			return err
		}
		prog.Closed, prog.ClosedOn = true, today
		if err := tx.Put(prog); err != nil {
			return err
		}
		c := Closing{On: today, By: db.opts.User, Correction: end.Correction, Findings: len(end.Findings), Errors: end.Errors}
		return putJSONSetting(tx, closeKey(y), c)
	})
	if err != nil {
		return nil, fmt.Errorf("close year %s: %w", y, err)
	}
	return end, nil
}

// Reopening is one reopening of a closed year: who (the director), when and why.
type Reopening struct {
	On     model.Date `json:"On"`
	By     string     `json:"By"`
	Reason string     `json:"Reason"`
}

// ReopenYear opens closed year y again. The director reopens it — an account of the director's
// role, and director must be the school's director as the school's data name them — with a
// reason, which goes into the change log with the change (issue #14; files from before kept the
// reasons in the setting year/<Y>/reopened, still read by Reopenings).
func (db *DB) ReopenYear(y model.SchoolYear, director, reason string, today model.Date) error {
	err := db.Update(func(tx *Tx) error {
		d, prog, err := yearWithProgramme(tx, y)
		if err != nil {
			return err
		}
		if !prog.Closed {
			return model.Errorf(model.CodeYearOpen, "Year", "учебната %s година не е приключена", y)
		}
		if err := checkDirector(d.School.DirectorName, director); err != nil {
			return err
		}
		if a := tx.db.Actor(); a.Role != model.AccountDirector {
			return fmt.Errorf("%w: %w", ErrForbidden, model.Errorf(model.CodeRoleForbidden, "",
				"приключена година отваря само директорът: профилът „%s“ (%s) не може", a.Name, a.Role.Title()))
		}
		if len([]rune(strings.TrimSpace(reason))) < 10 {
			return model.Errorf(model.CodeReasonRequired, "Reason", "напишете причината за отварянето на приключената година (поне 10 знака): тя се пази във файла")
		}
		prog.Closed, prog.ClosedOn = false, model.Date{}
		tx.reopening, tx.action, tx.reason = true, ActionReopen, strings.TrimSpace(reason)
		defer func() { tx.reopening, tx.action, tx.reason = false, "", "" }()
		return tx.Put(prog)
	})
	if err != nil {
		return fmt.Errorf("reopen year %s: %w", y, err)
	}
	return nil
}

// checkDirector requires the name given to be the school's director's.
func checkDirector(want, got string) error {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	if norm(want) == "" {
		return model.Errorf(model.CodeNoDirector, "Director", "в данните на училището няма директор: въведете го на „Училище“")
	}
	if norm(want) != norm(got) {
		return model.Errorf(model.CodeNotDirector, "Director", "приключена година отваря само директорът (%s): напишете името му точно", want)
	}
	return nil
}

// Closing returns how year y was closed; ErrNotFound when it never was.
func (db *DB) Closing(y model.SchoolYear) (*Closing, error) {
	var c Closing
	err := db.View(func(tx *Tx) error {
		if _, err := tx.Setting(closeKey(y)); err != nil {
			return err
		}
		return getJSONSetting(tx, closeKey(y), &c)
	})
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// Reopenings returns the reopenings of year y, oldest first: those a file from before the
// change log kept in a setting, then the log's. By is the school's director (the only one who
// reopens a year) as the school's data name them, or the account when it is not a director's.
func (db *DB) Reopenings(y model.SchoolYear) ([]Reopening, error) {
	var out []Reopening
	var director string
	var progs []model.Record
	err := db.View(func(tx *Tx) error {
		if s, err := tx.List(model.KindSchool); err == nil && len(s) > 0 {
			director = s[0].(*model.School).DirectorName
		}
		var err error
		if progs, err = tx.List(model.KindProgramme); err != nil {
			return err
		}
		return getJSONSetting(tx, reopenKey(y), &out)
	})
	if err != nil {
		return nil, err
	}
	ids := map[model.ID]bool{}
	for _, r := range progs {
		if r.(*model.Programme).Year == y {
			ids[r.RecordID()] = true
		}
	}
	es, err := db.Log(func(e *LogEntry) bool {
		return e.Action == ActionReopen && e.Kind == model.KindProgramme && ids[e.ID] && e.Installation == db.inst
	})
	for _, e := range es {
		by := e.Account
		if e.Role == model.AccountDirector && director != "" {
			by = director
		}
		out = append(out, Reopening{On: model.DateOf(e.Time.In(time.Local)), By: by, Reason: e.Reason})
	}
	return out, err
}

func putJSONSetting(tx *Tx, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode setting %q: %w", key, err)
	}
	return tx.PutSetting(key, string(b))
}

// getJSONSetting decodes setting key into v; a missing setting leaves v as it is.
func getJSONSetting(tx *Tx, key string, v any) error {
	s, err := tx.Setting(key)
	if errors.Is(err, ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("decode setting %q: %w", key, err)
	}
	return nil
}

// ClosedYears returns the years of the file that are closed (read-only).
func (db *DB) ClosedYears() (map[model.SchoolYear]bool, error) {
	var out map[model.SchoolYear]bool
	err := db.View(func(tx *Tx) error {
		var err error
		out, err = tx.closedYears()
		return err
	})
	return out, err
}
