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
