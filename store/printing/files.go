package printing

import (
	"bytes"
	"fmt"
	"strings"
)

// Sheets keeps the jobs that make spreadsheets (XLSX): what a package for upload carries along.
func Sheets(jobs []Job) []Job {
	var out []Job
	for _, j := range jobs {
		if strings.HasSuffix(j.Name, ".xlsx") {
			out = append(out, j)
		}
	}
	return out
}

// Files makes jobs in memory as the entries of a sync package: forms/NAME → content.
func Files(jobs []Job) (map[string][]byte, error) {
	files := make(map[string][]byte, len(jobs))
	for _, j := range jobs {
		var b bytes.Buffer
		if err := j.Write(&b); err != nil {
			return nil, fmt.Errorf("printing: %s: %w", j.Name, err)
		}
		files["forms/"+j.Name] = b.Bytes()
	}
	return files, nil
}
