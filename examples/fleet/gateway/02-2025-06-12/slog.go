package main

import "log/slog"

func audit(user string) { slog.Info("request", "user", user) }
