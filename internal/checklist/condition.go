package checklist

import (
	"sync"

	"github.com/sosabc/sosabc/internal/interview/condition"
)

// ruleCondition is an item's, a reason's or a form reason's condition. Read
// from YAML it is compiled at load, which checks it. Read from the cache
// of the built-in content, which was checked when the cache was made, it
// is compiled the first time it is needed: a plan evaluates every item's
// «when» but only the reasons of the items it shows.
type ruleCondition struct {
	once   sync.Once
	source string
	lazy   *compiler // nil when c was compiled at load
	c      *condition.Condition
	broken bool // the lazy compile failed: never true
}

// get is the compiled condition; ok is false when it could not be
// compiled, which only a cache out of step with the code can cause.
func (c *ruleCondition) get() (*condition.Condition, bool) {
	if c == nil {
		return nil, true
	}
	if c.lazy != nil {
		c.once.Do(func() {
			var err error
			if c.c, err = c.lazy.compile(c.source); err != nil {
				c.broken = true
			}
		})
	}
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

// compiler compiles conditions against one environment, each source once:
// many items share a condition («har_ansatte»). It is safe for use by
// several goroutines, as lazy conditions are compiled while plans are
// evaluated, and a batch evaluates plans in parallel.
type compiler struct {
	mu   sync.Mutex
	cc   *condition.Compiler
	memo map[string]compiled
}

type compiled struct {
	c   *condition.Condition
	err error
}

func newCompiler(env map[string]any) *compiler {
	return &compiler{cc: condition.NewCompiler(env), memo: map[string]compiled{}}
}

func (cc *compiler) compile(source string) (*condition.Condition, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if m, ok := cc.memo[source]; ok {
		return m.c, m.err
	}
	c, err := cc.cc.Compile(source)
	cc.memo[source] = compiled{c, err}
	return c, err
}
