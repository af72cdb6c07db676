package plain

// For the tests in package plain_test.
var (
	IsProse  = isProse
	BothWays = bothWays
)
