// Package printing writes the printable documents of a school year — the PDF forms of
// store/forms and the XLSX workbooks of store/sheets — into a folder in one batch. The Експорт
// screen and `tchas forms` share it, so both print the same files under the same names.
package printing

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Kinds lists the kinds of document, in the order they are written and counted. A file's name
// starts with its kind.
var Kinds = []string{
	"journal", "timesheet", "application", "programme", "minutes", "card", "survey",
	"inventory", "payroll", "budget", "schoolprogramme", "councilreport", "waiting", "team", "docs", "microdata",
	// the school's other programmes (issue #19), when the year has them: not in the dossier
	"innovationcontract", "innovationannex", "projectreport",
}

// otherProgrammeKinds are the kinds of the other programmes: their own papers, not „Твоят час“'s
// dossier (чл. 143–144).
var otherProgrammeKinds = map[string]bool{"innovationcontract": true, "innovationannex": true, "projectreport": true}

// Job is one document to write: its kind, its file name and the writer that fills it.
type Job struct {
	Kind  string
	Name  string
	Write func(io.Writer) error
}

// Quarter is a calendar quarter of the financial reports (чл. 99).
type Quarter struct {
	Y, Q int
}

// Name is the quarter in file names: 2025-Q4.
func (q Quarter) Name() string { return fmt.Sprintf("%d-Q%d", q.Y, q.Q) }

// IsZero reports whether q is no quarter (the whole year).
func (q Quarter) IsZero() bool { return q == Quarter{} }

// contains reports whether the month falls in the quarter.
func (q Quarter) contains(m model.Month) bool {
	return m.Y == q.Y && (int(m.M)-1)/3+1 == q.Q
}

// Quarters returns the calendar quarters a school year touches, September to August: for
// 2025/2026 that is 2025-Q3 to 2026-Q3.
func Quarters(y model.SchoolYear) []Quarter {
	var out []Quarter
	start, end := y.Start(), y.End()
	for yy, q := start.Y, (int(start.M)-1)/3+1; yy < end.Y || (yy == end.Y && q <= (int(end.M)-1)/3+1); {
		out = append(out, Quarter{Y: yy, Q: q})
		if q++; q > 4 {
			yy, q = yy+1, 1
		}
	}
	return out
}

// Summary is what a batch wrote.
type Summary struct {
	Dir    string
	Files  []string       // names, in the order written
	ByKind map[string]int // files per kind
}

// Progress is told before each file: how many are done out of how many, and the next name.
type Progress func(done, total int, name string)

// WriteAll writes the jobs into dir, which must exist, each through a temporary file that is
// fsynced and renamed into place (placeFile): a crash or a failing writer never leaves half a
// document where a complete one is expected; the folders are synced once at the end, so every
// file is durable when it returns without error. The jobs run on every core (each job is independent, so the
// files are the same as one at a time); progress is told in the jobs' order, and the summary
// lists them in it. It stops at the first failure or when ctx is done, once the jobs already
// started have finished.
func WriteAll(ctx context.Context, dir string, jobs []Job, progress Progress) (Summary, error) {
	defer lazyGC()()
	// Four workers a core: a worker waiting for its file's fsync leaves its core to another
	// one's PDF (on 2 cores, 2 workers kept them about 80 % busy with the fsyncs of 5 500 files).
	return writeAll(ctx, dir, jobs, progress, 4*runtime.GOMAXPROCS(0))
}

// writeAll is WriteAll on the given number of workers.
func writeAll(ctx context.Context, dir string, jobs []Job, progress Progress, workers int) (Summary, error) {
	s := Summary{Dir: dir, ByKind: map[string]int{}}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make([]chan error, len(jobs))
	folders := make([]string, len(jobs))
	for i := range done {
		done[i] = make(chan error, 1)
	}
	order := startOrder(jobs)
	// failed is the first failed job in the jobs' order so far: the jobs after it are not
	// started, the ones before it still are (the workbooks start first, so a failing workbook
	// must not cancel the forms listed before it). The batch then ends as if run in order: the
	// files before the first failure written, that failure its error.
	var failed atomic.Int64
	failed.Store(int64(len(jobs)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(jobs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < len(jobs); k = int(next.Add(1) - 1) {
				i := order[k]
				if err := ctx.Err(); err != nil {
					done[i] <- fmt.Errorf("printing: %w", err)
					continue
				}
				if int64(i) > failed.Load() {
					done[i] <- errNotStarted // never told: the collector stops at the failure before it
					continue
				}
				folder, err := placeFile(dir, jobs[i].Name, jobs[i].Write)
				folders[i] = folder
				if err != nil {
					for f := failed.Load(); int64(i) < f && !failed.CompareAndSwap(f, int64(i)); f = failed.Load() {
					}
				}
				done[i] <- err
			}
		}()
	}
	defer wg.Wait() // no file is written after WriteAll returns
	for i, j := range jobs {
		if progress != nil {
			progress(i, len(jobs), j.Name)
		}
		if err := <-done[i]; err != nil {
			cancel()
			return s, err
		}
		s.Files = append(s.Files, j.Name)
		s.ByKind[j.Kind]++
	}
	synced := map[string]bool{}
	for _, f := range folders {
		synced[f] = true
	}
	if err := syncFolders(synced); err != nil {
		return s, err
	}
	if progress != nil {
		progress(len(jobs), len(jobs), "")
	}
	return s, nil
}

// errNotStarted marks a job left out after an earlier one (in the jobs' order) failed.
var errNotStarted = errors.New("printing: not started after an earlier document failed")

// startOrder is the order the workers take the jobs in: the workbooks first, then the rest in
// the jobs' order. A workbook takes many times a form's time, and the workbooks come late in
// Kinds: started last, the year's microdata_ESF.xlsx kept one core busy alone at the end of a
// batch. Only the start changes: the files, the summary's order and the progress are the jobs'.
func startOrder(jobs []Job) []int {
	order := make([]int, 0, len(jobs))
	for i, j := range jobs {
		if strings.HasSuffix(j.Name, ".xlsx") {
			order = append(order, i)
		}
	}
	for i, j := range jobs {
		if !strings.HasSuffix(j.Name, ".xlsx") {
			order = append(order, i)
		}
	}
	return order
}

// LatinName keeps a file name Latin and portable: letters, digits, '-', '_' and '.' stay, any
// other character (Cyrillic, '/', spaces) becomes '-'. Windows and the ИСУН upload both choke on
// some of those.
func LatinName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// batchGCPercent is the collector's setting while documents are written: printing thousands of
// them allocates much and keeps little, and a lazier collector saves about a sixth of the CPU
// (measured on `forms --kind survey`, 3,000-student demo) for a few hundred MB more while it
// runs. The window runs at 50 otherwise (cmd/tvoyatchas), tchas at Go's 100.
const batchGCPercent = 400

var batchGC struct {
	sync.Mutex
	runs int // the WriteAll calls under way
	old  int // the setting before the first of them
}

// lazyGC sets batchGCPercent while a batch is written and returns the function that puts the
// setting back when the last batch under way ends (batches may overlap: a print started from
// the window while another runs).
func lazyGC() (restore func()) {
	batchGC.Lock()
	defer batchGC.Unlock()
	if batchGC.runs == 0 {
		batchGC.old = debug.SetGCPercent(batchGCPercent)
	}
	batchGC.runs++
	return func() {
		batchGC.Lock()
		defer batchGC.Unlock()
		if batchGC.runs--; batchGC.runs == 0 {
			debug.SetGCPercent(batchGC.old)
		}
	}
}
