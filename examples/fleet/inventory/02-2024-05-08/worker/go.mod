module example.com/inventory/worker

go 1.22

require (
	example.com/inventory/api v0.0.0
	example.com/logkit v1.2.0
	example.com/shapes v1.2.0
)

require example.com/textfmt v0.3.0 // indirect

replace example.com/inventory/api => ../api

// Pinned back while v1.2.0 is evaluated.
replace example.com/shapes v1.2.0 => example.com/shapes v1.1.0
