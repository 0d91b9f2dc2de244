"""Demo content for the knowledge library: about 160 resources, published through the services.

Every resource is marked `is_demo`, its summary ends with the demo mark of its language, and it
is keyed by the external identifier ``demo-library-NNN`` (numbered in the order the lists below
produce, so new entries go at the end). A run reads the existing identifiers in one query and
creates only what is missing; a second run writes nothing.

The authors are the demo people and organisations that ``manage.py load_demo`` creates; when
they are missing, nothing is created. Titles, summaries and bodies were written for this demo:
they quote no one and give no figures. Values in the tables are the codes of the vocabularies
(resource types, themes, stages, eForms procedure codes, ISO countries or "EU").
"""

import random
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Exists, OuterRef

from ppi4cities.accounts.demo import DEMO_DOMAIN
from ppi4cities.accounts.models import Membership, Role, User
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import services
from .models import Bookmark, Collection, Resource, ResourceFeedback
from .vocabularies import Licence, Procedure

MODERATOR_EMAIL = f"moderator@{DEMO_DOMAIN}"
EXTERNAL_PREFIX = "demo-library-"
# The countries of the Baltic Sea Region whose legal frameworks the demo covers.
BSR_COUNTRIES = ["DK", "EE", "FI", "DE", "LV", "LT", "NO", "PL", "SE"]

# Every summary ends with the demo mark of its language.
DEMO_MARKS = {
    "en": "(Demo resource.)",
    "da": "(Demoressource.)",
    "de": "(Demo-Ressource.)",
    "et": "(Demoressurss.)",
    "fi": "(Demoaineisto.)",
    "lt": "(Demonstracinis išteklius.)",
    "lv": "(Demonstrācijas resurss.)",
    "pl": "(Zasób demonstracyjny.)",
    "sv": "(Demoresurs.)",
}
PROCEDURES = Procedure.values
LICENCES = [Licence.CC_BY, Licence.CC_BY, Licence.CC_BY_SA, Licence.CC0, Licence.OPEN_GOVERNMENT]


@dataclass
class Item:
    """One demo resource before it is written."""

    kind: str
    organisation: str  # slug of a demo organisation
    texts: dict  # language -> (title, summary without the mark, body)
    themes: list
    stages: list
    procedures: list
    countries: list
    original: str = "en"
    cpv: list = field(default_factory=list)
    status: str = Status.PUBLISHED
    message: str = ""  # the moderator's message when changes are requested
    version_of: int | None = None  # position of the item this one replaces
    version_label: str = ""


