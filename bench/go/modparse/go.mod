// The benchmark anchor for bench/modfile.ts: golang.org/x/mod's go.mod parser and a go.sum line
// reader like cmd/go's, timed over the same files in one process. Measurement, not product.
module goradar.example/bench/modparse

go 1.26.0

require golang.org/x/mod v0.42.0
