package model_test

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestError_CodeSurvivesWrapping: a caller finds the code of a user error inside an internal
// one, and the error underneath a user error through it (errors.Is).
func TestError_CodeSurvivesWrapping(t *testing.T) {
	e := model.Wrap(model.CodeCannotOpen, fs.ErrNotExist, "файлът „%s“ липсва", "a.db")
	wrapped := fmt.Errorf("open: %w", e)
	if !model.HasCode(wrapped, model.CodeCannotOpen) || model.ErrorCode(wrapped) != model.CodeCannotOpen {
		t.Fatalf("code lost: %v", model.ErrorCode(wrapped))
	}
	if !errors.Is(wrapped, fs.ErrNotExist) {
		t.Fatal("the error underneath is not seen through the user error")
	}
	if e.Error() != "файлът „a.db“ липсва: "+fs.ErrNotExist.Error() {
		t.Fatalf("Error() = %q", e.Error())
	}
	if model.HasCode(wrapped, model.CodeUsage) {
		t.Fatal("another code matched")
	}
}

// TestErrNoYear: the error of a save with no year is a user error with its own code on the
// field Year, so the one error dialog shows its message instead of an internal failure.
func TestErrNoYear(t *testing.T) {
	var me *model.Error
	err := error(model.ErrNoYear())
	if !errors.As(err, &me) || me.Code != model.CodeNoYear || me.Field != "Year" || me.Msg == "" {
		t.Fatalf("ErrNoYear() = %#v", err)
	}
	if model.ErrNoYear() == model.ErrNoYear() {
		t.Fatal("ErrNoYear shares one value: a caller changing it would change every later one")
	}
}
