package condition

import (
	"reflect"
	"runtime/debug"
	"slices"
	"sort"

	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"
)

// Program is a compiled condition as plain data, for the cache of the
// built-in checklist: compiling its 240 conditions with expr took about
// 3 ms of processor time on every «sosabc sjekkliste», reading them back
// a few hundredths of that. Bytecode is only valid for the expr version,
// the compiler options and the types of the environment it was compiled
// for: ProgramKey names all three, and a cache with another key must not
// be used.
type Program struct {
	Bytecode  []byte
	Arguments []int
	// Constants are int, string or, for «x in ["a", "b"]», the sorted
	// members of a set of strings ([]string).
	Constants   []any
	Locations   []int // From, To, From, To, …
	Names       []string
	Comparisons []Comparison
}

// programFormat is raised when NewCompiler's options change, which changes
// the bytecode without changing expr's version.
const programFormat = "1"

// exprVersion is expr's version in go.mod, which TestExprVersionIsGoMod
// holds it to: update both together. It is in ProgramKey, so programs
// compiled by another expr are never used.
var exprVersion = "v1.17.8"

// builtExprVersion is the version of expr the running program was built
// with, "" when the build does not say (as in a test).
var builtExprVersion = func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, m := range info.Deps {
		if m.Path == "github.com/expr-lang/expr" {
			if m.Replace != nil {
				m = m.Replace
			}
			return m.Version
		}
	}
	return ""
}()

// ProgramKey is what programs compiled for env depend on besides their
// source: expr's version, the compiler's options and env's types. It is
// "" when the program was built with another expr than exprVersion says:
// then no cached program is used.
func ProgramKey(env map[string]any) string {
	if builtExprVersion != "" && builtExprVersion != exprVersion {
		return ""
	}
	names := make([]string, 0, len(env))
	for k := range env {
		names = append(names, k)
	}
	sort.Strings(names)
	key := "expr " + exprVersion + " format " + programFormat
	for _, k := range names {
		key += " " + k + ":" + reflect.TypeOf(env[k]).String()
	}
	return key
}

// Program is c as plain data; ok is false when c uses what Program cannot
// hold (expr functions, variables, other constants), and must be compiled.
func (c *Condition) Program() (p Program, ok bool) {
	prog := c.program
	internal := reflect.ValueOf(prog).Elem()
	if internal.FieldByName("variables").Int() != 0 || internal.FieldByName("functions").Len() != 0 {
		return Program{}, false
	}
	for _, op := range prog.Bytecode {
		p.Bytecode = append(p.Bytecode, byte(op))
	}
	p.Arguments = slices.Clone(prog.Arguments)
	for _, k := range prog.Constants {
		switch k := k.(type) {
		case int, string:
			p.Constants = append(p.Constants, k)
		case map[string]struct{}:
			set := make([]string, 0, len(k))
			for s := range k {
				set = append(set, s)
			}
			sort.Strings(set)
			p.Constants = append(p.Constants, set)
		default:
			return Program{}, false
		}
	}
	for _, l := range prog.Locations() {
		p.Locations = append(p.Locations, l.From, l.To)
	}
	p.Names = slices.Clone(c.names)
	p.Comparisons = slices.Clone(c.comparisons)
	return p, true
}

// FromProgram is the condition source compiled to p, as Compile made it.
func FromProgram(source string, p Program) *Condition {
	bytecode := make([]vm.Opcode, len(p.Bytecode))
	for i, b := range p.Bytecode {
		bytecode[i] = vm.Opcode(b)
	}
	constants := make([]any, len(p.Constants))
	for i, k := range p.Constants {
		if set, ok := k.([]string); ok {
			m := make(map[string]struct{}, len(set))
			for _, s := range set {
				m[s] = struct{}{}
			}
			constants[i] = m
		} else {
			constants[i] = k
		}
	}
	locations := make([]file.Location, len(p.Locations)/2)
	for i := range locations {
		locations[i] = file.Location{From: p.Locations[2*i], To: p.Locations[2*i+1]}
	}
	program := vm.NewProgram(file.NewSource(source), nil, locations, 0, constants, bytecode, p.Arguments, nil, nil, nil)
	return &Condition{Source: source, program: program, names: p.Names, comparisons: p.Comparisons}
}
