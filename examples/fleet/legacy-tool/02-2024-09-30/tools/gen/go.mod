module example.com/legacy-tool/tools/gen

require example.com/textfmt v0.3.0

replace example.com/textfmt => ../../../shared/textfmt
