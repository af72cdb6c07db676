// Package condition compiles the conditions written in the content: the
// «when» of an interview question, and the conditions of checklist items,
// reasons and company forms. A condition is a boolean expr-lang expression,
// type-checked against every name it may use, so a misspelt answer id or a
// type mismatch fails at load with a Norwegian message for the author.
// It is pure and knows nothing of questions or checklists.
package condition

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/compiler"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/optimizer"
	"github.com/expr-lang/expr/vm"

	"github.com/sosabc/sosabc/internal/fuzzy"
)

// Condition is a compiled boolean expr-lang expression. The checklist uses
// the same type, so every condition in the content is compiled, explained
// and evaluated the same way.
type Condition struct {
	Source      string
	program     *vm.Program
	names       []string
	comparisons []Comparison
}

// Comparison is a name compared with a text written in the condition:
// «kommunenummer == "3301"», «form in ["AS", "ENK"]», «"grants" in
// funding». A loader checks the text against the values the name can have,
// because a misspelt value compiles and is silently never true.
type Comparison struct {
	Name  string
	Value string
}

// Compile compiles source against env (every name it may use, with a
// typed value) and demands a boolean result, so a misspelled answer id or a
// type mismatch fails at load instead of silently evaluating to false.
func Compile(source string, env map[string]any) (*Condition, error) {
	return NewCompiler(env).Compile(source)
}

// Compiler compiles many conditions against one environment. expr.Compile
// works out the types of the environment and copies its table of built-in
// functions for every condition; a Compiler does that once, which more
// than halves the time to load the checklist's three hundred conditions.
// It is not safe for use by several goroutines at once.
type Compiler struct {
	env    map[string]any
	config *conf.Config
}

// NewCompiler is a Compiler for env. Names added to env later are not seen.
func NewCompiler(env map[string]any) *Compiler {
	config := conf.CreateNew()
	expr.Env(env)(config)
	expr.AsBool()(config)
	config.Check()
	return &Compiler{env: env, config: config}
}

// Compile compiles source as the function Compile does. The steps are those
// of expr.Compile.
func (cc *Compiler) Compile(source string) (*Condition, error) {
	tree, err := checker.ParseCheck(source, cc.config)
	if err != nil {
		return nil, cc.problem(source, err)
	}
	c := &Condition{Source: source}
	// Comparisons are read from the tree as written, before the optimiser
	// turns «form in [...]» into a constant set.
	ast.Walk(&tree.Node, comparisonCollector{env: cc.env, out: &c.comparisons})
	if err := optimizer.Optimize(&tree.Node, cc.config); err != nil {
		var fe *file.Error
		if errors.As(err, &fe) {
			err = fe.Bind(tree.Source)
		}
		return nil, cc.problem(source, err)
	}
	if c.program, err = compiler.Compile(tree, cc.config); err != nil {
		return nil, cc.problem(source, err)
	}
	node := c.program.Node()
	ast.Walk(&node, identifierCollector{env: cc.env, names: &c.names})
	return c, nil
}

func (cc *Compiler) problem(source string, err error) error {
	return fmt.Errorf("betingelsen «%s» virker ikke: %s", source, conditionProblem(source, err, cc.env))
}

// Comparisons returns every name compared with a written text, in order.
func (c *Condition) Comparisons() []Comparison {
	if c == nil {
		return nil
	}
	return c.comparisons
}

type comparisonCollector struct {
	env map[string]any
	out *[]Comparison
}

