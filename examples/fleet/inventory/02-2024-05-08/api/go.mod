module example.com/inventory/api

go 1.22

require (
	example.com/shapes v1.2.0
	example.com/textfmt v0.3.0
)
