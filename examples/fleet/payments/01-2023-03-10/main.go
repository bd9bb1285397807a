// Command payments settles invoices.
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/logkit"
	"example.com/shapes"
)

func settle(ctx context.Context, id string) error {
	if id == "" {
		return fmt.Errorf("settle %q: %w", id, os.ErrInvalid)
	}
	return ctx.Err()
}

func main() {
	done := make(chan error)
	go func() { done <- settle(context.Background(), "inv-1") }()
	if err := <-done; err != nil {
		logkit.Print(err)
	}
	_ = shapes.Square(2)
}