func (v comparisonCollector) Visit(node *ast.Node) {
	b, ok := (*node).(*ast.BinaryNode)
	if !ok {
		return
	}
	name := func(n ast.Node) string {
		if id, ok := n.(*ast.IdentifierNode); ok {
			if _, known := v.env[id.Value]; known {
				return id.Value
			}
		}
		return ""
	}
	add := func(n string, value ast.Node) {
		if s, ok := value.(*ast.StringNode); ok && n != "" {
			*v.out = append(*v.out, Comparison{Name: n, Value: s.Value})
		}
	}
	switch b.Operator {
	case "==", "!=":
		add(name(b.Left), b.Right)
		add(name(b.Right), b.Left)
	case "in":
		if arr, ok := b.Right.(*ast.ArrayNode); ok {
			for _, el := range arr.Nodes {
				add(name(b.Left), el)
			}
		} else {
			add(name(b.Right), b.Left)
		}
	}
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
	bareNumberRe  = regexp.MustCompile(`(==|!=)\s*(\d+)\b`)
	singleEqRe    = regexp.MustCompile(`([^=!<>\s])\s*=\s*([^=\s])`)
	tokenRe       = regexp.MustCompile(`^unexpected token (\w+)\("?(.*?)"?\)`)
	expectedRe    = regexp.MustCompile(`^expected bool, but got (\S+)`)
	mismatchRe    = regexp.MustCompile(`^invalid operation: (\S+) \(mismatched types (\S+) and (\S+)\)`)
)

// conditionProblem turns expr's English compile errors into Norwegian for
// content authors, with what to write instead where we can tell; unknown
// shapes keep expr's text rather than hiding it.
func conditionProblem(source string, err error, env map[string]any) string {
	msg := err.Error()
	var fe *file.Error
	if errors.As(err, &fe) {
		msg = fe.Message
	}
	switch {
	case unknownNameRe.MatchString(msg):
		name := unknownNameRe.FindStringSubmatch(msg)[1]
		return fmt.Sprintf("ukjent navn «%s»%s", name, nameHint(name, env))
	case msg == "unexpected token EOF":
		return "uttrykket slutter for tidlig: det mangler noe på slutten"
	case tokenRe.MatchString(msg):
		m := tokenRe.FindStringSubmatch(msg)
		if m[1] == "Operator" && m[2] == "=" {
			return fmt.Sprintf("bruk == for å sammenligne, ikke =: skriv «%s»", singleEqRe.ReplaceAllString(source, "$1 == $2"))
		}
		return fmt.Sprintf("uventet «%s» i uttrykket: bruk and, or, not, ==, != og in", m[2])
	case expectedRe.MatchString(msg):
		return fmt.Sprintf("uttrykket må gi sant eller usant (bool), men gir %s", expectedRe.FindStringSubmatch(msg)[1])
	case mismatchRe.MatchString(msg):
		m := mismatchRe.FindStringSubmatch(msg)
		out := fmt.Sprintf("kan ikke bruke %s mellom %s og %s", m[1], m[2], m[3])
		switch {
		case (m[2] == "string" && m[3] == "int") || (m[2] == "int" && m[3] == "string"):
			if fixed := bareNumberRe.ReplaceAllString(source, `$1 "$2"`); fixed != source && m[2] == "string" {
				return out + fmt.Sprintf(": et nummer som kommunenummer er tekst, så skriv det i anførselstegn: «%s»", fixed)
			}
			return out + ": sammenlign tall med tall uten anførselstegn, og tekst med tekst i anførselstegn"
		}
		return out
	}
	return "ugyldig uttrykk: " + msg
}

// nameHint suggests the name the author probably meant: a known name a
// small typo away, or quotes around what looks like a value.
func nameHint(name string, env map[string]any) string {
	best, bestD := "", 3
	for known := range env {
		if d := fuzzy.Distance(name, known); d < bestD || (d == bestD && known < best) {
			best, bestD = known, d
		}
	}
	limit := len([]rune(name)) / 4
	if limit == 0 && len([]rune(name)) >= 3 {
		limit = 1
	}
	switch {
	case best != "" && bestD <= limit:
		return fmt.Sprintf(": mente du %s?", best)
	case name != strings.ToLower(name):
		return fmt.Sprintf(": er det en tekst, skriv den i anførselstegn: \"%s\"", name)
	}
	return ""
}