# Hand-written resources, mostly EU-wide ------------------------------------------------------
# (kind, organisation, title, summary, body, themes, stages, procedures, countries, cpv)
# fmt: off
BASE = [
    ("template", "lithuanian-innovation-centre",
     "Preliminary market consultation notice: template with guidance notes",
     "A notice announcing an open market consultation before a tender, with a note on each "
     "section explaining what to write and why.",
     "## Sections\n\n1. The need, described as a problem to solve.\n2. What you want to learn "
     "from the market.\n3. How to take part: dates, format, language.\n4. Equal treatment: how "
     "questions and answers are shared with everyone.\n\nOpen market consultations are covered "
     "by articles 40 and 41 of Directive 2014/24/EU.",
     ["other", "smart-city"], ["market-consultation"], ["open", "comp-dial"], ["EU"], []),
    ("guidance", "lithuanian-innovation-centre",
     "Needs assessment for innovation procurement: from problem to procurement goal",
     "A step-by-step guide to describing the problem a city wants solved before anyone talks "
     "about products, with questions to ask users and service owners.",
     "## Steps\n\n1. Collect the pain points of users and staff.\n2. Describe today's service "
     "and its costs.\n3. State the outcome you want, in measurable terms.\n4. Check whether "
     "others have solved it already.\n\nThe result is a one-page need statement that the "
     "market consultation can build on.",
     ["other", "social"], ["needs"], ["innovation", "comp-dial"], ["EU"], []),
    ("tool", "tampere-university",
     "Prior-art and patent search: a quick checklist for buyers",
     "Before a pre-commercial procurement, check whether the solution already exists. This "
     "checklist lists free databases and the questions to answer.",
     "- Search public patent databases with the key functions you need.\n- Look for earlier "
     "pilot procurements in other cities.\n- Ask research partners what is in development.\n"
     "- Record what you found: it justifies the choice between PCP and PPI.",
     ["other", "digital"], ["needs"], ["oth-mult"], ["EU"], ["73000000-2"]),
    ("guidance", "bsr-cities-network",
     "Writing the business case for an innovation procurement",
     "How to set out costs, benefits, risks and alternatives so that management and auditors "
     "can approve buying something new.",
     "## Contents of a business case\n\n- The need and the cost of doing nothing.\n- Options, "
     "including buying a conventional solution.\n- Risks and how they are shared with the "
     "supplier.\n- Expected benefits and how they will be measured.\n- Budget and funding "
     "sources.",
     ["other", "energy"], ["business-case"], ["innovation", "neg-w-call"], ["EU"], []),
    ("tool", "bsr-cities-network",
     "Risk register for innovation procurement: spreadsheet template",
     "A register listing typical risks of buying innovation (technical, legal, market, "
     "organisational) with columns for owner, likelihood and mitigation.",
     "Use it from the business case onwards and review it at each stage gate.\n\n- Technical: "
     "the solution does not reach the required performance.\n- Market: too few bidders.\n- "
     "Legal: unclear IPR or data ownership.\n- Organisation: no owner for the new service.",
     ["other", "smart-city"], ["business-case", "contract-implementation"], ["innovation"],
     ["EU"], []),
    ("guidance", "lithuanian-innovation-centre",
     "Choosing a procedure for innovation procurement: a decision guide",
     "Compares the open procedure, competitive dialogue, competitive procedure with "
     "negotiation and innovation partnership, and when pre-commercial procurement fits better.",
     "## Questions that decide\n\n- Does a solution exist on the market? If not, consider PCP "
     "or an innovation partnership (art. 31).\n- Can you describe the solution precisely? If "
     "not, competitive dialogue (art. 30) or negotiation (art. 29).\n- Is the need simple and "
     "well understood? The open procedure may be enough.",
     ["other"], ["procedure-evaluation", "business-case"],
     ["open", "restricted", "neg-w-call", "comp-dial", "innovation", "oth-mult"], ["EU"], []),
    ("guidance", "public-procurement-office-lithuania",
     "Pre-commercial procurement explained: phases, IPR and the R&D exemption",
     "An introduction to buying research and development services in competing phases, the "
     "exemption for R&D services in article 14 of Directive 2014/24/EU, and risk-benefit "
     "sharing.",
     "## Phases\n\n1. Solution design.\n2. Prototyping.\n3. Original development and testing "
     "of a limited set of first products.\n\nSuppliers keep the IPR; the buyer keeps a licence "
     "to use the results and may ask for licences to be granted to others on fair terms.",
     ["other"], ["business-case", "procedure-evaluation"], ["oth-mult"], ["EU"],
     ["73000000-2"]),
    ("template", "lithuanian-innovation-centre",
     "Checklist: IPR clauses for pre-commercial procurement",
     "The points a PCP contract should settle about intellectual property, use rights, "
     "publication and confidentiality.",
     "- Ownership of results stays with the supplier, or not: say which.\n- The buyer's "
     "royalty-free licence for its own use.\n- Call-back rights if the supplier does not "
     "exploit the results.\n- What may be published and when.\n- Handling of background IPR.",
     ["other", "digital"], ["tender-documents", "contract-implementation"], ["oth-mult"],
     ["EU"], ["73000000-2"]),
    ("template", "city-of-tampere",
     "Award criteria for quality and life-cycle cost: evaluation grid template",
     "An evaluation grid that combines quality criteria with life-cycle cost, with scoring "
     "scales and space for the evaluators' reasons.",
     "## How to use\n\n1. Keep the number of criteria small.\n2. Describe for each score what "
     "a bid must show.\n3. Publish the grid with the tender.\n4. Record the reasons for every "
     "score.",
     ["energy", "other"], ["tender-documents", "procedure-evaluation"], ["open", "restricted"],
     ["EU"], []),
    ("guidance", "city-of-helsinki",
     "Evaluating life-cycle cost in an innovation partnership",
     "How to compare bids on life-cycle cost when the solution will only exist after "
     "development, and how to keep the cost targets binding.",
     "- Set cost targets for the development and the purchase phase.\n- Ask bidders for a "
     "cost model, not a single price.\n- Review the cost model at each milestone.\n- Make "
     "exceeding the targets a ground to end the partnership.",
     ["energy", "smart-city"], ["procedure-evaluation"], ["innovation"], ["EU"], []),
    ("template", "city-of-gdansk",
     "Lots and SME access: template for dividing a contract",
     "A worksheet for deciding how to divide a contract into lots so that small companies can "
     "bid, and for recording the reasons if you do not divide it.",
     "1. List the parts of the need.\n2. Mark which parts a small supplier could deliver.\n3. "
     "Check interfaces between lots.\n4. Write down the decision and its reasons.",
     ["other"], ["tender-documents"], ["open", "restricted"], ["EU"], []),
    ("guidance", "riga-city-council",
     "Handling clarification questions fairly during tendering",
     "Practical rules for answering bidders' questions so that every bidder gets the same "
     "information at the same time.",
     "- Set a deadline for questions in the tender documents.\n- Publish every answer to all "
     "bidders, without naming who asked.\n- Correct the documents if an answer changes them.\n"
     "- Keep a log of questions and answers.",
     ["other"], ["procedure-evaluation"], ["open", "restricted", "neg-w-call"], ["EU"], []),
    ("template", "tallinn-city-government",
     "Confidentiality undertaking for competitive dialogue participants",
     "A short undertaking for bidders and evaluators taking part in dialogue meetings, so "
     "solutions proposed by one bidder are not revealed to others.",
     "## Covers\n\n- What counts as confidential.\n- Who may see dialogue records.\n- How "
     "bidders consent to sharing specific information.\n- How long the undertaking lasts.",
     ["digital"], ["procedure-evaluation"], ["comp-dial"], ["EU"], []),
    ("guidance", "city-of-tampere",
     "Contract management for innovative solutions: acceptance, milestones and payment",
     "How to steer a contract for a new solution: milestones, acceptance tests, payment on "
     "results and what to do when tests fail.",
     "- Tie payments to accepted milestones.\n- Agree test scenarios before the contract "
     "starts.\n- Plan a joint review after each milestone.\n- Pay on time: slow payment is a "
     "barrier suppliers name often.",
     ["smart-city", "other"], ["contract-implementation"], ["innovation", "neg-w-call"], ["EU"],
     []),
    ("report", "union-of-the-baltic-cities",
     "Scaling up after a pilot: options for cities of the Baltic Sea Region",
     "A discussion paper on how a successful pilot procurement can lead to wider roll-out: "
     "follow-up purchases, joint procurement, and sharing results with other cities.",
     "## Options\n\n1. A follow-up purchase foreseen in the original contract.\n2. Joint "
     "procurement with neighbouring municipalities.\n3. Publishing the specification for reuse."
     "\n\nEach option needs planning before the first tender is published.",
     ["other", "smart-city"], ["impact-scaling"], ["innovation", "open"], ["EU"], []),
    ("tool", "union-of-the-baltic-cities",
     "Impact measurement canvas for innovation procurement",
     "A one-page canvas linking the need statement to outputs, outcomes and indicators, to be "
     "filled in before the tender and reviewed after the contract.",
     "- Need and baseline.\n- Outputs of the contract.\n- Outcomes for residents and staff.\n- "
     "Indicators and who collects them.\n- When results are reported.",
     ["other", "environment"], ["impact-scaling", "needs"], ["innovation"], ["EU"], []),
    ("citylab", "city-of-tampere",
     "CityLab playbook: co-creating a challenge with local innovation agents",
     "A guide to running a CityLab: bringing together the city, companies, researchers, NGOs "
     "and residents around one real challenge, from framing to procurement.",
     "## Phases\n\n1. Frame the challenge with service owners.\n2. Invite the local innovation "
     "agents.\n3. Co-create and test ideas.\n4. Decide what to buy and how.\n\nThe model was "
     "piloted in Tampere, Tartu and Panevėžys in 2024.",
     ["smart-city", "social"], ["needs", "market-consultation"], ["innovation", "comp-dial"],
     ["EU", "FI"], []),
    ("citylab", "tartu-city-government",
     "CityLab Tartu: workshop kit for a sustainable mobility challenge",
     "Materials for a CityLab workshop on sustainable mobility: agenda, roles, exercise sheets "
     "and a template for the challenge statement.",
     "- Agenda for a half-day workshop.\n- Persona cards for residents and commuters.\n- "
     "Exercise: from pain points to a challenge statement.\n- Next steps towards a market "
     "consultation.",
     ["mobility"], ["needs", "market-consultation"], ["comp-dial"], ["EE"], []),
    ("citylab", "panevezys-city-municipality",
     "CityLab Panevėžys: running an energy-efficiency challenge",
     "Materials from the CityLab approach applied to energy efficiency in municipal buildings: "
     "stakeholder map, challenge canvas and a plan for market dialogue.",
     "- Stakeholder map: building managers, users, energy companies, researchers.\n- "
     "Challenge canvas.\n- Plan for the market dialogue.\n- Checklist for moving to a tender.",
     ["energy"], ["needs", "market-consultation"], ["innovation"], ["LT"], []),
    ("training", "lithuanian-innovation-centre",
     "Introduction to public procurement of innovation: training course for buyers",
     "A course outline in five modules for procurement officers, legal staff and managers who "
     "are new to buying innovation.",
     "1. Why buy innovation.\n2. Needs and market consultation.\n3. Specifications and award "
     "criteria.\n4. Procedures: from open to innovation partnership.\n5. Contract management "
     "and impact.",
     ["other"], ["needs", "market-consultation", "tender-documents", "procedure-evaluation"],
     ["open", "innovation"], ["EU"], []),
    ("training", "tampere-university",
     "Self-study module: functional and performance-based specifications",
     "Exercises that turn descriptive specifications into functional ones, with model answers.",
     "- Exercise 1: rewrite a product description as a required outcome.\n- Exercise 2: set "
     "measurable performance levels.\n- Exercise 3: spot requirements that exclude new "
     "solutions.",
     ["other", "digital"], ["tender-documents"], ["open", "neg-w-call"], ["EU"], []),
    ("webinar", "bsr-cities-network",
     "Webinar recording: talking to the market before you tender",
     "A recorded session on open market consultations: formats, equal treatment and how to "
     "use what you learn.",
     "## Topics\n\n- Formats: information days, one-to-one meetings, written questionnaires.\n"
     "- Keeping a record and sharing it.\n- Turning the results into the specification.",
     ["other"], ["market-consultation"], ["open", "comp-dial"], ["EU"], []),
    ("policy", "public-procurement-office-lithuania",
     "Innovation partnership in Directive 2014/24/EU: a reading guide to article 31",
     "A plain-language walk through the innovation partnership: its research and development "
     "phase, the purchase phase, and the conditions for ending it.",
     "- When the procedure may be used: no solution on the market meets the need.\n- "
     "Partnerships with one or several partners.\n- Phases with intermediate targets.\n- "
     "Purchase without a new procedure, if performance and cost levels are met.",
     ["other"], ["procedure-evaluation", "contract-implementation"], ["innovation"], ["EU"], []),
    ("policy", "union-of-the-baltic-cities",
     "Negotiated procedure without prior publication: when it is and is not an option",
     "A short guide to article 32 of Directive 2014/24/EU and why it rarely fits innovation "
     "procurement, with the reasons buyers must record.",
     "- It is an exception and is interpreted narrowly.\n- Typical grounds: no suitable bids "
     "in an earlier procedure, extreme urgency, or only one possible supplier.\n- Record the "
     "grounds before you start.",
     ["other"], ["procedure-evaluation"], ["neg-wo-call"], ["EU"], []),
    ("guidance", "bsr-cities-network",
     "Small-value and single-stage procedures for testing new solutions",
     "How buyers can use simple national single-stage procedures below the EU thresholds to "
     "test an innovative solution before a larger tender.",
     "- Check your national threshold and rules.\n- Keep the test small and time-limited.\n- "
     "Describe what you want to learn from the test.\n- Publish the results for other buyers.",
     ["other", "smart-city"], ["procedure-evaluation", "impact-scaling"], ["oth-single"],
     ["EU"], []),
    ("report", "union-of-the-baltic-cities",
     "Barriers to innovation procurement named by buyers and suppliers",
     "A summary of the barriers buyers and suppliers in the region describe most often, "
     "grouped by stage, with pointers to tools in this library.",
     "## Buyers\n\n- Lack of knowledge and staff; fear of making errors; no risk budget.\n\n"
     "## Suppliers\n\n- Over-specified tenders, contracts too large, little dialogue, slow "
     "payment, tight deadlines.",
     ["other"], ["needs", "impact-scaling"], ["open", "restricted"], ["EU"], []),
    ("tool", "lithuanian-innovation-centre",
     "OCDS export checklist for pilot procurements",
     "What to record at each stage so a pilot procurement can be published as an Open "
     "Contracting Data Standard release, with the eForms codes to use.",
     "- Planning: the need and the market consultation (notice type `pmc`).\n- Tender: "
     "procedure code in `procurementMethodDetails`, CPV in `items`.\n- Award and contract: "
     "suppliers as parties.\n- Implementation: milestones and documents.",
     ["digital"], ["procedure-evaluation", "contract-implementation"], ["open", "innovation"],
     ["EU"], []),
    ("case-study", "city-of-gdansk",
     "Autonomous last-mile buses: what buyers can learn from Sohjoa Baltic (demo summary)",
     "A demo summary of the topics the Sohjoa Baltic project explored about procuring "
     "autonomous electric minibuses for last-mile public transport, for example in Gdańsk.",
     "- Defining the route and service level as the need.\n- Permits and safety requirements "
     "to clarify early.\n- Operating the pilot with the public transport operator.\n\nThis is "
     "a demo entry; see the project's own publications for its findings.",
     ["mobility"], ["needs", "contract-implementation"], ["neg-w-call"], ["PL", "EU"],
     ["34144900-7"]),
    ("case-study", "riga-city-council",
     "Participatory budgeting and procurement: notes inspired by EmPaci (demo summary)",
     "A demo summary of how participatory budgeting can feed needs into procurement, on the "
     "theme of the EmPaci project.",
     "- Residents propose and choose projects.\n- The city turns chosen ideas into need "
     "statements.\n- Procurement follows the usual rules.\n\nThis is a demo entry; see the "
     "project's own publications for its findings.",
     ["social"], ["needs", "impact-scaling"], ["open"], ["LV", "EU"], []),
    ("guidance", "bsr-cities-network",
     "Norwegian buyers in Baltic Sea Region projects: working with EEA procurement rules",
     "Notes for Norwegian public buyers who join transnational innovation procurement "
     "projects, where EEA rules mirror the EU directives.",
     "- Check which national rules apply to each partner.\n- Agree a common timetable for "
     "market consultations.\n- Share specifications in English.\n- Clarify joint procurement "
     "roles in writing.",
     ["other"], ["business-case", "market-consultation"], ["open", "comp-dial"], ["NO"], []),
]
# fmt: on

