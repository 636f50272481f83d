"""Word lists for the broader causal verbs of :mod:`civicanalysis.wording` (private).

Kept apart so ``wording.py`` stays readable. Each list is a set of lower-case word forms; the
rules that use them (a subject and an object, a particle, a result phrase) are in ``wording.py``.
The lists were widened after the second fresh set (``tests/reference/wording_fresh2.csv``) showed
which constructions were missed; see ``tests/reference/wording_labelling_rules.md``.
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
EN_MEANS = _w("means meant")
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
        "commissioned mean means defined definition refers term next upcoming"
    ),
    "nl": _words(
        "denken denkt dacht dachten vinden vindt vond vonden stellen stelt stelde stelden beweren "
        "beweert beweerd bewering melden meldden concludeerde concludeert concluderen overtuigd "
        "verklaarde gevoel geloof gelooft geloven zeggen zegt zei zeiden literatuur studies "
        "onderzoek aanname veronderstellen veronderstelt volksmond doel doelen streefdoel bedoeld "
        "gericht hoopt hopen hoop verwachten verwacht willen wil wilde wilden plan plannen strategie "
        "beoogd beogen beloofde belooft beloven onderzoeken onderzoekt onderzoeksvraag schatten "
        "meten bepalen evaluatie evalueren opdracht volgend komend komende begrijpen weten "
        "betekent betekenen verstaan bedoelen bedoel definitie term"
    ),
}
_WIDE = {"en": _words("according"), "nl": _words("volgens")}
_OWN_EVIDENCE = _words(
    "figures data cijfers gegevens analysis analyse table tabel our onze registration registratie "
    "results resultaten monitor dashboard"
)
_LITERAL_PATH = _words(
    "path road link route door street stairs trail way corridor button page tab menu pad weg deur "
    "straat trap knop pagina gang"
)
_POSSESSIVE_NL = _words("hun haar zijn mijn uw onze ons jouw")
_COMPARATIVE = _words(
    "safer better worse cleaner quieter busier healthier more less easier harder poorer richer "
    "longer shorter higher lower bigger smaller greater stronger weaker unsafe safe veiliger "
    "schoner rustiger drukker gezonder beter slechter meer minder groter kleiner langer korter "
    "hoger lager makkelijker moeilijker onveiliger armer rijker leefbaarder gevaarlijker ziek "
    "ill sick dangerous onveilig"
)
_EVALUATIVE = _words(
    "considerable large small strong weak clear significant substantial big visible measurable "
    "positive negative about around roughly aanzienlijk groot klein sterk zwak duidelijk "
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
    "beter omhoog omlaag verbeterde verslechterde kromp"
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
    }
)
_GIVE = _forms("give gives gave given giving")
_DRIVE_PUSH = _forms("drive drives drove driven driving push pushes pushed force forces forced")
_LEAD_EN = _forms("lead leads led leading")
_LEAD_NL = _forms("leidt leiden leidde leidden geleid")
_CAUSE_NL = _forms("veroorzaakt veroorzaken veroorzaakte veroorzaakten veroorzaak")
_EFFECT_NOUN = {
    "en": _forms("effect effects impact impacts influence consequences consequence"),
    "nl": _forms("effect effecten invloed impact gevolg gevolgen uitwerking"),
}
