// Package programmes is the Програми section (issue #19): the school's other programmes of the
// year beside „Твоят час“ — its participation in the national programme „Иновации в действие“
// (the application, the group of four, the cooperation contracts, the two mobilities and their
// annexes) and its projects of Програма „Образование“ 2021–2027 (the contract, the activities and
// their budget lines, the entries of what was spent and done, plan against actual by activity) —
// and the reminders of the school's deadlines of the next days, across programmes.
//
// It reads the store's live year (kit.LiveShownYear, read-only) and is told each commit's change
// (kit.Watcher); each form builds a new record from its fields and saves it in one transaction.
// Like every section it imports ui/kit and never another section.
package programmes
