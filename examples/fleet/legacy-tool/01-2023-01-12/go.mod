module example.com/legacy-tool

go 1.16

require (
	example.com/oldcfg v1.0.0
	example.com/shapes v1.0.0
)

exclude example.com/shapes v1.0.0
