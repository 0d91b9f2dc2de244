"""`manage.py load_demo`: demo organisations and people of the Baltic Sea Region, for development.

Every row it writes is marked `is_demo`. Organisations are keyed by slug and people by email
(all on the reserved domain demo.ppi4cities.eu). A run compares the database with the lists
below and only writes what is missing or differs, so a second run makes a few reads and no
writes. Rows that are not demo content are never touched: when a real profile already
holds a demo slug or email, the demo entry is skipped.

Demo rows edited through the site are put back as listed here; extra memberships are kept.
Passwords are set when an account is created and are not checked again (hashing is slow).
It refuses to run when settings.PRODUCTION is true: every demo account has the same, published
password.
"""

from collections import Counter
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ppi4cities.accounts import services
from ppi4cities.accounts.demo import DEMO_DOMAIN
from ppi4cities.accounts.models import (
    CompanySize,
    Organisation,
    OrganisationKind,
    ProfileVisibility,
    Role,
    User,
)
from ppi4cities.assessment.default import load_default_questionnaire
from ppi4cities.assessment.demo import load_assessment_demo
from ppi4cities.community.messaging.demo import load_messaging_demo
from ppi4cities.community.partners.demo import load_partner_demo
from ppi4cities.community.questions.demo import load_questions_demo
from ppi4cities.core.models import Theme
from ppi4cities.core.vocabularies import ThemeCode
from ppi4cities.gamification.demo import load_gamification_demo
from ppi4cities.library.demo import load_collection_demo, load_library_demo
from ppi4cities.pilots.demo import load_pilot_demo

# Every description ends with the mark of its language, so demo content is never mistaken.
DEMO_MARKS = {
    "en": "(Demo profile on the PPI4Cities platform.)",
    "da": "(Demoprofil på PPI4Cities-platformen.)",
    "de": "(Demo-Profil auf der PPI4Cities-Plattform.)",
    "et": "(Demoprofiil PPI4Cities platvormil.)",
    "fi": "(Demoprofiili PPI4Cities-alustalla.)",
    "lt": "(Demonstracinis profilis PPI4Cities platformoje.)",
    "lv": "(Demonstrācijas profils PPI4Cities platformā.)",
    "pl": "(Profil demonstracyjny na platformie PPI4Cities.)",
    "sv": "(Demoprofil på PPI4Cities-plattformen.)",
}
PERSON_MARK = "(Demo account on the PPI4Cities platform.)"

MOBILITY = ThemeCode.SUSTAINABLE_MOBILITY
DIGITAL = ThemeCode.DIGITAL_SERVICES
ENERGY = ThemeCode.ENERGY_EFFICIENCY
SMART = ThemeCode.SMART_CITY
ENVIRONMENT = ThemeCode.ENVIRONMENT
SOCIAL = ThemeCode.SOCIAL_INNOVATION
HEALTH = ThemeCode.HEALTH
EDUCATION = ThemeCode.EDUCATION
OTHER = ThemeCode.OTHER


@dataclass(frozen=True)
class DemoPerson:
    handle: str  # the part of the email address before @demo.ppi4cities.eu
    name: str
    job_title: str
    bio: str
    languages: tuple[str, ...]
    expertise: tuple[str, ...]
    language: str = "en"  # preferred interface language
    public: bool = False
    staff: bool = False
    moderator: bool = False
    sign_in_role: str = ""  # listed in the table of sign-in accounts when set

    @property
    def email(self) -> str:
        return f"{self.handle}@{DEMO_DOMAIN}"

    def profile(self) -> dict:
        return {
            "full_name": self.name,
            "job_title": self.job_title,
            "bio": f"{self.bio} {PERSON_MARK}",
            "languages": list(self.languages),
            "visibility": ProfileVisibility.PUBLIC if self.public else ProfileVisibility.MEMBERS,
            "language": self.language,
        }

    def flags(self) -> dict:
        return {
            "is_staff": self.staff,
            "is_superuser": self.staff,
            "is_moderator": self.moderator,
            "is_active": True,
        }


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    kind: str
    country: str
    city: str
    latitude: float
    longitude: float
    description: str  # English, without the demo mark
    themes: tuple[str, ...]
    expertise: tuple[str, ...]
    admins: tuple[str, ...]  # handles of people; the first one creates the profile
    members: tuple[str, ...] = ()
    nuts3: str = ""
    size: str = ""
    website: str = ""
    local: tuple[str, str] | None = None  # (language, description) of the original text

    @property
    def original_language(self) -> str:
        return self.local[0] if self.local else "en"

    def data(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "size": self.size,
            "country": self.country,
            "city": self.city,
            "nuts3": self.nuts3,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "website": self.website,
            "original_language": self.original_language,
        }

    def descriptions(self) -> dict:
        """A text for every interface language: the marked ones given, empty for the rest."""
        texts = {code: "" for code, _name in settings.LANGUAGES}
        texts["en"] = f"{self.description} {DEMO_MARKS['en']}"
        if self.local:
            code, text = self.local
            texts[code] = f"{text} {DEMO_MARKS[code]}"
        return texts


