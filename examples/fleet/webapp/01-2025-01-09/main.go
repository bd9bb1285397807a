// Command webapp serves pages.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"

	"example.com/logkit"
	"example.com/shapes"
)

// Keys returns the sorted keys of m.
func Keys[K string | int, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

func serve(ctx context.Context) error {
	errs := make(chan error, 2)
	go func() { errs <- ctx.Err() }()
	go func() { errs <- fmt.Errorf("serve: %w", errors.ErrUnsupported) }()
	return errors.Join(<-errs, <-errs)
}

func main() {
	slog.Info("start", "keys", Keys(map[string]int{"a": 1}), "area", shapes.Square(5))
	logkit.Print(serve(context.Background()))
}