# Worked examples per theme ------------------------------------------------------------------
# theme -> (subject, outcome wanted, organisation, country, CPV code)
# fmt: off
THEME_CASES = {
    "mobility": ("on-demand last-mile shuttle service", "shorter, reliable trips from "
                 "suburban stops to the tram line", "city-of-gdansk", "PL", "60112000-6"),
    "digital": ("citizen service portal with single sign-on", "residents completing "
                "common applications online in one visit", "tallinn-city-government", "EE",
                "72000000-5"),
    "energy": ("smart street lighting", "lower energy use with lighting levels that follow "
               "traffic and safety needs", "panevezys-city-municipality", "LT", "34993000-4"),
    "smart-city": ("sensor network for air quality and noise", "open, reliable data on air "
                   "and noise in every district", "city-of-tampere", "FI", "38000000-5"),
    "environment": ("low-emission waste collection", "fewer emissions and less noise from "
                    "collection rounds", "aarhus-municipality", "DK", "90500000-2"),
    "social": ("digital participatory budgeting tool", "more residents taking part in "
               "deciding small local projects", "riga-city-council", "LV", "48000000-8"),
    "health": ("remote monitoring for home care", "safer independent living and fewer "
               "unnecessary home visits", "region-stockholm", "SE", "85000000-9"),
    "education": ("adaptive learning platform for primary schools", "teachers able to follow "
                  "each pupil's progress and adapt tasks", "free-and-hanseatic-city-of-hamburg",
                  "DE", "48000000-8"),
    "other": ("circular office furniture", "furniture that is repaired, reused and "
              "refurbished instead of replaced", "city-of-malmo", "SE", "39100000-3"),
}
# fmt: on

# The article each subject takes in running text ("" for uncountable ones).
ARTICLES = {
    "mobility": "an ",
    "digital": "a ",
    "energy": "",
    "smart-city": "a ",
    "environment": "",
    "social": "a ",
    "health": "",
    "education": "an ",
    "other": "",
}

# Guides per legal framework -----------------------------------------------------------------
# country -> (name, adjective, organisation)
# fmt: off
COUNTRIES = {
    "DK": ("Denmark", "Danish", "aarhus-municipality"),
    "EE": ("Estonia", "Estonian", "tartu-city-government"),
    "FI": ("Finland", "Finnish", "city-of-helsinki"),
    "DE": ("Germany", "German", "hanseatic-city-of-rostock"),
    "LV": ("Latvia", "Latvian", "riga-technical-university"),
    "LT": ("Lithuania", "Lithuanian", "public-procurement-office-lithuania"),
    "NO": ("Norway", "Norwegian", "union-of-the-baltic-cities"),
    "PL": ("Poland", "Polish", "city-of-gdynia"),
    "SE": ("Sweden", "Swedish", "region-stockholm"),
    "EU": ("the EU", "EU", "bsr-cities-network"),
}
# fmt: on
LEGAL_QUESTIONS = (
    "## Questions\n\n- Which national rules and thresholds apply?\n- Where is the notice "
    "published, and in which language?\n- Which time limits apply to each step?\n- How are "
    "decisions recorded and challenged?\n\nCheck the answers against the current national law."
)
STAGE_TOPICS = {
    "needs": "assessing needs",
    "market-consultation": "market consultation",
    "business-case": "building the business case",
    "tender-documents": "writing tender documents",
    "procedure-evaluation": "running the procedure and evaluating bids",
    "contract-implementation": "managing the contract",
    "impact-scaling": "measuring impact and scaling up",
}