# People ---------------------------------------------------------------------------------------
# Plainly fictional names: the "example" placeholder names of each language of the region.
# The lists are tables, laid out by hand.
# fmt: off
PEOPLE = [
    DemoPerson(
        "staff", "Alex Example", "Platform editor",
        "Runs the PPI4Cities platform and edits its content.",
        ("en", "lt"), ("platform editing", "content management"),
        staff=True, sign_in_role="Staff (superuser)",
    ),
    DemoPerson(
        "moderator", "Morgan Sample", "Community moderator",
        "Reviews contributions and acts on reports.",
        ("en", "sv", "de"), ("content moderation",),
        moderator=True, sign_in_role="Moderator",
    ),
    DemoPerson(
        "rasa.pavyzdyte", "Rasa Pavyzdytė", "Innovation procurement adviser",
        "Advises cities on preparing innovation procurements and market consultations.",
        ("lt", "en", "ru"), ("innovation procurement", "market consultation", "CityLab"),
        language="lt", public=True,
    ),
    DemoPerson(
        "jonas.pavyzdys", "Jonas Pavyzdys", "Head of procurement",
        "Leads public procurement for the municipality.",
        ("lt", "en", "pl"), ("public procurement", "functional specifications"),
        language="lt", public=True,
        sign_in_role="Organisation admin (municipality with two admins)",
    ),
    DemoPerson(
        "ieva.bandomoji", "Ieva Bandomoji", "Innovation procurement coordinator",
        "Coordinates innovation procurement in several Lithuanian cities.",
        ("lt", "en"), ("innovation procurement", "pre-commercial procurement"),
        language="lt",
    ),
    DemoPerson(
        "tomas.testinis", "Tomas Testinis", "Legal adviser",
        "Works on the legal framework of public procurement.",
        ("lt", "en", "de"), ("procurement law", "IPR clauses"),
        language="lt",
    ),
    DemoPerson(
        "laura.pavyzdiene", "Laura Pavyzdienė", "Innovation procurement trainer",
        "Trains procurement officers and facilitates CityLab workshops.",
        ("lt", "en", "fi"), ("training", "CityLab", "co-creation"),
        public=True, sign_in_role="Member of several organisations",
    ),
    DemoPerson(
        "paulius.bandomasis", "Paulius Bandomasis", "Procurement lawyer",
        "Drafts tender documents and contract clauses.",
        ("lt", "en"), ("tender documents", "contract clauses"),
        language="lt", sign_in_role="Organisation member",
    ),
    DemoPerson(
        "kadri.naidis", "Kadri Näidis", "Smart city project manager",
        "Manages smart city pilots and market dialogue.",
        ("et", "en", "fi"), ("smart city", "market dialogue"),
        language="et", public=True,
    ),
    DemoPerson(
        "mart.naidis", "Mart Näidis", "Founder",
        "Builds data tools for public transport.",
        ("et", "en"), ("mobility data", "open data"),
        language="et", public=True,
    ),
    DemoPerson(
        "aino.esimerkki", "Aino Esimerkki", "Procurement development manager",
        "Develops procurement practice in Finnish cities.",
        ("fi", "sv", "en"), ("innovation procurement", "competitive dialogue"),
        language="fi", public=True, sign_in_role="Organisation admin (several cities)",
    ),
    DemoPerson(
        "matti.meikalainen", "Matti Meikäläinen", "Chief executive",
        "Leads a start-up working on autonomous shuttles.",
        ("fi", "en"), ("autonomous vehicles", "last-mile transport"),
        language="fi", public=True, sign_in_role="Organisation admin (start-up)",
    ),
    DemoPerson(
        "liisa.esimerkki", "Liisa Esimerkki", "Researcher",
        "Researches public procurement of innovation.",
        ("fi", "en", "de"), ("research", "impact assessment"),
        language="fi",
    ),
    DemoPerson(
        "janis.paraugs", "Jānis Paraugs", "Head of procurement",
        "Leads the procurement department of a Latvian city.",
        ("lv", "en"), ("public procurement", "energy efficiency"),
        language="lv",
    ),
    DemoPerson(
        "ilze.parauga", "Ilze Parauga", "Researcher and start-up co-founder",
        "Works on civic technology at a university and in a start-up.",
        ("lv", "en", "de"), ("civic technology", "participatory budgeting"),
        language="lv", public=True,
    ),
    DemoPerson(
        "jan.przykladowy", "Jan Przykładowy", "Smart city coordinator",
        "Coordinates smart city projects in Polish cities.",
        ("pl", "en", "de"), ("smart city", "autonomous buses"),
        language="pl", public=True,
    ),
    DemoPerson(
        "zofia.przykladowa", "Zofia Przykładowa", "Network coordinator",
        "Coordinates cooperation between cities of the region.",
        ("pl", "en", "sv"), ("city networks", "EU funding"),
        language="pl",
    ),
    DemoPerson(
        "marek.przykladowy", "Marek Przykładowy", "Product manager",
        "Manages water sensor products for public buyers.",
        ("pl", "en"), ("water sensors",),
        language="pl",
    ),
    DemoPerson(
        "erika.mustermann", "Erika Mustermann", "Procurement strategist",
        "Works on strategic and innovation procurement.",
        ("de", "en", "da"), ("strategic procurement", "e-mobility"),
        language="de", public=True,
    ),
    DemoPerson(
        "mette.eksempel", "Mette Eksempel", "Innovation consultant",
        "Supports municipal innovation and cultural planning.",
        ("da", "en", "de"), ("cultural planning", "citizen participation"),
        language="da", public=True,
    ),
    DemoPerson(
        "mads.eksempel", "Mads Eksempel", "Head of public sector sales",
        "Sells heating solutions to public buyers.",
        ("da", "en", "sv"), ("district heating",),
        language="da",
    ),
    DemoPerson(
        "anna.exempelsson", "Anna Exempelsson", "Procurement developer",
        "Develops sustainable and innovation procurement.",
        ("sv", "en", "fi"), ("sustainable procurement", "life-cycle costing"),
        language="sv", public=True,
    ),
    DemoPerson(
        "darius.bandomasis", "Darius Bandomasis", "Sales director",
        "Works with municipalities on street lighting.",
        ("lt", "en", "lv"), ("smart lighting",),
        language="lt",
    ),
    DemoPerson(
        "ola.nordmann", "Ola Nordmann", "Independent procurement consultant",
        "Looks for partners for innovation procurement projects.",
        ("no", "en", "sv"), ("partner search", "innovation procurement"),
        public=True, sign_in_role="Member of no organisation",
    ),
]
# fmt: on


