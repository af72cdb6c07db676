package root

// WrapMessage is wrapMessage, for the tests outside the package.
var WrapMessage = wrapMessage
