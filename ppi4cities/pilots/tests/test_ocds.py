"""OCDS 1.1 releases and release packages of pilots, validated against the official schemas."""

import csv
import json
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from ppi4cities.core.models import Theme
from ppi4cities.moderation.models import Status
from ppi4cities.pilots import ocds
from ppi4cities.pilots.models import Pilot, Supplier

RELEASE_URL = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json"


def make_pilot(buyers=(), suppliers=(), themes=("mobility",), **fields):
    """A pilot created straight in the database, published unless told otherwise."""
    data = {
        "title": "Autonomous last-mile bus",
        "summary": "A self-driving shuttle between the tram stop and the science park.",
        "country": "PL",
        "city": "Gdańsk",
        "latitude": 54.352,
        "longitude": 18.6466,
        "approach": "ppi",
        "status": Status.PUBLISHED,
        "published_at": timezone.now(),
    }
    data.update(fields)
    pilot = Pilot.objects.create(**data)
    pilot.buyers.set(buyers)
    pilot.themes.set(Theme.objects.filter(code__in=themes))
    for position, (name, country, *size) in enumerate(suppliers):
        Supplier.objects.create(
            pilot=pilot, name=name, country=country, size="".join(size), position=position
        )
    return pilot


def full_pilot(people):
    return make_pilot(
        buyers=[people["organisation"], people["other_organisation"]],
        suppliers=[("Shuttle Robotics Oy", "FI"), ("Baltic Mobility Sp. z o.o.", "PL")],
        procedure="innovation",
        cpv_codes=["34144900-7", {"code": "73000000-2", "description": "R&D services"}],
        estimated_value=Decimal("1200000.00"),
        contract_value=Decimal("990000.50"),
        needs_assessment_date=date(2022, 3, 1),
        market_consultation_date=date(2022, 6, 15),
        tender_date=date(2022, 9, 1),
        award_date=date(2023, 1, 20),
        contract_start=date(2023, 3, 1),
        contract_end=date(2024, 12, 31),
        state="completed",
    )


@pytest.fixture(scope="module")
def schemas():
    folder = os.environ.get("OCDS_SCHEMA_DIR")
    if not folder:
        pytest.skip("OCDS_SCHEMA_DIR is not set: point it at the OCDS 1.1.5 schema folder.")
    folder = Path(folder)
    return {
        "release": json.loads((folder / "release-schema.json").read_text()),
        "package": json.loads((folder / "release-package-schema.json").read_text()),
        "codelists": folder / "codelists",
    }


def _validator(schemas, kind):
    # The package schema names the release schema by its web address: serve the local file.
    registry = Registry().with_resource(
        RELEASE_URL, Resource.from_contents(schemas["release"], default_specification=DRAFT4)
    )
    return Draft4Validator(
        schemas[kind], registry=registry, format_checker=Draft4Validator.FORMAT_CHECKER
    )


