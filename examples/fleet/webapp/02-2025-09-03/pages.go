package main

import "iter"

// Pages yields page numbers up to n.
func Pages(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func render() {
	for p := range Pages(3) {
		_ = p
	}
}
