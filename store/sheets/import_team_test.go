package sheets_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// teamYear is people() inside the school year 2026/2027, each timesheet within one month.
func teamYear() *model.YearData {
	d := people()
	d.Programme = model.Programme{Year: 2026}
	d.Timesheets[0].Month = model.Month{Y: 2026, M: time.November}
	d.Timesheets[1].Month = model.Month{Y: 2026, M: time.November}
	d.Timesheets[1].Days = d.Timesheets[1].Days[:1]
	return d
}

func teamFile(t *testing.T, d *model.YearData) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sheets.WriteTeam(&buf, d, sheets.Period{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestImportTeam_RoundTrip(t *testing.T) {
	d := teamYear()
	file := teamFile(t, d)

	t.Run("SameDataChangesNothing", func(t *testing.T) {
		imp, err := sheets.ImportTeam(bytes.NewReader(file), d)
		if err != nil {
			t.Fatal(err)
		}
		if len(imp.Records) != 0 || imp.Rows != 3 || imp.Unchanged != 3 {
			t.Errorf("records %d, rows %d, unchanged %d; want 0, 3, 3", len(imp.Records), imp.Rows, imp.Unchanged)
		}
	})
	t.Run("IntoAnEmptyYear", func(t *testing.T) {
		empty := teamYear()
		empty.Timesheets = nil
		imp, err := sheets.ImportTeam(bytes.NewReader(file), empty)
		if err != nil {
			t.Fatal(err)
		}
		got := map[model.ID]string{}
		for _, r := range imp.Records {
			ts := r.(*model.Timesheet)
			if ts.Status != model.Prepared || ts.Year != 2026 || ts.Month != (model.Month{Y: 2026, M: time.November}) {
				t.Errorf("timesheet %+v: want a prepared one of 11.2026", ts)
			}
			got[ts.PersonID] = fmt.Sprint(ts.Role, ts.Days)
		}
		for _, want := range d.Timesheets {
			sorted := append([]model.DayHours(nil), want.Days...)
			if len(sorted) == 2 {
				sorted[0], sorted[1] = sorted[1], sorted[0] // the import keeps days in date order
			}
			if w := fmt.Sprint(want.Role, sorted); got[want.PersonID] != w {
				t.Errorf("person %s:\n got %s\nwant %s", want.PersonID, got[want.PersonID], w)
			}
		}
	})
}

func TestImportTeam_TwoGroupsOnOneDate(t *testing.T) {
	d := teamYear()
	day := d.Timesheets[0].Days[1]
	d.Timesheets[0].Days[1].GroupID = "g1"
	day.GroupID, day.Activity, day.Hours = "g2", "Занятие по физика", 100
	d.Timesheets[0].Days = append(d.Timesheets[0].Days, day)
	file := teamFile(t, d)
	imp, err := sheets.ImportTeam(bytes.NewReader(file), d)
	if err != nil || len(imp.Records) != 0 || imp.Unchanged != 4 {
		t.Fatalf("same data: %v, %+v; want no change of 4 rows", err, imp)
	}
	f := open(t, file)
	if err := f.SetCellValue("Microdata", "G3", 1.25); err != nil { // the physics hours
		t.Fatal(err)
	}
	imp, err = sheets.ImportTeam(bytes.NewReader(saved(t, f)), d)
	if err != nil || len(imp.Records) != 1 {
		t.Fatalf("one changed row: %v, %+v", err, imp)
	}
	got := fmt.Sprint(imp.Records[0].(*model.Timesheet).Days)
	want := fmt.Sprint([]model.DayHours{d.Timesheets[0].Days[1], {Date: day.Date, Hours: 125, GroupID: "g2", Activity: "Занятие по физика", Results: day.Results}, d.Timesheets[0].Days[0]})
	if got != want {
		t.Errorf("days\n got %s\nwant %s (each row keeps the group of its activity)", got, want)
	}
}

func TestImportTeam_ChangedDayReplacesIt(t *testing.T) {
	d := teamYear()
	f := open(t, teamFile(t, d))
	if err := f.SetCellValue("Microdata", "G2", 2.25); err != nil {
		t.Fatal(err)
	}
	imp, err := sheets.ImportTeam(bytes.NewReader(saved(t, f)), d)
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Records) != 1 || imp.Unchanged != 2 {
		t.Fatalf("records %d, unchanged %d; want 1, 2", len(imp.Records), imp.Unchanged)
	}
	ts := imp.Records[0].(*model.Timesheet)
	if ts.ID != "t1" || len(ts.Days) != 2 || ts.Days[0].Hours != 225 {
		t.Errorf("timesheet %s days %v: want t1 with 3 November at 2,25 h", ts.ID, ts.Days)
	}
	if d.Timesheets[0].Days[1].Hours != 200 {
		t.Error("the import changed the year's data in place")
	}
}

func TestImportTeam_BadRowsApplyNothing(t *testing.T) {
	for _, tc := range []struct {
		name, cell string
		value      any
		code       model.Code
		want       string
	}{
		{"UnknownPerson", "D3", "0000000000", "unknown_person", "ред 3, колона D „ЕГН/ Чуждестранно лице“: няма платено лице с ЕГН/ЛНЧ 0000000000"},
		{"HoursNotANumber", "G2", "два", "invalid_hours", "ред 2, колона G „Отработени часове“: „два“ не са часове"},
		{"HoursOver24", "G2", 25, "invalid_hours", "колона G"},
		{"DateNotADate", "F4", "31.02.2026", "invalid_date", "ред 4, колона F „Дата“"},
		{"DateOutsideTheYear", "F4", "05.01.2028", "outside_year", "не е в учебната година 2026/2027"},
		{"UnknownPosition", "B2", "Чистач", "unknown_position", "колона B „Позиция по проекта“: „Чистач“ не е позиция по проекта"},
		{"NotFromTheList", "E2", "Устно", "not_in_list", "„Устно“ не е от списъка на шаблона"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := teamYear()
			f := open(t, teamFile(t, d))
			if err := f.SetCellValue("Microdata", tc.cell, tc.value); err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellValue("Microdata", "G3", 0.5); err != nil { // a valid change in another row
				t.Fatal(err)
			}
			imp, err := sheets.ImportTeam(bytes.NewReader(saved(t, f)), d)
			assertRowError(t, imp, err, tc.code, tc.want)
		})
	}
}

