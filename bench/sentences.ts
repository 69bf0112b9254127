// English sentences of the kinds the real compilation prints (statements, appeals, news reports on
// the anniversary), for the benchmark's generated prose. Fillers carry no figure, so every figure
// in a generated document is a claim; {place} and {n} are filled in by the generator.

export const PLACES = ["Khojaly", "Agdam", "Karabakh", "Shusha", "Baku", "Ganja", "Barda", "Fuzuli", "Lachin", "Kalbajar"];

const FIRST = ["Ali", "Elnur", "Aysel", "Rashad", "Leyla", "Vugar", "Nigar", "Farid", "Sevinj", "Tural", "Gunay", "Ilham", "Samir", "Aynur", "Kamran", "Lala"];
const STEMS = [
  "Mammad",
  "Hasan",
  "Aliyev",
  "Guliyev",
  "Huseyn",
  "Ismayil",
  "Jafar",
  "Karim",
  "Mirza",
  "Nasir",
  "Rahim",
  "Safar",
  "Talib",
  "Valiyev",
  "Zeynal",
  "Abbas",
];
const ENDS = ["ov", "ova", "li", "zade", "beyli", "lu"];
/** Names of speakers and witnesses: thousands of them, so a sentence rarely repeats between documents by chance. */
export const NAMES: readonly string[] = FIRST.flatMap((f) => STEMS.flatMap((s) => ENDS.map((e) => `${f} ${s}${e}`)));

/**
 * Slot words. A template's fixed runs are a few words long and every sentence has several slots,
 * so two documents share a twelve-word run about as rarely as in the real corpus; copying between
 * documents is planted on purpose (see generate.ts), not left to chance.
 */
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  adj: ["terrible", "bloody", "tragic", "brutal", "horrible", "shocking", "grave", "cruel", "savage", "unprecedented", "heinous", "monstrous"],
  body: [
    "the parliament",
    "the Ombudsman",
    "the government",
    "the embassy",
    "the delegation",
    "the diaspora",
    "the ministry",
    "the committee",
    "the council",
    "the community",
    "the mayor",
    "the president",
  ],
  org: [
    "the United Nations",
    "the OSCE",
    "the Council of Europe",
    "the European Parliament",
    "the OIC",
    "the Inter-Parliamentary Union",
    "the General Assembly",
    "the Security Council",
    "the Red Cross",
    "UNESCO",
  ],
  people: [
    "civilians",
    "residents",
    "inhabitants",
    "women and children",
    "elderly people",
    "families",
    "refugees",
    "defenders",
    "victims",
    "survivors",
    "students",
    "veterans",
  ],
  verb: [
    "condemned",
    "commemorated",
    "remembered",
    "mourned",
    "recalled",
    "honoured",
    "discussed",
    "described",
    "documented",
    "recognised",
    "denounced",
    "revisited",
  ],
  ask: ["called on", "urged", "appealed to", "asked", "invited", "reminded", "addressed", "wrote to", "informed", "petitioned"],
  time: [
    "last year",
    "this week",
    "on Monday",
    "in the evening",
    "every February",
    "in recent years",
    "at the ceremony",
    "during the session",
    "since then",
    "today",
    "on Friday",
    "in spring",
  ],
  act: ["massacre", "genocide", "tragedy", "crime", "attack", "occupation", "aggression", "ethnic cleansing", "atrocity", "bloodshed", "assault", "carnage"],
  deed: [
    "give a legal assessment",
    "condemn the perpetrators",
    "recognise the crime",
    "punish those responsible",
    "support the victims",
    "restore justice",
    "preserve the memory",
    "study the evidence",
    "inform the public",
    "stop the impunity",
  ],
  thing: ["houses", "schools", "hospitals", "mosques", "libraries", "monuments", "museums", "farms", "bridges", "cemeteries"],
  name: NAMES,
  how: [
    "with deep sorrow",
    "in silence",
    "with flowers",
    "with candles",
    "with prayers",
    "with speeches",
    "with exhibitions",
    "with concerts",
    "with books",
    "with films",
  ],
};

export const FILLERS = [
  "The {act} in {place} was {adj}, {name} said, and {body} {verb} its {people} {time} {how}.",
  "{body} {ask} {org} to {deed}, according to {name}, after the {adj} {act} in {place} {time}.",
  "{people} of {place} suffered a {adj} {act}, {name} recalled, and {body} {verb} them {how} {time}.",
  "{time} {body} and {name} {ask} {org} to {deed} for the {people} of {place}.",
  "The {act} destroyed {thing} and {thing} in {place}, {name} wrote, and {body} {verb} the loss {time}.",
  "In {place} {body} {verb} the {people} {how}, {name} told reporters, and {ask} {org} to {deed}.",
  "{body} said {time} through {name} that {org} must {deed} in {place} {how}.",
  "The {adj} {act} against the {people} of {place}, {name} noted, was {verb} by {org} {time}.",
  "Speakers from {body} and {name} {verb} the {act} {how} and {ask} {org} to {deed}.",
  "The {people} who survived the {adj} {act} in {place} were {verb} by {name} {time} {how}.",
  "{org} {verb} the {act} in {place} {time}, {name} said, and {body} {ask} it to {deed}.",
  "After the {act} the {thing} and {thing} of {place} lay in ruins, {name} {verb} {time}.",
] as const;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A filler with its slots filled; `pick` chooses one of a list. */
export function fillSentence(template: string, pick: (xs: readonly string[]) => string, place: string): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === "place" ? place : pick(SLOTS[slot] ?? [slot])));
  return capitalise(filled);
}

/** Sentences with one figure ({n}); the claim quotes the figure and the three words after it. */
export const FIGURE_SENTENCES: readonly string[] = [
  "{time} {name} of {body} reported that {n} {people} were killed in {place}.",
  "According to {name} of {org}, {n} {people} of {place} were taken hostage.",
  "{name} said {time} that {n} {people} were wounded in the {adj} {act}.",
  "The fate of {n} {people} who went missing in {place} remains unknown, {name} said.",
  "More than {n} {thing} were burned in {place}, {name} wrote {time}.",
  "In {place} {n} families lost all their members, {name} {verb} {time}.",
  "{name} of {body} examined {n} bodies brought to the mosque in {place}.",
  "Among the dead were {n} {people} from {place}, {name} {verb} {time}.",
  "{time} {n} events were held by {name} to commemorate the {people} of {place}.",
  "The exhibition of {name} presented {n} photographs of the {act} in {place}.",
];

const UNITS = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Number words as the corpus prints them ("Fifty six", "twenty one"), by value below 100. */
export const NUMBER_WORDS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  n < 20 ? (UNITS[n] ?? "") : `${TENS[Math.floor(n / 10)] ?? ""}${n % 10 ? ` ${UNITS[n % 10] ?? ""}` : ""}`,
);
