package syncpack_test

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// The kill -9 campaign: go test ./store/syncpack -run Crash -v -crash.n 100
var (
	crashN    = flag.Int("crash.n", 8, "rounds of the kill -9 campaign (a short run by default)")
	crashSeed = flag.Uint64("crash.seed", 9, "seed of the kill -9 campaign")
)

// crashOps are the writes a round kills: a class list imported in one transaction, a package
// applied, a package exported, and the GUI's save loop (one record per transaction).
var crashOps = []string{"import", "apply", "export", "save"}

// TestCrash_KillDuringWrites re-runs this test binary as a child that writes, kills it with
// SIGKILL after a random delay, and checks what it left: the data file passes the full
// verification (0 corrupt files), every record the child reported committed is there (0 lost
// records), a transaction is there whole or not at all, and an exported package is either
// absent or verifies.
func TestCrash_KillDuringWrites(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("kill -9 is a unix signal")
	}
	base := crashBase(t)
	r := rand.New(rand.NewPCG(*crashSeed, 2026))
	counts := map[string]int{}
	var corrupt, lost, before, after int
	for round := range *crashN {
		op := crashOps[round%len(crashOps)]
		dir := t.TempDir()
		for _, name := range []string{"sender.db", "receiver.db", "paket.zip"} {
			copyTestFile(t, filepath.Join(base, name), filepath.Join(dir, name))
		}
		delay := time.Duration(r.IntN(400)) * time.Millisecond
		reported := runAndKill(t, op, dir, delay)
		if len(reported) == 0 {
			before++ // killed before its first commit: what it wrote must be gone whole
		} else {
			after++
		}
		c, l := checkAfterKill(t, op, dir, reported)
		corrupt, lost = corrupt+c, lost+l
		counts[op]++
	}
	t.Logf("kill -9 campaign, seed %d: %d rounds (%v), %d killed before a commit, %d after one or more — %d corrupt files, %d lost committed records",
		*crashSeed, *crashN, counts, before, after, corrupt, lost)
}

// TestCrash_Child is the child of TestCrash_KillDuringWrites; it does nothing in a normal run.
func TestCrash_Child(t *testing.T) {
	op, dir := os.Getenv("TVOYATCHAS_CRASH_OP"), os.Getenv("TVOYATCHAS_CRASH_DIR")
	if op == "" {
		return
	}
	if err := crashChild(op, dir, os.Stdout); err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// crashChild does one op's writes, printing a line after each commit.
func crashChild(op, dir string, out io.Writer) error {
	db, err := store.Open(filepath.Join(dir, map[bool]string{true: "sender.db", false: "receiver.db"}[op == "export" || op == "save" || op == "import"]), store.Options{User: "crash"})
	if err != nil {
		return err
	}
	switch op {
	case "import":
		var rs []model.Record
		for i := range 300 {
			rs = append(rs, crashStudent(fmt.Sprintf("imp-%03d", i)))
		}
		if err := db.PutAll(rs...); err != nil {
			return err
		}
		fmt.Fprintln(out, "committed import")
	case "apply":
		p, err := syncpack.Verify(filepath.Join(dir, "paket.zip"), syncpack.DefaultLimits)
		if err != nil {
			return err
		}
		if _, err := syncpack.Apply(db, p, 2025); err != nil {
			return err
		}
		fmt.Fprintln(out, "committed apply")
	case "export":
		key, err := syncpack.InstallationKey(db)
		if err != nil {
			return err
		}
		if _, err := syncpack.Export(db, filepath.Join(dir, "out.zip"), syncpack.ExportOptions{Key: key, Year: 2025}); err != nil {
			return err
		}
		fmt.Fprintln(out, "committed export")
	case "save":
		for i := 0; ; i++ {
			id := fmt.Sprintf("save-%05d", i)
			if err := db.Put(crashStudent(id)); err != nil {
				return err
			}
			fmt.Fprintln(out, "committed", id)
		}
	}
	return db.Close()
}

func crashStudent(id string) *model.Student {
	return &model.Student{ID: model.ID(id), Year: 2025, Name: model.PersonName{First: "Ученик", Last: id}, Grade: 5}
}

// crashBase makes the files every round starts from: a sender with a school and 300 students,
// the package it exports, and a receiver that has only the school.
func crashBase(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	snd, err := store.Open(filepath.Join(dir, "sender.db"), store.Options{User: "director"})
	if err != nil {
		t.Fatal(err)
	}
	rs := []model.Record{testSchool()}
	for i := range 300 {
		rs = append(rs, crashStudent(fmt.Sprintf("pkg-%03d", i)))
	}
	if err := snd.PutAll(rs...); err != nil {
		t.Fatal(err)
	}
	key, err := syncpack.InstallationKey(snd)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := syncpack.Export(snd, filepath.Join(dir, "paket.zip"), syncpack.ExportOptions{Key: key, Year: 2025}); err != nil {
		t.Fatal(err)
	}
	school, err := snd.School()
	if err != nil {
		t.Fatal(err)
	}
	_ = snd.Close()
	rcv, err := store.Open(filepath.Join(dir, "receiver.db"), store.Options{User: "accountant"})
	if err != nil {
		t.Fatal(err)
	}
	if err := rcv.Put(school); err != nil { // the same school record, as a first package brings it
		t.Fatal(err)
	}
	_ = rcv.Close()
	return dir
}

// runAndKill starts the child for op in dir, kills it after delay and returns the lines it printed.
func runAndKill(t *testing.T, op, dir string, delay time.Duration) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash_Child$")
	cmd.Env = append(os.Environ(), "TVOYATCHAS_CRASH_OP="+op, "TVOYATCHAS_CRASH_DIR="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var lines []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			mu.Lock()
			lines = append(lines, sc.Text())
			mu.Unlock()
		}
	}()
	time.Sleep(delay)
	_ = cmd.Process.Kill() // SIGKILL: no deferred function, no Close
	<-done
	_ = cmd.Wait()
	mu.Lock()
	defer mu.Unlock()
	for _, l := range lines {
		if strings.HasPrefix(l, "error:") {
			t.Fatalf("%s child failed before the kill: %s", op, l)
		}
	}
	return lines
}

