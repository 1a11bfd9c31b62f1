package model

import "time"

// How long a school year's personal data is kept (issue #13). The instruction, чл. 144, ал. 2:
// the documents of the project dossier are kept as the Accounting Act requires, „като
// счетоводната система и документация са налични до изтичане на сроковете за съхранение на
// документацията, указани в чл. 140 от Регламент (ЕС) № 1303/2013“. The operations of the
// 2021–2027 period fall under Regulation (EU) 2021/1060 instead, whose Art. 82(1) keeps the
// supporting documents for five years from 31 December of the year of the managing authority's
// last payment to the beneficiary. The app keeps a year's personal data until the later of the
// two ends; only after it may the year be anonymised (Art. 140(4): documents kept in a form that
// identifies the data subjects no longer than necessary; Art. 5(1)(e) GDPR). Both periods are suspended by legal proceedings (Art. 140(2), Art. 82(2)): the
// school must then wait, which is why anonymising is the director's explicit act, never automatic.

// Retention is when a year's documents may stop being kept, and which rule decides it.
type Retention struct {
	Until   Date   // the last day the documents must be kept
	Article string // the rule that sets Until
}

// From is the first day the year's personal data may be anonymised.
func (r Retention) From() Date { return r.Until.AddDays(1) }

// Articles of the retention rules, as the app cites them.
const (
	ArticleRetention140 = "чл. 144, ал. 2 от указанията; чл. 140, пар. 1 от Регламент (ЕС) № 1303/2013"
	ArticleRetention82  = "чл. 82, пар. 1 от Регламент (ЕС) 2021/1060"
)

// RetentionEndArt140 is the end of the period of Art. 140(1), second subparagraph, of Regulation
// (EU) № 1303/2013 (operations above €1 million, as the national project is) for the documents of
// year y: two years from 31 December following the submission of the accounts that include the
// expenditure. The year's last expenditure (by 31 August of y+1) falls in the accounting year that
// ends on 30 June of y+2 (Art. 2(29)), whose accounts are submitted by 15 February of y+3
// (Art. 138): so 31 December of y+3, plus two years. The instruction adds „не по-рано от 2022“.
func RetentionEndArt140(y SchoolYear) Date {
	end := NewDate(int(y)+5, time.December, 31)
	if floor := NewDate(2022, time.December, 31); end.Before(floor) {
		return floor
	}
	return end
}

// RetentionEndArt82 is the end of the period of Art. 82(1) of Regulation (EU) 2021/1060 for the
// documents of year y: five years from 31 December of the year of the last payment to the
// beneficiary. lastPayment is that payment's date when the managing authority has told it; zero
// (or a date before the year's end, which cannot be the last payment for the year's activities)
// counts from the year's last day, the earliest the last payment can be.
func RetentionEndArt82(y SchoolYear, lastPayment Date) Date {
	if lastPayment.Before(y.End()) { // the zero date too
		lastPayment = y.End()
	}
	return NewDate(lastPayment.Y+5, time.December, 31)
}

// RetentionOf is the retention of year y's documents: the later of RetentionEndArt140 and
// RetentionEndArt82 (lastPayment as there), with the article that sets it.
func RetentionOf(y SchoolYear, lastPayment Date) Retention {
	a140, a82 := RetentionEndArt140(y), RetentionEndArt82(y, lastPayment)
	if a140.After(a82) {
		return Retention{Until: a140, Article: ArticleRetention140}
	}
	return Retention{Until: a82, Article: ArticleRetention82}
}

// CanAnonymiseOn reports whether year y's personal data may be anonymised on day today: only
// after its retention (RetentionOf) ends. A model.Error says from when, with the article.
func CanAnonymiseOn(y SchoolYear, lastPayment, today Date) error {
	r := RetentionOf(y, lastPayment)
	if !today.After(r.Until) {
		return Errorf("retention_running", "Year",
			"личните данни на учебната %s година се пазят до %s (%s): анонимизирането е възможно от %s", y, r.Until, r.Article, r.From())
	}
	return nil
}
