package gopdf

import (
	"fmt"
	"io"
	"strconv"
)

type cacheContentRectangle struct {
	pageHeight       float64
	x                float64
	y                float64
	width            float64
	height           float64
	style            PaintStyle
	extGStateIndexes []int
}

func NewCacheContentRectangle(pageHeight float64, rectOpts DrawableRectOptions) ICacheContent {
	if rectOpts.PaintStyle == "" {
		rectOpts.PaintStyle = DrawPaintStyle
	}

	return cacheContentRectangle{
		x:                rectOpts.X,
		y:                rectOpts.Y,
		width:            rectOpts.W,
		height:           rectOpts.H,
		pageHeight:       pageHeight,
		style:            rectOpts.PaintStyle,
		extGStateIndexes: rectOpts.extGStateIndexes,
	}
}

func (c cacheContentRectangle) write(w io.Writer, protection *PDFProtection) error {
	// Local change (see zlib_pool.go): appended into one buffer with strconv, which prints
	// "%0.2f" the same, instead of concatenated strings from fmt.Sprintf.
	stream := make([]byte, 0, 64)
	stream = append(stream, "q\n"...)

	for _, extGStateIndex := range c.extGStateIndexes {
		stream = fmt.Appendf(stream, "/GS%d gs\n", extGStateIndex)
	}

	for _, v := range [...]float64{c.x, c.pageHeight - c.y, c.width, c.height} {
		stream = strconv.AppendFloat(stream, v, 'f', 2, 64)
		stream = append(stream, ' ')
	}
	stream = append(stream, "re "...)
	stream = append(stream, c.style...)
	stream = append(stream, "\nQ\n"...)

	if _, err := w.Write(stream); err != nil {
		return err
	}

	return nil
}
