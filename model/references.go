package model

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// refFields names, by the name of an ID field (or []ID field), the kind of record it points to.
// Every ID field of a persisted record is here or in notRefs (TestRefFields_Complete).
var refFields = map[string]Kind{
	"StudentID":   KindStudent,
	"WaitingList": KindStudent, // Group.WaitingList
	"GroupID":     KindGroup,
	"LeaderID":    KindPerson,
	"PersonID":    KindPerson,
	"SupplierID":  KindSupplier,
	"ContractID":  KindContract,
	"ExpenseID":   KindExpense,
	"Present":     KindCouncilMember, // Meeting.Present
	"ProjectID":   KindProject,       // ProjectEntry.ProjectID (issue #19)
	"StudentIDs":  KindStudent,       // ProjectEntry.StudentIDs
}

// notRefs are the ID fields that point to no other record: the record's own ID.
var notRefs = map[string]bool{"ID": true}

// RefFieldsOf lists the ID fields of record type r that point nowhere known: for the test that
// keeps refFields complete when a record gets a new reference.
func RefFieldsOf(r Record) (unknown []string) {
	walkIDs(reflect.ValueOf(r).Elem(), "", func(path, name string, _ ID) {
		if _, ok := refFields[name]; !ok && !notRefs[name] && !slices.Contains(unknown, path) {
			unknown = append(unknown, path)
		}
	}, true)
	return unknown
}

// Refers reports whether record r points to record kind/id through one of its fields.
func Refers(r Record, kind Kind, id ID) bool {
	if id == "" {
		return false
	}
	found := false
	walkIDs(reflect.ValueOf(r).Elem(), "", func(_, name string, v ID) {
		found = found || (v == id && refFields[name] == kind)
	}, false)
	return found
}

var idType = reflect.TypeOf(ID(""))

// walkIDs calls f for every ID value inside v (fields of type ID or []ID, at any depth of
// structs and slices). With types, it visits each field once even when empty, by type.
func walkIDs(v reflect.Value, path string, f func(path, name string, id ID), types bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if types {
			walkIDs(reflect.New(v.Type().Elem()).Elem(), path, f, types)
		} else if !v.IsNil() {
			walkIDs(v.Elem(), path, f, types)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			fv, p := v.Field(i), path+"."+sf.Name
			switch {
			case sf.Type == idType:
				f(p, sf.Name, ID(fv.String()))
			case sf.Type.Kind() == reflect.Slice && sf.Type.Elem() == idType:
				if types {
					f(p, sf.Name, "")
				}
				for j := range fv.Len() {
					f(p, sf.Name, ID(fv.Index(j).String()))
				}
			default:
				walkIDs(fv, p, f, types)
			}
		}
	case reflect.Slice, reflect.Array:
		if types {
			walkIDs(reflect.New(v.Type().Elem()).Elem(), path+"[]", f, types)
			return
		}
		for i := range v.Len() {
			walkIDs(v.Index(i), path, f, types)
		}
	}
}

// ReferencedError is the refusal to delete a record that others point to: it names them by
// kind and count, with the first few, so the user knows what to change first.
func ReferencedError(what string, by []Record) *Error {
	count := map[Kind]int{}
	var order []Kind
	for _, r := range by {
		k := r.RecordKind()
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	parts := make([]string, len(order))
	for i, k := range order {
		parts[i] = fmt.Sprintf("%s — %d", KindLabel(k), count[k])
	}
	return Errorf(CodeReferenced, "",
		"%s не може да се изтрие: към него има записи (%s). Първо ги премахнете или променете; ако е напуснал, отпишете го с дата",
		what, strings.Join(parts, "; "))
}