# Organisations ----------------------------------------------------------------------------------
# Real public bodies of the region with their city's coordinates and, where certain, NUTS 3
# code and official website; companies and start-ups are invented and named "(demo)".

M = OrganisationKind
# fmt: off
ORGANISATIONS = [
    DemoOrganisation(
        "lithuanian-innovation-centre", "Lithuanian Innovation Centre", M.INNOVATION_AGENCY,
        "LT", "Vilnius", 54.6872, 25.2797, nuts3="LT011", website="https://lic.lt",
        description=(
            "The Lithuanian Innovation Centre is an innovation agency in Vilnius and the lead "
            "partner of the PPI4Cities project. It supports public buyers and companies with "
            "innovation procurement, digital public services and smart city projects."
        ),
        local=("lt", (
            "Lietuvos inovacijų centras yra inovacijų agentūra Vilniuje ir PPI4Cities projekto "
            "pagrindinis partneris. Jis padeda viešiesiems pirkėjams ir įmonėms inovacijų "
            "viešųjų pirkimų, skaitmeninių viešųjų paslaugų ir išmaniojo miesto srityse."
        )),
        themes=(DIGITAL, SMART, OTHER),
        expertise=("innovation procurement", "CityLab", "capacity building", "partner search"),
        admins=("rasa.pavyzdyte",), members=("laura.pavyzdiene",),
    ),
    DemoOrganisation(
        "vilnius-city-municipality", "Vilnius City Municipality", M.MUNICIPALITY,
        "LT", "Vilnius", 54.6872, 25.2797, nuts3="LT011", website="https://vilnius.lt",
        description=(
            "Vilnius City Municipality is the local authority of Vilnius, the capital of "
            "Lithuania. Its themes on the platform are digital public services, sustainable "
            "mobility and smart city."
        ),
        local=("lt", (
            "Vilniaus miesto savivaldybė yra Lietuvos sostinės Vilniaus vietos valdžios "
            "institucija. Jos temos platformoje: skaitmeninės viešosios paslaugos, darnus "
            "judumas ir išmanusis miestas."
        )),
        themes=(DIGITAL, MOBILITY, SMART),
        expertise=("market consultation", "digital public services", "open data"),
        admins=("jonas.pavyzdys", "ieva.bandomoji"),
        members=("laura.pavyzdiene", "paulius.bandomasis"),
    ),
    DemoOrganisation(
        "panevezys-city-municipality", "Panevėžys City Municipality", M.MUNICIPALITY,
        "LT", "Panevėžys", 55.7348, 24.3575, nuts3="LT025", website="https://panevezys.lt",
        description=(
            "Panevėžys City Municipality is the local authority of Panevėžys in northern "
            "Lithuania, one of the cities where the PPI4Cities CityLab was piloted. Its themes "
            "are sustainable mobility, energy efficiency and environmental innovation."
        ),
        local=("lt", (
            "Panevėžio miesto savivaldybė yra Šiaurės Lietuvos miesto Panevėžio vietos valdžios "
            "institucija. Panevėžys – vienas iš miestų, kuriuose buvo išbandytas PPI4Cities "
            "CityLab modelis. Temos: darnus judumas, energijos vartojimo efektyvumas ir "
            "aplinkosaugos inovacijos."
        )),
        themes=(MOBILITY, ENERGY, ENVIRONMENT),
        expertise=("CityLab", "sustainable mobility", "energy efficiency"),
        admins=("ieva.bandomoji",), members=("laura.pavyzdiene",),
    ),
    DemoOrganisation(
        "kaunas-city-municipality", "Kaunas City Municipality", M.MUNICIPALITY,
        "LT", "Kaunas", 54.8985, 23.9036, nuts3="LT022", website="https://kaunas.lt",
        description=(
            "Kaunas City Municipality is the local authority of Kaunas, Lithuania. Its themes "
            "on the platform are smart city, digital public services and education."
        ),
        themes=(SMART, DIGITAL, EDUCATION),
        expertise=("smart lighting", "digital public services"),
        admins=("jonas.pavyzdys",),
    ),
    DemoOrganisation(
        "klaipeda-city-municipality", "Klaipėda City Municipality", M.MUNICIPALITY,
        "LT", "Klaipėda", 55.7033, 21.1443, nuts3="LT023", website="https://klaipeda.lt",
        description=(
            "Klaipėda City Municipality is the local authority of the Lithuanian port city of "
            "Klaipėda. Its themes on the platform are environment and climate, energy "
            "efficiency and sustainable mobility."
        ),
        themes=(ENVIRONMENT, ENERGY, MOBILITY),
        expertise=("climate adaptation", "e-mobility"),
        admins=("ieva.bandomoji",),
    ),
    DemoOrganisation(
        "tartu-city-government", "Tartu City Government", M.MUNICIPALITY,
        "EE", "Tartu", 58.3780, 26.7290, nuts3="EE008", website="https://tartu.ee",
        description=(
            "Tartu City Government is the local authority of Tartu in southern Estonia, one of "
            "the cities where the PPI4Cities CityLab was piloted. Its themes are smart city, "
            "sustainable mobility and digital public services."
        ),
        local=("et", (
            "Tartu Linnavalitsus on Lõuna-Eestis asuva Tartu linna valitsus. Tartu on üks "
            "linnadest, kus katsetati PPI4Cities CityLabi mudelit. Teemad: nutikas linn, "
            "säästev liikuvus ja digitaalsed avalikud teenused."
        )),
        themes=(SMART, MOBILITY, DIGITAL),
        expertise=("CityLab", "smart city", "bike sharing"),
        admins=("kadri.naidis",), members=("laura.pavyzdiene",),
    ),
    DemoOrganisation(
        "tallinn-city-government", "Tallinn City Government", M.MUNICIPALITY,
        "EE", "Tallinn", 59.4370, 24.7536, nuts3="EE001", website="https://tallinn.ee",
        description=(
            "Tallinn City Government is the local authority of Tallinn, the capital of "
            "Estonia. Its themes on the platform are digital public services, sustainable "
            "mobility and smart city."
        ),
        themes=(DIGITAL, MOBILITY, SMART),
        expertise=("digital public services", "public transport"),
        admins=("kadri.naidis",),
    ),
    DemoOrganisation(
        "city-of-tampere", "City of Tampere", M.MUNICIPALITY,
        "FI", "Tampere", 61.4978, 23.7610, nuts3="FI197", website="https://tampere.fi",
        description=(
            "The City of Tampere is the local authority of Tampere in the Pirkanmaa region of "
            "Finland, one of the cities where the PPI4Cities CityLab was piloted. Its themes "
            "are sustainable mobility, smart city and digital public services."
        ),
        local=("fi", (
            "Tampereen kaupunki on Pirkanmaalla sijaitseva kunta. Tampere on yksi "
            "kaupungeista, joissa PPI4Cities-hankkeen CityLab-mallia pilotoitiin. Teemat: "
            "kestävä liikkuminen, älykäs kaupunki ja digitaaliset julkiset palvelut."
        )),
        themes=(MOBILITY, SMART, DIGITAL),
        expertise=("CityLab", "competitive dialogue", "market dialogue"),
        admins=("aino.esimerkki",), members=("laura.pavyzdiene", "liisa.esimerkki"),
    ),
    DemoOrganisation(
        "city-of-turku", "City of Turku", M.MUNICIPALITY,
        "FI", "Turku", 60.4518, 22.2666, nuts3="FI1C1", website="https://turku.fi",
        description=(
            "The City of Turku is the local authority of Turku in south-west Finland. Its "
            "themes on the platform are environment and climate, energy efficiency and social "
            "innovation."
        ),
        themes=(ENVIRONMENT, ENERGY, SOCIAL),
        expertise=("climate neutrality", "circular economy"),
        admins=("aino.esimerkki",),
    ),
    DemoOrganisation(
        "city-of-helsinki", "City of Helsinki", M.MUNICIPALITY,
        "FI", "Helsinki", 60.1699, 24.9384, nuts3="FI1B1", website="https://hel.fi",
        description=(
            "The City of Helsinki is the local authority of Helsinki, the capital of Finland. "
            "Its themes on the platform are digital public services, smart city and health and "
            "care."
        ),
        themes=(DIGITAL, SMART, HEALTH),
        expertise=("digital public services", "innovation partnership"),
        admins=("aino.esimerkki",),
    ),
    DemoOrganisation(
        "riga-city-council", "Riga City Council", M.MUNICIPALITY,
        "LV", "Riga", 56.9496, 24.1052, nuts3="LV006", website="https://riga.lv",
        description=(
            "Riga City Council is the local authority of Riga, the capital of Latvia. Its "
            "themes on the platform are sustainable mobility, digital public services and "
            "energy efficiency."
        ),
        local=("lv", (
            "Rīgas valstspilsētas pašvaldība ir Latvijas galvaspilsētas Rīgas pašvaldība. "
            "Tēmas platformā: ilgtspējīga mobilitāte, digitālie publiskie pakalpojumi un "
            "energoefektivitāte."
        )),
        themes=(MOBILITY, DIGITAL, ENERGY),
        expertise=("public transport", "energy-efficient buildings"),
        admins=("janis.paraugs",),
    ),
    DemoOrganisation(
        "jelgava-state-city-municipality", "Jelgava State City Municipality", M.MUNICIPALITY,
        "LV", "Jelgava", 56.6511, 23.7214, website="https://jelgava.lv",
        description=(
            "Jelgava State City Municipality is the local authority of Jelgava in the Zemgale "
            "region of Latvia. Its themes on the platform are education, energy efficiency and "
            "digital public services."
        ),
        themes=(EDUCATION, ENERGY, DIGITAL),
        expertise=("energy-efficient buildings", "school buildings"),
        admins=("janis.paraugs",),
    ),
    DemoOrganisation(
        "liepaja-state-city-municipality", "Liepāja State City Municipality", M.MUNICIPALITY,
        "LV", "Liepāja", 56.5047, 21.0108, website="https://liepaja.lv",
        description=(
            "Liepāja State City Municipality is the local authority of the port city of "
            "Liepāja on the west coast of Latvia. Its themes on the platform are environment "
            "and climate, energy efficiency and sustainable mobility."
        ),
        themes=(ENVIRONMENT, ENERGY, MOBILITY),
        expertise=("climate adaptation", "public transport"),
        admins=("janis.paraugs",),
    ),
    DemoOrganisation(
        # Gdańsk, Gdynia and Sopot form the NUTS 3 region PL633 Trójmiejski; PL634 Gdański
        # is the surrounding area without the three cities.
        "city-of-gdansk", "City of Gdańsk", M.MUNICIPALITY,
        "PL", "Gdańsk", 54.3520, 18.6466, nuts3="PL633", website="https://gdansk.pl",
        description=(
            "The City of Gdańsk is the local authority of Gdańsk in the Pomeranian Voivodeship "
            "of Poland. The city took part in Sohjoa Baltic, an Interreg project on autonomous "
            "last-mile public transport. Its themes are sustainable mobility and smart city."
        ),
        local=("pl", (
            "Miasto Gdańsk to gmina miejska w województwie pomorskim. Miasto uczestniczyło "
            "w Sohjoa Baltic, projekcie Interreg dotyczącym autonomicznego transportu "
            "publicznego ostatniej mili. Tematy: zrównoważona mobilność i inteligentne miasto."
        )),
        themes=(MOBILITY, SMART),
        expertise=("autonomous buses", "last-mile transport", "pilot procurement"),
        admins=("jan.przykladowy",), members=("zofia.przykladowa",),
    ),
    DemoOrganisation(
        "city-of-gdynia", "City of Gdynia", M.MUNICIPALITY,
        "PL", "Gdynia", 54.5189, 18.5305, nuts3="PL633", website="https://gdynia.pl",
        description=(
            "The City of Gdynia is the local authority of the port city of Gdynia in Pomerania, "
            "Poland. Its themes on the platform are sustainable mobility, digital public "
            "services and social innovation."
        ),
        themes=(MOBILITY, DIGITAL, SOCIAL),
        expertise=("e-mobility", "citizen participation"),
        admins=("jan.przykladowy",),
    ),
    DemoOrganisation(
        "city-of-szczecin", "City of Szczecin", M.MUNICIPALITY,
        "PL", "Szczecin", 53.4285, 14.5528, nuts3="PL424",
        description=(
            "The City of Szczecin is the local authority of Szczecin in north-west Poland. Its "
            "themes on the platform are environment and climate, smart city and sustainable "
            "mobility."
        ),
        themes=(ENVIRONMENT, SMART, MOBILITY),
        expertise=("green infrastructure", "smart city"),
        admins=("jan.przykladowy",),
    ),
    DemoOrganisation(
        "hanseatic-city-of-rostock", "Hanseatic City of Rostock", M.MUNICIPALITY,
        "DE", "Rostock", 54.0924, 12.0991, nuts3="DE803", website="https://rostock.de",
        description=(
            "The Hanseatic City of Rostock is the local authority of Rostock in "
            "Mecklenburg-Vorpommern, Germany. Its themes on the platform are energy "
            "efficiency, environment and climate and sustainable mobility."
        ),
        themes=(ENERGY, ENVIRONMENT, MOBILITY),
        expertise=("district heating", "climate neutrality"),
        admins=("erika.mustermann",),
    ),
    DemoOrganisation(
        "city-of-kiel", "City of Kiel", M.MUNICIPALITY,
        "DE", "Kiel", 54.3233, 10.1228, nuts3="DEF02", website="https://kiel.de",
        description=(
            "The City of Kiel is the local authority of Kiel, the state capital of "
            "Schleswig-Holstein, Germany. Its themes on the platform are environment and "
            "climate, sustainable mobility and energy efficiency."
        ),
        themes=(ENVIRONMENT, MOBILITY, ENERGY),
        expertise=("e-ferries", "cycling infrastructure"),
        admins=("erika.mustermann",),
    ),
    DemoOrganisation(
        "free-and-hanseatic-city-of-hamburg", "Free and Hanseatic City of Hamburg",
        M.MUNICIPALITY, "DE", "Hamburg", 53.5511, 9.9937, nuts3="DE600",
        website="https://hamburg.de",
        description=(
            "The Free and Hanseatic City of Hamburg is a German city-state, a municipality "
            "and a federal state at once. Its themes on the platform are sustainable mobility, "
            "energy efficiency and digital public services."
        ),
        local=("de", (
            "Die Freie und Hansestadt Hamburg ist ein Stadtstaat und damit Gemeinde und "
            "Bundesland zugleich. Themen auf der Plattform: nachhaltige Mobilität, "
            "Energieeffizienz und digitale öffentliche Dienste."
        )),
        themes=(MOBILITY, ENERGY, DIGITAL),
        expertise=("strategic procurement", "e-mobility", "open data"),
        admins=("erika.mustermann",),
    ),
    DemoOrganisation(
        "guldborgsund-municipality", "Guldborgsund Municipality", M.MUNICIPALITY,
        "DK", "Nykøbing Falster", 54.7691, 11.8743, nuts3="DK022",
        website="https://guldborgsund.dk",
        description=(
            "Guldborgsund Municipality is a Danish municipality on Falster and Lolland, with "
            "its town hall in Nykøbing Falster. It took part in the Interreg project "
            "UrbCulturalPlanning. Its themes are social innovation and environment and climate."
        ),
        local=("da", (
            "Guldborgsund Kommune er en dansk kommune på Falster og Lolland med rådhus i "
            "Nykøbing Falster. Kommunen deltog i Interreg-projektet UrbCulturalPlanning. "
            "Temaer: social innovation samt miljø og klima."
        )),
        themes=(SOCIAL, ENVIRONMENT),
        expertise=("cultural planning", "citizen participation"),
        admins=("mette.eksempel",),
    ),
    DemoOrganisation(
        "aarhus-municipality", "Aarhus Municipality", M.MUNICIPALITY,
        "DK", "Aarhus", 56.1629, 10.2039, nuts3="DK042", website="https://aarhus.dk",
        description=(
            "Aarhus Municipality is the local authority of Aarhus in East Jutland, Denmark. "
            "Its themes on the platform are smart city, energy efficiency and digital public "
            "services."
        ),
        themes=(SMART, ENERGY, DIGITAL),
        expertise=("smart city", "district heating"),
        admins=("mette.eksempel",),
    ),
    DemoOrganisation(
        "city-of-malmo", "City of Malmö", M.MUNICIPALITY,
        "SE", "Malmö", 55.6050, 13.0038, nuts3="SE224", website="https://malmo.se",
        description=(
            "The City of Malmö is the local authority of Malmö in Skåne, Sweden. Its themes on "
            "the platform are environment and climate, energy efficiency and social innovation."
        ),
        local=("sv", (
            "Malmö stad är kommunen Malmö i Skåne. Teman på plattformen: miljö och klimat, "
            "energieffektivitet och social innovation."
        )),
        themes=(ENVIRONMENT, ENERGY, SOCIAL),
        expertise=("sustainable procurement", "life-cycle costing"),
        admins=("anna.exempelsson",),
    ),
    DemoOrganisation(
        "region-stockholm", "Region Stockholm", M.REGIONAL_AUTHORITY,
        "SE", "Stockholm", 59.3293, 18.0686, nuts3="SE110",
        website="https://regionstockholm.se",
        description=(
            "Region Stockholm is the regional authority of Stockholm County, Sweden, "
            "responsible among other things for health care and public transport. Its themes "
            "on the platform are health and care and sustainable mobility."
        ),
        themes=(HEALTH, MOBILITY),
        expertise=("health technology", "public transport"),
        admins=("anna.exempelsson",),
    ),
    DemoOrganisation(
        "public-procurement-office-lithuania", "Public Procurement Office (Lithuania)",
        M.PUBLIC_AUTHORITY, "LT", "Vilnius", 54.6872, 25.2797, nuts3="LT011",
        description=(
            "The Public Procurement Office is a Lithuanian state body for public procurement, "
            "based in Vilnius. Its themes on the platform are digital public services and "
            "guidance on innovation procurement."
        ),
        themes=(DIGITAL, OTHER),
        expertise=("procurement law", "guidance"),
        admins=("tomas.testinis",),
    ),
    DemoOrganisation(
        "tampere-university", "Tampere University", M.RESEARCH,
        "FI", "Tampere", 61.4978, 23.7610, nuts3="FI197", website="https://tuni.fi",
        description=(
            "Tampere University is a university in Tampere, Finland. Its themes on the platform "
            "are sustainable mobility, health and care and education."
        ),
        themes=(MOBILITY, HEALTH, EDUCATION),
        expertise=("research", "impact assessment"),
        admins=("liisa.esimerkki",),
    ),
    DemoOrganisation(
        "riga-technical-university", "Riga Technical University", M.RESEARCH,
        "LV", "Riga", 56.9496, 24.1052, nuts3="LV006", website="https://rtu.lv",
        description=(
            "Riga Technical University is a technical university in Riga, Latvia. Its themes "
            "on the platform are energy efficiency, smart city and education."
        ),
        themes=(ENERGY, SMART, EDUCATION),
        expertise=("research", "energy-efficient buildings"),
        admins=("ilze.parauga",),
    ),
    DemoOrganisation(
        "union-of-the-baltic-cities", "Union of the Baltic Cities", M.NGO,
        "PL", "Gdańsk", 54.3520, 18.6466, nuts3="PL633", website="https://ubc.net",
        description=(
            "The Union of the Baltic Cities is a network of cities of the Baltic Sea Region, "
            "with its secretariat in Gdańsk. Its themes on the platform are sustainable "
            "mobility, environment and climate and social innovation."
        ),
        themes=(MOBILITY, ENVIRONMENT, SOCIAL),
        expertise=("city networks", "peer exchange"),
        admins=("zofia.przykladowa",),
    ),
    DemoOrganisation(
        "bsr-cities-network", "BSR Cities Network", M.OTHER,
        "LT", "Vilnius", 54.6872, 25.2797, nuts3="LT011",
        description=(
            "The BSR Cities Network is an open cooperation network of municipalities, "
            "regional authorities, innovation agencies and other stakeholders, built within "
            "the PPI4Cities project. It is not a legal entity; it is shown in Vilnius, where "
            "the project's lead partner is based. Its themes include sustainable mobility, "
            "digital public services, energy efficiency, smart city and social innovation."
        ),
        themes=(MOBILITY, DIGITAL, ENERGY, SMART, SOCIAL),
        expertise=("peer exchange", "CityLab", "EU funding"),
        admins=("rasa.pavyzdyte",), members=("moderator",),
    ),
    DemoOrganisation(
        "example-smart-lighting-demo", "Example Smart Lighting UAB (demo)", M.COMPANY,
        "LT", "Kaunas", 54.8985, 23.9036, nuts3="LT022", size=CompanySize.MEDIUM,
        description=(
            "A fictional company invented for the demo. It offers smart street lighting and "
            "lighting control to municipalities, from Kaunas, Lithuania."
        ),
        themes=(ENERGY, SMART),
        expertise=("smart lighting", "LED retrofit", "energy performance contracts"),
        admins=("darius.bandomasis",),
    ),
    DemoOrganisation(
        "example-heat-systems-demo", "Example Heat Systems A/S (demo)", M.COMPANY,
        "DK", "Aarhus", 56.1629, 10.2039, nuts3="DK042", size=CompanySize.LARGE,
        description=(
            "A fictional company invented for the demo. It offers heat pumps and control "
            "systems for district heating, from Aarhus, Denmark."
        ),
        themes=(ENERGY, ENVIRONMENT),
        expertise=("district heating", "heat pumps"),
        admins=("mads.eksempel",),
    ),
    DemoOrganisation(
        "example-water-sensors-demo", "Example Water Sensors sp. z o.o. (demo)", M.COMPANY,
        "PL", "Gdynia", 54.5189, 18.5305, nuts3="PL633", size=CompanySize.SMALL,
        description=(
            "A fictional company invented for the demo. It offers sensors that monitor storm "
            "water and water quality for cities, from Gdynia, Poland."
        ),
        themes=(ENVIRONMENT, SMART),
        expertise=("water sensors", "climate adaptation"),
        admins=("marek.przykladowy",),
    ),
    DemoOrganisation(
        "sample-mobility-data-demo", "Sample Mobility Data OÜ (demo)", M.STARTUP,
        "EE", "Tallinn", 59.4370, 24.7536, nuts3="EE001", size=CompanySize.MICRO,
        description=(
            "A fictional start-up invented for the demo. It analyses mobility data and builds "
            "journey planning tools for public transport, from Tallinn, Estonia."
        ),
        themes=(MOBILITY, DIGITAL),
        expertise=("mobility data", "open data", "journey planning"),
        admins=("mart.naidis",),
    ),
    DemoOrganisation(
        "placeholder-autonomous-shuttles-demo", "Placeholder Autonomous Shuttles Oy (demo)",
        M.STARTUP, "FI", "Tampere", 61.4978, 23.7610, nuts3="FI197", size=CompanySize.SMALL,
        description=(
            "A fictional start-up invented for the demo. It develops software for autonomous "
            "last-mile shuttle buses, from Tampere, Finland."
        ),
        themes=(MOBILITY, SMART),
        expertise=("autonomous vehicles", "last-mile transport"),
        admins=("matti.meikalainen",),
    ),
    DemoOrganisation(
        "sample-civic-apps-demo", "Sample Civic Apps SIA (demo)", M.STARTUP,
        "LV", "Riga", 56.9496, 24.1052, nuts3="LV006", size=CompanySize.MICRO,
        description=(
            "A fictional start-up invented for the demo. It builds apps for participatory "
            "budgeting and citizen feedback, from Riga, Latvia."
        ),
        themes=(DIGITAL, SOCIAL),
        expertise=("participatory budgeting", "civic technology"),
        admins=("ilze.parauga",),
    ),
]
# fmt: on


