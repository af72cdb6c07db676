package kommune

import "github.com/sosabc/sosabc/internal/kommune/fold"

// Fold is how names are compared: see package fold.
func Fold(s string) string { return fold.Fold(s) }
