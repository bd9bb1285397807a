// Command xmod-oracle answers questions about Go module semantics with golang.org/x/mod itself,
// compiled from the sources that ship with the installed Go toolchain. goradar's differential tests
// send one JSON request per line on stdin ({"op": "...", "args": [...]}) and read one JSON answer per
// line on stdout ({"result": ...}). It is a test instrument, not part of goradar.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"go/version"
	"io"
	"os"
	"path"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/sumdb/dirhash"
)

type request struct {
	Op   string            `json:"op"`
	Args []json.RawMessage `json:"args"`
}

type answer struct {
	Result any    `json:"result,omitempty"`
	Fail   string `json:"fail,omitempty"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var req request
		ans := answer{}
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			ans.Fail = "bad request: " + err.Error()
		} else {
			ans = handle(req)
		}
		if err := enc.Encode(ans); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		out.Flush()
	}
}

func str(req request, i int) string {
	var s string
	if i < len(req.Args) {
		json.Unmarshal(req.Args[i], &s)
	}
	return s
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

type valueErr struct {
	Value string `json:"value"`
	Err   string `json:"err"`
}

func handle(req request) answer {
	a := func(i int) string { return str(req, i) }
	switch req.Op {
	case "semver.isValid":
		return answer{Result: semver.IsValid(a(0))}
	case "semver.canonical":
		return answer{Result: semver.Canonical(a(0))}
	case "semver.major":
		return answer{Result: semver.Major(a(0))}
	case "semver.majorMinor":
		return answer{Result: semver.MajorMinor(a(0))}
	case "semver.prerelease":
		return answer{Result: semver.Prerelease(a(0))}
	case "semver.build":
		return answer{Result: semver.Build(a(0))}
	case "semver.compare":
		return answer{Result: semver.Compare(a(0), a(1))}
	case "semver.max":
		return answer{Result: semver.Max(a(0), a(1))}
	case "gover.compare":
		return answer{Result: version.Compare("go"+a(0), "go"+a(1))}
	case "gover.isValid":
		return answer{Result: version.IsValid("go" + a(0))}
	case "gover.lang":
		return answer{Result: version.Lang("go" + a(0))}
	case "module.checkPath":
		return answer{Result: errText(module.CheckPath(a(0)))}
	case "module.checkImportPath":
		return answer{Result: errText(module.CheckImportPath(a(0)))}
	case "module.checkFilePath":
		return answer{Result: errText(module.CheckFilePath(a(0)))}
	case "module.check":
		return answer{Result: errText(module.Check(a(0), a(1)))}
	case "module.escapePath":
		v, err := module.EscapePath(a(0))
		return answer{Result: valueErr{v, errText(err)}}
	case "module.escapeVersion":
		v, err := module.EscapeVersion(a(0))
		return answer{Result: valueErr{v, errText(err)}}
	case "module.unescapePath":
		v, err := module.UnescapePath(a(0))
		return answer{Result: valueErr{v, errText(err)}}
	case "module.unescapeVersion":
		v, err := module.UnescapeVersion(a(0))
		return answer{Result: valueErr{v, errText(err)}}
	case "module.splitPathVersion":
		prefix, major, ok := module.SplitPathVersion(a(0))
		return answer{Result: map[string]any{"prefix": prefix, "pathMajor": major, "ok": ok}}
	case "module.checkPathMajor":
		return answer{Result: errText(module.CheckPathMajor(a(0), a(1)))}
	case "module.matchPathMajor":
		return answer{Result: module.MatchPathMajor(a(0), a(1))}
	case "module.canonicalVersion":
		return answer{Result: module.CanonicalVersion(a(0))}
	case "module.isPseudoVersion":
		return answer{Result: module.IsPseudoVersion(a(0))}
	case "module.isZeroPseudoVersion":
		return answer{Result: module.IsZeroPseudoVersion(a(0))}
	case "module.pseudoVersionBase":
		v, err := module.PseudoVersionBase(a(0))
		return answer{Result: valueErr{v, errText(err)}}
	case "module.pseudoVersionRev":
		v, err := module.PseudoVersionRev(a(0))
		return answer{Result: valueErr{v, errText(err)}}
	case "module.pseudoVersionTime":
		t, err := module.PseudoVersionTime(a(0))
		v := ""
		if err == nil {
			v = t.UTC().Format(time.RFC3339)
		}
		return answer{Result: valueErr{v, errText(err)}}
	case "module.pseudoVersion":
		var unix int64
		if len(req.Args) > 2 {
			json.Unmarshal(req.Args[2], &unix)
		}
		return answer{Result: module.PseudoVersion(a(0), a(1), time.Unix(unix, 0), a(3))}
	case "module.matchPrefixPatterns":
		return answer{Result: module.MatchPrefixPatterns(a(0), a(1))}
	case "path.match":
		ok, err := path.Match(a(0), a(1))
		return answer{Result: map[string]any{"matched": ok, "err": errText(err)}}
	case "dirhash.hashGoMod":
		data := a(0)
		h, err := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) {
			return io.NopCloser(strings.NewReader(data)), nil
		})
		return answer{Result: valueErr{h, errText(err)}}
	case "modfile.parse", "modfile.parseWork":
		return parseModfile(req.Op, a(0), a(1))
	case "modfile.parseLax":
		data, err := base64.StdEncoding.DecodeString(a(1))
		if err != nil {
			return answer{Fail: "bad base64: " + err.Error()}
		}
		return parseLax(a(0), data)
	}
	return answer{Fail: "unknown op " + req.Op}
}

func parseModfile(op, name, text string) answer {
	var formatted []byte
	var err error
	switch op {
	case "modfile.parse":
		var f *modfile.File
		if f, err = modfile.Parse(name, []byte(text), nil); err == nil {
			formatted, err = f.Format()
		}
	case "modfile.parseWork":
		var f *modfile.WorkFile
		if f, err = modfile.ParseWork(name, []byte(text), nil); err == nil {
			formatted = modfile.Format(f.Syntax)
		}
	}
	return answer{Result: valueErr{string(formatted), errText(err)}}
}

// laxView is what cmd/go keeps of a dependency's go.mod read by modfile.ParseLax.
type laxView struct {
	Module     string     `json:"module"`
	Deprecated string     `json:"deprecated"`
	Go         string     `json:"go"`
	Toolchain  string     `json:"toolchain"`
	Require    [][]any    `json:"require"`
	Retract    [][]string `json:"retract"`
	Ignore     []string   `json:"ignore"`
	// Others counts the godebug, exclude, replace and tool directives kept.
	Others int `json:"others"`
}

type laxAnswer struct {
	View *laxView `json:"view"`
	Err  string   `json:"err"`
}

func parseLax(name string, data []byte) answer {
	f, err := modfile.ParseLax(name, data, nil)
	if err != nil {
		return answer{Result: laxAnswer{Err: err.Error()}}
	}
	v := &laxView{Require: [][]any{}, Retract: [][]string{}, Ignore: []string{}}
	if f.Module != nil {
		v.Module, v.Deprecated = f.Module.Mod.Path, f.Module.Deprecated
	}
	if f.Go != nil {
		v.Go = f.Go.Version
	}
	if f.Toolchain != nil {
		v.Toolchain = f.Toolchain.Name
	}
	for _, r := range f.Require {
		v.Require = append(v.Require, []any{r.Mod.Path, r.Mod.Version, r.Indirect})
	}
	for _, r := range f.Retract {
		v.Retract = append(v.Retract, []string{r.Low, r.High, r.Rationale})
	}
	for _, i := range f.Ignore {
		v.Ignore = append(v.Ignore, i.Path)
	}
	v.Others = len(f.Godebug) + len(f.Exclude) + len(f.Replace) + len(f.Tool)
	return answer{Result: laxAnswer{View: v}}
}
