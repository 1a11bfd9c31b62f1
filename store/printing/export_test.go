package printing

// WriteAllOn is writeAll on the given number of workers, for the test that one worker and many
// write the same files.
var WriteAllOn = writeAll

// StartOrder is startOrder, for its test.
var StartOrder = startOrder
