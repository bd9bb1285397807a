module example.com/broken/plugins/bad

go 1.24

require example.com/shapes v1.2.0 extra-token
