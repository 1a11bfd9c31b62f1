package syncpack

import (
	"fmt"
	"reflect"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Codes of the refusals of a package whose records this file would not accept. Append-only.
const (
	CodeInvalidRecord = model.CodeInvalidRecord // a record the model's validation refuses, as it would typed
	CodeDanglingRef   = model.CodeDanglingRef   // a record refers to one neither side has ever had
	CodeFutureVersion = model.CodeFutureVersion // a version (or the package) dated too far ahead of this clock
	CodeOtherYearRec  = model.CodeOtherYearRec  // a record of another school year than the package's
	CodeSchoolChanged = model.CodeSchoolChanged // the package's school identity differs from this file's
	CodeCopiedFile    = model.CodeCopiedFile    // the sender's installation is this file's own: one file was copied
)

// MaxClockAhead bounds how far ahead of this computer's clock a received version may be. A
// version is a hybrid logical clock: one dated in the year 9999 would move this file's clock
// there for good, and every later local change would be ordered after it.
const MaxClockAhead = store.MaxVersionAhead

// admit checks every record of a verified package as this file checks a record the user types
// (model's Validate), the year it belongs to, the references between records, and the dates of
// the versions (the package's own date is not bounded: only versions move the clock) — before anything is planned or applied. One bad record refuses the whole
// package, naming the record and the reason: a package is applied whole or not at all.
func admit(db *store.DB, p *Package, now time.Time) error {
	limit := now.Add(MaxClockAhead)
	live := map[model.Ref]model.Record{}
	var order []model.Ref // the package's order, kind by kind: the first dangling one is named
	for _, kind := range model.Kinds {
		for _, e := range p.Records[kind] {
			if e.Meta.Version.Wall > limit.UnixMilli() {
				return refuse(CodeFutureVersion, "Записът %s %s в пакета е с дата %s — повече от ден след часовника на този компютър. Проверете датата и часа на изпращащия компютър; нищо не е променено.",
					kind, e.Meta.ID, time.UnixMilli(e.Meta.Version.Wall).Format("02.01.2006"))
			}
			if e.Meta.Deleted {
				continue
			}
			r, err := admitRecord(e, p.Manifest.Year)
			if err != nil {
				return err
			}
			ref := model.Ref{Kind: kind, ID: e.Meta.ID}
			live[ref] = r
			order = append(order, ref)
		}
	}
	return checkRefs(db, live, order)
}

// admitRecord decodes and validates one live record of the package.
func admitRecord(e Envelope, year model.SchoolYear) (model.Record, error) {
	r, err := store.DecodeRecord(e)
	if err != nil {
		return nil, refuse(CodeBadRecord, "Записът %s %s в пакета не може да бъде прочетен (%v); нищо не е променено.", e.Meta.Kind, e.Meta.ID, err)
	}
	if err := r.Validate(); err != nil {
		return nil, refuse(CodeInvalidRecord, "Записът %s %s в пакета е невалиден: %v. Нищо не е променено; поправете записа на изпращащия компютър.", e.Meta.Kind, e.Meta.ID, err)
	}
	if ys, ok := r.(model.YearScoped); ok && ys.SchoolYear() != year {
		return nil, refuse(CodeOtherYearRec, "Записът %s %s в пакета е за учебната %s година, а пакетът — за %s; нищо не е променено.", e.Meta.Kind, e.Meta.ID, ys.SchoolYear(), year)
	}
	return r, nil
}

// checkRefs requires every reference of a received record to name a record of the package or
// one this file has or had. A reference to a record deleted since is a matter for the merge
// (the records are shown as they are); one to a record neither side ever had cannot be shown.
func checkRefs(db *store.DB, live map[model.Ref]model.Record, order []model.Ref) error {
	known := map[model.Ref]bool{}
	err := db.View(func(tx *store.Tx) error {
		for _, kind := range model.Kinds {
			envs, err := tx.Envelopes(kind, nil)
			if err != nil {
				return err
			}
			for _, e := range envs {
				known[model.Ref{Kind: kind, ID: e.Meta.ID}] = true
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("syncpack: check references: %w", err)
	}
	for _, ref := range order {
		for _, to := range refsOf(live[ref]) {
			if live[to] == nil && !known[to] {
				return refuse(CodeDanglingRef, "Записът %s %s в пакета сочи към %s %s, който го няма нито в пакета, нито в този файл; нищо не е променено.",
					ref.Kind, ref.ID, to.Kind, to.ID)
			}
		}
	}
	return nil
}

// refFields names the kind each reference field points to. A field of type model.ID or []model.ID
// with one of these names, at any depth of a record, is a reference.
var refFields = map[string]model.Kind{
	"StudentID": model.KindStudent, "WaitingList": model.KindStudent,
	"GroupID":  model.KindGroup,
	"PersonID": model.KindPerson, "LeaderID": model.KindPerson,
	"SupplierID": model.KindSupplier, "ContractID": model.KindContract, "ExpenseID": model.KindExpense,
	"Present": model.KindCouncilMember,
}

var idType = reflect.TypeFor[model.ID]()

// refsOf lists the non-empty references of a record.
func refsOf(r model.Record) []model.Ref {
	var out []model.Ref
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			if v.Type().Elem().Kind() == reflect.Struct {
				for i := range v.Len() {
					walk(v.Index(i))
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				f, fv := v.Type().Field(i), v.Field(i)
				kind, isRef := refFields[f.Name]
				switch {
				case isRef && f.Type == idType && fv.String() != "":
					out = append(out, model.Ref{Kind: kind, ID: model.ID(fv.String())})
				case isRef && f.Type.Kind() == reflect.Slice && f.Type.Elem() == idType:
					for j := range fv.Len() {
						if id := fv.Index(j).String(); id != "" {
							out = append(out, model.Ref{Kind: kind, ID: model.ID(id)})
						}
					}
				case f.IsExported():
					walk(fv)
				}
			}
		}
	}
	walk(reflect.ValueOf(r))
	return out
}
