package printing

import (
	"bytes"
	"fmt"
	"io"

	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// portalLayouts are the kinds written in a portal template's layout.
var portalLayouts = map[string]sheets.Layout{
	"team": sheets.TeamLayout, "docs": sheets.DocsLayout, "microdata": sheets.MicrodataLayout,
}

// Warn is told, before a portal workbook is written, each cell the portal would refuse.
type Warn func(file string, p sheets.Problem)

// Validated wraps the jobs that write portal workbooks (Team, Docs, microdata) so that each is
// checked against its template's lists and validations (sheets.Validate) before it is written:
// every problem goes to warn, and the file is written all the same, for the school to correct
// in the data (or, for what the app does not keep, in the file).
func Validated(jobs []Job, warn Warn) []Job {
	out := make([]Job, len(jobs))
	for i, j := range jobs {
		out[i] = j
		l, ok := portalLayouts[j.Kind]
		if !ok {
			continue
		}
		write, name := j.Write, j.Name
		out[i].Write = func(w io.Writer) error {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				return err
			}
			ps, err := sheets.Validate(bytes.NewReader(buf.Bytes()), l)
			if err != nil {
				return fmt.Errorf("check %s: %w", name, err)
			}
			for _, p := range ps {
				warn(name, p)
			}
			_, err = w.Write(buf.Bytes())
			return err
		}
	}
	return out
}
