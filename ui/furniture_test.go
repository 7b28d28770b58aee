package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// Page furniture (player and caption lines, photo credits) is a promo kind
// of its own: the detectors mark it, the reader dims it, lists it in the
// Promos tab and p hides it like any other promo line.
func TestFurnitureLinesHideWithPromos(t *testing.T) {
	const text = "Ministers met on Monday to agree the budget for the coming year.\n" +
		"Media playback is unsupported on your device\n" +
		"\"We have a deal,\" the finance minister Ann Lee said after the talks.\n"
	doc := mustDoc(t, "furniture.txt", text)
	m := analyzed(t, doc, 100, 20)
	var furniture []model.Promo
	for _, p := range m.sess.Analysis().Promos {
		if p.Kind == model.PromoFurniture {
			furniture = append(furniture, p)
		}
	}
	if len(furniture) != 1 || doc.Text[furniture[0].Span.Start:furniture[0].Span.End] != "Media playback is unsupported on your device" {
		t.Fatalf("furniture promos %+v", furniture)
	}
	if !m.detect.PromoParas[1] {
		t.Fatal("the furniture line is not a promo paragraph (not dimmed, not hidden)")
	}
	shown := press(t, m, "tab", "l", "l", "l")
	if !strings.Contains(screen(shown), "furn") {
		t.Errorf("the Promos tab does not list the furniture line:\n%s", screen(shown))
	}
	hidden := press(t, m, "p")
	if s := screen(hidden); strings.Contains(s, "Media playback") || !strings.Contains(s, "We have a deal") {
		t.Errorf("p did not hide the furniture line alone:\n%s", s)
	}
}
