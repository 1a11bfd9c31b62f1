package printing

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// The binders of the project dossier (чл. 143, т. 1–3), in their order, as folders.
const (
	BinderTechnical   = "1-tehnichesko-izpalnenie"
	BinderFinancial   = "2-finansovo-izpalnenie"
	BinderContractors = "3-opredelyane-na-izpalniteli"
	// Label, Inventory and Manifest are the dossier's first two documents (чл. 144, ал. 1, т. 1–2)
	// and the SHA-256 list of every other file, by which a copy is verified (sha256sum -c).
	Label     = "0-etiket.txt"
	Inventory = "0-opis.txt"
	Manifest  = "manifest-sha256.txt"
)

// binderTitles are the binders' names as чл. 143 gives them.
var binderTitles = map[string]string{
	BinderTechnical:   "Класьор 1. Техническо изпълнение (чл. 143, т. 1)",
	BinderFinancial:   "Класьор 2. Финансово изпълнение (чл. 143, т. 2)",
	BinderContractors: "Класьор 3. Документация за определяне на изпълнители (чл. 143, т. 3)",
}

// technicalKinds are the documents of the council, the activities and the participants: binder 1.
var technicalKinds = map[string]bool{"journal": true, "application": true, "programme": true, "minutes": true,
	"card": true, "survey": true, "schoolprogramme": true, "councilreport": true, "microdata": true}

// Scans reads a scan's bytes by its SHA-256 (store.DB.Blob).
type Scans func(sha string) ([]byte, error)

// DossierJobs lists every file of the year's dossier but the label, inventory and manifest: each
// printable document in its binder (the hours reports with the remuneration they justify), and
// every scan kept with an expense — in binder 2 under its cost type, a contract's also in binder 3
// under the contract.
func DossierJobs(d *model.YearData, opts Options, scans Scans) []Job {
	var out []Job
	for _, j := range Jobs(d, opts) {
		switch {
		case otherProgrammeKinds[j.Kind]:
			continue // another programme's papers are not this project's dossier
		case technicalKinds[j.Kind]:
			j.Name = BinderTechnical + "/" + j.Name
		case j.Kind == "timesheet" || j.Kind == "payroll": // the remuneration's documents (чл. 104, т. 3–4)
			j.Name = BinderFinancial + "/t01/" + j.Name
		default:
			j.Name = BinderFinancial + "/" + j.Name
		}
		out = append(out, j)
	}
	return append(out, scanJobs(d, scans)...)
}

// scanJobs are the scans of the expenses' documents, in the order of the documents' dates.
func scanJobs(d *model.YearData, scans Scans) []Job {
	contracts := model.ByID(d.Contracts)
	es := make([]*model.Expense, len(d.Expenses))
	for i := range d.Expenses {
		es[i] = &d.Expenses[i]
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].DocDate.Before(es[j].DocDate) })
	var out []Job
	seen := map[string]int{}
	unique := func(name string) string { // two documents of one kind, number and date stay apart
		seen[name]++
		if n := seen[name]; n > 1 {
			ext := path.Ext(name)
			return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(name, ext), n, ext)
		}
		return name
	}
	for _, e := range es {
		for _, s := range e.SupportingDocs {
			for k, a := range s.Attachments {
				name := unique(LatinName(fmt.Sprintf("%s-%s-%s-%d%s", s.Date.ISO(), s.Kind, s.Number, k+1, path.Ext(a.Name))))
				sha := a.SHA256
				write := func(w io.Writer) error {
					b, err := scans(sha)
					if err != nil {
						return fmt.Errorf("scan %s: %w", sha, err)
					}
					_, err = w.Write(b)
					return err
				}
				out = append(out, Job{Kind: "scan", Name: fmt.Sprintf("%s/t%02d/%s", BinderFinancial, int(e.CostType), name), Write: write})
				if c, ok := contracts[e.ContractID]; ok && s.Kind == model.DocContract {
					out = append(out, Job{Kind: "scan", Name: BinderContractors + "/" + LatinName(c.Number) + "/" + name, Write: write})
				}
			}
		}
	}
	return out
}