def assert_valid(schemas, kind, data):
    errors = sorted(_validator(schemas, kind).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def codelist(schemas, name):
    with open(schemas["codelists"] / f"{name}.csv", newline="") as handle:
        return {row["Code"] for row in csv.DictReader(handle)}


def assert_codes_from_codelists(schemas, release):
    """The open codelists are not enforced by the schema, so check every code used here."""
    assert release["initiationType"] in codelist(schemas, "initiationType")
    assert set(release["tag"]) <= codelist(schemas, "releaseTag")
    for party in release.get("parties", []):
        assert set(party["roles"]) <= codelist(schemas, "partyRole")
    tender = release["tender"]
    assert tender["status"] in codelist(schemas, "tenderStatus")
    if "procurementMethod" in tender:
        assert tender["procurementMethod"] in codelist(schemas, "method")
    if "mainProcurementCategory" in tender:
        assert tender["mainProcurementCategory"] in codelist(schemas, "procurementCategory")
    for item in tender.get("items", []):
        assert item["classification"]["scheme"] in codelist(schemas, "itemClassificationScheme")
    for milestone in release.get("planning", {}).get("milestones", []):
        assert milestone["type"] in codelist(schemas, "milestoneType")
        assert milestone["status"] in codelist(schemas, "milestoneStatus")
    for award in release.get("awards", []):
        assert award["status"] in codelist(schemas, "awardStatus")
    for contract in release.get("contracts", []):
        assert contract["status"] in codelist(schemas, "contractStatus")
    currencies = codelist(schemas, "currency")
    for value in (tender.get("value"), *(a.get("value") for a in release.get("awards", []))):
        if value:
            assert value["currency"] in currencies


def package_for(pilots, path="/pilots/ocds.json"):
    return ocds.release_package(pilots, RequestFactory().get(path))


@pytest.mark.django_db
def test_a_full_pilot_is_a_valid_release_with_buyers_suppliers_award_and_contract(
    people, schemas, settings
):
    """A pilot with everything filled in validates and says who bought what from whom."""
    settings.OCDS_OCID_PREFIX = "ocds-abc123"
    pilot = full_pilot(people)
    release = ocds.pilot_release(pilot)
    assert_valid(schemas, "release", release)
    assert_codes_from_codelists(schemas, release)
    assert release["ocid"] == f"ocds-abc123-{pilot.pk}"
    assert release["tag"] == ["planning", "tender", "award", "contract"]
    roles = {party["name"]: party["roles"] for party in release["parties"]}
    assert roles["Panevėžys City Municipality"] == ["buyer", "procuringEntity"]
    assert roles["Tartu City Government"] == ["buyer"]
    assert roles["Shuttle Robotics Oy"] == ["supplier"]
    assert release["buyer"]["name"] == "Panevėžys City Municipality"
    tender = release["tender"]
    assert tender["procurementMethod"] == "selective"
    assert tender["procurementMethodDetails"] == "innovation"
    assert [item["classification"]["id"] for item in tender["items"]] == [
        "34144900-7",
        "73000000-2",
    ]
    assert tender["mainProcurementCategory"] == "goods"
    assert release["awards"][0]["value"] == {"amount": 990000.5, "currency": "EUR"}
    assert len(release["awards"][0]["suppliers"]) == 2
    assert release["contracts"][0]["awardID"] == release["awards"][0]["id"]
    assert release["contracts"][0]["status"] == "terminated"
    assert [m["type"] for m in release["planning"]["milestones"]] == [
        "preProcurement",
        "engagement",
    ]


@pytest.mark.django_db
def test_supplier_sizes_follow_the_party_scale_extension_that_the_package_declares(schemas):
    """Micro stays micro, small and medium are SMEs, large is large; a research body has no
    scale; the package names the extension so readers know what `details.scale` means."""
    sizes = {"Alpha": "micro", "Beta": "small", "Gamma": "medium", "Delta": "large", "Eps": "other"}
    pilot = make_pilot(suppliers=[(name, "EE", size) for name, size in sizes.items()])
    release = ocds.pilot_release(pilot)
    assert_valid(schemas, "release", release)
    scales = {p["name"]: p.get("details", {}).get("scale") for p in release["parties"]}
    assert scales == {
        "Alpha": "micro",
        "Beta": "sme",
        "Gamma": "sme",
        "Delta": "large",
        "Eps": None,
    }
    package = package_for([pilot])
    assert_valid(schemas, "package", package)
    assert any("ocds_partyDetails_scale_extension" in uri for uri in package["extensions"])


@pytest.mark.django_db
def test_a_planned_pilot_without_award_or_contract_is_a_valid_planning_release(schemas):
    """A pilot still being planned has no awards or contracts, and still validates."""
    pilot = make_pilot(state="planned", themes=())
    release = ocds.pilot_release(pilot)
    assert_valid(schemas, "release", release)
    assert_codes_from_codelists(schemas, release)
    assert release["tag"] == ["planning"]
    assert "awards" not in release and "contracts" not in release
    assert release["tender"]["status"] == "planned"


@pytest.mark.django_db
def test_several_buyers_are_all_parties_and_only_the_first_procures(people, schemas):
    """Joint procurement: every buyer is a party; the first is the procuring entity."""
    pilot = make_pilot(
        buyers=[people["other_organisation"], people["organisation"]], tender_date=date(2024, 2, 1)
    )
    release = ocds.pilot_release(pilot)
    assert_valid(schemas, "release", release)
    buyers = [party for party in release["parties"] if "buyer" in party["roles"]]
    assert len(buyers) == 2
    assert [p for p in buyers if "procuringEntity" in p["roles"]] == [buyers[0]]
    assert release["tender"]["procuringEntity"]["id"] == buyers[0]["id"]


@pytest.mark.django_db
def test_a_pilot_without_cpv_codes_has_no_items_and_pcp_buys_services(schemas):
    """Without CPV codes there are no items; pre-commercial procurement is a service."""
    release = ocds.pilot_release(make_pilot(approach="pcp", procedure="oth-mult"))
    assert_valid(schemas, "release", release)
    assert_codes_from_codelists(schemas, release)
    assert "items" not in release["tender"]
    assert release["tender"]["mainProcurementCategory"] == "services"
    assert "procurementMethod" not in release["tender"]
    assert release["tender"]["procurementMethodDetails"] == "oth-mult"


@pytest.mark.django_db
def test_a_package_of_several_pilots_validates_against_the_package_schema(people, schemas):
    """A package holds one release per pilot and validates with the local release schema."""
    pilots = [full_pilot(people), make_pilot(state="planned"), make_pilot(approach="pcp")]
    package = package_for(pilots)
    assert_valid(schemas, "package", package)
    assert package["version"] == "1.1"
    assert package["publisher"]["name"] == "PPI4Cities"
    assert len({release["ocid"] for release in package["releases"]}) == 3


@pytest.mark.django_db
def test_an_empty_package_is_invalid_ocds_so_the_endpoint_says_nothing_matched(client, schemas):
    """OCDS needs at least one release; asking for none gets a clear 404, not a bad package."""
    assert list(_validator(schemas, "package").iter_errors(package_for([])))
    response = client.get(reverse("pilots:ocds_package"), {"country": "SE"})
    assert response.status_code == 404
    assert "No pilots match" in response.json()["error"]


@pytest.mark.django_db
def test_the_release_endpoint_serves_inline_json_for_a_published_pilot(client, people, schemas):
    """Anyone can read a published pilot's release at /pilots/<id>/ocds.json."""
    pilot = full_pilot(people)
    response = client.get(reverse("pilots:ocds_release", args=[pilot.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == "inline"
    assert_valid(schemas, "release", response.json())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("anonymous", False),
        ("member", False),
        ("other_member", False),
        ("org_member", False),
        ("org_admin", True),
        ("moderator", True),
    ],
)
def test_a_draft_pilots_release_is_visible_only_to_those_who_may_see_it(client, people, role, sees):
    """A draft's release answers 404 except to its organisation's admins and moderators."""
    pilot = make_pilot(status=Status.DRAFT, published_at=None, organisation=people["organisation"])
    if people[role]:
        client.force_login(people[role])
    response = client.get(reverse("pilots:ocds_release", args=[pilot.pk]))
    assert response.status_code == (200 if sees else 404)


@pytest.mark.django_db
def test_the_package_endpoint_keeps_filters_and_leaves_drafts_out(client, people, schemas):
    """The package holds the published pilots matching the filters, and no drafts."""
    lithuanian = make_pilot(country="LT", city="Panevėžys")
    make_pilot(country="PL")
    make_pilot(country="LT", status=Status.DRAFT, published_at=None)
    response = client.get(reverse("pilots:ocds_package"), {"country": "LT"})
    assert response.status_code == 200
    package = response.json()
    assert_valid(schemas, "package", package)
    assert [r["ocid"] for r in package["releases"]] == [ocds.ocid(lithuanian)]
    assert package["uri"].endswith("/pilots/ocds.json?country=LT")


@pytest.mark.django_db
def test_the_package_endpoint_pages_large_selections(client, settings, monkeypatch):
    """Past the page size the package links to the next page, and a bad page is a 400."""
    monkeypatch.setattr("ppi4cities.pilots.opendata.PACKAGE_SIZE", 2)
    for _ in range(3):
        make_pilot()
    first = client.get(reverse("pilots:ocds_package")).json()
    assert len(first["releases"]) == 2
    assert first["links"]["next"].endswith("page=2")
    second = client.get(reverse("pilots:ocds_package"), {"page": 2}).json()
    assert len(second["releases"]) == 1
    assert client.get(reverse("pilots:ocds_package"), {"page": "two"}).status_code == 400


@pytest.mark.django_db
def test_the_package_reads_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    """Ten pilots or three, the package costs the same few queries."""
    for _ in range(10):
        make_pilot(suppliers=[("Supplier", "FI")])
    with django_assert_max_num_queries(8):
        assert client.get(reverse("pilots:ocds_package")).status_code == 200
