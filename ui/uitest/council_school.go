package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// SelectsWith returns the visible drop-downs of the window whose placeholder is ph, in layout
// order: the rows of Училище's plan are told apart by their place, not by a form label.
func (h *Harness) SelectsWith(ph string) []*widget.Select {
	var out []*widget.Select
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == ph && s.Visible() {
			out = append(out, s)
		}
	})
	return out
}

// PlanLine types row i of Училище's plan (чл. 83): its activity, cost type and amount, as
// the options read; "" leaves a drop-down as it is.
func (h *Harness) PlanLine(i int, activity, costType, amount string) {
	h.T.Helper()
	acts, types, amounts := h.SelectsWith("дейност"), h.SelectsWith("вид разход"), h.EntriesWith("сума")
	if i >= len(acts) || i >= len(types) || i >= len(amounts) {
		h.T.Fatalf("the plan has %d rows, not %d", len(acts), i+1)
	}
	if activity != "" {
		acts[i].SetSelected(activity)
	}
	if costType != "" {
		types[i].SetSelected(costType)
	}
	amounts[i].SetText(amount)
}

// PresentOptions are the options of the meeting's attendance („Присъстващи членове“).
func (h *Harness) PresentOptions() []string {
	var out []string
	h.Content(func(o fyne.CanvasObject) {
		if g, ok := o.(*widget.CheckGroup); ok {
			out = append(out, g.Options...)
		}
	})
	return out
}
