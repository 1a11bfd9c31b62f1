package model_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// TestClone_SharesNothing: the clone equals the original and shares none of its slices, maps
// or pointers. The full year is filled by reflection, so a field added to any record later is
// set here too and the test fails until Clone copies it.
func TestClone_SharesNothing(t *testing.T) {
	full := &model.YearData{}
	fill(t, reflect.ValueOf(full).Elem(), "YearData")
	tests := []struct {
		name string
		d    *model.YearData
	}{
		{"every field of every record set", full},
		{"demo school of 40 students", demo.Generate(demo.Options{Students: 40, Seed: 7})},
		{"empty year: nil slices stay nil", &model.YearData{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.d.Clone()
			if !reflect.DeepEqual(tt.d, c) {
				t.Fatal("the clone differs from the original")
			}
			for _, path := range shared(reflect.ValueOf(tt.d).Elem(), reflect.ValueOf(c).Elem(), "YearData") {
				t.Errorf("%s: the clone shares memory with the original", path)
			}
		})
	}
}

// TestClone_ChangingTheCloneLeavesTheOriginal: what a screen does with a loaded year.
func TestClone_ChangingTheCloneLeavesTheOriginal(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 40, Seed: 7})
	want := d.Clone()
	c := d.Clone()
	c.Programme.Plan[0].Amount.Minor++
	c.Groups[0].Members[0].StudentID = "other"
	c.Groups[0].Members = append(c.Groups[0].Members, model.Member{StudentID: "new"})
	c.Sessions[0].Marks[0].Status++
	c.Students[0].Name.First = "Друго"
	c.Students = c.Students[:1]
	if !reflect.DeepEqual(d, want) {
		t.Error("changing the clone changed the original")
	}
}

func TestClone_Nil(t *testing.T) {
	var d *model.YearData
	if d.Clone() != nil {
		t.Error("the clone of nil is not nil")
	}
}

// fill sets every field reachable from v to a value that is not zero: two elements in each
// slice, one entry in each map, an allocated value behind each pointer.
func fill(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				fill(t, f, path+"."+v.Type().Field(i).Name)
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			fill(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range v.Len() {
			fill(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(t, k, path+"[key]")
		fill(t, e, path+"[value]")
		v.SetMapIndex(k, e)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), path)
	default:
		t.Fatalf("%s: the test cannot fill a %s: teach fill and Clone about it", path, v.Kind())
	}
}

// shared walks a and b, of the same type, and returns the paths of the non-empty slices and
// maps and the non-nil pointers that a and b share.
func shared(a, b reflect.Value, path string) []string {
	var out []string
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			out = append(out, shared(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)...)
		}
	case reflect.Array:
		for i := range a.Len() {
			out = append(out, shared(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
		for i := range min(a.Len(), b.Len()) {
			out = append(out, shared(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
	case reflect.Map:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
		for _, k := range a.MapKeys() {
			if bv := b.MapIndex(k); bv.IsValid() {
				out = append(out, shared(a.MapIndex(k), bv, fmt.Sprintf("%s[%v]", path, k))...)
			}
		}
	case reflect.Pointer:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
		if !a.IsNil() && !b.IsNil() {
			out = append(out, shared(a.Elem(), b.Elem(), path)...)
		}
	case reflect.Interface:
		if !a.IsNil() && !b.IsNil() && a.Elem().Type() == b.Elem().Type() {
			out = append(out, shared(a.Elem(), b.Elem(), path)...)
		}
	}
	return out
}
