module example.com/logkit

go 1.19

require example.com/textfmt v0.2.0
