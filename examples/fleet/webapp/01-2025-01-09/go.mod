module example.com/webapp

go 1.24

toolchain go1.24.2

require (
	example.com/logkit v1.2.0
	example.com/shapes v1.0.0
)

require example.com/textfmt v0.3.0 // indirect