// checkAfterKill returns the corrupt files and lost records a killed round left.
func checkAfterKill(t *testing.T, op, dir string, reported []string) (corrupt, lost int) {
	t.Helper()
	for _, name := range []string{"sender.db", "receiver.db"} {
		if r, err := store.CheckFile(filepath.Join(dir, name), nil); err != nil || !r.OK() {
			t.Errorf("%s: %s after kill -9: %v %v", op, name, err, r.Error())
			corrupt++
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out.zip")); err == nil {
		if _, err := syncpack.Verify(filepath.Join(dir, "out.zip"), syncpack.DefaultLimits); err != nil {
			t.Errorf("export: the package left by kill -9 does not verify: %v", err)
			corrupt++
		}
	}
	name := map[bool]string{true: "receiver.db", false: "sender.db"}[op == "apply"]
	db, err := store.Open(filepath.Join(dir, name), store.Options{NoBackup: true})
	if err != nil {
		t.Errorf("%s: reopen %s: %v", op, name, err)
		return corrupt + 1, lost
	}
	defer db.Close()
	ids := map[model.ID]bool{}
	rs, err := db.List(model.KindStudent)
	if err != nil {
		t.Fatalf("%s: list: %v", op, err)
	}
	for _, r := range rs {
		ids[r.RecordID()] = true
	}
	committed := strings.Join(reported, "\n")
	switch op {
	case "import", "apply":
		prefix := map[bool]string{true: "pkg-", false: "imp-"}[op == "apply"]
		n := 0
		for id := range ids {
			if strings.HasPrefix(string(id), prefix) {
				n++
			}
		}
		if n != 0 && n != 300 {
			t.Errorf("%s: %d of 300 records after kill -9: a transaction was cut in half", op, n)
			lost += 300 - n
		}
		if strings.Contains(committed, "committed "+op) && n != 300 {
			t.Errorf("%s: reported committed, but %d of 300 records are there", op, n)
			lost += 300 - n
		}
	case "save":
		for _, l := range reported {
			if id, ok := strings.CutPrefix(l, "committed "); ok && !ids[model.ID(id)] {
				t.Errorf("save: %s was committed and is lost", id)
				lost++
			}
		}
	}
	return corrupt, lost
}

// copyTestFile copies src to dst.
func copyTestFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