class DemoLoader:
    """Creates the demo rows of PEOPLE and ORGANISATIONS that are missing.

    Rows that exist are left as they are, so whatever someone changed on a local platform
    (an edited profile, a removed member) survives the next `make run`.
    """

    def __init__(self):
        self.counts = {kind: Counter() for kind in ("organisations", "people", "memberships")}
        self.kept = []  # non-demo rows that hold a demo key, left untouched
        self._password_hash = None

    def run(self):
        people = self._sync_people()
        created = self._sync_organisations(people)
        self._add_memberships(people, created)

    # People -----------------------------------------------------------------------------------

    def _sync_people(self) -> dict[str, User]:
        emails = [person.email for person in PEOPLE]
        existing = {user.email: user for user in User.objects.filter(email__in=emails)}
        people = {}
        for person in PEOPLE:
            user = existing.get(person.email)
            if user is None:
                user = self._create_person(person)
                self.counts["people"]["created"] += 1
            elif not user.is_demo:
                self.kept.append(f"person {person.email}")
                self.counts["people"]["skipped"] += 1
                continue
            else:
                self.counts["people"]["unchanged"] += 1
            people[person.handle] = user
        return people

    def _create_person(self, person: DemoPerson) -> User:
        if self._password_hash is None:
            # One hash for every account: hashing is slow, and the password is public anyway.
            self._password_hash = make_password(settings.DEMO_ACCOUNTS_PASSWORD)
        user = User.objects.create_user(
            email=person.email, password=None, full_name=person.name, **person.flags()
        )
        EmailAddress.objects.create(user=user, email=person.email, verified=True, primary=True)
        services.profile_update(user=user, data=person.profile(), expertise=list(person.expertise))
        User.objects.filter(pk=user.pk).update(password=self._password_hash, is_demo=True)
        user.password, user.is_demo = self._password_hash, True
        return user

    # Organisations ------------------------------------------------------------------------------

    def _sync_organisations(self, people: dict[str, User]) -> dict[str, Organisation]:
        """Create the missing demo organisations; return those created in this run."""
        existing = {
            organisation.slug: organisation
            for organisation in Organisation.objects.filter(
                slug__in=[spec.slug for spec in ORGANISATIONS]
            )
        }
        themes = {theme.code: theme for theme in Theme.objects.all()}
        created = {}
        for spec in ORGANISATIONS:
            organisation = existing.get(spec.slug)
            admins = [people[handle] for handle in spec.admins if handle in people]
            if organisation is not None:
                if organisation.is_demo:
                    self.counts["organisations"]["unchanged"] += 1
                else:
                    self.kept.append(f"organisation {spec.slug}")
                    self.counts["organisations"]["skipped"] += 1
                continue
            if not admins:
                self.counts["organisations"]["skipped"] += 1
                continue
            spec_themes = [themes[code] for code in spec.themes]
            created[spec.slug] = self._create_organisation(spec, admins[0], spec_themes)
            self.counts["organisations"]["created"] += 1
            # Its creator became its first administrator.
            self.counts["memberships"]["created"] += 1
        return created

    def _create_organisation(self, spec: DemoOrganisation, creator: User, themes):
        organisation = services.organisation_create(
            creator=creator,
            data=spec.data(),
            descriptions=spec.descriptions(),
            themes=themes,
            expertise=list(spec.expertise),
        )
        # The service picks a slug from the name; the demo keeps its own stable one.
        Organisation.objects.filter(pk=organisation.pk).update(slug=spec.slug, is_demo=True)
        organisation.slug, organisation.is_demo = spec.slug, True
        return organisation

    # Memberships --------------------------------------------------------------------------------

    def _add_memberships(self, people: dict[str, User], created: dict[str, Organisation]):
        """Give the organisations created in this run their demo administrators and members."""
        for spec in ORGANISATIONS:
            organisation = created.get(spec.slug)
            if organisation is None:
                continue
            creator = next(handle for handle in spec.admins if handle in people)
            for role, handles in ((Role.ADMIN, spec.admins), (Role.MEMBER, spec.members)):
                for handle in handles:
                    if handle == creator or handle not in people:
                        continue
                    services._add_member(organisation, people[handle], role)
                    self.counts["memberships"]["created"] += 1


