module example.com/inventory/api

go 1.20

require example.com/shapes v1.1.0
