module example.com/logkit

go 1.21

require example.com/textfmt v0.3.0

// Leaks file descriptors when log files rotate.
retract v1.1.0
