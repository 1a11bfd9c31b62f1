package printing_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// TestWriteAll_ParallelSameFiles: the documents written on several workers are byte for byte the
// ones written one at a time, listed in the jobs' order.
func TestWriteAll_ParallelSameFiles(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 40, Seed: 3})
	jobs := printing.Jobs(d, printing.Options{Quarter: printing.Quarters(d.Programme.Year)[1]})
	one, many := t.TempDir(), t.TempDir()
	s1, err := printing.WriteAllOn(context.Background(), one, jobs, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	s4, err := printing.WriteAllOn(context.Background(), many, jobs, nil, 4)
	if err != nil {
		t.Fatal(err)
	}
	if len(s1.Files) != len(jobs) || len(s4.Files) != len(jobs) {
		t.Fatalf("%d and %d files of %d jobs", len(s1.Files), len(s4.Files), len(jobs))
	}
	for i, name := range s1.Files {
		if s4.Files[i] != name {
			t.Fatalf("file %d: %s on four workers, %s on one", i, s4.Files[i], name)
		}
		a, err1 := os.ReadFile(filepath.Join(one, name))
		b, err2 := os.ReadFile(filepath.Join(many, name))
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between one worker and four (%v %v)", name, err1, err2)
		}
	}
}

// TestWriteAll_CancelledWritesNothingAfter: a cancelled batch returns the context's error.
func TestWriteAll_Cancelled(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 40, Seed: 3})
	jobs := printing.Jobs(d, printing.Options{Kind: "timesheet"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s, err := printing.WriteAll(ctx, t.TempDir(), jobs, nil)
	if err == nil || len(s.Files) != 0 {
		t.Errorf("cancelled batch: %d files, err %v", len(s.Files), err)
	}
}

// TestStartOrder_WorkbooksFirst: the workers start the workbooks before the forms, each job
// once, the rest in the jobs' order.
func TestStartOrder_WorkbooksFirst(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 40, Seed: 3})
	jobs := printing.Jobs(d, printing.Options{})
	order := printing.StartOrder(jobs)
	if len(order) != len(jobs) {
		t.Fatalf("%d started of %d jobs", len(order), len(jobs))
	}
	seen := map[int]bool{}
	books, last := 0, -1
	for k, i := range order {
		if seen[i] {
			t.Fatalf("job %d (%s) started twice", i, jobs[i].Name)
		}
		seen[i] = true
		book := filepath.Ext(jobs[i].Name) == ".xlsx"
		switch {
		case book && k != books:
			t.Fatalf("workbook %s started %d., after a form", jobs[i].Name, k)
		case book:
			books++
		case i < last:
			t.Fatalf("form %s started after job %d, later in the jobs' order", jobs[i].Name, last)
		default:
			last = i
		}
	}
	if books == 0 || books == len(jobs) {
		t.Fatalf("%d workbooks of %d jobs: the test needs both kinds", books, len(jobs))
	}
}

// TestWriteAll_FailingWorkbookKeepsTheFormsBeforeIt: the workbooks start first, yet a failing
// workbook listed after forms ends the batch as one run in order would: the forms before it
// written and listed, its own error returned (not a cancellation).
func TestWriteAll_FailingWorkbookKeepsTheFormsBeforeIt(t *testing.T) {
	boom := errors.New("boom")
	var jobs []printing.Job
	for i := range 30 {
		jobs = append(jobs, printing.Job{Kind: "a", Name: fmt.Sprintf("a-%02d.pdf", i), Write: func(w io.Writer) error {
			_, err := io.WriteString(w, "%PDF")
			return err
		}})
	}
	jobs = append(jobs, printing.Job{Kind: "b", Name: "b-1.xlsx", Write: func(io.Writer) error { return boom }})
	for range 20 {
		dir := t.TempDir()
		s, err := printing.WriteAllOn(context.Background(), dir, jobs, nil, 8)
		if !errors.Is(err, boom) {
			t.Fatalf("err %v, want the workbook's", err)
		}
		if len(s.Files) != 30 || s.ByKind["a"] != 30 {
			t.Fatalf("%d files listed, want the 30 forms before the workbook", len(s.Files))
		}
		for _, name := range s.Files {
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Fatalf("listed but not written: %v", err)
			}
		}
	}
}
