// Command gen writes tables.
package main

import "example.com/textfmt"

func main() { textfmt.Table() }
