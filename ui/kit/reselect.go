package kit

import (
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// ReselectID marks again, after the list was reloaded, the row of the record with id: the record
// of the form. A new record ("" id) or one the list no longer shows leaves no row marked. The
// list's n rows hold the records idAt(0) … idAt(n-1), as widget.List's length and update do.
func ReselectID(list *widget.List, n int, idAt func(i int) model.ID, id model.ID) {
	for i := range n {
		if id != "" && idAt(i) == id {
			list.Select(i)
			return
		}
	}
	list.UnselectAll()
}
