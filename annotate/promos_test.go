package annotate

import (
	"slices"
	"testing"

	"github.com/annotty/annotty/model"
)

func TestPromoLines(t *testing.T) {
	tests := []struct {
		line string
		want model.PromoKind // "" for story text
	}{
		{"CLICK HERE TO GET THE FOX NEWS APP", model.PromoCallToAction},
		{"GET FOX BUSINESS ON THE GO BY CLICKING HERE", model.PromoCallToAction},
		{"Sign up for our newsletter", model.PromoCallToAction},
		{"Subscribe to our YouTube channel.", model.PromoCallToAction},
		{"Follow us on Twitter.", model.PromoCallToAction},
		{"Download the app for the latest news.", model.PromoCallToAction},
		{"Want the morning briefing in your inbox? Sign up here.", model.PromoCallToAction},
		{"Advertisement", model.PromoAdvertisement},
		{"ADVERTISEMENT", model.PromoAdvertisement},
		{"Story continues below advertisement", model.PromoAdvertisement},
		{"RELATED: Senate passes the budget bill", model.PromoHeadlineLink},
		{"READ MORE: How the vote count works", model.PromoHeadlineLink},
		{"Read the rest here.", model.PromoHeadlineLink},
		{"Read more from Politico", model.PromoHeadlineLink},
		{"Read the original article on Business Insider", model.PromoHeadlineLink},
		{"Read the full story at the Tribune", model.PromoHeadlineLink},
		{"Read more about the plan in the council report, which says costs will rise sharply next year.", ""},
		{"MAYOR VOWS TO REBUILD BRIDGE AFTER STORM DAMAGE", model.PromoHeadlineLink},
		{"CLICK HERE TO READ THE FULL REPORT", model.PromoHeadlineLink},
		{"WATCH: Governor answers questions on the budget", model.PromoHeadlineLink},
		// Not promos.
		{"By JANE DOE and JOHN ROE", ""},
		{"The Associated Press contributed to this report.", ""},
		{"WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.", ""},
		{"THE SOUTH CAROLINA EXPECTATIONS GAME…", ""},
		{"FULL TEXT.", ""},
		{"1. FIREWORKS FLY IN FIRST DEBATE.", ""},
		{"The FBI and the CIA briefed NATO officials on Monday.", ""},
		{"“WE WILL NEVER SURRENDER TO THEM,” the crowd chanted.", ""},
		{"“DIVISIVE, STUPID AND WRONG”", ""},
		{"Voters who subscribe to the theory were polled in June.", ""},
		{"Copyright © 2020 The Daily Planet. Click here for reprint permission.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			text := "The story starts here with a sentence.\n" + tt.line + "\nThe story goes on with another sentence.\n"
			doc, a := analyzeText(t, text)
			var got model.PromoKind
			for _, p := range a.Promos {
				if s := doc.Text[p.Span.Start:p.Span.End]; s != tt.line {
					t.Errorf("promo span %q, want the whole line", s)
				}
				got = p.Kind
			}
			if got != tt.want || len(a.Promos) > 1 {
				t.Errorf("kind = %q (%d promos), want %q", got, len(a.Promos), tt.want)
			}
		})
	}
}

