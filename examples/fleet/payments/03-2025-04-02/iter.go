package main

import "iter"

// Invoices yields invoice ids one by one.
func Invoices(ids []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, id := range ids {
			if !yield(id) {
				return
			}
		}
	}
}

func countInvoices() int {
	n := 0
	for range Invoices([]string{"a", "b"}) {
		n++
	}
	return n
}
