module example.com/payments

go 1.21

require (
	example.com/logkit v1.1.0
	example.com/shapes v1.1.0
	example.com/shapes/v2 v2.0.1
)

require example.com/textfmt v0.2.0 // indirect
