package condition

import (
	"reflect"
	"testing"
)

func TestConditionNames(t *testing.T) {
	env := map[string]any{"form": "", "employees": 0, "funding": []string{}}
	c, err := Compile(`employees > 0 and ("grants" in funding or form in ["AS"]) and employees < 10`, env)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Names(), []string{"employees", "funding", "form"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	var none *Condition
	if ok, err := none.Eval(env); !ok || err != nil {
		t.Error("a nil condition is always true")
	}
}