class Command(BaseCommand):
    help = (
        "Load the demo organisations and people (marked as demo, password "
        "DEMO_ACCOUNTS_PASSWORD). Safe to run again; refuses to run in production."
    )

    def handle(self, *args, **options):
        if getattr(settings, "PRODUCTION", False):
            raise CommandError(
                "load_demo refuses to run in production: demo accounts share a published "
                "password. Run it only on development or test databases."
            )
        loader = DemoLoader()
        with transaction.atomic():
            loader.run()
        if options["verbosity"] >= 1:
            self._report(loader)
        # The library's demo resources need the organisations and people above.
        load_library_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_collection_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_pilot_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_default_questionnaire(stdout=self.stdout if options["verbosity"] >= 1 else None)
        load_assessment_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_gamification_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_questions_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_partner_demo(stdout=self.stdout, verbosity=options["verbosity"])
        load_messaging_demo(stdout=self.stdout, verbosity=options["verbosity"])

    def _report(self, loader: DemoLoader):
        for kind, counts in loader.counts.items():
            parts = ", ".join(
                f"{counts[key]} {key}"
                for key in ("created", "unchanged", "skipped")
                if counts[key] or key != "skipped"
            )
            self.stdout.write(f"Demo {kind}: {parts}")
        if loader.kept:
            self.stdout.write("Kept untouched (not demo content): " + ", ".join(loader.kept))
        password = settings.DEMO_ACCOUNTS_PASSWORD
        rows = [(person.email, person.sign_in_role) for person in PEOPLE if person.sign_in_role]
        email_width = max(len(email) for email, _role in rows)
        role_width = max(len(role) for _email, role in rows)
        self.stdout.write("")
        heading = "Demo sign-in accounts (never in production):"
        self.stdout.write(self.style.MIGRATE_HEADING(heading))
        self.stdout.write(f"  {'Email':<{email_width}}  {'Role':<{role_width}}  Password")
        for email, role in rows:
            self.stdout.write(f"  {email:<{email_width}}  {role:<{role_width}}  {password}")
        self.stdout.write(
            f"  Every other @{DEMO_DOMAIN} account ({len(PEOPLE) - len(rows)} more) uses the "
            "same password."
        )
