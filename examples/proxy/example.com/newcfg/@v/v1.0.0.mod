module example.com/newcfg

go 1.21
