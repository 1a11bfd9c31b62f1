package forms

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/internal/qrcode"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// A printed form carries a code of the record version it was printed from, as text and as a QR
// code: TC:<school year>:<form>:<record ID>:<hash>, the hash being the first ten hex digits of the
// SHA-256 of the data the form prints. `tchas verify-print CODE` computes the hash again from
// the data file and says whether the record changed since printing.
const (
	codePrefix = "TC"
	hashDigits = 10
)

// PrintCodeForms are the forms that carry a code: one record each.
var PrintCodeForms = []string{"application", "survey", "card", "timesheet", "minutes", "programme", "journal"}

// PrintCode is the code of the form of the given kind printed now for record id of the year.
func PrintCode(d *model.YearData, form string, id model.ID) (string, error) {
	data, err := printedData(d, form, id)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(data)
	if err != nil {
		return "", fmt.Errorf("print code: %w", err)
	}
	sum := sha256.Sum256(b)
	return strings.Join([]string{codePrefix, fmt.Sprint(int(d.Programme.Year)), form, string(id),
		strings.ToUpper(hex.EncodeToString(sum[:])[:hashDigits])}, ":"), nil
}

// ParsePrintCode splits a code into its school year, form, record ID and hash.
func ParsePrintCode(code string) (y model.SchoolYear, form string, id model.ID, hash string, err error) {
	parts := strings.Split(strings.TrimSpace(code), ":")
	if len(parts) != 5 || !strings.EqualFold(parts[0], codePrefix) || len(parts[4]) != hashDigits {
		return 0, "", "", "", model.Errorf(model.CodeInvalidPrintCode, "Code",
			"„%s“ не е код от отпечатан документ: той изглежда така: TC:2025:application:app0001:3F9A12BC07", code)
	}
	var year int
	if _, err := fmt.Sscan(parts[1], &year); err != nil || year < 2000 || year > 2100 {
		return 0, "", "", "", model.Errorf(model.CodeInvalidPrintCode, "Code", "„%s“ не е учебна година в кода „%s“", parts[1], code)
	}
	return model.SchoolYear(year), parts[2], model.ID(parts[3]), strings.ToUpper(parts[4]), nil
}

// printedData gathers what the form prints from: its record and the records it shows with it.
func printedData(d *model.YearData, form string, id model.ID) ([]any, error) {
	switch form {
	case "application":
		a, err := find(d.Applications, id)
		if err != nil {
			return nil, err
		}
		s, _ := find(d.Students, a.StudentID)
		return []any{a, s, d.School}, nil
	case "survey":
		v, err := find(d.Surveys, id)
		if err != nil {
			return nil, err
		}
		s, _ := find(d.Students, v.StudentID)
		return []any{v, s}, nil
	case "card":
		c, err := find(d.Cards, id)
		if err != nil {
			return nil, err
		}
		s, _ := find(d.Students, c.StudentID)
		return []any{c, s, d.School}, nil
	case "timesheet":
		t, err := find(d.Timesheets, id)
		if err != nil {
			return nil, err
		}
		p, _ := find(d.People, t.PersonID)
		return []any{t, p}, nil
	case "minutes":
		m, err := find(d.Meetings, id)
		if err != nil {
			return nil, err
		}
		return []any{m, d.CouncilMembers}, nil
	case "programme", "journal":
		g, err := find(d.Groups, id)
		if err != nil {
			return nil, err
		}
		out := []any{g}
		if form == "programme" {
			for _, r := range d.ProgrammeRows {
				if r.GroupID == id {
					out = append(out, r)
				}
			}
		} else {
			out = append(out, groupSessions(d, id))
		}
		return out, nil
	}
	return nil, model.Errorf(model.CodeInvalidPrintCode, "Code", "документите „%s“ нямат код за проверка: кодът е на %s", form, strings.Join(PrintCodeForms, ", "))
}

// codeSize is the side of the printed QR code in points: it stands in the letterhead's height.
const codeSize = 36.0

// qr draws code as a QR code of side codeSize with its top-left corner at (x, y), in vector
// rectangles (a run of dark modules is one), so it prints sharp at any resolution.
func (dc *doc) qr(code string, x, y float64) {
	if dc.err != nil {
		return
	}
	q, err := qrcode.New(code, qrcode.Low)
	if err != nil {
		dc.fail(fmt.Errorf("qr code: %w", err))
		return
	}
	q.DisableBorder = true // the page's white around it is the quiet zone
	bits := q.Bitmap()
	m := codeSize / float64(len(bits))
	dc.pdf.SetFillColor(0, 0, 0)
	for r, row := range bits {
		for c := 0; c < len(row); c++ {
			if !row[c] {
				continue
			}
			start := c
			for c+1 < len(row) && row[c+1] {
				c++
			}
			dc.pdf.RectFromUpperLeftWithStyle(x+float64(start)*m, y+float64(r)*m, float64(c-start+1)*m, m, "F")
		}
	}
}

// formDoc starts a record's form with its code, or a blank form (no record yet) without one.
func formDoc(d *model.YearData, title, form string, id model.ID) *doc {
	if id == "" {
		return newDoc(d, title, true)
	}
	return newCodedDoc(d, title, form, id)
}
