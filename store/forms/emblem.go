package forms

import (
	"math"

	"github.com/signintech/gopdf"
)

// The emblem of the European Union, drawn (the app ships no image of it): a blue rectangle of
// proportions 3:2 with twelve gold five-pointed stars on an invisible circle whose radius is a
// third of the height, each star's points on a circle of a eighteenth of the height, one point
// upright (the EU's graphic specification of the emblem). Colours: Reflex Blue and Yellow as RGB.
var (
	emblemBlue = [3]uint8{0, 51, 153}
	emblemGold = [3]uint8{255, 204, 0}
)

// emblem draws the flag with its top-left corner at (x, y) and height h.
func (dc *doc) emblem(x, y, h float64) {
	if dc.err != nil {
		return
	}
	w := h * 1.5
	dc.pdf.SetLineWidth(0)
	dc.pdf.SetFillColor(emblemBlue[0], emblemBlue[1], emblemBlue[2])
	dc.pdf.SetStrokeColor(emblemBlue[0], emblemBlue[1], emblemBlue[2])
	dc.pdf.RectFromUpperLeftWithStyle(x, y, w, h, "F")
	dc.pdf.SetFillColor(emblemGold[0], emblemGold[1], emblemGold[2])
	dc.pdf.SetStrokeColor(emblemGold[0], emblemGold[1], emblemGold[2])
	cx, cy := x+w/2, y+h/2
	for i := range 12 {
		a := float64(i) * math.Pi / 6 // twelve positions, as the hours on a clock face
		dc.pdf.Polygon(starPoints(cx+h/3*math.Sin(a), cy-h/3*math.Cos(a), h/18), "F")
	}
	// SetFillColor also sets the colour of text: back to black for what follows.
	dc.pdf.SetFillColor(0, 0, 0)
	dc.pdf.SetStrokeColor(0, 0, 0)
}

// starPoints are the ten corners of a five-pointed star centred at (cx, cy) with outer radius r
// and one point upright; the inner radius is that of a regular star (r·sin 18°/sin 126°).
func starPoints(cx, cy, r float64) []gopdf.Point {
	inner := r * math.Sin(math.Pi/10) / math.Sin(7*math.Pi/10)
	pts := make([]gopdf.Point, 0, 10)
	for k := range 10 {
		rad := r
		if k%2 == 1 {
			rad = inner
		}
		a := float64(k) * math.Pi / 5
		pts = append(pts, gopdf.Point{X: cx + rad*math.Sin(a), Y: cy - rad*math.Cos(a)})
	}
	return pts
}
