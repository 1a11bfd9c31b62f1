package programmes

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// refChoice picks one of the school's shared records (a person, a supplier) for an entry, by ID:
// the options are the records' names, a name two records share told apart by a number.
type refChoice struct {
	sel *widget.Select
	ids []model.ID // ids[i] is the record of option i+1; option 0 is „none“
}

func newRefChoice(changed func()) *refChoice {
	r := &refChoice{}
	r.sel = widget.NewSelect(nil, func(string) { changed() })
	return r
}

// noneOption is the choice of no record.
func noneOption() string { return lang.X("programmes.ref.none", "— няма —") }

// set offers the records ids named names, choosing id. An id the year does not list (a record
// of another year's people) stays chosen as such, so that saving the entry does not drop it.
func (r *refChoice) set(ids []model.ID, names []string, id model.ID) {
	if id != "" && !slices.Contains(ids, id) {
		ids = append(slices.Clone(ids), id)
		names = append(slices.Clone(names), lang.X("programmes.ref.other", "запис извън тази година ({{.ID}})", map[string]any{"ID": string(id)}))
	}
	r.ids = ids
	opts := []string{noneOption()}
	seen := map[string]int{}
	chosen := noneOption()
	for i, n := range names {
		seen[n]++
		if seen[n] > 1 {
			n += " (" + strconv.Itoa(seen[n]) + ")"
		}
		opts = append(opts, n)
		if ids[i] == id {
			chosen = n
		}
	}
	r.sel.Options = opts
	r.sel.Selected = chosen
	r.sel.Refresh()
}

// id is the chosen record's, or "".
func (r *refChoice) id() model.ID {
	for i, o := range r.sel.Options {
		if o == r.sel.Selected && i > 0 {
			return r.ids[i-1]
		}
	}
	return ""
}

// peopleOf and suppliersOf are the year's people and suppliers as ids and names (read-only).
func peopleOf(d *model.YearData) ([]model.ID, []string) {
	if d == nil {
		return nil, nil
	}
	ids, names := make([]model.ID, len(d.People)), make([]string, len(d.People))
	for i := range d.People {
		ids[i], names[i] = d.People[i].ID, d.People[i].Name.String()
	}
	return ids, names
}

func suppliersOf(d *model.YearData) ([]model.ID, []string) {
	if d == nil {
		return nil, nil
	}
	ids, names := make([]model.ID, len(d.Suppliers)), make([]string, len(d.Suppliers))
	for i := range d.Suppliers {
		ids[i], names[i] = d.Suppliers[i].ID, d.Suppliers[i].Name
	}
	return ids, names
}
