module example.org/forks/logkit

go 1.21

require example.com/textfmt v0.3.0
