module example.com/payments

go 1.20

require (
	example.com/logkit v1.0.0
	example.com/shapes v1.1.0
)

require example.com/textfmt v0.2.0 // indirect
