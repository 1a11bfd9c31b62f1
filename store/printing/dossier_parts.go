package printing

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// The folders of чл. 144, ал. 1, т. 6–10, after the three binders (т. 3–5), in the article's order.
const (
	FolderPublicity = "4-informirane-i-publichnost" // т. 6
	FolderLetters   = "5-korespondentsiya"          // т. 7
	FolderChecks    = "6-proverki-na-myasto-ruo"    // т. 8
	FolderAudits    = "7-proverki-uo-i-odit"        // т. 9
	FolderOther     = "8-drugi-dokumenti"           // т. 10
	// PublicityInfo is the file of т. 6; FolderNote the note in each folder of т. 7–10.
	PublicityInfo = "merki-za-informirane-i-publichnost.txt"
	FolderNote    = "0-sadarzhanie.txt"
)

// dossierParts are the dossier's parts after the label and the inventory (чл. 144, ал. 1,
// т. 3–10), in order: the folder and its title.
var dossierParts = []struct{ folder, title string }{
	{BinderTechnical, binderTitles[BinderTechnical] + " — чл. 144, ал. 1, т. 3"},
	{BinderFinancial, binderTitles[BinderFinancial] + " — чл. 144, ал. 1, т. 4"},
	{BinderContractors, binderTitles[BinderContractors] + " — чл. 144, ал. 1, т. 5"},
	{FolderPublicity, "Папка 4. Информация за всички предприети мерки за информиране и публичност (чл. 144, ал. 1, т. 6)"},
	{FolderLetters, "Папка 5. Кореспонденция по проекта с екипа за организация и управление на проекта и Управляващия орган (чл. 144, ал. 1, т. 7)"},
	{FolderChecks, "Папка 6. Карти от проверките на място на регионалното управление на образованието и на екипа за организация и управление; формуляри от проверки на място на външни одитни органи (чл. 144, ал. 1, т. 8)"},
	{FolderAudits, "Папка 7. Формуляри от проверките на място на Управляващия орган, национални и европейски одитни органи (чл. 144, ал. 1, т. 9)"},
	{FolderOther, "Папка 8. Други документи и кореспонденция (чл. 144, ал. 1, т. 10)"},
}

// partsJobs are the files of т. 6–10: the information on the publicity measures the app knows
// of, and in each folder of т. 7–10, which hold documents the app does not keep (letters, check
// cards and audit forms come on paper), a note of what belongs there.
func partsJobs(d *model.YearData, forms func() int) []Job {
	out := []Job{{Kind: "publicity", Name: FolderPublicity + "/" + PublicityInfo,
		Write: func(w io.Writer) error { return writePublicityInfo(w, d, forms()) }}}
	for _, p := range dossierParts[4:] {
		title := p.title
		out = append(out, Job{Kind: "folder", Name: p.folder + "/" + FolderNote, Write: func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "%s\n\nПриложението не води тези документи. Поставете ги на хартия в тази папка на досието "+
				"в хронологичен ред (чл. 143) или ги сканирайте тук. Файловете, добавени след записа на досието, не са в "+
				"манифеста му: проверката на досието ги показва като „извън манифеста“.\n", title)
			return err
		}})
	}
	return out
}

// writePublicityInfo writes the information of чл. 144, ал. 1, т. 6: the marking of every
// printed document (чл. 127; чл. 130, ал. 3), the groups' public events and productions (чл. 63,
// ал. 3; чл. 67, т. 3) and the measures the app does not record (чл. 129).
func writePublicityInfo(w io.Writer, d *model.YearData, pdfs int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ИНФОРМАЦИЯ ЗА ВСИЧКИ ПРЕДПРИЕТИ МЕРКИ ЗА ИНФОРМИРАНЕ И ПУБЛИЧНОСТ (чл. 144, ал. 1, т. 6)\n%s\n%s, учебна година %s\n\n",
		forms.ProjectLine, schoolName(d), d.Programme.Year)
	fmt.Fprintf(&b, "1. Документи на проекта (чл. 127, т. 1–3; чл. 130, ал. 3): всеки от %d-те документа в PDF на това досие носи "+
		"знамето на ЕС, номера и наименованието на проекта и изречението за финансирането:\n   „%s“\n\n", pdfs, forms.Publicity)
	groups := map[model.ID]string{}
	for _, g := range d.Groups {
		groups[g.ID] = g.Name
	}
	var rows []model.ProgrammeRow
	for _, r := range d.ProgrammeRows {
		if r.Kind == model.RowPublicEvent || r.Kind == model.RowProduction {
			rows = append(rows, r)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Date.Before(rows[j].Date) })
	fmt.Fprintf(&b, "2. Публични изяви и годишни продукции на групите по тематичните програми (чл. 63, ал. 3; чл. 67, т. 3): %d\n", len(rows))
	for i, r := range rows {
		kind := "публична изява"
		if r.Kind == model.RowProduction {
			kind = "годишна продукция"
		}
		fmt.Fprintf(&b, "%4d. %s — %s — %s — %s, %s, %s ч.\n", i+1, r.Date, groups[r.GroupID], r.Topic, kind, r.Place, r.Hours)
	}
	b.WriteString("\n3. Мерки, които приложението не води (чл. 129, т. 1–3): постоянната обяснителна табела в сградата, " +
		"информационните табели по местата на дейностите и на документите, страницата на проекта на сайта на училището, " +
		"публикации и събития за информиране. Опишете ги или приложете доказателствата им на хартия в тази папка.\n")
	_, err := io.WriteString(w, b.String())
	return err
}
