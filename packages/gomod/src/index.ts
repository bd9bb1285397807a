// @goradar/gomod: Go module semantics, exactly as the go command implements them.
export {};
