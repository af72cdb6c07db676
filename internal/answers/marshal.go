package answers

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"

	"github.com/sosabc/sosabc/internal/interview"
	"go.yaml.in/yaml/v3"
)

// Marshal writes answers as an answers file of the current format: the
// version first, then the answers in interview order, each under its
// question as a comment, so a saved interview is also a valid --answers
// file a person can edit.
func Marshal(a interview.Answers, schema *interview.Schema) ([]byte, error) {
	return MarshalFor("", a, schema)
}

// MarshalFor is Marshal with the client's name in «client», for an
// adviser's file about a client. An empty client leaves it out.
func MarshalFor(client string, a interview.Answers, schema *interview.Schema) ([]byte, error) {
	var unknown []string
	for key := range a {
		if schema.Question(key) == nil {
			unknown = append(unknown, key)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("kan ikke lagre svarene: ukjente nøkler %v", unknown)
	}

	root := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key, comment string, value *yaml.Node) {
		root.Content = append(root.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, HeadComment: comment}, value)
	}
	add("version", "Svarfil for sosabc. Se «sosabc help svarfil» for alle nøkler og verdier.",
		scalar("!!int", strconv.Itoa(Version)))
	if client != "" {
		add("client", "Hvem svarene gjelder.", scalar("!!str", client))
	}
	for _, q := range schema.Questions() {
		v, ok := a[q.ID]
		if !ok || v == nil {
			continue
		}
		nv, err := q.Normalize(v)
		if err != nil {
			return nil, fmt.Errorf("kan ikke lagre svaret på «%s»: %w", q.ID, err)
		}
		add(q.ID, q.Title, valueNode(nv))
	}

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("kan ikke lagre svarene: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("kan ikke lagre svarene: %w", err)
	}
	return buf.Bytes(), nil
}

func scalar(tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}

// valueNode tags every scalar explicitly, so the encoder quotes text that
// would otherwise read back as a number or a boolean («0301», «true»).
func valueNode(v any) *yaml.Node {
	switch x := v.(type) {
	case []string:
		seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
		for _, s := range x {
			seq.Content = append(seq.Content, scalar("!!str", s))
		}
		return seq
	case int:
		return scalar("!!int", strconv.Itoa(x))
	case bool:
		return scalar("!!bool", strconv.FormatBool(x))
	}
	return scalar("!!str", fmt.Sprint(v))
}