func TestPromoLinksUnderMarker(t *testing.T) {
	text := "Story text ends here.\nREAD MORE:\nWhy the Plan Failed\nThe Mayor and the Money\n\nA new sentence of the story begins here.\n"
	doc, a := analyzeText(t, text)
	want := []string{"READ MORE:", "Why the Plan Failed", "The Mayor and the Money"}
	var got []string
	for _, p := range a.Promos {
		got = append(got, doc.Text[p.Span.Start:p.Span.End])
		if p.Kind != model.PromoHeadlineLink {
			t.Errorf("%q kind %s", doc.Text[p.Span.Start:p.Span.End], p.Kind)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("promos = %q, want %q", got, want)
	}
}

func TestPromoLinkListsAndTitleClusters(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"ad inside a link list",
			"Story text ends here.\nREAD MORE:\nWhy the Plan Failed\nAdvertisement\nThe Mayor and the Money\nThe story goes on here.\n",
			[]string{"READ MORE:", "Why the Plan Failed", "Advertisement", "The Mayor and the Money"}},
		{"bare title after a read-more link",
			"Story text ends here.\nRead more: How the budget works\nThree Senators Propose a New Tax\nThe story goes on here.\n",
			[]string{"Read more: How the budget works", "Three Senators Propose a New Tax"}},
		{"two title-case lines inside the story",
			"Story text ends here.\nMayor Says 'We Will Rebuild' After Storm\nGovernor Signs Budget Bill Into Law\nThe story goes on here.\n",
			[]string{"Mayor Says 'We Will Rebuild' After Storm", "Governor Signs Budget Bill Into Law"}},
		{"one title-case line is not enough",
			"Story text ends here.\nMayor Says 'We Will Rebuild' After Storm\nThe story goes on here.\n",
			nil},
		{"article header is not a promo",
			"City Council Delays Vote on Bridge Repairs\nMayor Promises Answers by Friday\nThe council met on Monday.\n",
			nil},
		{"column with ALL-CAPS section headings",
			"THE EXPECTATIONS GAME IN IOWA\nThe race tightens, aides say.\nDEMOCRATS FACE HIGH STAKES IN NEVADA\nThe caucus is Saturday.\nWITH YOUR SECOND CUP OF COFFEE…\nRead this.\n",
			nil},
		{"explicit link survives in a column with ALL-CAPS headings",
			"THE EXPECTATIONS GAME IN IOWA\nThe race tightens, aides say.\nRELATED: GOVERNOR VETOES NEW FARM SUBSIDY PLAN\nThe vote is close.\nWITH YOUR SECOND CUP OF COFFEE…\nRead this.\nDEMOCRATS FACE HIGH STAKES IN NEVADA\nThe caucus is Saturday.\n",
			[]string{"RELATED: GOVERNOR VETOES NEW FARM SUBSIDY PLAN"}},
		{"ALL-CAPS line is a link without section headings",
			"Story text ends here.\nGOVERNOR VETOES NEW FARM SUBSIDY PLAN\nThe story goes on here.\n",
			[]string{"GOVERNOR VETOES NEW FARM SUBSIDY PLAN"}},
		{"section word after a link is not a link",
			"Story text ends here.\nRead more: How the budget works\nInfrastructure\nThe story goes on here.\n",
			[]string{"Read more: How the budget works"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, tt.text)
			var got []string
			for _, p := range a.Promos {
				got = append(got, doc.Text[p.Span.Start:p.Span.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("promos = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFurnitureLines checks that caption and player lines, lone photo
// credits and tweet bylines are furniture, and that story lines mentioning
// the same words are not.
func TestFurnitureLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Media playback is unsupported on your device", true},
		{"Image copyright Getty Images Image caption Mrs May spoke", true},
		{"JUST WATCHED", true},
		{"(Andrew Vaughan/Canadian Press)", true},
		{"AP Photo/Evan Vucci", true},
		{"— Jane Doe (@jdoe) May 3, 2019", true},
		{"The image caption was wrong, the editor said in a statement on Monday.", false},
		{"She watched the replay of the game with her father and his friends.", false},
		{"Prices rose 3/4 of a point.", false},
	}
	for _, tt := range tests {
		text := "A story opens with a sentence long enough to be story text.\n\n" + tt.line + "\n\nThe story goes on with another sentence of text.\n"
		_, a := analyzeText(t, text)
		got := false
		for _, p := range a.Promos {
			if p.Kind == model.PromoFurniture {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q furniture = %v, want %v (promos %+v)", tt.line, got, tt.want, a.Promos)
		}
	}
}
