package interview

import (
	"errors"
	"fmt"
	"regexp"
	"slices"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"
)

// Condition is a compiled boolean expr-lang expression. The checklist uses
// the same type, so every condition in the content is compiled, explained
// and evaluated the same way.
type Condition struct {
	Source  string
	program *vm.Program
	names   []string
}

// CompileCondition compiles source against env (every name it may use, with
// a typed value) and demands a boolean result, so a misspelled answer id or a
// type mismatch fails at load instead of silently evaluating to false.
func CompileCondition(source string, env map[string]any) (*Condition, error) {
	program, err := expr.Compile(source, expr.Env(env), expr.AsBool())
	if err != nil {
		return nil, fmt.Errorf("betingelsen «%s» virker ikke: %s", source, conditionProblem(err))
	}
	c := &Condition{Source: source, program: program}
	node := program.Node()
	ast.Walk(&node, identifierCollector{env: env, names: &c.names})
	return c, nil
}

// Eval runs the condition. A nil condition is always true.
func (c *Condition) Eval(env map[string]any) (bool, error) {
	if c == nil {
		return true, nil
	}
	out, err := expr.Run(c.program, env)
	if err != nil {
		return false, fmt.Errorf("betingelsen «%s» feilet: %w", c.Source, err)
	}
	b, _ := out.(bool)
	return b, nil
}

// Names returns the environment names the condition reads, in the order
// they first appear; used to show which answers triggered a rule.
func (c *Condition) Names() []string {
	if c == nil {
		return nil
	}
	return c.names
}

type identifierCollector struct {
	env   map[string]any
	names *[]string
}

func (v identifierCollector) Visit(node *ast.Node) {
	id, ok := (*node).(*ast.IdentifierNode)
	if !ok {
		return
	}
	if _, known := v.env[id.Value]; known && !slices.Contains(*v.names, id.Value) {
		*v.names = append(*v.names, id.Value)
	}
}

var (
	unknownNameRe = regexp.MustCompile(`^unknown name (\S+)`)
	expectedRe    = regexp.MustCompile(`^expected bool, but got (\S+)`)
	mismatchRe    = regexp.MustCompile(`^invalid operation: (\S+) \(mismatched types (\S+) and (\S+)\)`)
)

// conditionProblem turns expr's English compile errors into Norwegian for
// content authors; unknown shapes keep expr's text rather than hiding it.
func conditionProblem(err error) string {
	msg := err.Error()
	var fe *file.Error
	if errors.As(err, &fe) {
		msg = fe.Message
	}
	switch {
	case unknownNameRe.MatchString(msg):
		return fmt.Sprintf("ukjent navn «%s»", unknownNameRe.FindStringSubmatch(msg)[1])
	case expectedRe.MatchString(msg):
		return fmt.Sprintf("uttrykket må gi sant eller usant (bool), men gir %s", expectedRe.FindStringSubmatch(msg)[1])
	case mismatchRe.MatchString(msg):
		m := mismatchRe.FindStringSubmatch(msg)
		return fmt.Sprintf("kan ikke bruke %s mellom %s og %s", m[1], m[2], m[3])
	}
	return "ugyldig uttrykk: " + msg
}