func TestImportTeam_ApprovedTimesheetIsLocked(t *testing.T) {
	d := teamYear()
	f := open(t, teamFile(t, d))
	d.Timesheets[0].Status, d.Timesheets[0].ApprovedBy, d.Timesheets[0].ApprovedOn = model.Approved, "Директор", model.NewDate(2026, time.December, 1)
	if err := f.SetCellValue("Microdata", "G2", 3); err != nil {
		t.Fatal(err)
	}
	imp, err := sheets.ImportTeam(bytes.NewReader(saved(t, f)), d)
	assertRowError(t, imp, err, "approved_timesheet", "е одобрен и заключен (чл. 81, 85, 88)")
}

func TestImportTeam_NotTheTemplate(t *testing.T) {
	for _, tc := range []struct {
		name string
		file func(t *testing.T) []byte
		code model.Code
	}{
		{"NotXLSX", func(*testing.T) []byte { return []byte("Име;Дата\n") }, "not_xlsx"},
		{"DocsInsteadOfTeam", func(t *testing.T) []byte {
			var buf bytes.Buffer
			if err := sheets.WriteDocs(&buf, &model.YearData{}, sheets.Period{}); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}, "wrong_header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			imp, err := sheets.ImportTeam(bytes.NewReader(tc.file(t)), teamYear())
			assertRowError(t, imp, err, tc.code, "")
		})
	}
}

// assertRowError wants no import and an error list holding code, whose text contains want.
func assertRowError(t *testing.T, imp *sheets.Import, err error, code model.Code, want string) {
	t.Helper()
	if imp != nil {
		t.Errorf("an import with %d records came back with the error: nothing may be applied", len(imp.Records))
	}
	var es sheets.ImportErrors
	if !errors.As(err, &es) {
		t.Fatalf("err %v, want ImportErrors", err)
	}
	for _, e := range es {
		if e.Code == code && strings.Contains(e.Error(), want) {
			return
		}
	}
	t.Errorf("no %s error containing %q in:\n%v", code, want, err)
}

// saved writes an edited workbook back to bytes.
func saved(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
