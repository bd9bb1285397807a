// Deprecated: use example.com/newcfg, which reads the same files.
module example.com/oldcfg

go 1.16
