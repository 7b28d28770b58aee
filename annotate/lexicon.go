package annotate

import (
	"strings"
	"unicode/utf8"
)

// wordSet is a set of lower-case words.
type wordSet map[string]struct{}

// newWordSet builds a wordSet from a space-separated list.
func newWordSet(lists ...string) wordSet {
	s := wordSet{}
	for _, list := range lists {
		start := -1
		for i := 0; i <= len(list); i++ {
			if i == len(list) || list[i] == ' ' || list[i] == '\n' || list[i] == '\t' {
				if start >= 0 {
					s[list[start:i]] = struct{}{}
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
	}
	return s
}

// unionWordSets returns a set holding the words of all the sets.
func unionWordSets(sets ...wordSet) wordSet {
	u := wordSet{}
	for _, s := range sets {
		for w := range s {
			u[w] = struct{}{}
		}
	}
	return u
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool {
	_, ok := s[w]
	return ok
}

// hasWord reports whether word w, lower-cased and without a possessive
// ending, is in the set. It does not allocate for ASCII words.
func (s wordSet) hasWord(w string) bool {
	w = trimPossessive(w)
	var buf [32]byte
	if len(w) > len(buf) {
		return s.has(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.has(strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := s[string(buf[:len(w)])]
	return ok
}

// speechVerbs are the verbs (all forms) that attribute words to a speaker.
var speechVerbs = newWordSet(`
say says said saying tell tells told telling add adds added adding
ask asks asked asking write writes wrote writing written
state states stated explain explains explained explaining
note notes noted noting argue argues argued arguing claim claims claimed claiming
declare declares declared declaring insist insists insisted insisting
warn warns warned warning recall recalls recalled recalling
reply replies replied replying respond responds responded responding
continue continues continued continuing tweet tweets tweeted tweeting
post posts posted announce announces announced announcing
acknowledge acknowledges acknowledged admit admits admitted
complain complains complained concede concedes conceded contend contends contended
suggest suggests suggested urge urges urged vow vows vowed
predict predicts predicted joke jokes joked quip quips quipped
boast boasts boasted shout shouts shouted yell yells yelled
caution cautions cautioned observe observes observed remark remarks remarked
emphasize emphasizes emphasized emphasised stress stresses stressed
maintain maintains maintained counter counters countered testify testifies testified
promise promises promised conclude concludes concluded
call calls called dub dubs dubbed label labels labeled labelled
describe describes described describing
accuse accuses accused charge charges charged allege alleges alleged
lament laments lamented muse muses mused wonder wonders wondered
scream screams screamed chant chants chanted read reads
report reports reported reiterate reiterates reiterated
assert asserts asserted affirm affirms affirmed confirm confirms confirmed
deny denies denied demand demands demanded
proclaim proclaims proclaimed exclaim exclaims exclaimed
whisper whispers whispered mutter mutters muttered
retort retorts retorted interject interjected
offer offers offered opine opines opined
cite cites cited quote quotes quoted
blast blasts blasted slam slams slammed
praise praises praised criticize criticizes criticized criticised
characterize characterizes characterized brand brands branded deem deems deemed
term terms termed tout touts touted hail hails hailed decry decries decried
denounce denounces denounced mock mocks mocked dismiss dismisses dismissed
condemn condemns condemned reference references referenced scold scolds scolded
fume fumes fumed exhort exhorts exhorted stating remarking interrupt interrupts interrupted
blame blames blamed vowing pledging boasting lamenting
sing sings sang chanting concluding acknowledging calling predicting joking suggesting
pledge pledges pledged threaten threatens threatened
`)

// objectVerbs take the listener or target as object, so the name after them
// is not the speaker ("told Sullivan", "called Biden").
var objectVerbs = newWordSet(`tell tells told telling call calls called calling urge urges urged
accuse accuses accused praise praises praised criticize criticizes criticized blast blasts blasted
slam slams slammed warn warns warned ask asking remind reminded thank thanked quote quotes quoted
cite cites cited dub dubbed label labeled labelled brand branded describe described scold scolded
mock mocked dismiss dismissed condemn condemned deny denied`)

// inversionVerbs may come before their subject after a quote ("…," said Sullivan).
var inversionVerbs = newWordSet(`says said asked adds added wrote writes continued continues explained
explains noted recalled replied responded tweeted declared insisted warned argued
countered concluded joked quipped observed remarked stated asks`)

// subjectSkips are adverbs and auxiliaries between a subject and its verb.
var subjectSkips = newWordSet(`also later previously has had have would will once again then recently
repeatedly frequently often privately publicly simply just quickly never did does
earlier initially first further separately subsequently
only still reportedly allegedly flatly bluntly angrily`)

// pronouns that can stand for a speaker.
var speakerPronouns = newWordSet(`he she they it`)

// functionWords are capitalized at a sentence start but never part of a name.
var functionWords = newWordSet(`the a an but and or in on at for with this that these those it
he she they we i his her their our its my your you when while if as after before since
because so then there here what who why how where yet still also meanwhile however
although though even not no yes to from by of about into over under during
instead indeed asked speaking last next every each some many most more such
both either neither all any one two three four five six seven eight nine ten
be is was are were been being am do does did can could will would should may might must
according monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
today yesterday tomorrow tonight earlier later now`)

// titleWords precede a person's name ("National Security Adviser Jake Sullivan")
// and are stripped from the canonical name.
var titleWords = newWordSet(`president minister secretary adviser advisor senator sen sen.
rep rep. representative gov gov. governor mayor chairman chairwoman chair director
spokesman spokeswoman spokesperson attorney general judge justice chief ceo
mr mr. mrs mrs. ms ms. dr dr. prof prof. professor gen gen. col col. lt lt. sgt sgt.
capt capt. adm adm. ambassador leader speaker commissioner candidate nominee
host anchor rev rev. pope king queen prince princess lord lady sir
congressman congresswoman councilman councilwoman councilor
pastor rabbi coach sheriff detective agent chancellor premier
assemblyman assemblywoman treasurer auditor comptroller
sens. reps. republican democrat democratic gop
founder executive editor correspondent reporter columnist analyst author whip
rival fellow challenger incumbent opponent`)

// roleNouns head a noun phrase that can be a speaker ("the president",
// "a campaign spokeswoman", "officials", "the White House").
var roleNouns = newWordSet(`president spokesman spokeswoman spokesperson official officials aide aides
adviser advisers advisor advisors source sources senator governor mayor candidate nominee
campaign lawmaker lawmakers analyst analysts expert experts secretary minister leader
leaders chief director police prosecutor prosecutors lawyer lawyers attorney attorneys
judge court government administration department agency committee group organization
company party officer officers authorities resident residents voter voters supporter
supporters critic critics people woman man witness witnesses teacher student students
congressman congresswoman representative speaker chairman chairwoman ceo executive
founder activist activists protester protesters statement report memo letter release
website poll survey study researchers scientists economist economists strategist
strategists observers executives chair diplomat diplomats ambassador
commander commissioner democrats republicans member members staffer staffers
fan fans friend friends neighbor neighbors mother father wife husband son daughter
sister brother owner manager worker workers organizer organizers veteran veterans
doctor doctors nurse historian professor author writer host anchor reporter
correspondent columnist editor pollster pollsters campaigns ad ads
spokespeople representatives delegate delegates office ministry tweet
businessman businesswoman billionaire commission article paper newspaper spot
narrator panel board council union coalition senators governors mayors
questioner speakers participants attendees crowd audience person someone
spokespersons chairperson`,
	// "senior" stands in for the head noun when a name ("a senior Cruz
	// adviser") or a long modifier run ("a former senior law enforcement
	// official") hides it.
	`senior`)

// introWords open an introductory phrase before a sentence's subject
// ("In a statement, …", "On Tuesday, …").
var introWords = newWordSet(`in on at during after before since while when as but and yet so
meanwhile however still also later earlier separately instead then
speaking asked writing appearing addressing for with without under over by
last this next`)

// titleContexts come before a quoted title (of a show, book or song), which
// is not speech: on "Fox News Sunday", of "Morning Joe", titled "Arrogant".
var titleContexts = newWordSet(`on of in titled called named dubbed show book film movie song
anthem album episode program programme series column headline article
broadcast segment essay poem play documentary`)

// bodyWords mark a capitalized name as an organization rather than a person.
var bodyWords = newWordSet(`house senate congress department ministry committee campaign party
council office agency administration court news times post journal press
association union institute university college center centre foundation group
company corporation inc. inc corp. corp co. network service services bureau commission
board church school hospital army navy police force forces fund bank cnn fbi cia
gop nato un eu pentagon kremlin reuters ap afp bbc msnbc fox abc nbc cbs npr
republicans democrats organization coalition alliance project initiative
tribune herald gazette magazine daily weekly review street
club league society federation institution`)

// nameParticles join the parts of a name ("Charles de Gaulle", "Secretary of State").
var nameParticles = newWordSet(`de da di van von der den del la le du bin al ibn of st. mc`)

// subordinators open a clause that is not a quote's attribution.
var subordinators = newWordSet(`when as after because while if since before although though unless until whereas`)

// determiners start a role noun phrase.
var determiners = newWordSet(`the a an his her their its our one two three several some many
another other this that these those each any both most`)
