"""Word lists for the broader causal verbs of :mod:`civicanalysis.wording` (private).

Kept apart so ``wording.py`` stays readable. Each list is a set of lower-case word forms; the
rules that use them (a subject and an object, a particle, a result phrase) are in ``wording.py``
and ``_wording_phrasal.py``. The wider lists are written as lemmas and inflected by ``en_verbs``
and ``nl_verbs``. Which constructions were added after which evaluation set is recorded in
``tests/reference/wording_labelling_rules.md``.
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Causal verbs that claim a cause only with a subject and an object ("cheaper childcare has
# enabled more parents to work"); added to the scanner's implicit verbs.
EN_MORE_IMPLICIT = _w(
    "enable enables enabled spur spurs spurred prompt prompts prompted accelerate accelerates "
    "accelerated slows slowed exacerbate exacerbates exacerbated alleviate alleviates "
    "alleviated ease eases eased relieve relieves relieved double doubles doubled triple "
    "triples tripled undercut"
)
NL_MORE_IMPLICIT = _w(
    "versnelt versnellen versnelde versnelden versneld verkortte verkortten afremt afremmen "
    "afgeremd tegengaat tegengaan tegengegaan verergert verergeren verergerde verergerden "
    "verergerd bemoeilijkt bemoeilijken bemoeilijkte bemoeilijkten belemmert belemmeren "
    "belemmerde belemmerden belemmerd vergemakkelijkt vergemakkelijken vergemakkelijkte "
    "ondermijnt ondermijnen ondermijnde ondermijnd schaadt schaden schaadde schaadden geschaad "
    "verstoort verstoren verstoorde verstoorden verstoord stimuleerden teruggedrongen "
    "terugdringt verdubbelde verdubbelden verdubbelt"
)
# Verbs with a particle after the object: "has sped up the switch", "slowed down traffic".
EN_SPEED = _w("speed speeds sped speeding slow slows slowed slowing")
# "gets children to join": get + object + "to" + verb.
EN_GET = _w("get gets got getting")
# "has left schools without lessons", "left streets full of rubbish".
EN_LEAVE = _w("leave leaves left leaving")
EN_LEFT_RESULT = _w(
    "without full empty homeless unable stranded short exposed vulnerable worse poorer "
    "isolated struggling"
)
# "lifted families out of poverty".
EN_LIFT = _w("lift lifts lifted lifting")
# "saves lives", "redden levens": only with these objects (not "saved the file").
EN_SAVE = _w("save saves saved saving")
NL_SAVE = _w("redt redden redde redden gered")
SAVE_OBJECT = _w("lives life jobs levens leven banen")
# "has hit elderly residents hardest".
EN_HIT = _w("hit hits")
HIT_RESULT = _w("hard hardest harder")
# "has changed how residents report", "heeft veranderd hoe bewoners melden".
CHANGE_VERB = _w("change changes changed changing veranderd verandert veranderde veranderden")
CHANGE_HOW = _w("how hoe")
# "means that" as a consequence: "the shortage of carers means that residents wait longer".
EN_MEANS = _w("means meant mean")
NOT_CONSEQUENCE_SUBJECT = _w("this that it which what these those")
# Dutch: "in de schulden gebracht", "in de problemen brengen".
NL_BRING = _w("brengt brengen bracht brachten gebracht")
NL_BRING_RESULT = _w("schulden problemen armoede nood")
# Dutch: "de bus in gedreven", "de stad uit gejaagd".
NL_DRIVE_IN = _w("gedreven dreef dreven drijft drijven")
# Dutch: "heeft het kruispunt gevaarlijker gemaakt" (comparative before the participle).
NL_MADE = _w("gemaakt maakte maakten maakt")
# Dutch: "aangezet tot", "zet bewoners aan tot".
NL_INCITE = _w("aangezet aanzetten aanzet")
NL_SET = _w("zet zetten zette zetten")
NL_GO = _w("gaat gaan ging gingen")
NL_TEWEEG = _w("teweeggebracht teweegbrengt teweegbrengen teweegbracht")
# Trailing attribution: "..., the report concludes." / "..., aldus de wethouder."
TRAILING_ATTRIBUTION = _w(
    "concludes concluded says said argues argued claims claimed writes wrote reports reported "
    "believes believe according stelt stelde zegt zei concludeert concludeerde aldus schrijft "
    "schreef beweert beweerde"
)
# Number words: "brought about twenty residents" is a count, not "brought about".
NUMBER_WORDS = _w(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens half"
)

# "can be attributed to", "is largely explained by", "kan worden toegeschreven aan".
EN_ATTRIBUTED = _w("attributed traced ascribed explained")
NL_ATTRIBUTED = _w("toegeschreven toeschrijven teruggevoerd terugvoeren")
# "the barrier stopped cars from entering".
EN_STOP = _w("stop stops stopped")
# "drive" without a particle is causal ("rents drive demand"), not with a vehicle after it.
EN_DRIVE = _w("drive drives drove driven")
VEHICLE = _w("car cars bus buses vehicle vehicles van vans truck trucks home")

# "can be traced back to a few persons" is re-identification, not a cause.
PERSONS = _w("person persons people individuals individual personen persoon mensen")

# Future auxiliaries: a prediction stated flatly ("zal de wachttijd verkorten") asserts a cause;
# with an actor as subject it is a plan ("the municipality will increase the budget").
FUTURE = _w("will zal zullen")
PLANNING_ACTOR = _w(
    "council municipality city government we us i our cabinet department team mayor alderman "
    "gemeente stad college kabinet wij we ik onze wethouder burgemeester afdeling raad "
    "next year volgend volgende jaar komend komende"
)
NL_PRONOUN = _w("dit dat het deze die er hij zij ze je u")

HEADS = (
    EN_MORE_IMPLICIT
    | NL_MORE_IMPLICIT
    | EN_SPEED
    | EN_GET
    | EN_LEAVE
    | EN_LIFT
    | EN_SAVE
    | NL_SAVE
    | EN_HIT
    | CHANGE_VERB
    | EN_MEANS
    | NL_BRING
    | NL_DRIVE_IN
    | NL_MADE
    | NL_INCITE
    | NL_SET
    | NL_TEWEEG
    | NL_GO
    | EN_ATTRIBUTED
    | NL_ATTRIBUTED
    | EN_STOP
    | _w("make makes made maakt maken maakte maakten gemaakt te account")
    | _w("down making")
)


# ---------------------------------------------------------------------------------------------
# The scanner's core word lists (moved from wording.py)
# ---------------------------------------------------------------------------------------------
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_FUNCTION = _words(
    "the a an of to and are was were that with for on by has have had this it be from not than "
    "their which who will would can could may might should does did do been being its these those "
    "we our they there after because due"
)
_NL_FUNCTION = _words(
    "de het een van en zijn dat die met voor op door niet te er heeft hebben wordt worden naar "
    "bij ook als dan om aan tot geen deze dit werd waren was wij we uit nog wel zich hun kan "
    "kunnen zou zouden moet dankzij doordat omdat vanwege waardoor"
)
_CLAUSE_PUNCT = frozenset(",;:()[]|–—")
_CLAUSE_WORDS = _words("but maar whereas terwijl although hoewel though yet")

_DET = {
    "en": _words(
        "a an the this that these those its their his her our my your each every some any all both "
        "no many more fewer less most much several such one"
    ),
    "nl": _words(
        "de het een deze dit die dat zijn haar hun onze ons mijn uw elk elke ieder iedere alle "
        "beide geen veel meer minder meeste sommige enkele zo'n"
    ),
}
_PREP = {
    "en": _words(
        "in on at by to from during over under since after before for with without among across "
        "around through between into of per about against until within compared again than "
        "as and or but so then while up down"
    ),
    "nl": _words(
        "in op aan bij naar van voor tot met zonder tijdens sinds na tussen onder boven over door "
        "uit om per tegen binnen rond sinds ten en of maar dan terwijl toe mee weer"
    ),
}
_ADVERB = {
    "en": _words(
        "also again further already even still then now only just greatly much considerably "
        "substantially significantly somewhat sharply slightly strongly clearly indeed really "
        "actually therefore thus"
    ),
    "nl": _words(
        "ook weer verder al nog nu alleen juist sterk flink fors licht iets enigszins duidelijk "
        "echt zelfs vooral dus daarom wel snel aanzienlijk"
    ),
}
_HAVE = {
    "en": _words("has have had having"),
    "nl": _words("heeft hebben had hadden gehad hebt"),
}
_BE = {
    "en": _words("is are was were be been being am get gets got"),
    "nl": _words("is zijn was waren wordt worden werd werden zijn geweest"),
}
_COPULA = {
    "en": _words("is are was were remains remained be been"),
    "nl": _words("is zijn was waren blijft bleef"),
}
_MODAL = {
    "en": _words(
        "may might could would can should must will shall cannot ought won't wouldn't couldn't "
        "shouldn't 'll"
    ),
    "nl": _words("kan kunnen kon konden zou zouden mag mogen moet moeten zal zullen zult kunt"),
}
_NEGATION = {
    "en": _words("not no never neither nor none nothing nobody without hardly cannot"),
    "nl": _words("niet geen nooit noch niets niemand zonder nergens allerminst"),
}
_HEDGE = {
    "en": _words(
        "possibly perhaps maybe probably likely unlikely plausible plausibly apparently appears "
        "appear appeared seem seems seemed suggest suggests suggested suggesting potentially "
        "presumably conceivably possible hypothesis hypothesise hypothesize hypothesised "
        "hypothesized unclear unknown uncertain if whether why how what theory theoretically "
        "wonder question questions asked ask asks"
    ),
    "nl": _words(
        "mogelijk mogelijke misschien wellicht waarschijnlijk vermoedelijk mogelijkerwijs lijkt "
        "lijken leek leken schijnt aannemelijk denkbaar eventueel suggereert suggereren wijst "
        "wijzen hypothese vermoeden onduidelijk onbekend onzeker indien waarom hoe wat welk welke "
        "hoeveel theorie vraag vragen vroeg vroegen"
    ),
}
_ATTRIBUTION = {
    "en": _words(
        "believe believes believed belief beliefs think thinks thought feel feels felt claim claims "
        "claimed say says said argue argues argued reported assume assumes assumed assumption "
        "convinced concluded conclude concludes opinion stated literature studies research "
        "researchers experts shown showed found finds expect expects expected hope hopes hoped "
        "promised promise promises want wants wanted aim aims aimed goal goals target intended "
        "intend intends designed meant plan plans planned strategy purpose objective estimate "
        "examines examine examined assess assessing evaluate evaluated evaluation investigate "
        "investigates investigating study understand know learn explore track determine "
        "commissioned mean means defined definition refers term next upcoming told tells tell "
        "states state complain complains complained writes wrote warns warned arguably "
        "likelihood "
        "informed"
    ),
    "nl": _words(
        "denken denkt dacht dachten vinden vindt vond vonden stellen stelt stelde stelden beweren "
        "beweert beweerd bewering melden meldden concludeerde concludeert concluderen overtuigd "
        "verklaarde gevoel geloof gelooft geloven zeggen zegt zei zeiden literatuur studies "
        "onderzoek aanname veronderstellen veronderstelt volksmond doel doelen streefdoel bedoeld "
        "gericht hoopt hopen hoop verwachten verwacht willen wil wilde wilden plan plannen strategie "
        "beoogd beogen beloofde belooft beloven onderzoeken onderzoekt onderzoeksvraag schatten "
        "meten bepalen evaluatie evalueren opdracht volgend komend komende begrijpen weten "
        "betekent betekenen verstaan bedoelen bedoel definitie term vertelde vertelden vertelt "
        "meent menen meende meenden klagen klaagt klaagde klaagden schrijft schreef "
        "waarschuwt waarschuwde waarschuwen hoeverre verwachting "
        "vertellen"
    ),
}
_WIDE = {"en": _words("according"), "nl": _words("volgens hoeverre")}
_OWN_EVIDENCE = _words(
    "figures data cijfers gegevens analysis analyse table tabel our onze registration registratie "
    "results resultaten monitor dashboard"
)
_LITERAL_PATH = _words(
    "path road link route door street stairs trail way corridor button page tab menu pad weg deur "
    "straat trap knop pagina gang screen form step site website scherm formulier stap"
)
_POSSESSIVE_NL = _words("hun haar zijn mijn uw onze ons jouw")
_COMPARATIVE = _words(
    "safer better worse cleaner quieter busier healthier more less easier harder poorer richer "
    "longer shorter higher lower bigger smaller greater stronger weaker unsafe safe veiliger "
    "schoner rustiger drukker gezonder beter slechter meer minder groter kleiner langer korter "
    "hoger lager makkelijker moeilijker onveiliger armer rijker leefbaarder gevaarlijker ziek "
    "ill sick dangerous onveilig affordable unaffordable accessible inaccessible attractive "
    "unattractive dry safe afloat warm droog overeind betaalbaar onbetaalbaar toegankelijk ontoegankelijk aantrekkelijk "
    "onaantrekkelijk bereikbaar onbereikbaar leefbaar onleefbaar"
)
_EVALUATIVE = _words(
    "considerable large small strong weak clear significant substantial big visible measurable "
    "positive negative about around roughly aanzienlijk groot klein sterk zwak duidelijk "
    "real noticeable modest sizeable marked merkbaar aantoonbaar bescheiden "
    "significant zichtbaar meetbaar positief negatief ongeveer circa"
)


def _forms(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# Implicit causal verbs: a claim only with a subject and an object (transitive use).
_IMPLICIT = {
    "en": _forms(
        "increase increases increased reduce reduces reduced lower lowers lowered raise raises "
        "raised boost boosts boosted improve improves improved decrease decreases decreased cut "
        "cuts prevent prevents prevented discourage discourages discouraged encourage encourages "
        "encouraged halve halves halved worsen worsens worsened curb curbs curbed deter deters "
        "deterred shorten shortens shortened lengthen lengthens lengthened affect affects affected "
        "influence influences influenced stimulate stimulates stimulated promote promotes promoted "
        "hinder hinders hindered hamper hampers hampered undermine undermines undermined "
        "strengthen strengthens strengthened weaken weakens weakened trigger triggers triggered "
        "impact impacts impacted harm harms harmed "
        "fuel fuels fuelled fueled eliminate eliminates eliminated diminish diminishes diminished "
        "slash slashes slashed drive drives drove driven push pushes pushed force forces forced widen "
        "widens widened narrow narrows narrowed attract attracts attracted damage damages damaged "
        "hurt hurts"
    )
    | EN_MORE_IMPLICIT,
    "nl": _forms(
        "verhoogt verhogen verhoogde verhoogden verhoogd verlaagt verlagen verlaagde verlaagden "
        "verlaagd vermindert verminderen verminderde verminderden verminderd vergroot vergroten "
        "vergrootte vergrootten verkleint verkleinen verkleinde verkleinden verkleind verbetert "
        "verbeteren verbeterde verbeterden verbeterd verslechtert verslechteren verslechterde "
        "verslechterd bevordert bevorderen bevorderde bevorderden bevorderd voorkomt voorkwam "
        "voorkwamen voorkomen beperkt beperken beperkte beperkten halveert halveren halveerde "
        "halveerden gehalveerd stimuleert stimuleren stimuleerde gestimuleerd ontmoedigt "
        "ontmoedigen ontmoedigde ontmoedigden ontmoedigd verdrijft verdrijven verdreef verdreven "
        "verkort verkorten verkortte verkortten beïnvloedt beïnvloeden beïnvloedde beïnvloedden "
        "beïnvloed beinvloedt beinvloeden beinvloedde raakt raken raakte raakten versterkt "
        "versterken versterkte verzwakt verzwakken verzwakte verplaatst verplaatsen verplaatste "
        "terugdringen teruggedrongen terugbrengen teruggebracht wegjagen weggejaagd treft treffen "
        "trof troffen getroffen verbreedt verbreden verbreedde vergrootte"
    )
    | NL_MORE_IMPLICIT,
}
_EN_ING = _forms(
    "increasing reducing lowering raising boosting improving decreasing cutting preventing "
    "affecting influencing driving pushing causing forcing widening damaging attracting "
    "fuelling fueling harming hurting"
)
_MAKE = {
    "en": _forms("make makes made"),
    "nl": _forms("maakt maken maakte maakten gemaakt"),
}
_NL_CHANGE = _forms(
    "afgenomen toegenomen gedaald gestegen gegroeid verdubbeld gehalveerd ontstaan ontstaat "
    "ontstond ontstonden verdwenen verslechterd verbeterd veranderd afnam toenam daalde daalden "
    "steeg stegen groeide groeiden gekrompen verminderd gegroeid"
)
_CHANGE_WORDS = _words(
    "rose rise rises risen fell fall falls fallen increased increase increases decreased decrease "
    "decreases grew grow grows grown dropped drop drops declined decline declines doubled halved "
    "went higher lower more fewer less worse better up down improved worsened shrank "
    "steeg stijgt stegen gestegen daalde daalt daalden gedaald groeide groeit gegroeid nam neemt "
    "namen toegenomen afgenomen verdubbelde verdubbeld halveerde hoger lager meer minder slechter "
    "beter omhoog omlaag verbeterde verslechterde kromp shrank shrunk slumped plummeted soared "
    "surged climbed dipped tripled jumped eased slowed thinned grown liep liepen opgelopen"
)
# Adjectives before "cause(s)" that make it a noun: "check common causes".
_NOUN_ADJ = _words(
    "main root common possible likely underlying real true direct indirect other different known "
    "major primary probable potential hidden shared external single leading"
)
# Objects of "raise" that are not a quantity: "the package raised a code".
_TREFFEN = _words("treft treffen trof troffen getroffen")
_TREFFEN_NOT = _words("maatregelen maatregel voorbereidingen voorzieningen regeling afspraken")
_RAISE_NOT = _words(
    "code codes warning warnings error errors question questions issue issues concern concerns "
    "exception exceptions flag flags alarm point points objection objections awareness hand "
    "hands money funds"
)
_NL_CHANGE_INF = _forms("oplopen stijgen dalen toenemen afnemen groeien verdwijnen ontstaan")
_NL_SUBORDINATOR = _words("dat die omdat doordat of als wanneer nadat zodat waardoor terwijl")

# Connective verbs with a particle: head forms -> (particles, largest gap, particle may precede).
_PAIRS: dict[str, list[tuple[frozenset[str], frozenset[str], int, bool]]] = {
    "en": [
        (_forms("lead leads led leading"), _forms("to into"), 4, False),
        (_forms("keep keeps kept keeping"), _forms("down low awake away out"), 7, False),
        (_forms("result results resulted resulting"), _forms("in"), 2, False),
        (_forms("contribute contributes contributed contributing"), _forms("to"), 3, False),
        (_forms("stem stems stemmed stemming"), _forms("from"), 2, False),
        (_forms("owe owes owed"), _forms("to"), 3, False),
        (_forms("bring brings brought bringing"), _forms("about down"), 1, False),
        (_forms("set sets"), _forms("off"), 1, False),
    ],
    "nl": [
        (_forms("leidt leiden leidde leidden geleid leid"), _forms("tot toe ertoe"), 5, True),
        (_forms("zorgt zorgen zorgde zorgden gezorgd"), _forms("voor ervoor"), 6, True),
        (
            _forms("houdt houden hield hielden gehouden"),
            _forms("laag hoog wakker uit buiten tegen"),
            6,
            False,
        ),
        (_forms("drijft drijven dreef dreven gedreven"), _forms("omhoog weg uit"), 6, True),
        (_forms("draagt dragen droeg droegen"), _forms("bij"), 5, False),
        (_forms("bijdraagt bijdragen bijgedragen bijdroeg bijdroegen"), _forms("aan"), 4, True),
        (_forms("komt komen kwam kwamen gekomen"), _forms("door"), 4, False),
        (_forms("ontstaat ontstaan ontstond ontstonden"), _forms("door"), 3, False),
        (
            _forms("resulteert resulteren resulteerde resulteerden geresulteerd"),
            _forms("in"),
            3,
            False,
        ),
        (_forms("brengt brengen bracht brachten"), _forms("teweeg terug"), 10, False),
        (_forms("dringt dringen drong drongen"), _forms("terug"), 10, False),
        (_forms("remt remmen remde remden"), _forms("af"), 8, False),
        (_forms("jaagt jagen joeg joegen"), _forms("uit weg omhoog op"), 6, False),
        (_forms("zet zetten zette"), _forms("ertoe"), 4, False),
        (_forms("ligt liggen lag lagen"), _forms("grondslag"), 2, False),
    ],
}
_CAUSE_EN = _forms("cause causes caused causing")
# "door de bank genomen" (on average), "door de week" (on weekdays), "door de jaren heen".
_DOOR_IDIOM = frozenset(
    {
        ("de", "bank"),
        ("de", "week"),
        ("de", "jaren"),
        ("het", "jaar"),
        ("de", "tijd"),
        ("elkaar", ""),
        ("de", "constructie"),
        ("middel", "van"),
    }
)
_GIVE = _forms("give gives gave given giving")
_DRIVE_PUSH = _forms("drive drives drove driven driving push pushes pushed force forces forced")
_LEAD_EN = _forms("lead leads led leading")
_LEAD_NL = _forms("leidt leiden leidde leidden geleid")
_CAUSE_NL = _forms("veroorzaakt veroorzaken veroorzaakte veroorzaakten veroorzaak")
_EFFECT_NOUN = {
    "en": _forms("effect effects impact impacts influence consequences consequence"),
    "nl": _forms("effect effecten invloed impact gevolg gevolgen uitwerking weerslag"),
}


# ---------------------------------------------------------------------------------------------
# A wider lexicon, written as lemmas and inflected here (used by ``_wording_phrasal``)
# ---------------------------------------------------------------------------------------------
# Why a small inflector rather than a lemmatizer: the lookup tables of spaCy or pattern are tens of
# MB and slow the reviewer's command line; these lists are closed, so their regular forms can be
# written out once. Irregular forms are given in the spec as "lemma/past/participle".
def _en_regular(lemma: str) -> tuple[str, str, str, str]:
    """(third person, past, participle, -ing) of a regular English verb ("spur+" doubles)."""
    double = lemma.endswith("+")
    lemma = lemma.rstrip("+")
    if lemma.endswith("ee"):
        return lemma + "s", lemma + "d", lemma + "d", lemma + "ing"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    stem = lemma + lemma[-1] if double else lemma
    return third, stem + "ed", stem + "ed", stem + "ing"


def en_verbs(spec: str) -> dict[str, str]:
    """Every form of the verbs in ``spec`` mapped to its lemma.

    ``spec`` holds lemmas ("curb", "spur+" for a doubled consonant) or irregular verbs as
    "lemma/past/participle" ("drive/drove/driven").
    """
    forms: dict[str, str] = {}
    for item in spec.split():
        parts = item.split("/")
        lemma = parts[0].rstrip("+")
        third, past, part, ing = _en_regular(parts[0])
        if len(parts) == 3:
            past, part = parts[1], parts[2]
        for f in (lemma, third, ing, *past.split("|"), *part.split("|")):
            forms[f] = lemma
            if lemma.endswith("ise"):
                forms[f.replace("is", "iz")] = lemma  # "minimise" and "minimize"
    return forms


def en_participles(spec: str) -> frozenset[str]:
    """The past participles of the verbs in ``spec`` (for a passive with "by")."""
    out = set()
    for item in spec.split():
        parts = item.split("/")
        part = parts[2] if len(parts) == 3 else _en_regular(parts[0])[2]
        out.update(part.split("|"))
        if "ise" in part:
            out.add(part.replace("ise", "ize"))
    return frozenset(out)


def nl_verbs(spec: str) -> dict[str, str]:
    """Every finite, infinitive and participle form of Dutch verbs, mapped to the infinitive.

    ``spec`` items are "stem:infinitive:past:participle" with the past singular given in full
    ("verkoel:verkoelen:verkoelde:verkoeld"); the plural past adds "n" (or is given as
    "past|pastplural" for strong verbs: "weerhield|weerhielden").
    """
    forms: dict[str, str] = {}
    for item in spec.split():
        stem, inf, past, part = item.split(":")
        pasts = past.split("|")
        if len(pasts) == 1:
            pasts.append(pasts[0] + "n")
        third = stem if stem.endswith("t") else stem + "t"
        # The bare stem is left out: "Zo stimuleer je medewerkers" is advice, not a finding.
        for f in (third, inf, part, *pasts):
            forms[f] = inf
    return forms


# Causal verbs that claim a cause with a subject and an object ("the trees cooled the streets");
# described change without an object ("growth slowed") is not a claim. Verbs of doing (build,
# expand, introduce) are left out on purpose: they name an action, not an effect.
EN_WIDE_SPEC = (
    "aggravate amplify calm compound cool dampen deepen delay deplete depress destabilise "
    "disrupt disturb drain endanger erode escalate hasten heighten impair inflate inhibit "
    "intensify jeopardise lessen magnify minimise mitigate obstruct offset prolong provoke quell "
    "revive revitalise soften spark stall stifle stoke tempt thwart trim entice lure "
    "dissuade motivate nudge galvanise empower destroy cripple hurt+/hurt/hurt stabilise "
    "facilitate foster heal injure counteract benefit squeeze worsen lengthen "
    "outweigh/outweighed/outweighed unsettle/unsettled/unsettled depopulate revitalise "
    "rejuvenate energise invigorate overwhelm overload strain tighten loosen "
    "shrink/shrank/shrunk underlie/underlay/underlain persuade avert bolster buoy curtail "
    "cushion dent+ derail distort engender ignite incentivise induce instil kindle mobilise "
    "nurture overburden precipitate propel reinforce reinvigorate rekindle reshape restore ruin "
    "sap+ stunt sway swell undo/undid/undone uplift wreck inflame deprive spare "
    "expose burden saddle plunge compel+ hinder frustrate absorb stretch"
)
EN_WIDE = en_verbs(EN_WIDE_SPEC)
EN_WIDE_PARTICIPLES = en_participles(EN_WIDE_SPEC)

# Verbs that are causal only with a fitting object: "cost 40 jobs", "created 200 jobs",
# "saved the council money", "draws visitors", "explains the drop".
EN_OBJECT_VERBS = {
    **{f: "cost" for f in ("cost", "costs", "costing")},
    **en_verbs("create generate draw/drew/drawn explain"),
    **{f: "account" for f in ("account", "accounts", "accounted")},
}
COST_OBJECT = _w("jobs job lives life money millions banen levens geld miljoenen werkgelegenheid")
CREATE_OBJECT = _w("jobs places homes work banen plaatsen woningen werk werkgelegenheid")
DRAW_OBJECT = _w(
    "visitors tourists crowds people residents shoppers customers families bezoekers toeristen "
    "mensen bewoners klanten gezinnen jongeren ouderen kinderen studenten inwoners publiek "
    "kopers young older children students"
)
# "explains the drop", "accounts for most of the rise", "verklaart de daling".
CHANGE_NOUN = _w(
    "rise rises increase increases drop drops decline declines fall growth difference gap "
    "differences gaps reduction decrease surge jump spike dip stijging daling toename afname "
    "groei verschil verschillen kloof sprong piek"
)

# English verbs with a particle after their object ("brought waiting times down", "put
# visitors off coming", "drove shoppers away", "helped sort out"); lemma -> particles.
EN_PHRASAL = {
    "bring": ("down", "up", "back"),
    "put": ("off",),
    "drive": ("away", "out", "up", "down", "above", "below", "beyond"),
    "scare": ("off", "away"),
    "frighten": ("off", "away"),
    "keep": ("away", "out", "down", "off"),
    "hold": ("back", "down", "up"),
    "push": ("up", "down", "out", "away", "off", "above", "below", "beyond", "over"),
    "talk": ("out",),
    "tip": ("over",),
    "soak": ("up",),
    "wash": ("out", "away"),
    "drag": ("down",),
    "price": ("out",),
    "wear": ("down", "out"),
    "free": ("up",),
    "turn": ("around", "round", "away"),
    "crowd": ("out",),
    "stir": ("up",),
    "whip": ("up",),
    "calm": ("down",),
    "cool": ("down",),
    "lock": ("out",),
    "shut": ("out",),
    "draw": ("in", "out"),
    "pull": ("away",),
}
EN_PHRASAL_FORMS = en_verbs(
    "bring/brought/brought put+/put/put drive/drove/driven scare frighten keep/kept/kept "
    "hold/held/held push drag+ price wear/wore/worn free turn crowd stir+ whip+ calm "
    "cool lock shut+/shut/shut draw/drew/drawn pull talk tip+ soak wash"
)

# Dutch causal verbs (non-separable), as "stem:infinitive:past:participle".
NL_WIDE = nl_verbs(
    "verkoel:verkoelen:verkoelde:verkoeld koel:koelen:koelde:gekoeld "
    "verhinder:verhinderen:verhinderde:verhinderd "
    "motiveer:motiveren:motiveerde:gemotiveerd verleid:verleiden:verleidde:verleid "
    "verzacht:verzachten:verzachtte:verzacht demp:dempen:dempte:gedempt "
    "temper:temperen:temperde:getemperd vertraag:vertragen:vertraagde:vertraagd "
    "verleng:verlengen:verlengde:verlengd beschadig:beschadigen:beschadigde:beschadigd "
    "ontwricht:ontwrichten:ontwrichtte:ontwricht bewerkstellig:bewerkstelligen:bewerkstelligde:"
    "bewerkstelligd verdubbel:verdubbelen:verdubbelde:verdubbeld "
    "verdrievoudig:verdrievoudigen:verdrievoudigde:verdrievoudigd "
    "vergemakkelijk:vergemakkelijken:vergemakkelijkte:vergemakkelijkt "
    "ontlast:ontlasten:ontlastte:ontlast verlicht:verlichten:verlichtte:verlicht "
    "vergroot:vergroten:vergrootte:vergroot verkort:verkorten:verkortte:verkort "
    "ontmoedig:ontmoedigen:ontmoedigde:ontmoedigd verstoor:verstoren:verstoorde:verstoord "
    "versnel:versnellen:versnelde:versneld verhevig:verhevigen:verhevigde:verhevigd "
    "verscherp:verscherpen:verscherpte:verscherpt bemoeilijk:bemoeilijken:bemoeilijkte:bemoeilijkt "
    "belemmer:belemmeren:belemmerde:belemmerd ondermijn:ondermijnen:ondermijnde:ondermijnd "
    "bedreig:bedreigen:bedreigde:bedreigd verzwak:verzwakken:verzwakte:verzwakt "
    "versterk:versterken:versterkte:versterkt verslechter:verslechteren:verslechterde:verslechterd "
    "verbeter:verbeteren:verbeterde:verbeterd verminder:verminderen:verminderde:verminderd "
    "verhoog:verhogen:verhoogde:verhoogd verlaag:verlagen:verlaagde:verlaagd "
    "verklein:verkleinen:verkleinde:verkleind stimuleer:stimuleren:stimuleerde:gestimuleerd "
    "bevorder:bevorderen:bevorderde:bevorderd beperk:beperken:beperkte:beperkt "
    "bespaar:besparen:bespaarde:bespaard creëer:creëren:creëerde:gecreëerd "
    "kost:kosten:kostte:gekost druk:drukken:drukte:gedrukt verdrijf:verdrijven:verdreef|verdreven:verdreven "
    "voorkom:voorkomen:voorkwam|voorkwamen:voorkomen vererger:verergeren:verergerde:verergerd "
    "schaad:schaden:schaadde:geschaad belast:belasten:belastte:belast versoepel:versoepelen:versoepelde:versoepeld "
    "verruim:verruimen:verruimde:verruimd doorbreek:doorbreken:doorbrak|doorbraken:doorbroken "
    "benadeel:benadelen:benadeelde:benadeeld bevoordeel:bevoordelen:bevoordeelde:bevoordeeld "
    "bespoedig:bespoedigen:bespoedigde:bespoedigd frustreer:frustreren:frustreerde:gefrustreerd "
    "hinder:hinderen:hinderde:gehinderd ontregel:ontregelen:ontregelde:ontregeld "
    "overbelast:overbelasten:overbelastte:overbelast lok:lokken:lokte:gelokt "
    "dwing:dwingen:dwong|dwongen:gedwongen ontneem:ontnemen:ontnam|ontnamen:ontnomen "
    "verdring:verdringen:verdrong|verdrongen:"
    "verdrongen verjaag:verjagen:verjoeg|verjoegen:verjaagd verzwaar:verzwaren:verzwaarde:"
    "verzwaard ondergraaf:ondergraven:ondergroef|ondergroeven:"
    "ondergraven vergroot:vergroten:vergrootte:vergroot"
)
# Verbs among these that need a fitting object ("kostte 40 banen", "verlicht de druk").
NL_OBJECT_VERBS = {
    "kosten": COST_OBJECT,
    "besparen": _w("geld kosten miljoenen euro tijd energie uitgaven"),
    "creëren": CREATE_OBJECT,
    "verlichten": _w("druk last werkdruk zorgen pijn wachtlijst wachtlijsten problemen"),
    "drukken": _w("aantal kosten prijzen uitgaven lasten"),
    "koelen": _w("straten straat wijk wijken stad buurt lucht"),
}

# Dutch separable causal verbs: particle -> forms of the base verb that stand apart from it
# ("schrikt ... af", "lost ... op", "jaagt ... aan"), and the joined forms and participles
# ("afschrikken", "afgeschrikt") that behave like the other implicit verbs.
NL_SEPARABLE = {
    "af": nl_verbs(
        "schrik:schrikken:schrikte:afgeschrikt zwak:zwakken:zwakte:afgezwakt "
        "rem:remmen:remde:afgeremd houd:houden:hield|hielden:afgehouden "
        "schaf:schaffen:schafte:afgeschaft"
    ),
    "aan": nl_verbs(
        "jaag:jagen:joeg|joegen:aangejaagd wakker:wakkeren:wakkerde:aangewakkerd "
        "tast:tasten:tastte:aangetast moedig:moedigen:moedigde:aangemoedigd "
        "trek:trekken:trok|trokken:aangetrokken zet:zetten:zette|zetten:aangezet"
    ),
    "op": nl_verbs(
        "drijf:drijven:dreef|dreven:opgedreven jaag:jagen:joeg|joegen:opgejaagd "
        "krik:krikken:krikte:opgekrikt schroef:schroeven:schroefde:opgeschroefd "
        "los:lossen:loste:opgelost wek:wekken:wekte:opgewekt voer:voeren:voerde:opgevoerd"
    ),
    "uit": nl_verbs(
        "lok:lokken:lokte:uitgelokt hol:hollen:holde:uitgehold ban:bannen:bande:uitgebannen"
    ),
    "in": nl_verbs("perk:perken:perkte:ingeperkt dam:dammen:damde:ingedamd"),
    "terug": nl_verbs(
        "dring:dringen:drong|drongen:teruggedrongen breng:brengen:bracht|brachten:teruggebracht "
        "schroef:schroeven:schroefde:teruggeschroefd"
    ),
    "weg": nl_verbs(
        "jaag:jagen:joeg|joegen:weggejaagd houd:houden:hield|hielden:weggehouden "
        "trek:trekken:trok|trokken:weggetrokken haal:halen:haalde:weggehaald"
    ),
    "tegen": nl_verbs("houd:houden:hield|hielden:tegengehouden"),
    "omlaag": nl_verbs(
        "breng:brengen:bracht|brachten:omlaaggebracht haal:halen:haalde:omlaaggehaald "
        "druk:drukken:drukte:omlaaggedrukt"
    ),
    "plat": nl_verbs("leg:leggen:legde:platgelegd"),
    "stil": nl_verbs("leg:leggen:legde:stilgelegd"),
    "lam": nl_verbs("leg:leggen:legde:lamgelegd"),
    "omhoog": nl_verbs(
        "breng:brengen:bracht|brachten:omhooggebracht stuw:stuwen:stuwde:omhooggestuwd jaag:jagen:joeg|joegen:omhooggejaagd "
        "duw:duwen:duwde:omhooggeduwd"
    ),
}
# "houdt ... af van" / "weerhoudt ... ervan" need what they hold off from.
NL_HOLD_FROM = nl_verbs("weerhoud:weerhouden:weerhield|weerhielden:weerhouden")
# Joined separable forms and participles: "afschrikt", "afschrikken", "afgeschrikt".
NL_SEPARABLE_JOINED = frozenset(
    (f if f.startswith(particle) else particle + f)
    for particle, verbs in NL_SEPARABLE.items()
    for f, inf in verbs.items()
    # "heeft de fout opgelost" (fixed a bug) is not a cause: "oplossen" only split ("lost ... op").
    if not (particle == "op" and inf == "lossen")
)
# Dutch participles that make a following "door" causal ("is aangewakkerd door", "werd
# beïnvloed door"), against an agent ("uitgevoerd door").
NL_CAUSAL_PARTICIPLES = frozenset(
    f
    for f in (*NL_WIDE, *NL_SEPARABLE_JOINED, *_IMPLICIT["nl"])
    if (
        (f.startswith(("ge", "ver", "be", "ont")) and f.endswith(("d", "t")))
        or ((f.startswith("ge") or "ge" in f[2:7]) and f.endswith(("d", "t", "en")))
    )
    and f not in ("verplaatst", "gehouden", "beperkt", "bevorderd")
)

# "komt voort uit", "vloeit voort uit", "voortgekomen uit": a result stated with its source.
NL_FROM_SOURCE = _w(
    "komt komen kwam kwamen vloeit vloeien vloeide vloeiden voortkomt voortkomen voortkwam "
    "voortgekomen voortvloeit voortvloeien voortvloeide voortgevloeid"
)
# "helpt tegen inbraken", "heeft 40 mensen aan werk geholpen", "helped sort out".
NL_HELP = _w("helpt helpen hielp hielpen geholpen")
EN_HELP = _w("help helps helped helping")
HELP_RESULT = _w("werk baan woning huis job")
EN_HELP_VERB = _w(
    "sort find get keep stay return reduce cut lower bring prevent avoid ease solve resolve "
    "improve raise increase boost move"
)
# "kept dozens of families in their homes", "heeft gezinnen in hun woning gehouden".
EN_KEEP = _w("keep keeps kept keeping")
NL_KEEP = _w("houdt houden hield hielden gehouden")
HOME_WORDS = _w(
    "home homes jobs job work school woning woningen huis huizen baan banen werk school"
)
POSSESSIVE = _w("their his her its our hun haar zijn onze")
# "played a key role in", "speelde een grote rol bij".
ROLE_VERB = _w("play plays played playing speelt spelen speelde speelden gespeeld")
# ", but the home visits did." / ", de huisbezoeken wel.": a contrast clause that asserts what
# the negated clause before it denied.
CONTRAST_END = _w("did do does have has had wel")
# "X occurs when ...", "Er is sprake van X als ...": definitions that do not start with "a".
DEFINITION_WHEN = _w("occurs happens arises exists ontstaat optreedt")
# "thanks in no small part to", "due in large part to": a connective with words inside.
CONNECTIVE_GAP = _w(
    "in no small part large largely mainly partly mostly chiefly primarily a great good some "
    "measure"
)
# Time words after a verb are not its object: "rents doubled last year".
TIME_WORDS = _w(
    "last year years month months week weeks day days quarter "
    "overnight afterwards vorig vorige afgelopen jaar jaren maand maanden week weken zomer winter"
)

# Finite forms of the separable verbs' base, mapped to the particles they take
# ("schrikt" -> ("af",)); participles start with their particle and are left out.
NL_SEPARABLE_BASE: dict[str, tuple[str, ...]] = {}
for _particle, _verbs in NL_SEPARABLE.items():
    for _form in _verbs:
        if not _form.startswith(_particle):
            NL_SEPARABLE_BASE[_form] = (*NL_SEPARABLE_BASE.get(_form, ()), _particle)
NL_DRAW_FORMS = frozenset(f for f, inf in NL_SEPARABLE["aan"].items() if inf == "trekken")
# Forms of the Dutch verbs that need a fitting object, mapped to their infinitive.
NL_OBJECT_FORMS = {
    **{f: inf for f, inf in NL_WIDE.items() if inf in NL_OBJECT_VERBS},
    **{f: "verklaren" for f in "verklaart verklaren verklaarde verklaarden verklaard".split()},
}
NL_OBJECT_VERBS["verklaren"] = CHANGE_NOUN
# "played a key role in reducing", "in the drop": what makes a role a cause.
EN_ING_CAUSAL = frozenset(f for f in EN_WIDE if f.endswith("ing")) | _EN_ING
CHANGE_WORDS_PLUS = _CHANGE_WORDS | _w("terugdringen verminderen verlagen verhogen daling stijging")

# The scanner's implicit verbs grow by the wider lists (verbs that need an object of a kind are
# kept out: "kost", "verklaart", "bespaart").
_EN_NOUNY = _w("benefit delay drain strain spark stall lure trim offset cool calm squeeze")
_IMPLICIT["en"] = _IMPLICIT["en"] | frozenset(
    f for f, lemma in EN_WIDE.items() if lemma not in _EN_NOUNY or f.endswith("ed")
)
_IMPLICIT["nl"] = (
    _IMPLICIT["nl"]
    | frozenset(f for f, inf in NL_WIDE.items() if inf not in NL_OBJECT_VERBS)
    | NL_SEPARABLE_JOINED
)

# "benefit claims", "insurance claims": "claims" as a noun, not "X claims that".
CLAIM_COMPOUND = _w(
    "benefit insurance compensation damage damages expense expenses housing welfare tax pension "
    "new total asylum"
)
# After a causal participle, "door" names a cause unless an actor follows ("door de gemeente").
NL_AGENT = _w(
    "gemeente politie team college wethouder burgemeester bureau medewerkers onderzoekers "
    "ambtenaren bewoners raad afdeling provincie rijk kabinet minister vrijwilligers "
    "handhavers boa's stadsdeel studenten enquêteurs interviewers stagiairs"
)

# Words after a verb that start a clause or qualify the verb, not an object: "the association
# shrinks once ...", "the groups shrink fast".
NOT_OBJECT = _w("once when whenever if unless because fast quickly rapidly further again")
# A statistical operation as subject states what the method does to an estimate, not a cause
# in the world: "Adjusting for prior cases brings the hazard ratio down".
METHOD_SUBJECT = _w(
    "adjusting controlling correcting weighting stratifying matching adjustment correction "
    "corrigeren correctie weging stratificatie"
)
# Dutch connectives whose own clause may hold a "niet" ("doordat de bus niet meer rijdt").
NL_CONNECTIVE_WORDS = _w(
    "doordat omdat dankzij vanwege door waardoor daardoor hierdoor als ten te gevolg"
)
# "De mentale gezondheid lijdt onder de prestatiedruk": harm stated with its source.
NL_SUFFER = _w("lijdt lijden leed leden geleden")

COPULA_ALL = _w("is are was were be been being remains remained is zijn was waren blijft bleef")
NL_GO_FORMS = _w("gaat gaan ging gingen gegaan")
NL_STELLEN = _w("stelt stellen stelde stelden gesteld")
# "levert ... op", "heeft ... opgeleverd": causal only with a gain or a loss as object.
NL_YIELD = _w("levert leveren leverde leverden opgeleverd oplevert opleveren opleverde")
YIELD_OBJECT = _w(
    "besparing besparingen winst banen geld inkomsten opbrengst meer minder extra werk "
    "werkgelegenheid schade euro miljoen ton"
)

# "blijkt klein", "turned out to be small": a finding about an effect's size.
COPULA_LIKE = _w("blijkt bleek bleken proved proves")
# "had the opposite effect", "had een averechts effect": an effect stated without "on".
EFFECT_KIND = _w(
    "opposite reverse desired intended unintended averechts averechtse beoogde gewenste "
    "onbedoelde tegengestelde"
)
EFFECT_METHOD = _w("size sizes estimate estimates modifier column variable grootte schatting")
# "The model increases its accuracy ...": a method or a display as subject.
METHOD_NOUN = _w(
    "model models method methods function algorithm classifier regression table chart plot "
    "figure notebook estimator methode functie algoritme tabel grafiek figuur"
)
# Particles that count only after the object: "brought up the issue", "held up a sign",
# "brought back the books" are not causes; "brought waiting times down" and "held the
# procedure up" are.
EN_PHRASAL_SPLIT_ONLY = frozenset(
    {("bring", "up"), ("bring", "back"), ("hold", "up"), ("put", "off")}
)
# Participles of separable verbs written apart from their particle in a verb-final clause:
# "omhoog heeft gebracht" -> {"gebracht": {"omhoog", "terug", "omlaag"}}.
NL_SPLIT_PARTICIPLE: dict[str, frozenset[str]] = {}
for _particle, _verbs in NL_SEPARABLE.items():
    for _form in _verbs:
        if _form.startswith(_particle + "ge"):
            _base = _form[len(_particle) :]
            NL_SPLIT_PARTICIPLE[_base] = NL_SPLIT_PARTICIPLE.get(_base, frozenset()) | {_particle}
NL_DRIVE_TOWARDS = _w("drijft drijven dreef dreven gedreven jaagt jagen joeg joegen gejaagd")
NL_TREK_FORMS = _w("trekt trekken trok trokken getrokken")
# "Our analysis finds", "onze tellingen laten zien": a finding verb after the author's evidence.
FINDING_VERB = _w(
    "finds found shows showed shown show find laten laat liet lieten toont tonen toonde vinden "
    "vonden"
)
CERTAIN = _w("certain clear known sure evident")
# Words that make a fronted "because" a reason for a method or a statement, not for an event.
STAT_WORDS = _w(
    "interval intervals sample steekproef estimate schatting data rows rijen column kolom "
    "significant significance p-value median mediaan mean gemiddelde average variance "
    "betrouwbaarheidsinterval"
)
PERSONAL = _w("we i you us our wij ik je jij u ons onze")
# "raken door het overlijden in een isolement": a verb of becoming before causal "door".
NL_BECOME = _w("raken raakt raakte raakten geraakt")
MONEY_WORDS = _w("euro euros pound pounds dollars miljoen million millions ton")
EN_SAVE_COST = _w("save saves saved saving")
NL_SET_FORMS = _w("zet zetten zette zetten gezet")
NL_BRING_FORMS = _w("brengt brengen bracht brachten gebracht")
OWN_POSSESSIVE = _w("our own ons onze eigen")
# "plan"/"strategy" state an aim when they introduce one ("the plan is to", "we plan to").
PLAN_NOUN = _w("plan plans strategy strategie plannen")
PLAN_NEXT = _w("to is was om moet zal wil aims for voor")
# Idioms: a verb form and the words that must follow it within a few tokens (in order).
EN_IDIOMS = {
    "put": (("a", "stop", "to"), ("a", "brake", "on"), ("an", "end", "to")),
    "made": (("a", "dent", "in"),),
    "makes": (("a", "dent", "in"),),
    "tipped": (("the", "balance"),),
}
# Dutch idioms: (head forms, words that follow the object, at most this many tokens away).
NL_IDIOMS = (
    (_w("doet deden deed doen gedaan"), ("afbreuk", "aan"), 6),
    (_w("drukt drukken drukte drukten gedrukt"), ("de", "kop", "in"), 8),
    (_w("ingedrukt indrukt indrukken indrukte"), ("de", "kop"), 8),
    (_w("toegeroepen toeroept toeroepen"), ("een", "halt"), 8),
    (_w("roept roepen riep riepen geroepen"), ("een", "halt", "toe"), 8),
    (_w("steekt steken stak staken gestoken"), ("een", "stokje", "voor"), 8),
    (_w("legt leggen legde legden gelegd"), ("aan", "banden"), 8),
    (_w("zet zetten zette gezet"), ("een", "rem", "op"), 8),
    (_w("brengt brengen bracht brachten gebracht"), ("op", "gang"), 8),
    (_w("staat staan stond stonden gestaan"), ("in", "de", "weg"), 8),
    (_w("geeft geven gaf gaven gegeven"), ("de", "doorslag"), 6),
)
NL_IDIOM_HEADS = frozenset().union(*(heads for heads, _, _ in NL_IDIOMS))
# Appearance words: a fronted "because" before them explains an appearance, not an event.
APPEARANCE = _w("looks seems appears lijkt leek lijken alsof")
# "Through March and April, ...": "through" before a time is not a cause.
TIME_AFTER_THROUGH = _w(
    "january february march april may june july august september october november december "
    "summer winter spring autumn year years month months week weeks period"
)
# A fronted concessive clause ("Although we cannot say whether ..., X did") ends at its comma.
CONCESSIVE = _w("although though while whereas hoewel terwijl ofschoon")
# "One consequence of the fee has been a rise in dumping", "Een neveneffect van X was dat".
CONSEQUENCE_NOUN = _w(
    "consequence consequences side-effect side-effects knock-on neveneffect neveneffecten "
    "keerzijde bijeffect bijwerking"
)
# "no coincidence", "geen toeval": a cause stated without a causal verb.
COINCIDENCE = _w("coincidence toeval")
GRATITUDE = _w("everyone everybody all you those our the")
KEEP_RESULT = _w("dry safe open warm clean afloat alive droog veilig open schoon overeind warm")
NL_KEEP_PLACE = (("van", "de", "straat"), ("buiten", "de", "rechtbank"), ("buiten", "de", "deur"))
EN_PASSIVE_PARTICIPLES = EN_WIDE_PARTICIPLES | frozenset(
    f for f in _IMPLICIT["en"] if f.endswith("ed")
)
# Infinitives of separable verbs written after their particle: "omlaag brengen".
for _particle, _verbs in NL_SEPARABLE.items():
    for _form, _inf in _verbs.items():
        if _form == _inf and not _form.startswith(_particle):
            NL_SPLIT_PARTICIPLE[_form] = NL_SPLIT_PARTICIPLE.get(_form, frozenset()) | {_particle}
# What a method does to a statistical quantity is not a cause in the world: "Including district
# fixed effects shrinks the camera coefficient".
STAT_OBJECT = _w(
    "coefficient coefficients estimate estimates odds hazard ratio association interval "
    "correlation p-value coëfficiënt schatting associatie samenhang correlatie"
)
# Adverbs between the auxiliary and causal "door": "is mede door", "is vooral door".
DOOR_ADVERB = _w("mede vooral deels grotendeels juist ook mogelijk er onder andere")
SUPERLATIVE = _w(
    "largest greatest strongest smallest biggest highest lowest grootst grootste sterkst "
    "sterkste kleinst kleinste hoogst laagst"
)
# Words between a verb and a number that still lead to its object: "prevented at least 20 falls".
QUANTIFIER = _w(
    "at least most nearly almost about around some roughly ruim minstens zeker bijna circa"
)
# A number after a verb measures a change ("rents increased 5 percent") unless a noun follows.
MEASURE_UNIT = _w(
    "percent per procent % points percentage procentpunt procentpunten euro euros km kilometer "
    "kilometers minutes minuten days dagen weeks weken months maanden years jaar jaren hours uur "
    "times keer fold"
)
EN_COST_SPAN = 10
PERSON_NOUN = _w(
    "drivers visitors residents people shoppers customers parents pupils families tourists "
    "cyclists youths students"
)
COMPARATIVE_KEEP = _COMPARATIVE | _w("cleaner safer quieter visibly")
NL_TOWARDS_PARTICIPLE = _w("gebracht getrokken gelokt gedreven gejaagd")
EN_NOUNY_FINITE = frozenset(
    f for f, lemma in EN_WIDE.items() if lemma in _EN_NOUNY and not f.endswith(("ed", "ing"))
)


# Every word the multi-word rules of ``_wording_phrasal`` can start at (one definition, so the
# scanner's quick skip of sentences without a head word stays in step with the rules).
PHRASAL_HEADS = (
    frozenset(EN_PHRASAL_FORMS)
    | frozenset(EN_OBJECT_VERBS)
    | EN_HELP
    | EN_KEEP
    | ROLE_VERB
    | _w("thanks due owing give gives gave given giving pave paves paved paving put puts putting")
    | _w("took take takes taken taking made cut cuts cutting being led leads lead")
    | _w("effective successful why expense back allow allows allowed allowing hit")
    | _w("explains explained explain succeeded succeeds effect effects")
    | EN_ING_CAUSAL
    | EN_SAVE_COST
    | EN_PASSIVE_PARTICIPLES
    | EN_NOUNY_FINITE
    | frozenset(EN_IDIOMS)
    | NL_FROM_SOURCE
    | frozenset(NL_SEPARABLE_BASE)
    | frozenset(NL_SPLIT_PARTICIPLE)
    | frozenset(NL_OBJECT_FORMS)
    | frozenset(NL_HOLD_FROM)
    | NL_HELP
    | NL_KEEP
    | NL_SUFFER
    | NL_YIELD
    | NL_DRIVE_TOWARDS
    | NL_TREK_FORMS
    | NL_TOWARDS_PARTICIPLE
    | NL_SET_FORMS
    | NL_BRING_FORMS
    | NL_IDIOM_HEADS
    | _w("geeft geven gaf gaven gegeven werkt werken werkte werkten gewerkt")
    | _w("maakt maken maakte maakten gemaakt doen deed deden")
    | _w("effectief doeltreffend succesvol tegen koste geslaagd slaagde slaagt slaagden staat")
    | _w("mondt monden mondde mondden uitgemond uitmondt uitmondde uitmonden")
    | _w("scheelt scheelde scheelden zit zat zitten zaten geëffend effent effende effenden")
    | _w("vrijgemaakt vrijmaakt")
    | CONSEQUENCE_NOUN
    | COINCIDENCE
)
