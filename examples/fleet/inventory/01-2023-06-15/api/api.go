// Package api describes stock items.
package api

import "example.com/shapes"

// Item is one stocked thing.
type Item struct {
	Name string
	Size int
}

// Footprint is the floor space an item needs.
func (i Item) Footprint() int { return shapes.Square(i.Size) }
