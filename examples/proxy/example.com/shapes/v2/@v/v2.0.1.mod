module example.com/shapes/v2

go 1.20
