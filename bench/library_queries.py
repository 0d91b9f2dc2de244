"""The 200 library searches the benchmark runs: 50 each of one word, several words, a quoted
phrase, and words with two filters. Plain data, in a fixed order; the words come from the
vocabulary `seed_library_scale` writes, from very common ("procurement") to rare (one
resource's number), and a few match nothing (the typo-tolerant fallback then runs).
"""

from urllib.parse import urlencode

# fmt: off
SINGLE = [
    "procurement", "lighting", "heating", "consultation", "vilnius", "klaipeda", "panevezys",
    "gdansk", "lodz", "malmo", "hydrogen", "prototypes", "tender", "guide", "checklist",
    "buses", "sensors", "cybersecurity", "twins", "renovation", "suppliers", "emissions",
    "directive", "licence", "baseline", "toolkit", "webinar", "shuttles", "parking", "meals",
    "flood", "elderly", "cycling", "residents", "municipalities", "lessons", "contract",
    "performance", "pilot", "living", "procurements", "consultations", "beschaffung",
    "042042", "000777", "lighitng", "hydrogne", "tamperee", "xylophone", "renovations",
]
SEVERAL = [
    "smart lighting", "electric buses tallinn", "district heating guide", "heat pumps report",
    "open data helsinki", "school meals template", "waste sorting checklist",
    "air quality sensors riga", "cycling infrastructure case study", "energy renovation kaunas",
    "solar energy tender specification", "digital twins hamburg", "e-health toolkit",
    "assistive technology oslo", "water management bergen", "flood protection rostock",
    "traffic management policy brief", "parking business case", "hydrogen turku",
    "autonomous shuttles lessons learnt", "elderly care training module",
    "food procurement aarhus", "zero emission construction", "circular construction guide",
    "nature based solutions tartu", "iot platforms contract model", "cybersecurity report",
    "artificial intelligence evaluation grid", "citizen participation webinar notes",
    "mobility service stockholm", "market consultation notice", "pilot suppliers",
    "living lab prototypes", "royalty free licence", "green public procurement",
    "lot structure enterprises", "performance based payments", "buyers group municipalities",
    "life cycle costs quality", "baseline service owners", "directive 2014 24",
    "smart lighting vilnius 000042", "heat pumps goteborg", "electric buses klaipeda",
    "open data lodz", "district heating malmo", "waste sorting gdansk", "tender kobenhavn",
    "procurement guide liepaja", "consultation szczecin",
]
PHRASES = [
    '"market consultation"', '"smart lighting"', '"electric buses"', '"life-cycle costs"',
    '"living lab"', '"district heating"', '"heat pumps"', '"open data"', '"case study"',
    '"lessons learnt"', '"royalty-free licence"', '"buyers group"', '"lot structure"',
    '"green public procurement"', '"performance-based payments"', '"tender specification"',
    '"business case"', '"policy brief"', '"evaluation grid"', '"training module"',
    '"waste sorting"', '"air quality sensors"', '"energy renovation"', '"solar energy"',
    '"digital twins"', '"water management"', '"flood protection"', '"traffic management"',
    '"autonomous shuttles"', '"elderly care"', '"school meals"', '"food procurement"',
    '"circular construction"', '"nature-based solutions"', '"iot platforms"',
    '"artificial intelligence"', '"citizen participation"', '"mobility as a service"',
    '"contract model"', '"webinar notes"', '"smart lighting" vilnius', '"heat pumps" guide',
    '"open data" tallinn', '"market consultation" template', '"electric buses" report',
    '"problem to solve"', '"two competing suppliers"', '"service owners"',
    '"right to scale up"', '"start-ups and established firms"',
]
FILTER_WORDS = [
    "lighting", "heating", "consultation", "procurement", "buses", "smart lighting",
    "heat pumps", "open data", "tender", "pilot", "klaipeda", "vilnius", "living lab",
    "contract", "sensors", "guide", "suppliers", "hydrogen", "renovation", "parking",
    "cycling", "elderly care", "school meals", "waste", "flood",
]
# Two filters each: (facet or "type", value), as the page's query string names them.
FILTER_PAIRS = [
    (("type", "guidance"), ("theme", "mobility")),
    (("theme", "energy"), ("country", "LT")),
    (("type", "case-study"), ("stage", "market-consultation")),
    (("stage", "needs"), ("language", "en")),
    (("type", "template"), ("country", "EU")),
    (("theme", "digital"), ("procedure", "innovation")),
    (("type", "report"), ("year", "2024")),
    (("country", "SE"), ("language", "sv")),
    (("theme", "environment"), ("stage", "tender-documents")),
    (("procedure", "comp-dial"), ("country", "FI")),
]
# fmt: on


def _with_filters(index: int) -> dict:
    words = FILTER_WORDS[index % len(FILTER_WORDS)]
    pairs = FILTER_PAIRS[index % len(FILTER_PAIRS)]
    return {"category": "two filters", "params": [("q", words), *pairs]}


# Interleaved (one of each kind in turn), so that a run cut short by its time budget has
# measured every kind of query equally.
QUERIES = [
    query
    for group in zip(
        ({"category": "single word", "params": [("q", q)]} for q in SINGLE),
        ({"category": "several words", "params": [("q", q)]} for q in SEVERAL),
        ({"category": "phrase", "params": [("q", q)]} for q in PHRASES),
        (_with_filters(index) for index in range(50)),
        strict=True,
    )
    for query in group
]
for _query in QUERIES:
    _query["query_string"] = urlencode(_query["params"])

# What a person types into the search box, letter by letter: every prefix of 2+ characters.
SUGGEST_WORDS = [
    "smart li",
    "electric",
    "heat pu",
    "district",
    "market con",
    "klaipe",
    "vilnius",
    "open da",
    "school",
    "tender spec",
    "gdan",
    "malm",
    "hydrogen",
    "living lab",
    "case st",
    "cyber",
    "elderly",
    "procurement gu",
    "flood pro",
    "waste sort",
]
SUGGEST_PREFIXES = [word[:end] for word in SUGGEST_WORDS for end in range(2, len(word) + 1)][:200]

# The result pages whose queries are counted at both data sizes (one per category).
COUNTED = [
    {"name": "single", "path": "/library/?q=lighting"},
    {"name": "several", "path": "/library/?q=smart+lighting+vilnius"},
    {"name": "phrase", "path": "/library/?q=%22market+consultation%22"},
    {"name": "filters", "path": "/library/?q=heating&theme=energy&country=LT"},
    {"name": "no_match", "path": "/library/?q=xylophone"},
    {"name": "browse", "path": "/library/"},
]

assert len(QUERIES) == 200, len(QUERIES)
