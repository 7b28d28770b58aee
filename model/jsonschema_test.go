package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// schemaValidator checks JSON values against the subset of JSON Schema
// (draft 2020-12) that docs/annotation.schema.json uses. Unknown keywords are
// an error, so the schema cannot silently outgrow the validator.
type schemaValidator struct {
	root map[string]any
}

// newSchemaValidator parses a schema document.
func newSchemaValidator(schema []byte) (*schemaValidator, error) {
	root, err := decodeJSONNumbers(schema)
	if err != nil {
		return nil, err
	}
	m, ok := root.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("schema is not an object")
	}
	return &schemaValidator{root: m}, nil
}

// decodeJSONNumbers decodes JSON keeping numbers as json.Number.
func decodeJSONNumbers(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// validate checks a JSON document against the root schema.
func (v *schemaValidator) validate(doc []byte) error {
	value, err := decodeJSONNumbers(doc)
	if err != nil {
		return err
	}
	return v.check(v.root, value, "$")
}

// check validates value at path against one schema object.
func (v *schemaValidator) check(schema map[string]any, value any, path string) error {
	keys := make([]string, 0, len(schema))
	for k := range schema {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := v.keyword(k, schema, value, path); err != nil {
			return err
		}
	}
	return nil
}

// keyword applies one schema keyword.
func (v *schemaValidator) keyword(k string, schema map[string]any, value any, path string) error {
	arg := schema[k]
	switch k {
	case "$schema", "$id", "title", "description", "$defs":
		return nil
	case "$ref":
		ref, _ := arg.(string)
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		defs, _ := v.root["$defs"].(map[string]any)
		target, found := defs[name].(map[string]any)
		if !ok || !found {
			return fmt.Errorf("%s: unresolvable $ref %q", path, ref)
		}
		return v.check(target, value, path)
	case "type":
		if !hasType(value, arg.(string)) {
			return fmt.Errorf("%s: want %s, got %T", path, arg, value)
		}
	case "const":
		if !jsonEqual(arg, value) {
			return fmt.Errorf("%s: want const %v, got %v", path, arg, value)
		}
	case "enum":
		for _, e := range arg.([]any) {
			if jsonEqual(e, value) {
				return nil
			}
		}
		return fmt.Errorf("%s: %v not in enum %v", path, value, arg)
	case "required":
		obj, _ := value.(map[string]any)
		for _, name := range arg.([]any) {
			if _, ok := obj[name.(string)]; obj != nil && !ok {
				return fmt.Errorf("%s: missing required %q", path, name)
			}
		}
	case "properties":
		obj, _ := value.(map[string]any)
		for name, sub := range arg.(map[string]any) {
			if val, ok := obj[name]; ok {
				if err := v.check(sub.(map[string]any), val, path+"."+name); err != nil {
					return err
				}
			}
		}
	case "additionalProperties":
		obj, _ := value.(map[string]any)
		props, _ := schema["properties"].(map[string]any)
		for name := range obj {
			if _, ok := props[name]; !ok && arg == false {
				return fmt.Errorf("%s: unexpected property %q", path, name)
			}
		}
	case "items":
		arr, _ := value.([]any)
		for i, item := range arr {
			if err := v.check(arg.(map[string]any), item, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case "minimum", "maximum":
		n, ok := value.(json.Number)
		if !ok {
			return nil
		}
		x, _ := n.Float64()
		limit, _ := arg.(json.Number).Float64()
		if (k == "minimum" && x < limit) || (k == "maximum" && x > limit) {
			return fmt.Errorf("%s: %v violates %s %v", path, x, k, limit)
		}
	case "minLength":
		s, ok := value.(string)
		limit, _ := arg.(json.Number).Int64()
		if ok && int64(utf8.RuneCountInString(s)) < limit {
			return fmt.Errorf("%s: shorter than %d", path, limit)
		}
	case "pattern":
		s, ok := value.(string)
		if ok && !regexp.MustCompile(arg.(string)).MatchString(s) {
			return fmt.Errorf("%s: %q does not match %s", path, s, arg)
		}
	case "format":
		s, ok := value.(string)
		if arg != "date-time" {
			return fmt.Errorf("%s: unsupported format %v", path, arg)
		}
		if _, err := time.Parse(time.RFC3339, s); ok && err != nil {
			return fmt.Errorf("%s: %q is not a date-time", path, s)
		}
	default:
		return fmt.Errorf("schema keyword %q is not supported by the test validator", k)
	}
	return nil
}

// hasType reports whether value has JSON Schema type name.
func hasType(value any, name string) bool {
	switch name {
	case "object":
		_, ok := value.(map[string]any)
		return ok
	case "array":
		_, ok := value.([]any)
		return ok
	case "string":
		_, ok := value.(string)
		return ok
	case "boolean":
		_, ok := value.(bool)
		return ok
	case "number":
		_, ok := value.(json.Number)
		return ok
	case "integer":
		n, ok := value.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	}
	return false
}

// jsonEqual compares two decoded JSON values (numbers by value).
func jsonEqual(a, b any) bool {
	na, aok := a.(json.Number)
	nb, bok := b.(json.Number)
	if aok && bok {
		x, _ := na.Float64()
		y, _ := nb.Float64()
		return x == y
	}
	return reflect.DeepEqual(a, b)
}
