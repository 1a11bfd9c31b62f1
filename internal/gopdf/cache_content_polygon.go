package gopdf

import (
	"fmt"
	"io"
	"strconv"
)

type cacheContentPolygon struct {
	pageHeight float64
	style      string
	points     []Point
	opts       polygonOptions
}

func (c *cacheContentPolygon) write(w io.Writer, protection *PDFProtection) error {
	// Local change of „Твоят час – офлайн“ (not upstream gopdf v0.33.0; see
	// README.tvoyatchas.md): appended into one buffer with strconv, which prints "%.2f" the same,
	// and written at once, instead of one fmt.Fprintf per point (the EU emblem's twelve stars
	// are drawn on every page of every form).
	stream := make([]byte, 0, 16+len(c.points)*16)
	stream = append(stream, "q\n"...)
	for _, extGStateIndex := range c.opts.extGStateIndexes {
		stream = fmt.Appendf(stream, "/GS%d gs\n", extGStateIndex)
	}

	for i, point := range c.points {
		stream = strconv.AppendFloat(stream, point.X, 'f', 2, 64)
		stream = append(stream, ' ')
		stream = strconv.AppendFloat(stream, c.pageHeight-point.Y, 'f', 2, 64)
		if i == 0 {
			stream = append(stream, " m "...)
		} else {
			stream = append(stream, " l "...)
		}

	}

	if c.style == "F" {
		stream = append(stream, " f\n"...)
	} else if c.style == "FD" || c.style == "DF" {
		stream = append(stream, " b\n"...)
	} else {
		stream = append(stream, " s\n"...)
	}

	stream = append(stream, "Q\n"...)
	_, err := w.Write(stream)
	return err
}