// WriteDossier writes the project dossier of the year into dir (which must not hold an older
// dossier's files: the manifest lists what this one writes): the label, the inventory, every file
// of DossierJobs in its binder, and the manifest of SHA-256 sums, written last.
func WriteDossier(ctx context.Context, dir string, d *model.YearData, opts Options, scans Scans, progress Progress) (Summary, error) {
	jobs := DossierJobs(d, opts, scans)
	pdfs := 0
	for _, j := range jobs {
		if strings.HasSuffix(j.Name, ".pdf") && j.Kind != "scan" {
			pdfs++
		}
	}
	jobs = append(jobs, partsJobs(d, func() int { return pdfs })...)
	jobs = append([]Job{
		{Kind: "label", Name: Label, Write: func(w io.Writer) error { return writeLabel(w, d) }},
		{Kind: "inventory", Name: Inventory, Write: func(w io.Writer) error { return writeDossierInventory(w, d, jobs) }},
	}, jobs...)
	var dirs []string // every binder and folder, empty ones too
	for _, p := range dossierParts {
		dirs = append(dirs, p.folder)
	}
	for _, j := range jobs {
		dirs = append(dirs, filepath.Dir(filepath.FromSlash(j.Name)))
	}
	for _, sub := range dirs {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return Summary{}, fmt.Errorf("printing: dossier folder: %w", err)
		}
	}
	s, err := WriteAll(ctx, dir, jobs, progress)
	if err != nil {
		return s, err
	}
	if err := writeFile(dir, Manifest, func(w io.Writer) error { return writeManifest(w, dir, s.Files) }); err != nil {
		return s, err
	}
	s.Files = append(s.Files, Manifest)
	return s, nil
}

// writeLabel writes the dossier's label (чл. 144, ал. 1, т. 1).
func writeLabel(w io.Writer, d *model.YearData) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ПРОЕКТНО ДОСИЕ\n%s\n%s\nУчилище: %s\nКод по НЕИСПУО: %s\nУчебна година: %s\n\n",
		forms.ProjectLine, forms.Publicity, schoolName(d), d.School.NEISPUO, d.Programme.Year)
	for _, p := range dossierParts {
		b.WriteString(p.title + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func schoolName(d *model.YearData) string {
	if d.School.Town == "" {
		return d.School.Name
	}
	return d.School.Name + ", " + d.School.Town
}

// writeDossierInventory lists the documents part by part, in the order of чл. 144, ал. 1 (т. 2).
func writeDossierInventory(w io.Writer, d *model.YearData, jobs []Job) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ОПИС НА ДОКУМЕНТИТЕ В ПРОЕКТНОТО ДОСИЕ\n%s\n%s, учебна година %s\n", forms.ProjectLine, schoolName(d), d.Programme.Year)
	fmt.Fprintf(&b, "\nЕтикет (чл. 144, ал. 1, т. 1) — %s\nОпис (чл. 144, ал. 1, т. 2) — %s\n", Label, Inventory)
	for _, p := range dossierParts {
		binder := p.folder
		fmt.Fprintf(&b, "\n%s — папка %s\n", p.title, binder)
		n := 0
		for _, j := range jobs {
			if strings.HasPrefix(j.Name, binder+"/") {
				n++
				fmt.Fprintf(&b, "%4d. %s\n", n, strings.TrimPrefix(j.Name, binder+"/"))
			}
		}
		if n == 0 {
			b.WriteString("      (няма документи)\n")
		}
	}
	b.WriteString("\nПапките t01–t15 във финансовото изпълнение са типовете разходи по чл. 79 (т. 1–15) на бюджета.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeManifest writes „sha256  path“ for every file, as sha256sum prints it.
func writeManifest(w io.Writer, dir string, files []string) error {
	sorted := append([]string(nil), files...)
	sort.Strings(sorted)
	for _, f := range sorted {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			return fmt.Errorf("manifest: %w", err)
		}
		sum := sha256.Sum256(b)
		if _, err := fmt.Fprintf(w, "%s  %s\n", hex.EncodeToString(sum[:]), f); err != nil {
			return err
		}
	}
	return nil
}

// VerifyDossier checks every file of the manifest in dir against its SHA-256 and that the folder
// holds no file the manifest does not list; it returns the problems, none when the copy is whole.
func VerifyDossier(dir string) ([]string, error) {
	m, err := os.ReadFile(filepath.Join(dir, Manifest))
	if err != nil {
		return nil, fmt.Errorf("verify dossier: %w", err)
	}
	listed := map[string]bool{Manifest: true}
	var problems []string
	for _, line := range strings.Split(strings.TrimSpace(string(m)), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if !ok {
			problems = append(problems, "ред от манифеста не е „сума  файл“: "+line)
			continue
		}
		listed[name] = true
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			problems = append(problems, "липсва "+name)
			continue
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != sum {
			problems = append(problems, "променен "+name)
		}
	}
	err = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if !listed[filepath.ToSlash(rel)] {
			problems = append(problems, "извън манифеста "+filepath.ToSlash(rel))
		}
		return nil
	})
	return problems, err
}

// ZipDossier writes the files of a dossier written in dir as a ZIP, in the manifest's order, the
// manifest last.
func ZipDossier(w io.Writer, dir string, files []string) error {
	zw := zip.NewWriter(w)
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			return fmt.Errorf("zip dossier: %w", err)
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f, Method: zip.Deflate})
		if err != nil {
			return fmt.Errorf("zip dossier: %w", err)
		}
		if _, err := io.Copy(fw, bytes.NewReader(b)); err != nil {
			return fmt.Errorf("zip dossier: %w", err)
		}
	}
	return zw.Close()
}
