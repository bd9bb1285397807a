package main

import (
	"errors"
	"log/slog"

	shapes2 "example.com/shapes/v2"
)

// Sum adds up amounts of any numeric kind.
func Sum[T int | int64 | float64](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func closeAll(closers []func() error) error {
	var errs []error
	for _, c := range closers {
		errs = append(errs, c())
	}
	return errors.Join(errs...)
}

func logTotal() {
	slog.Info("total", "amount", Sum([]int{1, 2, 3}), "area", shapes2.Area(3))
}
