package kit

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// YearStore is what the screens need from the data file to show a year.
type YearStore interface {
	Years() ([]model.SchoolYear, error)
	LoadYear(y model.SchoolYear) (*model.YearData, error)
	LiveYear(y model.SchoolYear) (*model.YearData, error)
}

// Profile is the rule profile year d runs under (model.ProfileFor: the file kept with the year,
// else the shipped profile it names, else the default): every screen takes its rules from here.
func Profile(d *model.YearData) (*model.Profile, error) {
	key := assets.DefaultProfileID
	if d != nil {
		key = d.Programme.ProfileID + "\x00" + string(d.Programme.ProfileData)
	}
	if p, ok := profiles.Load(key); ok {
		return p.(*model.Profile), nil
	}
	p, err := model.ProfileFor(d, assets.Profile, assets.DefaultProfileID)
	if err != nil {
		return nil, err
	}
	profiles.Store(key, p)
	return p, nil
}

// LoadShownYear loads the school year to show: today's when it has a programme, else the
// latest with one. It returns nil data when no school year has been entered yet.
func LoadShownYear(db YearStore, now time.Time) (*model.YearData, error) {
	years, err := db.Years()
	if err != nil {
		return nil, fmt.Errorf("list school years: %w", err)
	}
	y := ShownYear(db, years, now) // the year picked above the navigation (year.go)
	if y == 0 {
		return nil, nil
	}
	d, err := db.LoadYear(y)
	if err != nil {
		return nil, fmt.Errorf("load school year %s: %w", y, err)
	}
	if d.School.ID == "" {
		return nil, nil
	}
	return d, nil
}

// LiveShownYear is LoadShownYear without the copy: the store's live year (issue #16), shared
// and read-only — a screen never changes it nor anything reachable from it, and copies only the
// record it edits (model's clone of that record, or YearData.Clone for a whole-year edit such as
// the assistant's). It costs nothing whatever the size of the school, so a screen may call it on
// every Refresh and every Changed.
func LiveShownYear(db YearStore, now time.Time) (*model.YearData, error) {
	years, err := db.Years()
	if err != nil {
		return nil, fmt.Errorf("list school years: %w", err)
	}
	y := ShownYear(db, years, now)
	if y == 0 {
		return nil, nil
	}
	d, err := db.LiveYear(y)
	if err != nil {
		return nil, fmt.Errorf("live school year %s: %w", y, err)
	}
	if d.School.ID == "" {
		return nil, nil
	}
	return d, nil
}

// NoYearText says what to do before the budget or the checks can be shown.
// ErrNoYear is the error of saving before a school year is entered: a *model.Error (the user can
// act on it), so ShowError says what to do rather than „Действието не можа да завърши“ (#21).
func ErrNoYear() error {
	return &model.Error{Code: model.CodeNoYear, Field: "Year", Msg: NoYearText()}
}

// NoYearText is the text of ErrNoYear, in the window's language.
func NoYearText() string {
	return lang.X("budget.noyear", "Въведете училището и учебната година в раздел Училище.")
}

// ErrorText is the Bulgarian message of a model error, or the error's text.
func ErrorText(err error) string {
	var e *model.Error
	if errors.As(err, &e) {
		return e.Text(ModelLang())
	}
	return err.Error()
}

// CapRow is one cap of чл. 82 as text above a bar of used against limit; over, the text says
// НАДВИШЕНО and both are red. Бюджет and Разходи show their caps with it.
func CapRow(text string, used, limit model.Money, over bool) fyne.CanvasObject {
	if over {
		text += " — " + lang.X("budget.cap.over", "НАДВИШЕНО")
	}
	l := NewNumberText(text)
	if over {
		l.SetImportance(widget.DangerImportance)
	}
	return container.NewVBox(l, NewBar(used, limit, over))
}

// NewBar draws used against limit; red (the theme's error colour) when over.
func NewBar(used, limit model.Money, over bool) fyne.CanvasObject {
	frac := float32(1)
	if limit.Minor > 0 && !over {
		frac = float32(used.Minor) / float32(limit.Minor)
	}
	fill := theme.Color(theme.ColorNamePrimary)
	if over {
		fill = theme.Color(theme.ColorNameError)
	}
	return container.New(&barLayout{frac: frac},
		canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)), canvas.NewRectangle(fill))
}

// ProfileLine says which profile rules the year, for Бюджет and Проверки.
func ProfileLine(p *model.Profile) string {
	return lang.X("budget.profile", "Профил с правила на годината:") + " " + p.LabelIn(ModelLang())
}

// picked holds the year picked for each open data file. It is keyed by the file rather than
// kept in Env so the fourteen screens that call loadShownYear need no change.
var picked = struct {
	sync.Mutex
	years map[YearStore]model.SchoolYear
}{years: map[YearStore]model.SchoolYear{}}

// PickYear makes y the year shown for db (0 forgets the pick).
func PickYear(db YearStore, y model.SchoolYear) {
	picked.Lock()
	defer picked.Unlock()
	if y == 0 {
		delete(picked.years, db)
		return
	}
	picked.years[db] = y
}

// ShownYear returns the year to show of db's years: the picked one, else today's when it has a
// programme, else the latest; 0 when the file has no year.
func ShownYear(db YearStore, years []model.SchoolYear, now time.Time) model.SchoolYear {
	if len(years) == 0 {
		return 0
	}
	picked.Lock()
	y, ok := picked.years[db]
	picked.Unlock()
	if ok && slices.Contains(years, y) {
		return y
	}
	y = model.SchoolYearOf(model.DateOf(now))
	if !slices.Contains(years, y) {
		y = slices.Max(years)
	}
	return y
}

// barLayout sizes its second object to frac of the width of its first.
type barLayout struct{ frac float32 }

// MinSize implements fyne.Layout.
func (l *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 10) }

// Layout implements fyne.Layout.
func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[1].Resize(fyne.NewSize(size.Width*l.frac, size.Height))
	objs[1].Move(fyne.NewPos(0, 0))
}

// profiles keeps each rule profile parsed once, by its ID and the year's own file.
var profiles sync.Map

// ChangeGate is what a screen that follows the live year keeps of the commits it was told of
// (kit.Watcher): the last one's number, so that a commit told twice — by the screen's own
// subscription and by the shell — is handled once.
type ChangeGate struct{ seq uint64 }

// Told reports whether c is new to the screen, and records it.
func (g *ChangeGate) Told(c store.Change) bool {
	if c.Seq != 0 && c.Seq <= g.seq {
		return false
	}
	g.seq = c.Seq
	return true
}

// FindingsOnly returns the live year shown when c, a commit in school year year, touched none
// of the kinds a screen lists (an expense, a session…): the screen's records are the same, and
// only its findings may differ, so it takes the new snapshot without reloading its lists. It
// returns nil when the screen must reload (no year yet, a kind it lists, a Reset, another year
// shown now).
func FindingsOnly(db YearStore, now time.Time, c store.Change, year model.SchoolYear, kinds []model.Kind) *model.YearData {
	if year == 0 || slices.ContainsFunc(kinds, c.Has) { // Has is true for every kind after a Reset
		return nil
	}
	if d, err := LiveShownYear(db, now); err == nil && d != nil && d.Programme.Year == year {
		return d
	}
	return nil
}
