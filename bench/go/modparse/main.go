// Command modparse times golang.org/x/mod/modfile.Parse over go.mod files and a cmd/go-style
// go.sum reader over go.sum files, all read into memory first. File names come on stdin, one per
// line: names ending in ".sum" are go.sum files, the rest go.mod files. It prints one JSON object
// per kind with the bytes parsed per repetition and the wall-clock and CPU nanoseconds of the
// measured repetitions.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

type input struct {
	name string
	data []byte
}

type result struct {
	Kind   string `json:"kind"`
	Files  int    `json:"files"`
	Bytes  int    `json:"bytes"`
	Reps   int    `json:"reps"`
	Ns     int64  `json:"ns"`
	CPUNs  int64  `json:"cpuNs"`
	Errors int    `json:"errors"`
	Items  int    `json:"items"`
}

func main() {
	warmup := flag.Int("warmup", 5, "untimed repetitions before measuring")
	minTime := flag.Duration("min", 2*time.Second, "minimum measured time per kind")
	flag.Parse()
	var mods, sums []input
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		name := sc.Text()
		if name == "" {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if strings.HasSuffix(name, ".sum") {
			sums = append(sums, input{name, data})
		} else {
			mods = append(mods, input{name, data})
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(measure("go.mod", mods, parseMods, *warmup, *minTime))
	enc.Encode(measure("go.sum", sums, parseSums, *warmup, *minTime))
}

func measure(kind string, files []input, parse func([]input) (int, int), warmup int, minTime time.Duration) result {
	r := result{Kind: kind, Files: len(files)}
	for _, f := range files {
		r.Bytes += len(f.data)
	}
	for i := 0; i < warmup; i++ {
		parse(files)
	}
	cpu0 := cpuTime()
	start := time.Now()
	for time.Since(start) < minTime || r.Reps < 3 {
		r.Items, r.Errors = parse(files)
		r.Reps++
	}
	r.Ns = time.Since(start).Nanoseconds()
	r.CPUNs = cpuTime() - cpu0
	return r
}

// cpuTime is the user and system CPU time of the process so far (all threads, GC included).
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// parseMods parses each go.mod as cmd/go parses the main module's (modfile.Parse, no fixer).
func parseMods(files []input) (items, errors int) {
	for _, f := range files {
		m, err := modfile.Parse(f.name, f.data, nil)
		if err != nil {
			errors++
			continue
		}
		items += len(m.Require)
	}
	return items, errors
}

// parseSums reads each go.sum line as cmd/go's readGoSum does: fields, count check, a map entry.
func parseSums(files []input) (items, errors int) {
	for _, f := range files {
		dst := make(map[module.Version][]string)
		data := f.data
		for len(data) > 0 {
			var line []byte
			if i := bytes.IndexByte(data, '\n'); i >= 0 {
				line, data = data[:i], data[i+1:]
			} else {
				line, data = data, nil
			}
			fields := strings.Fields(string(line))
			if len(fields) == 0 {
				continue
			}
			if len(fields) != 3 {
				errors++
				continue
			}
			mod := module.Version{Path: fields[0], Version: fields[1]}
			dst[mod] = append(dst[mod], fields[2])
			items++
		}
	}
	return items, errors
}
