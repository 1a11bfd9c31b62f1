package model

// Closing a school year (issue #26). After its last quarter the year is closed: the year-end
// correction of чл. 76 is computed on the students actually covered, the final checks run, and
// the year is kept as it is. The project's documents are kept for the checks and audits until
// the periods of чл. 140 of Regulation (EU) № 1303/2013 run out (чл. 144, ал. 2 of the
// instruction), so a closed year is read, printed and exported, never changed.

// YearEnd is what closing a year computes: its correction and its final findings.
type YearEnd struct {
	Year       SchoolYear
	Correction Correction
	Findings   []Finding
	Errors     int // findings of severity error
}

// CanCloseOn reports whether year y may be closed on day today: after its last day (31 August),
// when its last quarter is over. A model.Error says when it can.
func CanCloseOn(y SchoolYear, today Date) error {
	if !today.After(y.End()) {
		return Errorf(CodeYearNotOver, "Year", "учебната %s година може да бъде приключена след последното ѝ тримесечие, от %s", y, y.End().AddDays(1))
	}
	return nil
}

// CloseYear computes the year-end of d on day today under profile p: the correction of
// чл. 76, т. 1 on the distinct students covered by remedial and by interest groups, and the
// findings of Check. It fails when the year is not over yet or its budget cannot be computed.
func CloseYear(p *Profile, d *YearData, today Date) (*YearEnd, error) {
	y := d.Programme.Year
	if err := CanCloseOn(y, today); err != nil {
		return nil, err
	}
	b, err := ComputeBudget(p, d.School.Group, d.Programme.Students, d.Programme.Currency)
	if err != nil {
		return nil, err
	}
	e := &YearEnd{Year: y, Correction: b.Correct(CoveredStudents(d, Remedial), CoveredStudents(d, Interest))}
	e.Findings = Check(p, d, today)
	for _, f := range e.Findings {
		if f.Severity == SeverityError {
			e.Errors++
		}
	}
	return e, nil
}

// CoveredStudents counts the distinct students who were members of a group of kind k during
// the year: the „фактически обхванати ученици“ of чл. 76.
func CoveredStudents(d *YearData, k ActivityKind) int {
	return len(inGroups(d, k))
}

// KeepingRule is what the app says where it shows a closed year: why it is kept as it is.
const KeepingRule = "документите на годината се пазят до изтичане на сроковете по чл. 140 от Регламент (ЕС) № 1303/2013 (чл. 144, ал. 2 от указанията)"
