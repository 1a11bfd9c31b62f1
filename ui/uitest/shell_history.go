package uitest

// SectionHistory is the index of Дневник (the change log, issue #14) in the navigation.
const SectionHistory = 11

// SectionProgrammes is the index of Програми (the school's other programmes, issue #19).
const SectionProgrammes = 10
