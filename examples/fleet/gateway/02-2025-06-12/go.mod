module example.com/gateway

go 1.24

require (
	example.com/legacy v2.3.0+incompatible
	example.com/logkit v1.2.0
	example.com/newcfg v1.0.0
	example.com/nightly v0.0.0-20240115103000-0123456789ab
	example.com/oldcfg v1.0.0
)

require example.com/textfmt v0.3.0 // indirect

replace example.com/logkit => example.org/forks/logkit v1.2.1
