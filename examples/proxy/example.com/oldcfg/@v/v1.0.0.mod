module example.com/oldcfg

go 1.16
