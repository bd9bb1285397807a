// Command worker restocks shelves.
package main

import (
	"context"
	"sync"

	"example.com/inventory/api"
	"example.com/logkit"
	"example.com/shapes"
)

func restock(ctx context.Context, items []api.Item) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it api.Item) {
			defer wg.Done()
			logkit.Print(it.Name, shapes.Square(it.Size), ctx.Err())
		}(it)
	}
	wg.Wait()
}

func main() { restock(context.Background(), nil) }
