package main

import (
	"fmt"
	"log/slog"
)

// Queue is a first-in first-out list of anything.
type Queue[T any] struct{ items []T }

// Push appends v.
func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

// Pop removes the oldest item.
func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, fmt.Errorf("pop: %w", errEmpty)
	}
	v := q.items[0]
	q.items = q.items[1:]
	slog.Debug("popped")
	return v, nil
}

var errEmpty = fmt.Errorf("queue is empty")
