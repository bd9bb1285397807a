// Command legacy-tool converts old configuration files.
package main

import (
	"fmt"

	"example.com/oldcfg"
	"example.com/shapes"
)

func main() {
	fmt.Println(oldcfg.Load("old.conf"), shapes.Square(4))
}
