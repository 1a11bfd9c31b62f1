package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func init() {
	register("access-request", "справка за всичко, което файлът съдържа за едно лице (ученик, родител, платено лице), по искане по чл. 15 от Регламент (ЕС) 2016/679",
		"--person ИМЕ|ЕГН|ID --out ФАЙЛ.pdf [--kind student|parent|staff|council] [--db ФАЙЛ] [--last-payment дд.мм.гггг]",
		func(m *Main) Command { return &accessRequestCommand{m: m} })
}

// accessRequestCommand prints the answer to an access request (Art. 15 GDPR) over every year
// of the file.
type accessRequestCommand struct {
	m           *Main
	db, person  string
	out         string
	kind        model.SubjectKind // 0: any
	lastPayment model.Date
}

// subjectKinds are the values of --kind.
var subjectKinds = map[string]model.SubjectKind{"student": model.SubjectStudent, "parent": model.SubjectParent,
	"staff": model.SubjectStaff, "council": model.SubjectCouncil}

// ParseFlags reads --db, --person, --out and --last-payment.
func (c *accessRequestCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("access-request")
	dbFlag(fs, &c.db)
	fs.StringVar(&c.person, "person", "", "лицето: трите имена, ЕГН/ЛНЧ или ID на записа (задължително)")
	fs.StringVar(&c.out, "out", "", "PDF файлът на справката (задължително)")
	kind := fs.String("kind", "", "кой е лицето, когато името съвпада с друго: student, parent, staff или council")
	last := lastPaymentFlag(fs)
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if strings.TrimSpace(c.person) == "" || c.out == "" {
		return usageErr("задайте лицето с --person ИМЕ|ЕГН|ID и файла с --out ФАЙЛ.pdf", errors.New("access-request: --person and --out are required"))
	}
	if *kind != "" {
		k, ok := subjectKinds[*kind]
		if !ok {
			return usageErr("--kind е student (ученик), parent (родител), staff (платено лице) или council (член на съвета)", fmt.Errorf("access-request: --kind %q", *kind))
		}
		c.kind = k
	}
	var err error
	c.lastPayment, err = parseLastPayment(*last)
	return err
}

// Run finds the person in every year of the file and writes the PDF.
func (c *accessRequestCommand) Run(context.Context) error {
	db, err := c.m.openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	years, err := allYears(db)
	if err != nil {
		return err
	}
	s, err := oneSubject(years, c.person, c.kind)
	if err != nil {
		return err
	}
	req := forms.AccessRequest{Subject: s, Holdings: model.Holdings(years, s), Special: specialKeyHeld(db),
		LastPayment: c.lastPayment, Today: model.DateOf(time.Now())}
	newest := years[len(years)-1]
	err = store.WriteFileAtomic(c.out, func(w io.Writer) error { return forms.WriteAccessRequest(w, newest, req) })
	if err != nil {
		return failed(fmt.Sprintf("справката „%s“ не можа да бъде записана", c.out), fmt.Errorf("access-request: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Справка за %s (%s), учебни години с данни: %d: %s\n", s.Name, s.Kind.Label(), len(req.Holdings), c.out)
	if !req.Special {
		fmt.Fprintln(c.m.Stdout, "Данните от специални категории не са включени: нужен е ключът за тях.")
	}
	return nil
}

// specialKeyHeld reports whether the opened file gives the special categories' key. Until the
// keyring of issue #13 (store.DB.HasSpecial) is on main the file is not sealed, so whoever
// opens it reads them: the lead wires db.HasSpecial() here at merge.
func specialKeyHeld(db *store.DB) bool { return db.HasSpecial() }

// allYears loads every school year of the file, oldest first.
func allYears(db *store.DB) ([]*model.YearData, error) {
	ys, err := db.Years()
	if err != nil {
		return nil, unreadable(fmt.Errorf("years: %w", err))
	}
	if len(ys) == 0 {
		return nil, usageErr("във файла няма учебна година", errors.New("access-request: no year"))
	}
	out := make([]*model.YearData, 0, len(ys))
	for _, y := range ys {
		d, err := db.LoadYear(y)
		if err != nil {
			return nil, unreadable(err)
		}
		out = append(out, d)
	}
	return out, nil
}

// oneSubject finds the one person query names; none or several is a usage error that says
// how to name them more precisely.
func oneSubject(years []*model.YearData, query string, kind model.SubjectKind) (model.DataSubject, error) {
	ss := model.FindSubjects(years, query)
	if kind != 0 {
		ss = slices.DeleteFunc(ss, func(s model.DataSubject) bool { return s.Kind != kind })
	}
	switch len(ss) {
	case 1:
		return ss[0], nil
	case 0:
		return model.DataSubject{}, usageErr(fmt.Sprintf("във файла няма лице „%s“: проверете трите имена или задайте ЕГН или ID на записа", query),
			errors.New("access-request: no such person"))
	}
	var names []string
	for _, s := range ss {
		n := s.Kind.Label() + " " + s.Name
		if len(s.PersonalNumber) > 4 {
			n += " (ЕГН …" + s.PersonalNumber[len(s.PersonalNumber)-4:] + ")"
		}
		names = append(names, n)
	}
	return model.DataSubject{}, usageErr(fmt.Sprintf("„%s“ съвпада с няколко лица: %s — задайте ЕГН или ID на записа или кой е лицето с --kind", query, strings.Join(names, "; ")),
		errors.New("access-request: several people match"))
}
