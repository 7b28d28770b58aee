package model

import "testing"

func FuzzParseLabels(f *testing.F) {
	f.Add([]byte(`{"labels":[{"name":"quote","key":1,"color":"#2F80ED"},{"name":"b","color":"#000000"}]}`))
	f.Add([]byte(`{"labels":[{"name":"a","key":9,"color":"#abcdef","description":"x"}]}`))
	f.Add([]byte(`{"labels":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := ParseLabels(data)
		if err != nil {
			return
		}
		keys := map[int]bool{}
		for _, l := range set.Labels {
			if l.Key < 1 || l.Key > 9 || keys[l.Key] || l.Name == "" || !colorPattern.MatchString(l.Color) {
				t.Fatalf("accepted an invalid label %+v", l)
			}
			keys[l.Key] = true
		}
	})
}