# Texts in the languages of the region -------------------------------------------------------
# country -> (language, organisation, four (title, summary, body) in the order of LOCAL_TOPICS)
# fmt: off
LOCAL = {
    "LT": ("lt", "lithuanian-innovation-centre", [
        ("Išankstinės rinkos konsultacijos skelbimas: šablonas su paaiškinimais",
         "Šablonas perkančiajai organizacijai, norinčiai prieš pirkimą pasitarti su rinka: ką "
         "aprašyti, kokių klausimų užduoti ir kaip užtikrinti lygias sąlygas visiems tiekėjams.",
         "## Ką rasite\n\n- Skelbimo struktūrą: poreikis, tikslai, terminai, kontaktinis "
         "asmuo.\n- Klausimų tiekėjams pavyzdžius.\n- Patarimus, kaip konsultacijos rezultatus "
         "paskelbti visiems dalyviams."),
        ("Funkcinė specifikacija: aprašykite rezultatą, o ne produktą",
         "Vadovas, kaip parengti funkcinius ir veiklos rezultatų reikalavimus, kurie palieka "
         "tiekėjams vietos pasiūlyti naujus sprendimus.",
         "1. Apibūdinkite problemą ir norimą rezultatą.\n2. Nurodykite išmatuojamus rodiklius."
         "\n3. Venkite prekių ženklų ir konkrečių technologijų."),
        ("Gyvavimo ciklo sąnaudų skaičiuoklė inovacijų partnerystei",
         "Įrankis pasiūlymams palyginti pagal visas gyvavimo ciklo sąnaudas: įsigijimą, "
         "eksploataciją, priežiūrą ir utilizavimą.",
         "- Įveskite sąnaudų kategorijas ir laikotarpį.\n- Pasirinkite diskonto normą.\n- "
         "Palyginkite pasiūlymus viename lape."),
        ("Kontrolinis sąrašas: intelektinės nuosavybės sąlygos ikiprekybiniame pirkime",
         "Klausimai, kuriuos verta išspręsti prieš skelbiant ikiprekybinį pirkimą: kam "
         "priklauso rezultatai, kokias naudojimo teises pasilieka perkančioji organizacija ir "
         "kaip skelbiami rezultatai.",
         "- Kam priklausys sukurta intelektinė nuosavybė?\n- Kokią licenciją gauna perkančioji "
         "organizacija?\n- Kaip bus skelbiami rezultatai?\n- Kaip saugoma konfidenciali "
         "informacija?"),
    ]),
    "LV": ("lv", "riga-city-council", [
        ("Iepriekšējās tirgus izpētes paziņojums: veidne ar skaidrojumiem",
         "Veidne pasūtītājam, kas pirms iepirkuma vēlas konsultēties ar tirgu: ko aprakstīt, "
         "kādus jautājumus uzdot un kā nodrošināt vienlīdzīgus nosacījumus visiem "
         "piegādātājiem.",
         "## Saturs\n\n- Paziņojuma struktūra: vajadzība, mērķi, termiņi, kontaktpersona.\n- "
         "Jautājumu piemēri piegādātājiem.\n- Ieteikumi, kā rezultātus darīt zināmus visiem "
         "dalībniekiem."),
        ("Funkcionālā specifikācija: aprakstiet rezultātu, nevis produktu",
         "Vadlīnijas funkcionālu un uz rezultātu vērstu prasību sagatavošanai, kas ļauj "
         "piegādātājiem piedāvāt jaunus risinājumus.",
         "1. Aprakstiet problēmu un vēlamo rezultātu.\n2. Norādiet izmērāmus rādītājus.\n3. "
         "Izvairieties no preču zīmēm un konkrētām tehnoloģijām."),
        ("Dzīves cikla izmaksu kalkulators inovāciju partnerībai",
         "Rīks piedāvājumu salīdzināšanai pēc kopējām dzīves cikla izmaksām: iegāde, "
         "ekspluatācija, apkope un utilizācija.",
         "- Ievadiet izmaksu kategorijas un periodu.\n- Izvēlieties diskonta likmi.\n- "
         "Salīdziniet piedāvājumus vienā tabulā."),
        ("Kontrolsaraksts: intelektuālā īpašuma noteikumi pirmskomercializācijas iepirkumā",
         "Jautājumi, kas jāatrisina pirms pirmskomercializācijas iepirkuma izsludināšanas: "
         "kam pieder rezultāti, kādas lietošanas tiesības saglabā pasūtītājs un kā rezultāti "
         "tiek publicēti.",
         "- Kam piederēs radītais intelektuālais īpašums?\n- Kādu licenci saņem pasūtītājs?\n"
         "- Kā tiks publicēti rezultāti?\n- Kā tiek aizsargāta konfidenciāla informācija?"),
    ]),
    "EE": ("et", "tartu-city-government", [
        ("Eelneva turu-uuringu teade: mall koos juhistega",
         "Mall hankijale, kes soovib enne hanget turuga konsulteerida: mida kirjeldada, "
         "milliseid küsimusi esitada ja kuidas tagada kõigile pakkujatele võrdsed tingimused.",
         "## Sisu\n\n- Teate ülesehitus: vajadus, eesmärgid, ajakava, kontaktisik.\n- "
         "Näidisküsimused pakkujatele.\n- Soovitused tulemuste jagamiseks kõigi osalejatega."),
        ("Funktsionaalne tehniline kirjeldus: kirjeldage tulemust, mitte toodet",
         "Juhend funktsionaalsete ja tulemuspõhiste nõuete koostamiseks, mis jätavad "
         "pakkujatele ruumi uute lahenduste pakkumiseks.",
         "1. Kirjeldage probleemi ja soovitud tulemust.\n2. Määrake mõõdetavad näitajad.\n3. "
         "Vältige kaubamärke ja konkreetseid tehnoloogiaid."),
        ("Olelusringi kulude kalkulaator innovatsioonipartnerluse jaoks",
         "Tööriist pakkumuste võrdlemiseks kogu olelusringi kulude alusel: soetamine, "
         "kasutamine, hooldus ja kõrvaldamine.",
         "- Sisestage kulukategooriad ja periood.\n- Valige diskontomäär.\n- Võrrelge "
         "pakkumusi ühes tabelis."),
        ("Kontrollnimekiri: intellektuaalomandi tingimused kommertsialiseerimiseelses hankes",
         "Küsimused, mis tuleb lahendada enne kommertsialiseerimiseelse hanke "
         "väljakuulutamist: kellele kuuluvad tulemused, milliseid kasutusõigusi hankija "
         "säilitab ja kuidas tulemusi avaldatakse.",
         "- Kellele kuulub loodud intellektuaalomand?\n- Millise litsentsi saab hankija?\n- "
         "Kuidas tulemusi avaldatakse?\n- Kuidas kaitstakse konfidentsiaalset teavet?"),
    ]),
    "FI": ("fi", "city-of-tampere", [
        ("Markkinavuoropuhelun ilmoitus: malli ja täyttöohjeet",
         "Malli hankintayksikölle, joka haluaa käydä markkinavuoropuhelua ennen hankintaa: "
         "mitä kuvata, mitä kysyä ja miten varmistaa tarjoajien tasapuolinen kohtelu.",
         "## Sisältö\n\n- Ilmoituksen rakenne: tarve, tavoitteet, aikataulu, yhteyshenkilö.\n"
         "- Esimerkkikysymyksiä toimittajille.\n- Vinkkejä tulosten jakamiseen kaikille "
         "osallistujille."),
        ("Toiminnallinen määrittely: kuvaa lopputulos, älä tuotetta",
         "Opas toiminnallisten ja suorituskykyyn perustuvien vaatimusten laatimiseen niin, "
         "että toimittajat voivat tarjota uusia ratkaisuja.",
         "1. Kuvaa ongelma ja tavoiteltu lopputulos.\n2. Määritä mitattavat tavoitetasot.\n3. "
         "Vältä tuotemerkkejä ja tiettyjä teknologioita."),
        ("Elinkaarikustannuslaskuri innovaatiokumppanuuteen",
         "Työkalu tarjousten vertailuun koko elinkaaren kustannusten perusteella: hankinta, "
         "käyttö, ylläpito ja käytöstä poisto.",
         "- Syötä kustannuslajit ja tarkastelujakso.\n- Valitse diskonttokorko.\n- Vertaa "
         "tarjouksia yhdellä välilehdellä."),
        ("Tarkistuslista: immateriaalioikeusehdot esikaupallisessa hankinnassa",
         "Kysymykset, jotka kannattaa ratkaista ennen esikaupallisen hankinnan julkaisemista: "
         "kenelle tulokset kuuluvat, mitä käyttöoikeuksia hankintayksikkö saa ja miten "
         "tuloksista viestitään.",
         "- Kenelle syntyvät immateriaalioikeudet kuuluvat?\n- Millaisen käyttöoikeuden "
         "hankintayksikkö saa?\n- Miten tulokset julkaistaan?\n- Miten luottamuksellisia "
         "tietoja suojataan?"),
    ]),
    "PL": ("pl", "city-of-gdansk", [
        ("Ogłoszenie o wstępnych konsultacjach rynkowych: wzór z objaśnieniami",
         "Wzór dla zamawiającego, który przed postępowaniem chce skonsultować się z rynkiem: "
         "co opisać, o co zapytać i jak zapewnić równe traktowanie wykonawców.",
         "## Zawartość\n\n- Struktura ogłoszenia: potrzeba, cele, harmonogram, osoba "
         "kontaktowa.\n- Przykładowe pytania do wykonawców.\n- Wskazówki, jak udostępnić "
         "wyniki konsultacji wszystkim uczestnikom."),
        ("Opis funkcjonalny: opisz rezultat, a nie produkt",
         "Poradnik przygotowania wymagań funkcjonalnych i wydajnościowych, które pozostawiają "
         "wykonawcom miejsce na nowe rozwiązania.",
         "1. Opisz problem i oczekiwany rezultat.\n2. Określ mierzalne wskaźniki.\n3. Unikaj "
         "znaków towarowych i konkretnych technologii."),
        ("Kalkulator kosztów cyklu życia dla partnerstwa innowacyjnego",
         "Narzędzie do porównywania ofert według kosztów całego cyklu życia: zakupu, "
         "eksploatacji, utrzymania i utylizacji.",
         "- Wpisz kategorie kosztów i okres analizy.\n- Wybierz stopę dyskontową.\n- Porównaj "
         "oferty w jednym arkuszu."),
        ("Lista kontrolna: własność intelektualna w zamówieniach przedkomercyjnych",
         "Pytania do rozstrzygnięcia przed ogłoszeniem zamówienia przedkomercyjnego: do kogo "
         "należą wyniki, jakie prawa zachowuje zamawiający i jak publikowane są rezultaty.",
         "- Do kogo będą należeć prawa własności intelektualnej?\n- Jaką licencję otrzymuje "
         "zamawiający?\n- Jak zostaną opublikowane wyniki?\n- Jak chronione są informacje "
         "poufne?"),
    ]),
    "DE": ("de", "hanseatic-city-of-rostock", [
        ("Bekanntmachung einer Markterkundung: Vorlage mit Erläuterungen",
         "Vorlage für öffentliche Auftraggeber, die vor einem Vergabeverfahren den Markt "
         "erkunden wollen: was zu beschreiben ist, welche Fragen sich eignen und wie alle "
         "Unternehmen gleich behandelt werden.",
         "## Inhalt\n\n- Aufbau der Bekanntmachung: Bedarf, Ziele, Zeitplan, Ansprechperson.\n"
         "- Beispielfragen an Unternehmen.\n- Hinweise, wie die Ergebnisse allen "
         "Teilnehmenden zugänglich gemacht werden."),
        ("Funktionale Leistungsbeschreibung: das Ergebnis beschreiben, nicht das Produkt",
         "Leitfaden für funktionale und leistungsbezogene Anforderungen, die Anbietern Raum "
         "für neue Lösungen lassen.",
         "1. Beschreiben Sie das Problem und das gewünschte Ergebnis.\n2. Legen Sie messbare "
         "Zielwerte fest.\n3. Vermeiden Sie Markennamen und bestimmte Technologien."),
        ("Lebenszykluskostenrechner für Innovationspartnerschaften",
         "Werkzeug, um Angebote nach ihren gesamten Lebenszykluskosten zu vergleichen: "
         "Anschaffung, Betrieb, Wartung und Entsorgung.",
         "- Kostenarten und Betrachtungszeitraum eintragen.\n- Diskontierungszinssatz wählen."
         "\n- Angebote auf einem Blatt vergleichen."),
        ("Checkliste: Klauseln zum geistigen Eigentum in der vorkommerziellen Auftragsvergabe",
         "Fragen, die vor der Bekanntmachung einer vorkommerziellen Auftragsvergabe geklärt "
         "sein sollten: wem die Ergebnisse gehören, welche Nutzungsrechte der Auftraggeber "
         "behält und wie Ergebnisse veröffentlicht werden.",
         "- Wem gehören die entstehenden Schutzrechte?\n- Welche Lizenz erhält der "
         "Auftraggeber?\n- Wie werden Ergebnisse veröffentlicht?\n- Wie werden vertrauliche "
         "Informationen geschützt?"),
    ]),
    "DK": ("da", "aarhus-municipality", [
        ("Meddelelse om forudgående markedsdialog: skabelon med vejledning",
         "Skabelon til ordregivere, der vil gå i dialog med markedet før et udbud: hvad der "
         "skal beskrives, hvilke spørgsmål der kan stilles, og hvordan alle leverandører "
         "behandles ens.",
         "## Indhold\n\n- Meddelelsens opbygning: behov, mål, tidsplan, kontaktperson.\n- "
         "Eksempler på spørgsmål til leverandører.\n- Råd om at dele resultaterne med alle "
         "deltagere."),
        ("Funktionel kravspecifikation: beskriv resultatet, ikke produktet",
         "Vejledning i at skrive funktions- og præstationskrav, der giver leverandørerne plads "
         "til at tilbyde nye løsninger.",
         "1. Beskriv problemet og det ønskede resultat.\n2. Fastsæt målbare krav.\n3. Undgå "
         "varemærker og bestemte teknologier."),
        ("Beregner for livscyklusomkostninger i innovationspartnerskaber",
         "Værktøj til at sammenligne tilbud ud fra de samlede livscyklusomkostninger: "
         "anskaffelse, drift, vedligehold og bortskaffelse.",
         "- Indtast omkostningstyper og periode.\n- Vælg en diskonteringsrente.\n- "
         "Sammenlign tilbud i ét ark."),
        ("Tjekliste: immaterielle rettigheder i prækommercielle indkøb",
         "Spørgsmål, der bør afklares, før et prækommercielt indkøb annonceres: hvem der ejer "
         "resultaterne, hvilke brugsrettigheder ordregiveren beholder, og hvordan resultater "
         "offentliggøres.",
         "- Hvem ejer de immaterielle rettigheder?\n- Hvilken licens får ordregiveren?\n- "
         "Hvordan offentliggøres resultaterne?\n- Hvordan beskyttes fortrolige oplysninger?"),
    ]),
    "SE": ("sv", "city-of-malmo", [
        ("Annons om föregående marknadsdialog: mall med vägledning",
         "Mall för upphandlande organisationer som vill föra dialog med marknaden före en "
         "upphandling: vad som ska beskrivas, vilka frågor som kan ställas och hur alla "
         "leverantörer behandlas lika.",
         "## Innehåll\n\n- Annonsens uppbyggnad: behov, mål, tidplan, kontaktperson.\n- "
         "Exempel på frågor till leverantörer.\n- Råd om att dela resultatet med alla "
         "deltagare."),
        ("Funktionell kravspecifikation: beskriv resultatet, inte produkten",
         "Vägledning för att skriva funktions- och prestandakrav som ger leverantörer utrymme "
         "att erbjuda nya lösningar.",
         "1. Beskriv problemet och det önskade resultatet.\n2. Ange mätbara krav.\n3. Undvik "
         "varumärken och specifika tekniker."),
        ("Kalkylverktyg för livscykelkostnader i innovationspartnerskap",
         "Verktyg för att jämföra anbud utifrån de totala livscykelkostnaderna: anskaffning, "
         "drift, underhåll och avveckling.",
         "- Fyll i kostnadsslag och period.\n- Välj kalkylränta.\n- Jämför anbuden på ett "
         "blad."),
        ("Checklista: immateriella rättigheter i förkommersiell upphandling",
         "Frågor att reda ut innan en förkommersiell upphandling annonseras: vem som äger "
         "resultaten, vilka nyttjanderätter den upphandlande organisationen behåller och hur "
         "resultat publiceras.",
         "- Vem äger de immateriella rättigheterna?\n- Vilken licens får den upphandlande "
         "organisationen?\n- Hur publiceras resultaten?\n- Hur skyddas konfidentiell "
         "information?"),
    ]),
}
# The four local topics: (kind, stages, procedures, English title with {country}, summary).
# The first two also carry an English translation.
LOCAL_TOPICS = [
    ("template", ["market-consultation"], ["open", "comp-dial"],
     "Preliminary market consultation notice for buyers in {country}: template with notes",
     "An English translation of a notice template for open market consultations, written for "
     "buyers in {country}: what to describe, what to ask and how to treat suppliers equally."),
    ("guidance", ["tender-documents"], ["innovation", "neg-w-call"],
     "Functional specifications for buyers in {country}: describe the outcome, not the product",
     "An English translation of a guide to functional and performance-based requirements that "
     "leave suppliers room to offer new solutions, written for buyers in {country}."),
    ("tool", ["procedure-evaluation"], ["innovation"], "", ""),
    ("guidance", ["contract-implementation", "tender-documents"], ["oth-mult"], "", ""),
]
# fmt: on
THEMES_CYCLE = [
    "mobility",
    "digital",
    "energy",
    "smart-city",
    "environment",
    "social",
    "health",
    "education",
]


