package uitest

// SectionHistory is the index of Дневник (the change log, issue #14) in the navigation.
const SectionHistory = 10
