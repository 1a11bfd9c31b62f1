package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// retention says which backups are kept, by age and not by count: a day of many imports must
// not push out the day's first backup, nor a month of work the copy from before it. Ages count
// back from now; a backup older than the last tier goes. The newest backup is always kept.
var retention = []struct {
	within time.Duration            // the tier holds backups younger than this
	period func(t time.Time) string // one backup kept per period (the newest); nil: every one
}{
	{2 * day, nil},        // every backup of the last 2 days
	{14 * day, dayOf},     // then one a day for 14 days
	{8 * 7 * day, weekOf}, // one a week for 8 weeks
	{365 * day, monthOf},  // one a month for a year
}

const day = 24 * time.Hour

func dayOf(t time.Time) string   { return t.Format("d2006-01-02") }
func monthOf(t time.Time) string { return t.Format("m2006-01") }
func weekOf(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("w%d-%02d", y, w)
}

// keepBackups decides which backups to keep at now; taken are their times, newest first.
func keepBackups(now time.Time, taken []time.Time) []bool {
	keep := make([]bool, len(taken))
	seen := map[string]bool{}
	for i, t := range taken {
		age := now.Sub(t)
		for _, tier := range retention {
			if age >= tier.within {
				continue
			}
			if tier.period == nil {
				keep[i] = true
			} else if key := tier.period(t); !seen[key] {
				keep[i], seen[key] = true, true
			}
			break
		}
	}
	if len(keep) > 0 {
		keep[0] = true
	}
	return keep
}

// backupTime reads when a backup was taken from its name (in the clock's location); false for a
// name that does not parse, which prune then leaves alone.
func backupTime(path string, loc *time.Location) (time.Time, bool) {
	name := filepath.Base(path)
	i := strings.LastIndexByte(strings.TrimSuffix(name, backupExt), '-')
	// <stem>-YYYYMMDD-HHMMSS.mmm: the stamp starts one dash before the last.
	j := strings.LastIndexByte(name[:max(i, 0)], '-')
	if i < 0 || j < 0 || len(name) < j+1+len(backupStamp) {
		return time.Time{}, false
	}
	t, err := time.ParseInLocation(backupStamp, name[j+1:j+1+len(backupStamp)], loc)
	return t, err == nil
}
