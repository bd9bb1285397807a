// Command gateway routes requests.
package main

import (
	"context"
	"errors"
	"fmt"

	"example.com/legacy"
	"example.com/logkit"
	"example.com/nightly"
	"example.com/oldcfg"
)

var errNoRoute = errors.New("no route")

func route(ctx context.Context, path string) error {
	if path == "" {
		return fmt.Errorf("route %q: %w", path, errNoRoute)
	}
	return ctx.Err()
}

func main() {
	cfg := oldcfg.Load("gateway.conf")
	go nightly.Warm(cfg)
	logkit.Print(route(context.Background(), legacy.Root))
}
