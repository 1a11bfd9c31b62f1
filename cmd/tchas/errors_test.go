package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// TestReport_ExitByCode: the exit status follows from the error's code, and the user reads the
// Bulgarian message of a model error even when it comes wrapped in an internal one.
func TestReport_ExitByCode(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		exit     int
		stderr   string // a line the user reads
		internal bool   // the English detail is printed too
	}{
		{"OK", nil, ExitOK, "", false},
		{"ErrUsage", usageErr("непознат флаг", errors.New("flag provided but not defined")), ExitUsage, "непознат флаг", true},
		{"ErrCannotOpen", openErr("a.db", store.ErrLocked), ExitUsage, "отворен от друга програма", true},
		{"ErrFindings", findingsErr(3), ExitFindings, "намерени проблеми: 3", false},
		{"ErrModel", model.ErrNoYear(), ExitFindings, "Year: Въведете училището", false},
		{"ErrModelWrapped", fmt.Errorf("save: %w", model.ErrNoYear()), ExitFindings, "Въведете училището", true},
		{"ErrList", model.Errors{model.ErrNoYear(), model.Errorf(model.CodeRequired, "Name", "попълнете „Име“")}, ExitFindings, "попълнете „Име“", false},
		{"ErrInternal", errors.New("disk on fire"), ExitFindings, "командата не завърши", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			m := &Main{Stderr: &out}
			if got := m.Report(tt.err); got != tt.exit || ExitCode(tt.err) != tt.exit {
				t.Fatalf("exit %d (ExitCode %d), want %d", got, ExitCode(tt.err), tt.exit)
			}
			if !strings.Contains(out.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", out.String(), tt.stderr)
			}
			if got := strings.Contains(out.String(), "  ("); got != tt.internal {
				t.Errorf("stderr %q: details shown %v, want %v", out.String(), got, tt.internal)
			}
		})
	}
	if !errors.Is(openErr("a.db", store.ErrLocked), store.ErrLocked) {
		t.Error("the reason of a refused open is lost")
	}
}
