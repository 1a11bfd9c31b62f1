package sheets

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// places is the template's regions („ОБЛ“) with each region's settlements (the lists of sheet
// „nasmest“, one defined name a region), read once per workbook.
type places struct {
	regions []string
	towns   map[string][]string // region → settlements
	keys    map[string][]string // region → townKey of each settlement, worked out once
}

func readPlaces(f *excelize.File) (*places, error) {
	regions, err := namedList(f, "ОБЛ")
	if err != nil {
		return nil, err
	}
	p := &places{towns: map[string][]string{}, keys: map[string][]string{}}
	for _, r := range regions {
		if r == none {
			continue
		}
		towns, err := namedList(f, r)
		if err != nil {
			return nil, err
		}
		p.regions = append(p.regions, r)
		p.towns[r] = towns
		keys := make([]string, len(towns))
		for i, t := range towns {
			keys[i] = townKey(t)
		}
		p.keys[r] = keys
	}
	return p, nil
}

// home finds a participant's region and settlement (columns J and K) from the home address as
// the application gives it, „гр. Добрич, ул. „Образцов чифлик“ № 7“: the settlement is the part
// before the first comma; a part naming a region („обл. Добрич“) picks the region, else the
// school's region when the settlement is in it, else the one region that has a settlement of
// that name. What is not found is „-“, for the school to choose from the drop-down.
func (p *places) home(address, schoolRegion string) (region, town string) {
	parts := strings.Split(address, ",")
	if strings.TrimSpace(address) == "" {
		return none, none
	}
	want := townKey(parts[0])
	var named string
	for _, part := range parts[1:] {
		k := regionKey(strings.TrimPrefix(strings.TrimSpace(part), "обл. "))
		for _, r := range p.regions {
			if regionKey(r) == k {
				named = r
			}
		}
	}
	var found []string
	for _, r := range p.regions {
		for i, t := range p.towns[r] {
			if t != none && p.keys[r][i] == want {
				if r == named || r == schoolRegion && named == "" {
					return r, t
				}
				found = append(found, r, t)
				break
			}
		}
	}
	if len(found) == 2 && named == "" {
		return found[0], found[1]
	}
	return none, none
}

// school finds the school's region and town, as the cells of columns AB and AC must name them.
func (p *places) school(s *model.School) (region, town string) {
	want := regionKey(s.Region)
	for _, r := range p.regions {
		if regionKey(r) == want {
			region = r
		}
	}
	if region == "" {
		return none, none
	}
	want = townKey(s.Town)
	for i, t := range p.towns[region] {
		if t != none && p.keys[region][i] == want {
			return region, t
		}
	}
	return region, none
}

// regionKey compares region names the way people write them: „Велико Търново“, „Велико_Търново“;
// „София-област“, „Софийска област“, „София област“; „София-град“, „София“.
func regionKey(s string) string {
	k := strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '-' }), " "))
	k = strings.TrimPrefix(k, "област ")
	switch k {
	case "софийска област", "софийска", "софия област":
		return "софия област"
	case "софия град", "град софия", "столична":
		return "софия"
	}
	return k
}

// townKey drops the kind of settlement: „гр. Самоков“, „с. Белчин“, „град Самоков“ → „самоков“.
func townKey(s string) string {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range []string{"гр. ", "гр.", "град ", "с. ", "с.", "село "} {
		if strings.HasPrefix(k, p) {
			return strings.TrimSpace(k[len(p):])
		}
	}
	return k
}

// namedList reads the values of a defined name of the workbook that refers to one column of a
// sheet, e.g. „ОБЛ“ = nasmest!$A$4:$A$32.
func namedList(f *excelize.File, name string) ([]string, error) {
	for _, dn := range f.GetDefinedName() {
		if dn.Name != name || dn.Scope != "Workbook" {
			continue
		}
		sheet, ref, ok := strings.Cut(dn.RefersTo, "!")
		if !ok {
			break
		}
		from, to, _ := strings.Cut(strings.ReplaceAll(ref, "$", ""), ":")
		col, r1, err := excelize.SplitCellName(from)
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", name, err)
		}
		_, r2, err := excelize.SplitCellName(to)
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", name, err)
		}
		out := make([]string, 0, r2-r1+1)
		for r := r1; r <= r2; r++ {
			v, err := f.GetCellValue(sheet, fmt.Sprintf("%s%d", col, r))
			if err != nil {
				return nil, fmt.Errorf("list %s: %w", name, err)
			}
			out = append(out, v)
		}
		return out, nil
	}
	return nil, fmt.Errorf("list %s: not a name of the template", name)
}