def _base_items() -> list[Item]:
    items = []
    for (
        kind,
        organisation,
        title,
        summary,
        body,
        themes,
        stages,
        procedures,
        countries,
        cpv,
    ) in BASE:
        texts = {"en": (title, summary, body)}
        items.append(
            Item(kind, organisation, texts, themes, stages, procedures, countries, cpv=cpv)
        )
    return items


def _theme_items() -> list[Item]:
    items = []
    for position, (theme, case) in enumerate(THEME_CASES.items()):
        subject, outcome, organisation, country, cpv = case
        procedures = [PROCEDURES[position % 8], PROCEDURES[(position + 3) % 8]]
        capital = subject[0].upper() + subject[1:]
        a_subject = f"{ARTICLES[theme]}{subject}"
        specs = [
            (
                "guidance",
                ["needs"],
                f"Describing the need, not the product: {subject}",
                f"A worked example of a need statement for {a_subject}, written before any "
                f"product is named, aiming at {outcome}.",
                f"## The need\n\nThe city wants {outcome}.\n\n## What the statement covers\n\n- "
                "Who is affected and how.\n- How the service works today.\n- What must be true "
                "when the problem is solved.\n- What is out of scope.",
            ),
            (
                "template",
                ["market-consultation"],
                f"Market consultation questionnaire: {subject}",
                f"Questions to ask suppliers in a market consultation about {a_subject}, ready to "
                "adapt and publish with the consultation notice.",
                "## Questions\n\n1. Which solutions could meet the need, and how mature are they?"
                "\n2. Which requirements would stop you from bidding?\n3. How long would "
                "delivery and testing take?\n4. How should the contract be divided into lots?",
            ),
            (
                "guidance",
                ["tender-documents"],
                f"Functional specification for {a_subject}: worked example",
                f"A specification for {a_subject} written as outcomes and performance levels, with "
                "notes on why each requirement is phrased as it is.",
                f"## Required outcome\n\n{capital} that delivers {outcome}.\n\n## Performance "
                "requirements\n\n- Measurable levels, with the method of measurement.\n- Data "
                "the city receives, in open formats.\n- Interfaces with existing systems.\n\n"
                "No brands or technologies are prescribed.",
            ),
            (
                "tool",
                ["procedure-evaluation"],
                f"Award criteria and scoring grid: {subject}",
                f"An evaluation grid for bids for {a_subject}, weighing quality, life-cycle cost "
                "and the plan for testing the solution.",
                "| Criterion | What a strong bid shows |\n|---|---|\n| Quality of the solution | "
                "How it meets each required outcome |\n| Life-cycle cost | Full cost over the "
                "contract period |\n| Testing plan | How performance will be shown |",
            ),
            (
                "report",
                ["impact-scaling"],
                f"Impact indicators for {a_subject}: a starter set",
                f"Suggested indicators to measure what {a_subject} changes for residents and "
                "staff, with the baseline to record before the contract starts.",
                "- Outcome indicators linked to the need statement.\n- Service quality as users "
                "see it.\n- Cost of the service compared with the baseline.\n- Environmental "
                "effects, where relevant.\n- Lessons for other buyers.",
            ),
            (
                "case-study",
                ["contract-implementation"],
                f"Pilot procurement of {a_subject} (demo case)",
                f"A fictional demo case following a city through the procurement and first year "
                f"of {a_subject}, from market consultation to acceptance.",
                "## Course of the pilot\n\n1. Market consultation with local and foreign "
                "suppliers.\n2. Tender with functional requirements.\n3. Test period with agreed "
                "acceptance criteria.\n4. Review and decision on scaling up.\n\nThis case is "
                "fictional and made for the demo.",
            ),
            (
                "webinar",
                ["business-case"],
                f"Webinar recording: making the case for {a_subject}",
                f"A recorded session on building the business case for {a_subject}: costs, risks, "
                "benefits and funding.",
                "## Agenda\n\n- The cost of doing nothing.\n- Options compared.\n- Sharing risk "
                "with suppliers.\n- Questions from participants.",
            ),
        ]
        for kind, stages, title, summary, body in specs:
            items.append(
                Item(
                    kind,
                    organisation,
                    {"en": (title, summary, body)},
                    [theme],
                    stages,
                    procedures,
                    [country, "EU"] if position % 2 else [country],
                    cpv=[cpv],
                )
            )
    return items


def _country_items() -> list[Item]:
    items = []
    stages = list(STAGE_TOPICS)
    for position, (code, (name, adjective, organisation)) in enumerate(COUNTRIES.items()):
        theme = THEMES_CYCLE[position % len(THEMES_CYCLE)]
        for offset in (0, 4):
            procedure = PROCEDURES[(position + offset) % 8]
            label = Procedure(procedure).label
            items.append(
                Item(
                    "policy",
                    organisation,
                    {
                        "en": (
                            f"{label} in {name}: questions to settle with your legal team",
                            f"Questions a buyer in {name} should answer before choosing the "
                            f"{str(label).lower()}, where national rules may add to the EU "
                            "directives.",
                            LEGAL_QUESTIONS,
                        )
                    },
                    ["other", theme],
                    ["procedure-evaluation"],
                    [procedure],
                    [code],
                )
            )
        stage = stages[position % len(stages)]
        topic = STAGE_TOPICS[stage]
        items.append(
            Item(
                "training",
                organisation,
                {
                    "en": (
                        f"Training module for {adjective} procurement officers: {topic}",
                        f"Slides and exercises on {topic} in innovation procurement, adapted to "
                        f"buyers in {name}.",
                        f"## Module\n\n1. Key ideas of {topic}.\n2. A worked example.\n3. Group "
                        "exercise.\n4. Checklist to take back to the office.",
                    )
                },
                [theme],
                [stage],
                ["open", "innovation"],
                [code],
            )
        )
    return items


def _local_items() -> list[Item]:
    items = []
    for position, (country, (language, organisation, texts)) in enumerate(LOCAL.items()):
        name = COUNTRIES[country][0]
        theme = THEMES_CYCLE[position % len(THEMES_CYCLE)]
        for topic, (title, summary, body) in enumerate(texts):
            kind, stages, procedures, en_title, en_summary = LOCAL_TOPICS[topic]
            item_texts = {language: (title, summary, body)}
            if en_title:
                item_texts["en"] = (
                    en_title.format(country=name),
                    en_summary.format(country=name),
                    "",
                )
            items.append(
                Item(
                    kind,
                    organisation,
                    item_texts,
                    [theme, "other"],
                    stages,
                    procedures,
                    [country],
                    original=language,
                )
            )
    return items


def _version_items(start: int) -> list[Item]:
    """Three templates in two versions; the second replaces the first."""
    # fmt: off
    templates = [
        ("lithuanian-innovation-centre", ["other"], ["market-consultation"], ["open", "comp-dial"],
         "Market consultation report template",
         "A template for reporting what an open market consultation found, to publish for all "
         "participants and to attach to the tender file.",
         "## Sections\n\n1. What was asked.\n2. Who took part.\n3. What the buyer learnt.\n4. "
         "What changes in the tender documents.",
         "Version 2.0 adds a section on how suppliers' confidential information was handled."),
        ("city-of-tampere", ["smart-city"], ["contract-implementation"], ["innovation"],
         "Innovation partnership contract: milestone and acceptance annex template",
         "An annex listing the phases of an innovation partnership, the intermediate targets of "
         "each phase and how their achievement is tested.",
         "| Phase | Target | Test | Payment |\n|---|---|---|---|\n| Research | Design "
         "approved | Review | Instalment |\n| Development | Prototype meets targets | Field "
         "test | Instalment |",
         "Version 2.0 adds cost targets for each phase, as article 31 of Directive 2014/24/EU "
         "requires targets to be set."),
        ("aarhus-municipality", ["environment"], ["tender-documents"], ["open", "restricted"],
         "Environmental award criteria for innovation tenders: template wording",
         "Template wording for award criteria on environmental performance, to combine with "
         "quality and life-cycle cost criteria.",
         "- Energy use over the contract period.\n- Emissions during operation.\n- Repair, "
         "reuse and recycling at end of life.\n- How the bidder will prove each claim.",
         "Version 2.0 adds wording on verification by test reports and labels."),
    ]
    # fmt: on
    items = []
    for position, (
        organisation,
        themes,
        stages,
        procedures,
        title,
        summary,
        body,
        note,
    ) in enumerate(templates):
        first = start + 2 * position
        items.append(
            Item(
                "template",
                organisation,
                {"en": (title, summary, body)},
                themes,
                stages,
                procedures,
                ["EU"],
                version_label="1.0",
            )
        )
        items.append(
            Item(
                "template",
                organisation,
                {
                    "en": (
                        f"{title} (version 2.0)",
                        f"{summary} {note}",
                        f"{body}\n\n## What changed\n\n{note}",
                    )
                },
                themes,
                stages,
                procedures,
                ["EU"],
                version_of=first,
                version_label="2.0",
            )
        )
    return items


def _moderation_items() -> list[Item]:
    """Contributions still in moderation: a draft, two pending, two with changes requested."""
    # fmt: off
    return [
        Item("guidance", "vilnius-city-municipality", {"en": (
            "Draft: joint procurement between neighbouring municipalities",
            "Notes on preparing a joint innovation procurement with neighbouring "
            "municipalities: roles, agreements and a common timetable.",
            "- Who acts as the lead buyer.\n- The cooperation agreement.\n- One timetable for "
            "all partners.")},
            ["other"], ["business-case"], ["open"], ["LT"], status=Status.DRAFT),
        Item("case-study", "city-of-turku", {"en": (
            "Smart waste bins in the city centre: a buyer's notes (demo case)",
            "A fictional demo case of a city testing fill-level sensors in public waste bins "
            "and deciding whether to buy them at scale.",
            "1. The need: fewer overflowing bins.\n2. A small test.\n3. The decision on "
            "scaling up.")},
            ["environment"], ["impact-scaling"], ["oth-single"], ["FI"], status=Status.PENDING),
        Item("report", "jelgava-state-city-municipality", {"lv": (
            "Inovāciju iepirkuma gatavības pašnovērtējums: pašvaldības piezīmes",
            "Piezīmes par to, kā pašvaldība novērtēja savu gatavību inovāciju iepirkumam un "
            "kur plāno pilnveidoties.",
            "- Stratēģija un vadība.\n- Darbinieku zināšanas.\n- Dialogs ar tirgu.")},
            ["other"], ["needs"], ["open"], ["LV"], original="lv", status=Status.PENDING),
        Item("template", "city-of-kiel", {"en": (
            "Tender wording for a data-sharing clause in smart city contracts",
            "Template clause on which data the supplier shares with the city, in which format "
            "and under which licence.",
            "- Data the city receives.\n- Formats and interfaces.\n- Licence and reuse.")},
            ["smart-city"], ["tender-documents"], ["comp-dial"], ["DE"],
            status=Status.CHANGES_REQUESTED,
            message="Please add which licence the template proposes for the data, and say "
                    "which countries' rules you checked it against."),
        Item("tool", "city-of-szczecin", {"pl": (
            "Arkusz oceny ofert w dialogu konkurencyjnym",
            "Arkusz do oceny ofert składanych po dialogu konkurencyjnym, z kryteriami jakości "
            "i kosztu cyklu życia.",
            "- Kryteria i wagi.\n- Skala ocen.\n- Uzasadnienie każdej oceny.")},
            ["digital"], ["procedure-evaluation"], ["comp-dial"], ["PL"], original="pl",
            status=Status.CHANGES_REQUESTED,
            message="Thank you. Please add an English summary and describe the scoring scale "
                    "in more detail before we publish it."),
    ]
    # fmt: on


def demo_items() -> list[Item]:
    """Every demo resource, in the order of their external identifiers."""
    items = [*_base_items(), *_theme_items(), *_country_items(), *_local_items()]
    items.extend(_version_items(len(items)))
    items.extend(_moderation_items())
    return items


def external_id(position: int) -> str:
    return f"{EXTERNAL_PREFIX}{position + 1:03d}"


def _authors(slugs) -> dict:
    """organisation slug -> (organisation, a demo person in it), administrators first."""
    memberships = Membership.objects.filter(
        organisation__slug__in=slugs,
        organisation__is_demo=True,
        user__is_demo=True,
        user__is_active=True,
        user__email__endswith=f"@{DEMO_DOMAIN}",
    ).select_related("user", "organisation")
    authors = {}
    for membership in sorted(memberships, key=lambda m: (m.role != Role.ADMIN, m.pk)):
        authors.setdefault(membership.organisation.slug, (membership.organisation, membership.user))
    return authors


def _texts(item: Item) -> dict:
    texts = {}
    for language, (title, summary, body) in item.texts.items():
        if language != item.original and not body:
            body = "A summary in English; the full text is in the original language."
        texts[language] = {
            "title": title,
            "summary": f"{summary} {DEMO_MARKS[language]}",
            "body": body,
        }
    return texts


def _create(item: Item, position: int, author, organisation, previous, moderator) -> Resource:
    data = {
        "kind": item.kind,
        "original_language": item.original,
        "authors": author.full_name,
        "publication_date": date(2021 + position % 4, 1 + position % 12, 1 + position * 7 % 28),
        "licence": LICENCES[position % len(LICENCES)],
        "cpv_codes": list(item.cpv),
        "version_label": item.version_label,
    }
    facets = {
        "theme": item.themes,
        "stage": item.stages,
        "procedure": item.procedures,
        "country": item.countries,
        "language": list(item.texts),
    }
    resource = services.resource_create(
        author=author,
        organisation=organisation,
        data=data,
        texts=_texts(item),
        facets=facets,
        submit=item.status != Status.DRAFT,
        previous_version=previous,
        is_demo=True,
    )
    Resource.objects.filter(pk=resource.pk).update(external_id=external_id(position))
    resource.external_id = external_id(position)
    if item.status == Status.PUBLISHED:
        services.resource_approve(resource=resource, actor=moderator)
    elif item.status == Status.CHANGES_REQUESTED:
        moderation.moderation_request_changes(
            subject=resource, actor=moderator, message=item.message
        )
    return resource


def load_library_demo(stdout=None, verbosity=1) -> dict:
    """Create the demo resources that are missing, then the demo answers and bookmarks that
    are missing; return the counts.

    Needs the demo people and organisations of ``load_demo``; creates nothing without them.
    """

    def say(message):
        if stdout is not None and verbosity >= 1:
            stdout.write(message)

    items = demo_items()
    keys = [external_id(position) for position in range(len(items))]
    rows = _demo_rows(keys)
    existing = set(rows)
    answers, saves = _missing_engagement(items, keys, rows)
    counts = {"created": 0, "unchanged": len(existing)}
    if len(existing) == len(items) and not (answers or saves):
        say(f"Demo library resources: 0 created, {len(existing)} unchanged")
        return counts
    authors = _authors({item.organisation for item in items})
    moderator = User.objects.filter(email=MODERATOR_EMAIL, is_moderator=True).first()
    absent = sorted({item.organisation for item in items} - set(authors))
    if moderator is None or absent:
        say(
            "Demo library resources: none created; run load_demo first (missing: "
            + ", ".join(([] if moderator else [MODERATOR_EMAIL]) + absent)
            + ")."
        )
        return counts
    with transaction.atomic():
        created = {}
        for position, item in enumerate(items):
            if keys[position] in existing:
                continue
            previous = None
            if item.version_of is not None:
                previous = (
                    created.get(item.version_of)
                    or Resource.objects.filter(external_id=keys[item.version_of]).first()
                )
            organisation, author = authors[item.organisation]
            created[position] = _create(item, position, author, organisation, previous, moderator)
    counts["created"] = len(created)
    say(f"Demo library resources: {len(created)} created, {len(existing)} unchanged")
    counts.update(_load_engagement(items, keys, answers, saves))
    say(f"Demo feedback: {counts['answers']} answers, {counts['bookmarks']} bookmarks")
    return counts


# Curated collections ------------------------------------------------------------------------
# Written for this demo. Each resource is named by its title in the lists above; the notes say
# why it is in the collection, at that place.

COLLECTION_MARKS = {
    "en": "(Demo collection.)",
    "lt": "(Demonstracinė kolekcija.)",
    "de": "(Demo-Sammlung.)",
}


@dataclass
class DemoCollection:
    slug: str
    texts: dict  # language -> (title, summary without the demo mark)
    items: list  # (title of a demo resource, note), in order


# fmt: off
COLLECTIONS = [
    DemoCollection("starter-kit-market-consultation", {
        "en": ("Starter kit for a market consultation",
               "Everything you need to talk to suppliers before you tender, from describing "
               "the need to publishing what you learnt, in the order you will use it."),
        "lt": ("Rinkos konsultacijos pradžios rinkinys",
               "Viskas, ko reikia norint pasitarti su tiekėjais prieš pirkimą: nuo poreikio "
               "aprašymo iki sužinotų dalykų paskelbimo, ta tvarka, kuria jų prireiks."),
        "de": ("Starterpaket für eine Markterkundung",
               "Alles, was Sie brauchen, um vor einer Ausschreibung mit Unternehmen zu sprechen: "
               "von der Beschreibung des Bedarfs bis zur Veröffentlichung der Ergebnisse, in der "
               "Reihenfolge, in der Sie es brauchen."),
    }, [
        ("Needs assessment for innovation procurement: from problem to procurement goal",
         "Start here: agree on the problem you want solved before anyone talks about products."),
        ("CityLab playbook: co-creating a challenge with local innovation agents",
         "Sharpen the challenge together with the people who live with the problem."),
        ("Webinar recording: talking to the market before you tender",
         "An hour on formats, equal treatment and what to do with the answers."),
        ("Preliminary market consultation notice: template with guidance notes",
         "Announce the consultation; every section comes with a note on what to write."),
        ("Market consultation questionnaire: on-demand last-mile shuttle service",
         "A worked example of the questions to put to suppliers. Adapt it to your own need."),
        ("Handling clarification questions fairly during tendering",
         "The same rule holds in a consultation: every answer goes to everyone."),
        ("Market consultation report template (version 2.0)",
         "Close the loop: record what you learnt and share it with everyone who took part."),
    ]),
    DemoCollection("writing-a-functional-specification", {
        "en": ("Writing a functional specification",
               "Describe the outcome you need rather than a product, and write award criteria "
               "that match: an exercise, two worked examples and templates."),
        "lt": ("Funkcinės specifikacijos rengimas",
               "Aprašykite reikalingą rezultatą, o ne produktą, ir parenkite jį atitinkančius "
               "vertinimo kriterijus: pratimai, du išsamūs pavyzdžiai ir šablonai."),
        "de": ("Eine funktionale Leistungsbeschreibung schreiben",
               "Beschreiben Sie das benötigte Ergebnis statt eines Produkts und formulieren Sie "
               "passende Zuschlagskriterien: eine Übung, zwei ausgearbeitete Beispiele und "
               "Vorlagen."),
    }, [
        ("Self-study module: functional and performance-based specifications",
         "Practise first: turn product descriptions into required outcomes."),
        ("Functional specification for a sensor network for air quality and noise: worked "
         "example",
         "A complete example written as outcomes and measurable performance levels."),
        ("Functional specification for smart street lighting: worked example",
         "A second example, from energy efficiency, to compare with the first."),
        ("Lots and SME access: template for dividing a contract",
         "Decide early how to divide the contract so that smaller suppliers can bid."),
        ("Award criteria for quality and life-cycle cost: evaluation grid template",
         "Write the award criteria alongside the specification, so they reward what you asked "
         "for."),
        ("Environmental award criteria for innovation tenders: template wording (version 2.0)",
         "Ready-made wording for when environmental performance matters."),
    ]),
    DemoCollection("your-first-pre-commercial-procurement", {
        "en": ("Your first pre-commercial procurement",
               "A path through buying research and development in competing phases: checking "
               "what exists, the business case, risks, intellectual property and steering the "
               "contract."),
        "lt": ("Jūsų pirmasis ikiprekybinis pirkimas",
               "Kelias per mokslinių tyrimų ir plėtros paslaugų pirkimą konkuruojančiais "
               "etapais: esamų sprendimų patikra, verslo atvejis, rizikos, intelektinė "
               "nuosavybė ir sutarties valdymas."),
        "de": ("Ihre erste vorkommerzielle Auftragsvergabe",
               "Ein Weg durch den Einkauf von Forschung und Entwicklung in konkurrierenden "
               "Phasen: prüfen, was es schon gibt, Wirtschaftlichkeit, Risiken, geistiges "
               "Eigentum und die Steuerung des Vertrags."),
    }, [
        ("Prior-art and patent search: a quick checklist for buyers",
         "First make sure the solution does not exist yet; if it does, PCP is not the tool."),
        ("Pre-commercial procurement explained: phases, IPR and the R&D exemption",
         "The phases and the rules in plain language."),
        ("Writing the business case for an innovation procurement",
         "Win the support of management and auditors before you commit a budget."),
        ("Risk register for innovation procurement: spreadsheet template",
         "List the risks and their owners before the call goes out; review them at each phase."),
        ("Checklist: IPR clauses for pre-commercial procurement",
         "Settle ownership, licences and publication before the contract is signed."),
        ("Contract management for innovative solutions: acceptance, milestones and payment",
         "Pay on accepted milestones and plan a joint review between the phases."),
    ]),
    DemoCollection("measuring-impact-and-scaling-up", {
        "en": ("Measuring impact and scaling up",
               "Set a baseline before you tender, choose indicators, tie acceptance to results "
               "and plan how a successful pilot grows into a wider roll-out."),
        "lt": ("Poveikio matavimas ir plėtra",
               "Prieš pirkimą nustatykite pradinę padėtį, pasirinkite rodiklius, susiekite "
               "priėmimą su rezultatais ir suplanuokite, kaip sėkmingas bandomasis projektas "
               "išaugs į platesnį diegimą."),
        "de": ("Wirkung messen und skalieren",
               "Legen Sie vor der Ausschreibung einen Ausgangswert fest, wählen Sie Indikatoren, "
               "knüpfen Sie die Abnahme an Ergebnisse und planen Sie, wie aus einem "
               "erfolgreichen Pilotprojekt eine breitere Einführung wird."),
    }, [
        ("Impact measurement canvas for innovation procurement",
         "Fill it in before the tender: it fixes the baseline that everything else is "
         "measured against."),
        ("Impact indicators for a sensor network for air quality and noise: a starter set",
         "An example set of indicators, with the baseline to record before the contract "
         "starts."),
        ("Innovation partnership contract: milestone and acceptance annex template (version "
         "2.0)",
         "Tie acceptance and payment to measured performance."),
        ("Scaling up after a pilot: options for cities of the Baltic Sea Region",
         "Plan the follow-up purchase before the first tender is published."),
        ("OCDS export checklist for pilot procurements",
         "Publish your procurement data openly so that other cities can learn from it."),
    ]),
    DemoCollection("legal-frameworks-around-the-baltic-sea", {
        "en": ("Legal frameworks around the Baltic Sea",
               "The EU procedures that suit innovation, and the questions to settle with your "
               "legal team in several countries of the region."),
        "lt": ("Teisinė bazė Baltijos jūros regione",
               "Inovacijoms tinkamos ES pirkimų procedūros ir klausimai, kuriuos reikia aptarti "
               "su teisininkais keliose regiono šalyse."),
        "de": ("Rechtsrahmen rund um die Ostsee",
               "Die EU-Verfahren, die zu Innovation passen, und die Fragen, die Sie in mehreren "
               "Ländern der Region mit Ihrer Rechtsabteilung klären sollten."),
    }, [
        ("Choosing a procedure for innovation procurement: a decision guide",
         "Start with the EU procedures and the questions that decide between them."),
        ("Innovation partnership in Directive 2014/24/EU: a reading guide to article 31",
         "The procedure made for buying what does not exist yet."),
        ("Negotiated procedure without prior publication: when it is and is not an option",
         "Why this shortcut rarely fits innovation, and what to record if you use it."),
        ("Restricted procedure in Lithuania: questions to settle with your legal team",
         "National rules differ: the questions to check, with Lithuania as the example."),
        ("Innovation partnership in Denmark: questions to settle with your legal team",
         "The same questions for an innovation partnership under Danish rules."),
        ("Competitive dialogue in Germany: questions to settle with your legal team",
         "Competitive dialogue under German rules."),
        ("Innovation partnership in Sweden: questions to settle with your legal team",
         "An innovation partnership under Swedish rules, to compare with Denmark."),
        ("Norwegian buyers in Baltic Sea Region projects: working with EEA procurement rules",
         "Norway applies the EU rules through the EEA Agreement: what that means in joint "
         "projects."),
    ]),
]
# fmt: on


def _resource_keys() -> dict[str, str]:
    """Title of each demo resource, in every language it has, -> its external identifier."""
    keys = {}
    for position, item in enumerate(demo_items()):
        for title, _summary, _body in item.texts.values():
            keys[title] = external_id(position)
    return keys


def load_collection_demo(stdout=None, verbosity=1) -> dict:
    """Create the demo collections, once: when the database has no demo collection yet.

    Curators may rename, reorder, unpublish or delete demo collections; a later run neither
    repeats nor undoes that. A real collection that holds a demo slug is left alone. Needs the
    demo moderator and the published demo resources of ``load_library_demo``.
    """

    def say(message):
        if stdout is not None and verbosity >= 1:
            stdout.write(message)

    counts = {"created": 0}
    if Collection.objects.filter(is_demo=True).exists():
        say("Demo collections: 0 created, already loaded")
        return counts
    keys = _resource_keys()
    wanted = {keys[title] for spec in COLLECTIONS for title, _note in spec.items}
    resources = {
        resource.external_id: resource
        for resource in Resource.objects.filter(external_id__in=wanted, status=Status.PUBLISHED)
    }
    moderator = User.objects.filter(email=MODERATOR_EMAIL, is_moderator=True).first()
    if moderator is None or len(resources) < len(wanted):
        say("Demo collections: none created; run load_demo first.")
        return counts
    taken = set(
        Collection.objects.filter(slug__in=[spec.slug for spec in COLLECTIONS]).values_list(
            "slug", flat=True
        )
    )
    with transaction.atomic():
        for spec in COLLECTIONS:
            if spec.slug in taken:
                continue
            texts = {
                code: {"title": title, "summary": f"{summary} {COLLECTION_MARKS[code]}"}
                for code, (title, summary) in spec.texts.items()
            }
            collection = services.collection_create(
                actor=moderator, slug=spec.slug, texts=texts, is_published=True, is_demo=True
            )
            for title, note in spec.items:
                services.collection_add_resource(
                    collection=collection,
                    resource=resources[keys[title]],
                    actor=moderator,
                    note=note,
                )
            counts["created"] += 1
    say(f"Demo collections: {counts['created']} created")
    return counts


# Feedback and bookmarks -------------------------------------------------------------------
# Demo people answer "was this useful?" on about three in four published demo resources, so
# that sorting by "Most useful" shows an order; a few sign-in accounts keep resources in "My
# library". Every choice is drawn from a generator seeded by the resource's position (or the
# person), so each run plans the same. The comments were written for this demo.

VOTES = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7]  # how many members answer, drawn once
COMMENT_SHARE = 0.3
USEFUL_COMMENTS = [
    "We reused the section on equal treatment almost word for word in our own notice.",
    "Clear and short. I shared it with our legal team before the market dialogue.",
    "The checklist saved us a lot of preparation time.",
    "Good examples. A version for smaller municipalities would help even more.",
    "We adapted it for a school catering tender and it worked well.",
    "The timeline finally helped our management see why we need more time.",
    "The notes on each section are the most helpful part.",
    "I used it to brief a new colleague in the procurement team.",
    "Practical, and easy to translate for our internal guidance.",
    "The worked example made our award criteria much easier to write.",
]
NOT_USEFUL_COMMENTS = [
    "Too general for our case; we needed more on the national rules.",
    "It assumes a large city. Hard to apply in a small municipality.",
    "Please add an example of a finished document.",
    "It does not say which steps the law requires and which are good practice.",
    "A short summary at the top would help busy readers.",
    "Hard to follow without a worked example.",
]
# Demo sign-in accounts that keep a few resources in My library, and how many.
BOOKMARKERS = ["paulius.bandomasis", "laura.pavyzdiene", "ola.nordmann", "jonas.pavyzdys"]
BOOKMARKS_EACH = 4


def _demo_rows(keys) -> dict[str, tuple[bool, bool]]:
    """External identifier -> (has demo feedback, has a demo bookmark), in one query."""
    by_demo_people = {"resource": OuterRef("pk"), "user__is_demo": True}
    rows = (
        Resource.objects.filter(external_id__in=keys)
        .annotate(
            answered=Exists(ResourceFeedback.objects.filter(**by_demo_people)),
            saved=Exists(Bookmark.objects.filter(**by_demo_people)),
        )
        .values_list("external_id", "answered", "saved")
    )
    return {key: (answered, saved) for key, answered, saved in rows}


def _feedback_random(position: int) -> random.Random:
    return random.Random(f"{EXTERNAL_PREFIX}feedback-{position}")


def _bookmark_positions(handle: str, published: list[int]) -> list[int]:
    chooser = random.Random(f"{EXTERNAL_PREFIX}bookmarks-{handle}")
    return chooser.sample(published, min(BOOKMARKS_EACH, len(published)))


def _missing_engagement(items, keys, rows) -> tuple[list[int], list[int]]:
    """Positions of published resources still without their demo answers, and without their
    demo bookmarks (resources not stored yet count as missing both)."""
    published = [p for p, item in enumerate(items) if item.status == Status.PUBLISHED]
    answers = [
        p
        for p in published
        if _feedback_random(p).choice(VOTES) and not rows.get(keys[p], (False, False))[0]
    ]
    wanted = {p for handle in BOOKMARKERS for p in _bookmark_positions(handle, published)}
    saves = sorted(p for p in wanted if not rows.get(keys[p], (False, False))[1])
    return answers, saves


def _load_engagement(items, keys, answers, saves) -> dict:
    """Give the planned answers and bookmarks at these positions, through the services."""
    if not (answers or saves):
        return {"answers": 0, "bookmarks": 0}
    people = list(
        User.objects.filter(
            is_demo=True, is_active=True, email__endswith=f"@{DEMO_DOMAIN}"
        ).order_by("email")
    )
    resources = {
        resource.external_id: resource
        for resource in Resource.objects.filter(
            external_id__in=[keys[p] for p in {*answers, *saves}], status=Status.PUBLISHED
        )
    }
    published = [p for p, item in enumerate(items) if item.status == Status.PUBLISHED]
    counts = {"answers": 0, "bookmarks": 0}
    with transaction.atomic():
        for position in answers:
            resource = resources.get(keys[position])
            if resource is None:
                continue
            chooser = _feedback_random(position)
            wanted = chooser.choice(VOTES)
            quality = chooser.uniform(0.3, 0.95)
            voters = [person for person in people if person.pk != resource.author_id]
            for voter in chooser.sample(voters, min(wanted, len(voters))):
                useful = chooser.random() < quality
                comments = USEFUL_COMMENTS if useful else NOT_USEFUL_COMMENTS
                comment = chooser.choice(comments) if chooser.random() < COMMENT_SHARE else ""
                services.resource_feedback_give(
                    resource=resource, user=voter, useful=useful, comment=comment
                )
                counts["answers"] += 1
        by_handle = {person.email.split("@")[0]: person for person in people}
        for handle in BOOKMARKERS:
            person = by_handle.get(handle)
            for position in _bookmark_positions(handle, published):
                resource = resources.get(keys[position])
                if person is not None and resource is not None and position in saves:
                    services.bookmark_add(user=person, resource=resource)
                    counts["bookmarks"] += 1
    return counts
