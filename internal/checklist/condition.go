package checklist

import (
	"sync"

	"github.com/sosabc/sosabc/internal/checklist/ruleset"
	"github.com/sosabc/sosabc/internal/interview/condition"
)

// ruleCondition is a derived condition, an item's, a reason's or a form
// reason's, taken from the set's Conditions the first time it is needed:
// read from the YAML, it was compiled (and so checked) at load; read from
// the cache of the built-in content, which was checked when the cache was
// made, it is read back from the program the cache holds, or compiled now
// when that program cannot be used. A plan evaluates every item's «when»
// but only the reasons of the items it shows.
type ruleCondition struct {
	once     sync.Once
	source   string
	compiler *ruleset.Conditions
	c        *condition.Condition
	broken   bool // the compile failed: never true
}

// get is the compiled condition; ok is false when it could not be
// compiled, which only a cache out of step with the code can cause.
func (c *ruleCondition) get() (*condition.Condition, bool) {
	if c == nil {
		return nil, true
	}
	c.once.Do(func() {
		var err error
		if c.c, err = c.compiler.Compile(c.source); err != nil {
			c.broken = true
		}
	})
	return c.c, !c.broken
}

// Names is the environment names the condition reads.
func (c *ruleCondition) Names() []string {
	ic, _ := c.get()
	return ic.Names()
}

// holds is true when c is empty or true for env; a condition that fails
// is false rather than stopping the whole checklist.
func holds(c *ruleCondition, env map[string]any) bool {
	ic, ok := c.get()
	if !ok {
		return false
	}
	v, err := ic.Eval(env)
	return v && err == nil
}
