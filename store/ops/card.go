package ops

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// SaveCard validates the individual education card c of year (Приложение № 5, чл. 61) and saves
// it, or nothing. The caller's c is not changed; the saved card comes back with its ID.
func SaveCard(db *store.DB, year model.SchoolYear, c model.EducationCard) (model.EducationCard, error) {
	if year == 0 {
		return model.EducationCard{}, model.ErrNoYear()
	}
	c.Year = year
	if err := c.Validate(); err != nil {
		return model.EducationCard{}, err
	}
	if err := db.Put(&c); err != nil {
		return model.EducationCard{}, fmt.Errorf("save education card: %w", err)
	}
	return c, nil
}
