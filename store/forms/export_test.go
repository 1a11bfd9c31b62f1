package forms

// The body's bounds on a page of a form with the funding sentence at its foot, for the tests
// that read the text between the letterhead and the footer.
const (
	BodyTop    = bodyTop - 2
	BodyBottom = footerBase - 6 - 3*6.5*lineFactor - 4
)

// EmblemBox is where the letterhead draws the EU emblem: its top-left corner and height.
func EmblemBox() (x, y, h float64) { return marginL, marginT - 1, emblemH }

// CodeBox is where the first letterhead draws the QR code: its top-left corner and side.
func CodeBox() (x, y, side float64) { return pageW - marginR - codeSize, marginT - 1, codeSize }
