package store_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// holdLockEnv names the file the helper process holds open.
const holdLockEnv = "STORE_TEST_HOLD_LOCK"

// TestHelperHoldLock is not a test: run as a second process by TestOpen_LockedBySecondProcess,
// it opens the file, says "ready" and keeps it open until its stdin closes.
func TestHelperHoldLock(t *testing.T) {
	path := os.Getenv(holdLockEnv)
	if path == "" {
		t.Skip("helper process only")
	}
	db, err := store.Open(path, store.Options{})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("ready")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // returns at EOF, when the parent closes stdin
	_ = db.Close()
	os.Exit(0)
}

func TestOpen_LockedBySecondProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	db := openAt(t, path, store.Options{})
	_ = db.Close()

	stop := startLockHolder(t, path)
	res := make(chan error, 1)
	go func() {
		db, err := store.Open(path, store.Options{})
		if err == nil {
			_ = db.Close()
		}
		res <- err
	}()
	select {
	case err := <-res:
		if !errors.Is(err, store.ErrLocked) {
			t.Fatalf("Open of a file held by another process = %v; want ErrLocked", err)
		}
		var me *model.Error
		if !errors.As(err, &me) || me.Code != "locked" || me.Msg == "" {
			t.Errorf("Open = %v; want a *model.Error with code locked and a Bulgarian message", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Open of a locked file did not give up (the default timeout is 1 s)")
	}

	stop()
	again := openAt(t, path, store.Options{})
	_ = again.Close()
}

// startLockHolder runs this test binary as a second process that holds path open; stop ends it.
func startLockHolder(t *testing.T, path string) (stop func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldLock$")
	cmd.Env = append(os.Environ(), holdLockEnv+"="+path)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			_ = stdin.Close()
			_ = cmd.Wait()
		}
	}
	t.Cleanup(stop)
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("lock holder said %q, %v; want ready", line, err)
	}
	return stop
}
