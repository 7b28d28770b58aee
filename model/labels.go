package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// MaxLabels is the most labels a set may hold: one per key 1..9.
const MaxLabels = 9

// Label is one tag a user applies with a single key.
type Label struct {
	// Name is what annotations store as their label ("quote").
	Name string `json:"name"`
	// Key is the digit 1..9 that applies it (0 in a config file: next free key).
	Key int `json:"key,omitempty"`
	// Color is "#RRGGBB"; the defaults read on dark and light backgrounds.
	Color string `json:"color"`
	// Description is a short help text shown in the UI.
	Description string `json:"description,omitempty"`
}

// LabelSet is the ordered list of labels a user tags with.
type LabelSet struct {
	Labels []Label `json:"labels"`
}

// DefaultLabels returns the built-in label set for news work. Every colour has
// a relative luminance between 0.1 and 0.3, so it keeps a contrast ratio of at
// least 3:1 against both black and white terminals.
func DefaultLabels() *LabelSet {
	return &LabelSet{Labels: []Label{
		{Name: "quote", Key: 1, Color: "#2F80ED", Description: "a direct quotation"},
		{Name: "claim", Key: 2, Color: "#D9480F", Description: "a checkable factual claim"},
		{Name: "speaker", Key: 3, Color: "#2B8A3E", Description: "who is speaking"},
		{Name: "promo", Key: 4, Color: "#AE3EC9", Description: "a promo line, not part of the story"},
		{Name: "fact-check", Key: 5, Color: "#C92A2A", Description: "needs checking or was checked"},
		{Name: "opinion", Key: 6, Color: "#0C8599", Description: "opinion or analysis, not fact"},
		{Name: "source", Key: 7, Color: "#8F6A00", Description: "a named or anonymous source"},
	}}
}

// ByKey returns the label bound to digit key (1..9).
func (s *LabelSet) ByKey(key int) (Label, bool) {
	for _, l := range s.Labels {
		if l.Key == key {
			return l, true
		}
	}
	return Label{}, false
}

// colorPattern matches the accepted colour syntax.
var colorPattern = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// LabelHasControl reports whether a label name holds control characters,
// which no label may (label sets and imported annotations alike): labels
// reach terminals, brat type names and Label Studio's XML config.
func LabelHasControl(name string) bool { return strings.IndexFunc(name, unicode.IsControl) >= 0 }

// Validate checks names, keys and colours and returns the first problem as a
// one-line error. It assigns the next free key to labels with key 0.
func (s *LabelSet) Validate() error {
	if len(s.Labels) == 0 {
		return errors.New("no labels defined")
	}
	if len(s.Labels) > MaxLabels {
		return fmt.Errorf("%d labels defined, at most %d fit on keys 1-9", len(s.Labels), MaxLabels)
	}
	names := map[string]bool{}
	keys := map[int]string{}
	for i, l := range s.Labels {
		switch {
		case l.Name == "" || strings.TrimSpace(l.Name) != l.Name:
			return fmt.Errorf("label %d: name %q is empty or has surrounding spaces", i+1, l.Name)
		case LabelHasControl(l.Name) || len([]rune(l.Name)) > 32:
			return fmt.Errorf("label %d: name %q has control characters or is longer than 32 characters", i+1, l.Name)
		case names[l.Name]:
			return fmt.Errorf("label %q is defined twice", l.Name)
		case l.Key < 0 || l.Key > 9:
			return fmt.Errorf("label %q: key %d is not a digit 1-9", l.Name, l.Key)
		case l.Key != 0 && keys[l.Key] != "":
			return fmt.Errorf("label %q: key %d is already used by %q", l.Name, l.Key, keys[l.Key])
		case !colorPattern.MatchString(l.Color):
			return fmt.Errorf("label %q: colour %q is not of the form #RRGGBB", l.Name, l.Color)
		}
		names[l.Name] = true
		if l.Key != 0 {
			keys[l.Key] = l.Name
		}
	}
	for i := range s.Labels {
		for k := 1; s.Labels[i].Key == 0; k++ {
			if keys[k] == "" {
				s.Labels[i].Key, keys[k] = k, s.Labels[i].Name
			}
		}
	}
	return nil
}

// ParseLabels decodes and validates a labels config file (see docs/annotations.md).
func ParseLabels(data []byte) (*LabelSet, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s LabelSet
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("not a labels file: %w", err)
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

// LoadLabels reads and validates the labels config file at path; errors name the file.
func LoadLabels(path string) (*LabelSet, error) {
	data, err := ReadFileSafely(path, ReadOptions{Limit: MaxLabelsBytes})
	if err != nil {
		var pe *fs.PathError
		if !errors.As(err, &pe) {
			err = &fs.PathError{Op: "read", Path: path, Err: err}
		}
		return nil, err
	}
	s, err := ParseLabels(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// DefaultLabelsPath returns os.UserConfigDir()/annotty/labels.json.
func DefaultLabelsPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "annotty", "labels.json"), nil
}

// ResolveLabels picks the label set to use: the file flagPath when given (it
// must exist), else the default config file when it exists, else
// DefaultLabels. It also returns where the labels came from ("built-in" or a path).
func ResolveLabels(flagPath string) (*LabelSet, string, error) {
	if flagPath != "" {
		s, err := LoadLabels(flagPath)
		return s, flagPath, err
	}
	path, err := DefaultLabelsPath()
	if err == nil {
		s, err := LoadLabels(path)
		if !errors.Is(err, fs.ErrNotExist) {
			return s, path, err
		}
	}
	return DefaultLabels(), "built-in", nil
}
