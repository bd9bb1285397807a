package main

// #include <stdlib.h>
import "C"

import "example.com/shapes"

func area() int { return shapes.Square(int(C.abs(-3))) }

func main() { _ = area() }
