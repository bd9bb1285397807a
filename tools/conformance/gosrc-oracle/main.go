// Command gosrc-oracle is the reference side of goradar's Go-source conformance suite. It reads
// file paths (one per line) on stdin and prints, per file, one JSON line with go/parser's verdict
// (first error, positions not adjusted by //line directives) and signal counts computed with
// go/ast. Identifiers are resolved with go/parser's object resolution, so a local declaration
// that shadows an import name is told apart from the import.
package main

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type result struct {
	File    string         `json:"file"`
	OK      bool           `json:"ok"`
	Error   string         `json:"error,omitempty"`
	Signals map[string]int `json:"signals,omitempty"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for in.Scan() {
		name := in.Text()
		if name == "" {
			continue
		}
		_ = enc.Encode(check(name))
	}
}

// firstError formats the error at the smallest offset, positioned without //line adjustments.
func firstError(fset *token.FileSet, err error) string {
	list, ok := err.(scanner.ErrorList)
	if !ok || len(list) == 0 {
		return err.Error()
	}
	first := list[0]
	for _, e := range list {
		if e.Pos.Offset < first.Pos.Offset {
			first = e
		}
	}
	var file *token.File
	fset.Iterate(func(tf *token.File) bool { file = tf; return false })
	p := fset.PositionFor(file.Pos(first.Pos.Offset), false)
	return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + ": " + first.Msg
}

func check(name string) result {
	src, err := os.ReadFile(name)
	if err != nil {
		return result{File: name, Error: err.Error()}
	}
	// The verdict uses gofmt's mode (no object resolution, which has limits of its own).
	fset := token.NewFileSet()
	_, err = parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution|parser.AllErrors)
	if err != nil {
		return result{File: name, Error: firstError(fset, err)}
	}
	// Signals use object resolution to tell an import from a local declaration of the same name.
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments)
	if err != nil {
		return result{File: name, OK: true, Error: "no signals: " + err.Error()}
	}
	return result{File: name, OK: true, Signals: countSignals(f, strings.HasSuffix(filepath.Base(name), "_test.go"))}
}

// importNames maps the local name of each import (explicit or the last path element, without a
// major-version suffix) to its path; dot and blank imports have no local name.
func importNames(f *ast.File) map[string]string {
	names := map[string]string{}
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		local := defaultName(path)
		if spec.Name != nil {
			local = spec.Name.Name
		}
		if local == "_" || local == "." {
			continue
		}
		names[local] = path
	}
	return names
}

func defaultName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = elems[len(elems)-2]
	}
	if i := strings.IndexAny(last, ".-"); i >= 0 && strings.HasPrefix(path, "gopkg.in/") {
		last = last[:i]
	}
	return last
}

// qualified returns the import path and selected name of pkg.Name when pkg is an unshadowed import.
func qualified(x ast.Expr, imports map[string]string) (string, string) {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok || id.Obj != nil {
		return "", ""
	}
	path, ok := imports[id.Name]
	if !ok {
		return "", ""
	}
	return path, sel.Sel.Name
}

func countSignals(f *ast.File, isTest bool) map[string]int {
	imports := importNames(f)
	c := map[string]int{"imports": len(f.Imports)}
	consts := topLevelStringConsts(f)
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			c["goStmts"]++
		case *ast.SelectStmt:
			c["selects"]++
		case *ast.SendStmt:
			c["sends"]++
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				c["receives"]++
			}
		case *ast.ChanType:
			c["chanTypes"]++
		case *ast.RangeStmt:
			c["rangeStmts"]++
		case *ast.IndexListExpr:
			c["indexListExprs"]++
		case *ast.TypeSpec:
			if n.TypeParams != nil {
				c["genericTypes"]++
			}
		case *ast.FuncDecl:
			countFuncDecl(n, c, isTest)
		case *ast.FuncType:
			countContextParams(n, imports, c)
		case *ast.CallExpr:
			countCall(n, imports, consts, c, isTest)
		}
		return true
	})
	return c
}

func countFuncDecl(n *ast.FuncDecl, c map[string]int, isTest bool) {
	if n.Recv != nil {
		c["methods"]++
		return
	}
	c["funcDecls"]++
	if n.Type.TypeParams != nil {
		c["genericFuncs"]++
	}
	if !isTest {
		return
	}
	name := n.Name.Name
	switch {
	case hasTestPrefix(name, "Test") && isTestFunc(n, "T"):
		c["tests"]++
	case hasTestPrefix(name, "Benchmark") && isTestFunc(n, "B"):
		c["benchmarks"]++
	case hasTestPrefix(name, "Fuzz") && isTestFunc(n, "F"):
		c["fuzz"]++
	case hasTestPrefix(name, "Example") && len(n.Type.Params.List) == 0 && (n.Type.Results == nil || len(n.Type.Results.List) == 0):
		c["examples"]++
	}
}

func hasTestPrefix(name, prefix string) bool {
	if !strings.HasPrefix(name, prefix) {
		return false
	}
	if len(name) == len(prefix) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(name[len(prefix):])
	return !unicode.IsLower(r)
}

func isTestFunc(fn *ast.FuncDecl, arg string) bool {
	t := fn.Type
	if t.Results != nil && len(t.Results.List) > 0 || len(t.Params.List) != 1 || len(t.Params.List[0].Names) > 1 {
		return false
	}
	ptr, ok := t.Params.List[0].Type.(*ast.StarExpr)
	if !ok {
		return false
	}
	if id, ok := ptr.X.(*ast.Ident); ok && id.Name == arg {
		return true
	}
	sel, ok := ptr.X.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == arg
}

func countContextParams(t *ast.FuncType, imports map[string]string, c map[string]int) {
	if t.Params == nil {
		return
	}
	for _, field := range t.Params.List {
		if path, name := qualified(field.Type, imports); path == "context" && name == "Context" {
			c["contextParams"] += max(1, len(field.Names))
		}
	}
}

func countCall(n *ast.CallExpr, imports map[string]string, consts map[*ast.Object]string, c map[string]int, isTest bool) {
	if isTest {
		if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Parallel" && len(n.Args) == 0 {
			if _, ok := sel.X.(*ast.Ident); ok {
				c["parallel"]++
			}
		}
	}
	fun := n.Fun
	switch x := fun.(type) {
	case *ast.IndexExpr:
		fun = x.X
	case *ast.IndexListExpr:
		fun = x.X
	}
	path, name := qualified(fun, imports)
	switch path {
	case "errors":
		switch name {
		case "Is", "As", "Join", "New", "AsType":
			c["errors"+name]++
		}
	case "fmt":
		if name == "Errorf" {
			c["errorf"]++
			if len(n.Args) > 0 {
				if format, ok := constString(n.Args[0], consts, 0); ok && hasWrapVerb(format) {
					c["errorfWrap"]++
				}
			}
		}
	case "log/slog":
		c["slogCalls"]++
	}
}

// topLevelStringConsts maps each package-level constant of this file whose value is a constant
// string expression to that value.
func topLevelStringConsts(f *ast.File) map[*ast.Object]string {
	consts := map[*ast.Object]string{}
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) != len(vs.Names) {
				continue
			}
			for i, id := range vs.Names {
				if id.Obj != nil {
					consts[id.Obj] = ""
					if s, ok := constString(vs.Values[i], consts, 0); ok {
						consts[id.Obj] = s
					} else {
						delete(consts, id.Obj)
					}
				}
			}
		}
	}
	return consts
}

func constString(x ast.Expr, consts map[*ast.Object]string, depth int) (string, bool) {
	if depth > 50 {
		return "", false
	}
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.ParenExpr:
		return constString(x.X, consts, depth+1)
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(x.X, consts, depth+1)
		b, ok2 := constString(x.Y, consts, depth+1)
		return a + b, ok1 && ok2
	case *ast.Ident:
		s, ok := consts[x.Obj]
		return s, ok && x.Obj != nil
	}
	return "", false
}

// hasWrapVerb reports whether a fmt format string contains a %w verb.
func hasWrapVerb(format string) bool {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("#0+- ", format[i]) >= 0 {
			i++
		}
		i = skipArgIndex(format, i)
		i = skipNumber(format, i)
		if i < len(format) && format[i] == '.' {
			i = skipArgIndex(format, i+1)
			i = skipNumber(format, i)
		}
		i = skipArgIndex(format, i)
		if i < len(format) && format[i] == 'w' {
			return true
		}
	}
	return false
}

func skipArgIndex(s string, i int) int {
	if i < len(s) && s[i] == '[' {
		if j := strings.IndexByte(s[i:], ']'); j >= 0 {
			return i + j + 1
		}
	}
	return i
}

func skipNumber(s string, i int) int {
	if i < len(s) && s[i] == '*' {
		return i + 1
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
