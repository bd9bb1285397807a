module example.com/broken

go 1.24

require example.com/shapes v1.2.0
