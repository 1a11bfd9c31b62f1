package kit

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestChangeGate_ACommitToldTwiceIsHandledOnce(t *testing.T) {
	var g ChangeGate
	if !g.Told(store.Change{Seq: 3}) {
		t.Error("the first telling of commit 3 was refused")
	}
	if g.Told(store.Change{Seq: 3}) {
		t.Error("commit 3 told again (the shell after the screen's own subscription) was let through")
	}
	if g.Told(store.Change{Seq: 2}) {
		t.Error("an older commit was let through")
	}
	if !g.Told(store.Change{Seq: 4}) {
		t.Error("the next commit was refused")
	}
	if !g.Told(store.Change{}) || !g.Told(store.Change{}) {
		t.Error("a change without a number (a reset) was refused")
	}
}
