package model

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteICS writes events as an iCalendar file (RFC 5545) a director imports into the calendar
// they already use. Times are floating local times (RFC 5545 §3.3.5, form #1): the school's
// clock, whatever zone the importing calendar is in. All-day items use VALUE=DATE with an
// exclusive DTEND (§3.6.1). stamp is the DTSTAMP of every event. The words are Bulgarian.
func WriteICS(w io.Writer, events []Event, stamp time.Time) error {
	return WriteICSIn(w, events, stamp, LangBulgarian)
}

// WriteICSIn is WriteICS with the events' words in language l (the window's: what the user
// reads on the screen is what they import).
func WriteICSIn(w io.Writer, events []Event, stamp time.Time, l Lang) error {
	var b strings.Builder
	line := func(s string) { b.WriteString(foldICS(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//tvoyatchas//Твоят час – офлайн//BG")
	line("CALSCALE:GREGORIAN")
	line("X-WR-CALNAME:" + icsText(in(l, "Срокове и събития на училището", "The school's deadlines and events")))
	for _, e := range events {
		line("BEGIN:VEVENT")
		line("UID:" + e.UID + "@tvoyatchas")
		line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
		if e.StartMin < 0 {
			line("DTSTART;VALUE=DATE:" + icsDate(e.Start))
			line("DTEND;VALUE=DATE:" + icsDate(e.End.AddDays(1)))
		} else {
			line("DTSTART:" + icsTime(e.Start, e.StartMin))
			if e.EndMin >= 0 {
				line("DTEND:" + icsTime(e.End, e.EndMin))
			}
		}
		summary := e.TitleIn(l)
		if e.Own {
			summary = "\u2605 " + summary // a star (U+2605): calendar fonts have it, the forms' font need not
		}
		line("SUMMARY:" + icsText(summary))
		if e.Where != "" {
			line("LOCATION:" + icsText(e.WhereIn(l)))
		}
		desc := strings.TrimSpace(strings.Join([]string{e.Programme.TitleIn(l), e.NoteIn(l), e.ArticleIn(l)}, "\n"))
		if e.Programme == "" {
			desc = strings.TrimSpace(e.NoteIn(l) + "\n" + e.ArticleIn(l))
		}
		line("DESCRIPTION:" + icsText(desc))
		if e.Own {
			line("CATEGORIES:" + icsText(in(l, "за нашето училище", "for our school")))
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write calendar: %w", err)
	}
	return nil
}

func icsDate(d Date) string { return fmt.Sprintf("%04d%02d%02d", d.Y, int(d.M), d.D) }

func icsTime(d Date, min int) string { return fmt.Sprintf("%sT%02d%02d00", icsDate(d), min/60, min%60) }

// icsText escapes a TEXT value (§3.3.11).
func icsText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
}

// foldICS ends a content line with CRLF, folding it into lines of at most 75 octets without
// splitting a UTF-8 character (§3.1).
func foldICS(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		size := len(string(r))
		if n+size > 75 {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += size
	}
	b.WriteString("\r\n")
	return b.String()
}
