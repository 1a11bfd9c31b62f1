package history_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }
