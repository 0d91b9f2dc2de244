"""Demo content for the pilots: about 45 pilot procurements, good practices and demo projects.

Every pilot is marked `is_demo`, its summary ends with the demo mark of its language, and it is
keyed by the external identifier ``demo-pilot-NNN`` (numbered in the order of PILOTS, so new
entries go at the end). A run reads the existing identifiers in one query and creates only what
is missing; a second run writes nothing and never touches pilots that someone edited.

The buyers and authors are the demo organisations and people of ``manage.py load_demo``; when
they are missing, nothing is created. Where no demo organisation stands for the city, the pilot
is submitted by a city network and names no buyer. The texts were written for this demo from
the themes the seeds name (autonomous last-mile buses, e-mobility, mobility points, year-round
cycling, participatory budgeting, energy-saving behaviour change, hybrid libraries, the 2024
CityLabs in Tampere, Tartu and Panevėžys). They quote no one, give no money figures and claim
no results of real projects; suppliers are fictional companies.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from ppi4cities.accounts.demo import DEMO_DOMAIN
from ppi4cities.accounts.models import Membership, Organisation, Role, User
from ppi4cities.moderation.models import Status

from . import services
from .models import Pilot, Project
from .vocabularies import Approach, PilotState

MODERATOR_EMAIL = f"moderator@{DEMO_DOMAIN}"
EXTERNAL_PREFIX = "demo-pilot-"
BSR_COUNTRIES = ["DK", "DE", "EE", "FI", "LV", "LT", "PL", "SE", "NO"]

# Every summary ends with the demo mark of its language.
DEMO_MARKS = {
    "en": "(Demo content.)",
    "da": "(Demoindhold.)",
    "de": "(Demo-Inhalt.)",
    "et": "(Demosisu.)",
    "fi": "(Demosisältö.)",
    "lt": "(Demonstracinis turinys.)",
    "lv": "(Demonstrācijas saturs.)",
    "pl": "(Treść demonstracyjna.)",
    "sv": "(Demoinnehåll.)",
}
# Cities without a demo organisation of their own are submitted by this network.
NETWORK = "union-of-the-baltic-cities"

PCP, PPI, OTHER = Approach.PCP, Approach.PPI, Approach.OTHER
PLANNED, ONGOING = PilotState.PLANNED, PilotState.ONGOING
COMPLETED, CANCELLED = PilotState.COMPLETED, PilotState.CANCELLED

PROJECTS = [
    {
        "slug": "demo-baltic-last-mile-shuttles",
        "name": "Baltic Last-Mile Shuttles (demo project)",
        "programme": "Interreg-style cooperation project (illustrative)",
        "summary": (
            "A fictional project invented for the demo. It groups demo pilots of autonomous "
            "electric minibuses and on-demand shuttles in last-mile public transport, a theme "
            "that real Interreg projects such as Sohjoa Baltic explored. Nothing on this page "
            "reports results of a real project."
        ),
    },
    {
        "slug": "demo-year-round-active-mobility",
        "name": "Year-Round Active Mobility Cities (demo project)",
        "programme": "Interreg-style cooperation project (illustrative)",
        "summary": (
            "A fictional project invented for the demo. Its demo pilots are about walking and "
            "cycling in darkness, snow and rain, and about mobility points that bring several "
            "ways of travelling together. Nothing on this page reports results of a real "
            "project."
        ),
    },
    {
        "slug": "demo-citylab-challenges",
        "name": "CityLab challenges (demo project)",
        "programme": "PPI4Cities CityLab model (illustrative)",
        "summary": (
            "Demo pilots that follow the CityLab model of PPI4Cities, in which a city works "
            "with local companies, researchers, NGOs and residents on one real challenge. "
            "CityLabs ran in Tampere, Tartu and Panevėžys in 2024; the pilots on this page are "
            "invented for the demo and do not describe what those cities bought."
        ),
    },
]

SHUTTLES, ACTIVE, CITYLAB = (project["slug"] for project in PROJECTS)


@dataclass
class DemoPilot:
    """One demo pilot before it is written."""

    country: str
    city: str
    latitude: float
    longitude: float
    nuts3: str
    organisation: str  # slug of the demo organisation that submits it
    buyers: tuple  # slugs of demo organisations that bought it
    themes: tuple
    approach: str
    procedure: str
    innovation_types: tuple
    cpv_codes: tuple
    state: str
    year: int  # the year the needs were assessed
    title: str
    summary: str
    challenge: str
    solution: str
    results: str = ""
    lessons: str = ""
    suppliers: tuple = ()  # (name, country, size)
    project: str = ""
    local: tuple = ()  # (language, title, summary)
    status: str = Status.PUBLISHED
    good_practice: tuple = ()  # (why it worked, how to replicate it)


_p = DemoPilot


# (country, city, latitude, longitude, NUTS 3, submitter, buyers, themes, approach, procedure,
#  innovation types, CPV codes, state, year, title, summary, challenge, solution, ...)
# fmt: off
PILOTS = [
    # Poland ------------------------------------------------------------------------------------
    _p("PL", "Gdańsk", 54.3520, 18.6466, "PL633", "city-of-gdansk", ("city-of-gdansk",),
       ("mobility", "smart-city"), PCP, "oth-mult", ("rd-act", "mar-nov"),
       ("73000000-2", "34144900-7"), COMPLETED, 2019,
       "Autonomous electric minibus on a last-mile route to a tram stop",
       "A demo pilot of a self-driving electric minibus linking a residential area with the "
       "nearest tram stop, bought as research and development in competing phases.",
       "Residents of a new district walked a long way to the tram, and a regular bus line "
       "would have run almost empty outside rush hours.",
       "Two suppliers developed and tested a small autonomous shuttle with an on-board "
       "steward on a fixed route, first without and then with passengers.",
       results="The shuttle ran a test season; riders' feedback and the operator's log were "
               "used to decide on a follow-up tender.",
       lessons="Agree early with the road authority and the police who approves the route.",
       suppliers=(("Demo Shuttle Systems Oy", "FI", "small"),
                  ("Demo Robotics sp. z o.o.", "PL", "micro")),
       project=SHUTTLES,
       local=("pl", "Autonomiczny elektryczny minibus na trasie ostatniej mili do przystanku "
                    "tramwajowego",
              "Pilotaż demonstracyjny samojezdnego minibusa elektrycznego łączącego osiedle "
              "z najbliższym przystankiem tramwajowym, kupiony jako prace badawczo-rozwojowe "
              "w etapach konkurencyjnych."),
       good_practice=(
           "The city described the problem (the gap between homes and the tram), not a "
           "vehicle, and let suppliers propose how to close it. A steward on board kept "
           "passengers confident during the first weeks.",
           "Start with one short, well-mapped route, involve the transport operator from the "
           "needs assessment on, and plan the permit process before the tender.")),
    _p("PL", "Gdynia", 54.5189, 18.5305, "PL633", "city-of-gdynia", ("city-of-gdynia",),
       ("mobility", "environment"), PPI, "neg-w-call", ("prod-innov",),
       ("34144910-0", "31158100-9"), ONGOING, 2023,
       "Electric buses with charging at the terminus",
       "A demo procurement of electric buses together with fast chargers at the end stops, "
       "with the supplier responsible for availability.",
       "The bus operator wanted to replace diesel buses on hilly routes without losing "
       "service when batteries run low.",
       "Buses and chargers bought as one performance-based package, with availability "
       "targets and a service contract.",
       lessons="Negotiation helped adapt charging times to the timetable.",
       suppliers=(("Demo E-Bus Works sp. z o.o.", "PL", "medium"),)),
    _p("PL", "Szczecin", 53.4285, 14.5528, "PL424", "city-of-szczecin", ("city-of-szczecin",),
       ("social", "digital"), OTHER, "open", ("proc-innov",), ("48000000-8",),
       COMPLETED, 2020,
       "Participatory budgeting with online and paper voting",
       "A demo pilot of a citizens' budget in which residents propose and vote on local "
       "projects online or on paper in libraries.",
       "Few residents took part in the citizens' budget, and older people found the online "
       "form hard to use.",
       "A voting platform with accessible forms and a paper option, plus helpers in "
       "libraries during the voting weeks.",
       results="More districts put forward proposals; the city kept the paper option.",
       lessons="Budget time for checking proposals before the vote.",
       suppliers=(("Demo Civic Tools sp. z o.o.", "PL", "micro"),),
       local=("pl", "Budżet obywatelski z głosowaniem online i papierowym",
              "Pilotaż demonstracyjny budżetu obywatelskiego, w którym mieszkańcy zgłaszają "
              "lokalne projekty i głosują na nie online lub na papierze w bibliotekach.")),
    _p("PL", "Olsztyn", 53.7784, 20.4801, "", NETWORK, (),
       ("energy", "environment"), PPI, "comp-dial", ("proc-innov",),
       ("71314000-2", "45453000-7"), ONGOING, 2024,
       "Energy performance contract for municipal schools",
       "A demo competitive dialogue for renovating school buildings where the supplier is "
       "paid from the energy savings it guarantees.",
       "Old school buildings used much heat, and the city could not fund renovation up "
       "front.",
       "An energy performance contract covering insulation, ventilation and heating "
       "controls, with savings measured against a baseline.",
       suppliers=(("Demo Energy Services sp. z o.o.", "PL", "medium"),)),
    _p("PL", "Elbląg", 54.1561, 19.4045, "", NETWORK, (),
       ("environment", "smart-city"), PPI, "open", ("prod-innov",), ("90511000-2",),
       CANCELLED, 2022,
       "Sensor-based waste collection routes",
       "A demo tender for fill-level sensors on waste containers and route planning, "
       "cancelled after the market consultation.",
       "Waste trucks emptied half-full containers on fixed rounds.",
       "Sensors on containers and software planning collection routes from the fill levels.",
       results="The tender was cancelled: the only bid did not meet the data-access "
               "requirements.",
       lessons="Ask in the market consultation whether the data requirements are realistic."),
    # Lithuania ---------------------------------------------------------------------------------
    _p("LT", "Panevėžys", 55.7348, 24.3575, "LT025", "panevezys-city-municipality",
       ("panevezys-city-municipality",), ("energy", "social"), PPI, "comp-dial",
       ("proc-innov",), ("71314000-2", "48000000-8"), ONGOING, 2024,
       "CityLab challenge: energy use in municipal buildings",
       "A demo pilot born in a CityLab: building users, managers and local companies worked "
       "out how to cut heat and electricity use in municipal buildings.",
       "Municipal buildings used energy outside opening hours, and nobody could see where.",
       "Metering and a dashboard for building managers, with a service to tune heating "
       "schedules together with the users.",
       suppliers=(("Demo Metering UAB", "LT", "small"),),
       project=CITYLAB,
       local=("lt", "CityLab iššūkis: energijos vartojimas savivaldybės pastatuose",
              "Demonstracinis pilotinis projektas, gimęs CityLab dirbtuvėse: pastatų "
              "naudotojai, valdytojai ir vietos įmonės ieškojo būdų sumažinti šilumos ir "
              "elektros vartojimą savivaldybės pastatuose.")),
    _p("LT", "Vilnius", 54.6872, 25.2797, "LT011", "vilnius-city-municipality",
       ("vilnius-city-municipality",), ("digital",), PCP, "oth-mult", ("rd-act",),
       ("73000000-2", "72000000-5"), COMPLETED, 2020,
       "Chat assistant for municipal services",
       "A demo pre-commercial procurement of a chat assistant that answers residents' "
       "questions about municipal services in Lithuanian and English.",
       "The call centre was overloaded with simple, repeated questions.",
       "Three suppliers built prototypes; the best two were tested with real questions and "
       "handed over to staff when unsure.",
       results="Staff decided which topics the assistant may answer alone.",
       lessons="Prepare the answers database before the tender, not during it.",
       suppliers=(("Demo Language Tech UAB", "LT", "small"),
                  ("Demo Dialogue Systems OÜ", "EE", "micro")),
       local=("lt", "Pokalbių asistentas savivaldybės paslaugoms",
              "Demonstracinis ikiprekybinis pirkimas: pokalbių asistentas, atsakantis į "
              "gyventojų klausimus apie savivaldybės paslaugas lietuvių ir anglų kalbomis."),
       good_practice=(
           "Competing prototypes let the city compare real answers, not promises, and staff "
           "stayed in charge of difficult questions.",
           "Collect the most frequent questions first, test with real residents, and keep a "
           "simple way to reach a person.")),
    _p("LT", "Kaunas", 54.8985, 23.9036, "LT022", "kaunas-city-municipality",
       ("kaunas-city-municipality",), ("energy", "smart-city"), PPI, "open", ("prod-innov",),
       ("34928500-3", "09310000-5"), COMPLETED, 2021,
       "Adaptive street lighting on residential streets",
       "A demo procurement of street lights that dim when streets are empty and brighten "
       "when someone approaches.",
       "Street lighting was one of the city's largest electricity costs.",
       "LED luminaires with motion sensors and a central management system, bought with "
       "performance requirements instead of a product list.",
       results="The city extended the system to more streets after residents' feedback.",
       lessons="Test light levels with residents before choosing dimming profiles.",
       suppliers=(("Example Smart Lighting UAB (demo)", "LT", "medium"),),
       good_practice=(
           "Performance-based requirements (light levels, energy use, fault reporting) let "
           "suppliers compete on solutions rather than brands.",
           "Describe the lighting outcome you need, pilot on a few streets, and ask "
           "residents how safe they feel before and after.")),
    _p("LT", "Klaipėda", 55.7033, 21.1443, "LT023", "klaipeda-city-municipality",
       ("klaipeda-city-municipality",), ("mobility", "environment"), PPI, "neg-w-call",
       ("mar-nov",), ("34512000-9",), PLANNED, 2025,
       "Electric ferry crossing to the Curonian Spit",
       "A demo plan for an electric passenger ferry, now in market consultation.",
       "The ferry crossing runs all year and burns diesel close to the city centre.",
       "The city asks the market whether an electric or hybrid ferry with shore charging "
       "can meet the winter timetable."),
    _p("LT", "Šiauliai", 55.9349, 23.3137, "LT026", "lithuanian-innovation-centre",
       (), ("education", "digital"), OTHER, "open", ("proc-innov",),
       ("92511000-6", "30213100-6"), COMPLETED, 2022,
       "Hybrid library corner for digital skills",
       "A demo pilot of a library space where residents borrow devices and learn digital "
       "skills with volunteers, both on site and online.",
       "Many older residents could not use online public services.",
       "A redesigned library corner with lending devices, a booking system and recorded "
       "short lessons.",
       results="The library kept the corner and added evening sessions.",
       lessons="Volunteers need a short training of their own.",
       suppliers=(("Demo Learning Spaces UAB", "LT", "micro"),),
       local=("lt", "Hibridinės bibliotekos erdvė skaitmeniniams įgūdžiams",
              "Demonstracinis pilotinis projektas: bibliotekos erdvė, kurioje gyventojai "
              "skolinasi įrenginius ir mokosi skaitmeninių įgūdžių su savanoriais vietoje "
              "ir internetu.")),
    _p("LT", "Vilnius", 54.6872, 25.2797, "LT011", "public-procurement-office-lithuania",
       ("public-procurement-office-lithuania",), ("digital",), PPI, "comp-dial",
       ("proc-innov",), ("48000000-8",), ONGOING, 2024,
       "Specification checker for tender documents",
       "A demo pilot of a tool that points out over-specified requirements and missing "
       "award criteria in draft tender documents.",
       "Suppliers often say tenders are over-specified and hard to read.",
       "A tool that reads a draft specification and suggests where to describe functions "
       "instead of products.",
       suppliers=(("Demo Legal Text Analytics UAB", "LT", "small"),)),
    # Latvia ------------------------------------------------------------------------------------
    _p("LV", "Riga", 56.9496, 24.1052, "LV006", "riga-city-council", ("riga-city-council",),
       ("mobility", "smart-city"), PPI, "open", ("proc-innov",),
       ("34920000-2", "45000000-7"), COMPLETED, 2021,
       "Mobility points at public transport hubs",
       "A demo pilot of mobility points where trams, buses, shared bikes and car sharing "
       "meet, with clear signs and a map.",
       "Changing between modes was confusing, and shared vehicles were scattered.",
       "Six mobility points with bike racks, charging, information pillars and space for "
       "shared vehicles.",
       results="Operators of shared vehicles agreed to park at the points.",
       lessons="Involve the operators of shared vehicles before choosing the places.",
       suppliers=(("Demo Street Furniture SIA", "LV", "small"),),
       project=ACTIVE,
       local=("lv", "Mobilitātes punkti sabiedriskā transporta mezglos",
              "Demonstrācijas pilotprojekts: mobilitātes punkti, kur satiekas tramvaji, "
              "autobusi, koplietošanas velosipēdi un automašīnas, ar skaidrām zīmēm un "
              "karti."),
       good_practice=(
           "The points were placed where people already change, and every operator was "
           "asked what they needed before the design was fixed.",
           "Map where people change modes, agree a common sign system, and start with a few "
           "points you can adjust.")),
    _p("LV", "Jelgava", 56.6511, 23.7214, "", "jelgava-state-city-municipality",
       ("jelgava-state-city-municipality",), ("social", "digital"), OTHER, "oth-single",
       ("proc-innov",), ("48000000-8",), COMPLETED, 2021,
       "Participatory budgeting for neighbourhoods",
       "A demo pilot of a neighbourhood budget decided by residents' votes.",
       "Residents felt far from decisions on small local investments.",
       "An online voting tool and public meetings in each neighbourhood.",
       results="Residents chose projects for playgrounds and lighting.",
       lessons="Explain clearly what the budget can and cannot pay for.",
       suppliers=(("Sample Civic Apps SIA (demo)", "LV", "micro"),)),
    _p("LV", "Liepāja", 56.5047, 21.0108, "", "liepaja-state-city-municipality",
       ("liepaja-state-city-municipality",), ("environment",), PPI, "neg-w-call",
       ("prod-innov",), ("45232130-2", "38221000-0"), ONGOING, 2024,
       "Storm-water monitoring in the port city",
       "A demo pilot of sensors and a map warning of storm-water flooding.",
       "Heavy rain flooded streets near the canal more often than before.",
       "Water-level sensors in drains linked to a map for the city's maintenance team.",
       suppliers=(("Example Water Sensors sp. z o.o. (demo)", "PL", "small"),)),
    _p("LV", "Valmiera", 57.5411, 25.4275, "", NETWORK, (),
       ("energy",), PPI, "open", ("prod-innov",), ("42511110-5",), PLANNED, 2026,
       "Heat pumps for a district heating network",
       "A demo plan to add large heat pumps to a small district heating network.",
       "The heating network depends on a single fuel.",
       "The city will consult the market on heat pumps sized for a small network.",
       status=Status.DRAFT),
    # Estonia -----------------------------------------------------------------------------------
    _p("EE", "Tartu", 58.3780, 26.7290, "EE008", "tartu-city-government",
       ("tartu-city-government",), ("mobility",), PPI, "comp-dial", ("proc-innov",),
       ("60112000-6", "48000000-8"), ONGOING, 2024,
       "CityLab challenge: sustainable commuting to the city centre",
       "A demo pilot that grew out of a CityLab on commuting: employers, students and "
       "transport companies looked for alternatives to driving alone.",
       "Morning traffic into the centre kept growing, and buses were slow.",
       "A commuting service combining bike sharing, park-and-ride and journey planning, "
       "bought through a competitive dialogue.",
       suppliers=(("Sample Mobility Data OÜ (demo)", "EE", "micro"),),
       project=CITYLAB,
       local=("et", "CityLabi väljakutse: säästlik liikumine kesklinna",
              "Demonstratsiooniks loodud piloot, mis kasvas välja CityLabist: tööandjad, "
              "üliõpilased ja transpordiettevõtted otsisid autole alternatiive.")),
    _p("EE", "Tallinn", 59.4370, 24.7536, "EE001", "tallinn-city-government",
       ("tallinn-city-government",), ("mobility", "smart-city"), PCP, "oth-mult",
       ("rd-act",), ("73000000-2", "34144900-7"), COMPLETED, 2018,
       "Self-driving shuttle in a business park",
       "A demo pre-commercial procurement of an autonomous shuttle between a business park "
       "and the nearest public transport stop.",
       "Employees drove to work because the last kilometre had no service.",
       "Suppliers developed a shuttle and a remote supervision service in three phases.",
       results="The city used the test data to write requirements for a later service.",
       lessons="Winter testing needs its own phase.",
       suppliers=(("Demo Autonomy OÜ", "EE", "small"),),
       project=SHUTTLES),
    _p("EE", "Tallinn", 59.4370, 24.7536, "EE001", "tallinn-city-government",
       ("tallinn-city-government",), ("digital", "health"), PPI, "innovation",
       ("prod-innov", "rd-act"), ("72000000-5", "85000000-9"), ONGOING, 2023,
       "Remote care service for older residents",
       "A demo innovation partnership for a service that lets older people living at home "
       "call for help and see a carer by video.",
       "Home care staff could not visit everyone as often as needed.",
       "A tablet-based service developed with the supplier and tested with home care "
       "clients.",
       suppliers=(("Demo Care Tech OÜ", "EE", "micro"),)),
    _p("EE", "Pärnu", 58.3859, 24.4971, "", NETWORK, (),
       ("environment", "social"), OTHER, "oth-single", ("proc-innov",),
       ("77310000-6",), COMPLETED, 2022,
       "Nature-based rain gardens designed with residents",
       "A demo pilot of rain gardens in a courtyard, designed in workshops with residents.",
       "Rain water pooled in courtyards, and residents wanted more green space.",
       "A landscape designer ran workshops and built rain gardens with local plants.",
       results="Residents took over part of the maintenance.",
       suppliers=(("Demo Green Design OÜ", "EE", "micro"),)),
    # Finland -----------------------------------------------------------------------------------
    _p("FI", "Tampere", 61.4978, 23.7610, "FI197", "city-of-tampere", ("city-of-tampere",),
       ("smart-city", "social"), PPI, "innovation", ("proc-innov", "rd-act"),
       ("48000000-8", "73000000-2"), ONGOING, 2024,
       "CityLab challenge: a smarter neighbourhood service point",
       "A demo pilot from a CityLab in which residents, researchers and companies "
       "co-designed a service point for a growing neighbourhood.",
       "A new district had no place to get help with city services.",
       "A staffed and self-service point with booking, remote advice and event space, "
       "developed in an innovation partnership.",
       suppliers=(("Placeholder Autonomous Shuttles Oy (demo)", "FI", "small"),
                  ("Demo Service Design Oy", "FI", "micro")),
       project=CITYLAB,
       local=("fi", "CityLab-haaste: älykkäämpi asiointipiste kaupunginosaan",
              "Demonstraatioksi laadittu pilotti CityLabista, jossa asukkaat, tutkijat ja "
              "yritykset suunnittelivat yhdessä asiointipisteen kasvavaan kaupunginosaan.")),
    _p("FI", "Tampere", 61.4978, 23.7610, "FI197", "city-of-tampere", ("city-of-tampere",),
       ("mobility",), PPI, "neg-w-call", ("mar-nov",), ("34121000-1", "60112000-6"),
       COMPLETED, 2020,
       "On-demand autonomous feeder bus to the tram",
       "A demo pilot of an autonomous minibus that residents book with an app to reach the "
       "tram line.",
       "Feeder buses ran empty in the evening but residents still needed them.",
       "An on-demand autonomous minibus with a booking app and remote monitoring.",
       results="The city learnt which evening hours justify an on-demand service.",
       lessons="Booking by phone must be possible for those without a smartphone.",
       suppliers=(("Placeholder Autonomous Shuttles Oy (demo)", "FI", "small"),),
       project=SHUTTLES),
    _p("FI", "Helsinki", 60.1699, 24.9384, "FI1B1", "city-of-helsinki",
       ("city-of-helsinki",), ("education", "digital"), PPI, "comp-dial", ("proc-innov",),
       ("92511000-6", "48000000-8"), COMPLETED, 2019,
       "Hybrid library services for evenings and weekends",
       "A demo pilot of self-service library opening with remote staff support.",
       "Residents wanted library spaces open longer than staff hours allowed.",
       "Access control, cameras and a video link to a librarian, designed through "
       "competitive dialogue.",
       results="Evening use grew, and staff focused on events and guidance.",
       lessons="Talk to staff unions early.",
       suppliers=(("Demo Access Solutions Oy", "FI", "small"),),
       good_practice=(
           "The dialogue let the library test how remote support feels before choosing, "
           "and staff helped shape the rules for self-service hours.",
           "Start with one branch, publish the house rules, and review safety and use "
           "together with staff after a few months.")),
    _p("FI", "Turku", 60.4518, 22.2666, "FI1C1", "city-of-turku", ("city-of-turku",),
       ("environment",), PCP, "oth-mult", ("rd-act",), ("73000000-2", "90700000-4"),
       COMPLETED, 2021,
       "Measuring nutrients in urban run-off to the archipelago",
       "A demo pre-commercial procurement of low-cost sensors for nutrients in storm water "
       "flowing to the sea.",
       "Run-off carried nutrients to the archipelago, but nobody knew from where.",
       "Competing suppliers developed sensors and tested them in city drains.",
       results="One sensor type was accurate enough for monitoring.",
       suppliers=(("Demo Aqua Sensing Oy", "FI", "micro"),)),
    _p("FI", "Oulu", 65.0121, 25.4651, "", NETWORK, (),
       ("mobility",), PPI, "open", ("proc-innov",), ("90620000-9", "45233162-2"),
       COMPLETED, 2020,
       "Winter maintenance priority for cycle paths",
       "A demo procurement of snow clearing that puts main cycle routes first.",
       "Cyclists stopped riding in winter when paths were cleared last.",
       "A maintenance contract with quality levels for cycle routes and tracking of "
       "clearing times.",
       results="The cycle network stayed usable through the winter.",
       lessons="Publish clearing priorities so riders know which routes to trust.",
       suppliers=(("Demo Winter Services Oy", "FI", "medium"),),
       project=ACTIVE,
       good_practice=(
           "Quality levels for cycle routes were written into the contract and checked "
           "with tracking data, so winter cycling became reliable.",
           "Choose a main cycle network, set clearing times in the contract, and make the "
           "results visible to riders.")),
    _p("FI", "Espoo", 60.2055, 24.6559, "FI1B1", NETWORK, (),
       ("energy", "environment"), PPI, "neg-w-call", ("prod-innov",),
       ("09331200-0", "71314000-2"), PLANNED, 2026,
       "Solar power and storage for school buildings",
       "A demo plan for solar panels with batteries on schools, in market consultation.",
       "Schools use most electricity when the sun shines, but roofs are unused.",
       "The city will ask how to combine solar panels, storage and use in teaching.",
       status=Status.PENDING),
    # Germany -----------------------------------------------------------------------------------
    _p("DE", "Hamburg", 53.5511, 9.9937, "DE600", "free-and-hanseatic-city-of-hamburg",
       ("free-and-hanseatic-city-of-hamburg",), ("mobility", "environment"), PPI, "open",
       ("prod-innov",), ("34144900-7", "31158100-9"), COMPLETED, 2020,
       "Electric cargo bikes for city logistics",
       "A demo pilot of electric cargo bikes and micro-depots for parcel delivery in dense "
       "districts.",
       "Delivery vans blocked narrow streets and cycle lanes.",
       "Cargo bikes, small depots and a booking system shared by several delivery firms.",
       results="Delivery firms kept using the depots after the pilot.",
       suppliers=(("Demo Lastenrad GmbH", "DE", "small"),),
       local=("de", "Elektrische Lastenräder für die städtische Logistik",
              "Ein Demo-Pilot mit elektrischen Lastenrädern und Mikro-Depots für die "
              "Paketzustellung in dicht bebauten Stadtteilen."),
       good_practice=(
           "Sharing the depots among firms made the change affordable for each of them, "
           "and the city provided space instead of money.",
           "Find public space for depots first, bring competing delivery firms to one "
           "table, and set simple rules for shared use.")),
    _p("DE", "Rostock", 54.0924, 12.0991, "DE803", "hanseatic-city-of-rostock",
       ("hanseatic-city-of-rostock",), ("mobility",), PPI, "neg-w-call", ("proc-innov",),
       ("34920000-2", "45233162-2"), ONGOING, 2023,
       "Lit and heated cycle route along the harbour",
       "A demo pilot of a cycle route with adaptive lighting and surface sensors that warn "
       "of ice.",
       "The harbour route was dark and icy in winter.",
       "Adaptive lighting and road-surface sensors linked to the winter service.",
       suppliers=(("Demo Verkehrstechnik GmbH", "DE", "medium"),),
       project=ACTIVE),
    _p("DE", "Kiel", 54.3233, 10.1228, "DEF02", "city-of-kiel", ("city-of-kiel",),
       ("energy", "social"), OTHER, "oth-single", ("proc-innov",), ("79400000-8",),
       COMPLETED, 2022,
       "Energy-saving challenge for households with creative partners",
       "A demo pilot in which artists and designers ran a campaign helping households save "
       "energy at home.",
       "Information leaflets on saving energy had little effect.",
       "A creative agency ran games, exhibitions and home visits with energy advisers.",
       results="Participating households reported new habits in a follow-up survey.",
       lessons="Work with trusted local places such as libraries and sports clubs.",
       suppliers=(("Demo Kreativwerkstatt GmbH", "DE", "micro"),),
       good_practice=(
           "Creative formats reached people who ignore leaflets, and energy advisers gave "
           "practical advice at the right moment.",
           "Pair creative professionals with energy advisers, meet people where they "
           "already are, and measure habits, not only attendance.")),
    _p("DE", "Lübeck", 53.8655, 10.6866, "DEF03", NETWORK, (),
       ("digital",), PPI, "open", ("proc-innov",), ("48810000-9",), CANCELLED, 2023,
       "Digital building permits",
       "A demo tender for an online building permit service, cancelled and replaced by a "
       "joint procurement.",
       "Building permits were handled on paper and took long.",
       "An online service for applications, documents and status tracking.",
       results="The city cancelled its own tender to join a joint procurement with other "
               "municipalities."),
    _p("DE", "Greifswald", 54.0865, 13.3923, "", NETWORK, (),
       ("health",), PCP, "oth-mult", ("rd-act",), ("73000000-2", "33190000-8"), ONGOING, 2024,
       "Fall detection for people living alone",
       "A demo pre-commercial procurement of sensors that detect falls at home without "
       "cameras.",
       "Older people who fall at home often wait long for help.",
       "Suppliers develop radar-based sensors and test them with volunteers.",
       suppliers=(("Demo Sensorik GmbH", "DE", "small"),)),
    # Denmark -----------------------------------------------------------------------------------
    _p("DK", "Aarhus", 56.1629, 10.2039, "DK042", "aarhus-municipality",
       ("aarhus-municipality",), ("energy", "environment"), PPI, "comp-dial",
       ("prod-innov",), ("42511110-5",), COMPLETED, 2019,
       "Heat pumps using waste water for district heating",
       "A demo pilot of a heat pump taking heat from treated waste water into the district "
       "heating network.",
       "The district heating needed new heat sources without fossil fuels.",
       "A large heat pump at the treatment plant, designed through competitive dialogue.",
       results="The utility planned a second unit.",
       suppliers=(("Example Heat Systems A/S (demo)", "DK", "large"),),
       local=("da", "Varmepumper med spildevand til fjernvarme",
              "Et demo-pilotprojekt med en varmepumpe, der henter varme fra renset "
              "spildevand til fjernvarmenettet."),
       good_practice=(
           "The dialogue let suppliers propose the size and placement of the heat pump, "
           "and the utility shared operating data early.",
           "Share real data on temperatures and flows with bidders, and agree how "
           "performance will be measured in the first year.")),
    _p("DK", "Nykøbing Falster", 54.7691, 11.8743, "DK022", "guldborgsund-municipality",
       ("guldborgsund-municipality",), ("mobility",), PPI, "open", ("mar-nov",),
       ("34144900-7",), COMPLETED, 2021,
       "Electric car sharing in rural villages",
       "A demo pilot of shared electric cars at village halls, for residents without a "
       "second car.",
       "Bus services in villages are rare, and a second car is expensive.",
       "Electric cars with chargers at village halls and a booking app.",
       results="Several villages asked for their own car.",
       suppliers=(("Demo Delebil ApS", "DK", "micro"),)),
    _p("DK", "Copenhagen", 55.6761, 12.5683, "DK011", NETWORK, (),
       ("mobility", "smart-city"), PPI, "neg-w-call", ("proc-innov",),
       ("48000000-8", "34920000-2"), ONGOING, 2024,
       "Green waves for cyclists at traffic lights",
       "A demo pilot of traffic lights that give groups of cyclists green waves.",
       "Cyclists stop often on main routes, which slows them and wears their patience.",
       "Detection of cyclists and signal timing software on a main route.",
       suppliers=(("Demo Signal Systems ApS", "DK", "small"),),
       project=ACTIVE),
    _p("DK", "Odense", 55.4038, 10.4024, "DK031", NETWORK, (),
       ("environment",), PPI, "open", ("proc-innov",), ("90500000-2",), PLANNED, 2026,
       "Reuse centre for bulky waste",
       "A demo plan for a service that repairs and resells bulky waste.",
       "Furniture and appliances in good condition end in waste.",
       "The municipality consults the market on a repair and resale service.",
       status=Status.DRAFT),
    # Sweden ------------------------------------------------------------------------------------
    _p("SE", "Malmö", 55.6050, 13.0038, "SE224", "city-of-malmo", ("city-of-malmo",),
       ("environment", "social"), OTHER, "oth-single", ("proc-innov",), ("71400000-2",),
       COMPLETED, 2021,
       "Cultural planning of a courtyard with residents",
       "A demo pilot in which artists and planners worked with residents to redesign a "
       "courtyard.",
       "A large courtyard was unused and felt unsafe.",
       "Workshops, temporary installations and a final design chosen with residents.",
       results="The new courtyard is used for events organised by residents.",
       suppliers=(("Demo Stadsrum AB", "SE", "micro"),),
       local=("sv", "Kulturplanering av en innergård tillsammans med boende",
              "Ett demopilotprojekt där konstnärer och planerare arbetade med boende för att "
              "utforma en innergård på nytt.")),
    _p("SE", "Stockholm", 59.3293, 18.0686, "SE110", "region-stockholm",
       ("region-stockholm",), ("health", "digital"), PCP, "oth-mult", ("rd-act",),
       ("73000000-2", "48000000-8"), COMPLETED, 2019,
       "Digital follow-up after hospital discharge",
       "A demo pre-commercial procurement of a service that follows patients at home after "
       "they leave hospital.",
       "Patients returned to hospital because problems at home were noticed late.",
       "Suppliers developed app-based check-ins with alerts to nurses.",
       results="The region planned a procurement of a ready service.",
       suppliers=(("Demo Vårdteknik AB", "SE", "small"),)),
    _p("SE", "Umeå", 63.8258, 20.2630, "SE331", NETWORK, (),
       ("mobility",), PPI, "open", ("proc-innov",), ("45233162-2", "90620000-9"),
       COMPLETED, 2020,
       "Year-round cycling with heated bridges and sweeping",
       "A demo pilot combining sweeping of snow from cycle paths with de-icing of bridges.",
       "Cycle paths froze over after mild days in winter.",
       "Sweeper brushes and salt brine on main routes, with heated bridge decks.",
       results="Winter cycling on the main routes held up.",
       suppliers=(("Demo Vinterväg AB", "SE", "medium"),),
       project=ACTIVE),
    _p("SE", "Gothenburg", 57.7089, 11.9746, "SE232", NETWORK, (),
       ("mobility", "environment"), PPI, "neg-w-call", ("mar-nov",), ("34512000-9",),
       ONGOING, 2023,
       "Electric commuter ferry on the river",
       "A demo pilot of an electric passenger ferry with charging at the quays.",
       "River ferries ran on diesel in the city centre.",
       "A battery-electric ferry with fast charging.",
       suppliers=(("Demo Marin El AB", "SE", "small"),)),
    # Norway ------------------------------------------------------------------------------------
    _p("NO", "Oslo", 59.9139, 10.7522, "", NETWORK, (),
       ("environment", "energy"), PPI, "comp-dial", ("prod-innov",), ("45000000-7",),
       COMPLETED, 2019,
       "Emission-free construction sites",
       "A demo procurement requiring electric construction machinery on a street project.",
       "Diesel machines caused noise and emissions in the centre.",
       "A construction contract with electric machinery and site power.",
       results="Suppliers offered electric machines in later tenders too.",
       suppliers=(("Demo Anlegg AS", "NO", "large"),)),
    _p("NO", "Trondheim", 63.4305, 10.3951, "", NETWORK, (),
       ("mobility", "smart-city"), PPI, "neg-w-call", ("mar-nov",), ("34144900-7",),
       ONGOING, 2024,
       "Autonomous shuttle on a university campus",
       "A demo pilot of a self-driving shuttle between a campus and the city centre.",
       "Students and staff crowd buses at peak times.",
       "An autonomous shuttle service with a safety operator.",
       suppliers=(("Demo Selvkjørende AS", "NO", "small"),),
       project=SHUTTLES),
    _p("NO", "Bergen", 60.3913, 5.3221, "", NETWORK, (),
       ("environment",), PCP, "oth-mult", ("rd-act",), ("73000000-2", "90700000-4"),
       COMPLETED, 2021,
       "Monitoring landslide risk after heavy rain",
       "A demo pre-commercial procurement of sensors warning of slope failure on "
       "steep streets.",
       "Intense rain raises the risk of landslides near homes.",
       "Suppliers developed soil-moisture sensors with a warning dashboard.",
       results="One solution moved on to a field trial.",
       suppliers=(("Demo Geoteknikk AS", "NO", "micro"),)),
    # Iceland and Ukraine ----------------------------------------------------------------------
    _p("IS", "Reykjavík", 64.1466, -21.9426, "", NETWORK, (),
       ("energy",), PPI, "open", ("proc-innov",), ("09310000-5", "71314000-2"),
       COMPLETED, 2022,
       "Smart heating controls in public buildings",
       "A demo pilot of heating controls in public buildings heated by geothermal water.",
       "Buildings were overheated because controls were outdated.",
       "Room sensors and controls adjusting flow to occupancy.",
       results="Building managers adopted the controls in more buildings.",
       suppliers=(("Demo Hitastýring ehf.", "IS", "micro"),)),
    _p("UA", "Lviv", 49.8397, 24.0297, "", NETWORK, (),
       ("energy", "social"), PPI, "open", ("prod-innov",), ("09331200-0",),
       ONGOING, 2024,
       "Solar power for shelters and schools",
       "A demo pilot of solar panels and batteries keeping schools and shelters powered "
       "during outages.",
       "Power cuts left schools without heating controls and light.",
       "Solar panels with batteries sized to keep essential loads running.",
       suppliers=(("Demo Solar Systems LLC", "UA", "small"),)),
    # More cities and themes --------------------------------------------------------------------
    _p("PL", "Gdańsk", 54.3520, 18.6466, "PL633", "union-of-the-baltic-cities",
       ("city-of-gdansk",), ("mobility",), PPI, "open", ("prod-innov",),
       ("34430000-0", "34920000-2"), COMPLETED, 2021,
       "Public e-bike sharing across the metropolitan area",
       "A demo pilot of shared electric bikes available across several neighbouring cities.",
       "Bike sharing ended at city borders, while commutes did not.",
       "A joint e-bike system with one app and stations in several municipalities.",
       results="Riders crossed city borders often, which supported a joint system.",
       suppliers=(("Demo Velo Systems sp. z o.o.", "PL", "medium"),),
       good_practice=(
           "A joint procurement by neighbouring cities gave residents one system and gave "
           "suppliers a larger contract.",
           "Agree a lead buyer and a cost-sharing key before the tender, and plan stations "
           "along commuting routes.")),
    _p("LT", "Panevėžys", 55.7348, 24.3575, "LT025", "panevezys-city-municipality",
       ("panevezys-city-municipality",), ("social", "education"), OTHER, "oth-single",
       ("proc-innov",), ("80000000-4",), COMPLETED, 2023,
       "Energy-saving lessons in schools",
       "A demo pilot of lessons where pupils measure energy use in their school and propose "
       "savings.",
       "Pupils and teachers had no view of the school's energy use.",
       "A teaching kit with meters and a competition between schools.",
       results="Schools kept the kit for later classes.",
       suppliers=(("Demo Edu Lab UAB", "LT", "micro"),)),
    _p("LV", "Riga", 56.9496, 24.1052, "LV006", "riga-technical-university",
       ("riga-city-council",), ("energy", "smart-city"), PCP, "oth-mult", ("rd-act",),
       ("73000000-2", "38000000-5"), PLANNED, 2025,
       "Digital twins of apartment blocks for renovation",
       "A demo plan for a pre-commercial procurement of digital twins that help plan "
       "renovation of apartment blocks.",
       "Renovation plans rely on old drawings and guesses about energy losses.",
       "The city and the university will ask suppliers to develop scanning and modelling "
       "tools."),
]
# fmt: on


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


def _dates(pilot: DemoPilot, position: int) -> dict:
    """Dates in the order of the PPI process; later stages only where the state has them."""
    year, day = pilot.year, 1 + position % 27
    dates = {
        "needs_assessment_date": date(year, 2, day),
        "market_consultation_date": date(year, 5, day),
    }
    if pilot.state == PLANNED:
        return dates
    dates["tender_date"] = date(year, 9, day)
    if pilot.state == CANCELLED:
        return dates
    dates["award_date"] = date(year, 12, day)
    dates["contract_start"] = date(year + 1, 2, day)
    dates["contract_end"] = date(year + (2 if pilot.state == COMPLETED else 4), 6, 30)
    return dates


def _texts(pilot: DemoPilot) -> dict:
    texts = {
        "en": {
            "title": pilot.title,
            "summary": f"{pilot.summary} {DEMO_MARKS['en']}",
            "challenge": pilot.challenge,
            "solution": pilot.solution,
            "results": pilot.results,
            "lessons_learned": pilot.lessons,
        }
    }
    if pilot.local:
        language, title, summary = pilot.local
        texts[language] = {"title": title, "summary": f"{summary} {DEMO_MARKS[language]}"}
    return texts


def _create(pilot: DemoPilot, position, author, organisation, buyers, project, moderator):
    data = {
        "country": pilot.country,
        "city": pilot.city,
        "nuts3": pilot.nuts3,
        "latitude": pilot.latitude,
        "longitude": pilot.longitude,
        "approach": pilot.approach,
        "procedure": pilot.procedure,
        "innovation_types": list(pilot.innovation_types),
        "cpv_codes": list(pilot.cpv_codes),
        "state": pilot.state,
        "original_language": "en",
        "contact_name": author.full_name,
        "contact_email": author.email,
        "external_id": external_id(position),
        "is_demo": True,
        **_dates(pilot, position),
    }
    suppliers = [
        {"name": name, "country": country, "size": size} for name, country, size in pilot.suppliers
    ]
    created = services.pilot_create(
        author=author,
        organisation=organisation,
        data=data,
        texts=_texts(pilot),
        buyers=buyers,
        themes=list(pilot.themes),
        suppliers=suppliers,
        project=project,
        submit=pilot.status != Status.DRAFT,
    )
    if pilot.status == Status.PUBLISHED:
        created = services.pilot_approve(pilot=created, actor=moderator)
        if pilot.good_practice:
            why, how = pilot.good_practice
            created = services.pilot_mark_good_practice(
                pilot=created,
                actor=moderator,
                why_it_worked={"en": why},
                how_to_replicate={"en": how},
            )
    return created


def _projects() -> dict[str, Project]:
    """The demo projects, created when missing; existing ones are left as they are."""
    projects = {}
    for spec in PROJECTS:
        summary = f"{spec['summary']} {DEMO_MARKS['en']}"
        project, _created = Project.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "programme": spec["programme"],
                "summary": summary,
                "summary_en": summary,
                "is_demo": True,
            },
        )
        projects[spec["slug"]] = project
    return projects


def load_pilot_demo(stdout=None, verbosity=1) -> dict:
    """Create the demo pilots and projects that are missing; return the counts.

    Needs the demo people and organisations of ``load_demo``; creates nothing without them.
    Refuses to run in production, where demo content must never appear.
    """

    def say(message):
        if stdout is not None and verbosity >= 1:
            stdout.write(message)

    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("The pilot demo content refuses to load in production.")
    keys = [external_id(position) for position in range(len(PILOTS))]
    existing = set(Pilot.objects.filter(external_id__in=keys).values_list("external_id", flat=True))
    counts = {"created": 0, "unchanged": len(existing)}
    if len(existing) == len(PILOTS):
        say(f"Demo pilots: 0 created, {len(existing)} unchanged")
        return counts
    slugs = {pilot.organisation for pilot in PILOTS}
    authors = _authors(slugs)
    moderator = User.objects.filter(email=MODERATOR_EMAIL, is_moderator=True).first()
    absent = sorted(slugs - set(authors))
    if moderator is None or absent:
        say(
            "Demo pilots: none created; run load_demo first (missing: "
            + ", ".join(([] if moderator else [MODERATOR_EMAIL]) + absent)
            + ")."
        )
        return counts
    buyers = {
        organisation.slug: organisation
        for organisation in Organisation.objects.filter(
            slug__in={slug for pilot in PILOTS for slug in pilot.buyers}, is_demo=True
        )
    }
    with transaction.atomic():
        projects = _projects()
        for position, pilot in enumerate(PILOTS):
            if keys[position] in existing:
                continue
            organisation, author = authors[pilot.organisation]
            _create(
                pilot,
                position,
                author,
                organisation,
                [buyers[slug] for slug in pilot.buyers if slug in buyers],
                projects.get(pilot.project),
                moderator,
            )
            counts["created"] += 1
    say(f"Demo pilots: {counts['created']} created, {counts['unchanged']} unchanged")
    return counts
