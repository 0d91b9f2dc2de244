"""Creating, editing, submitting, approving and marking pilots through the services, and the
bad input each refuses with the field it concerns."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status
from ppi4cities.pilots import services

pytestmark = pytest.mark.django_db

TEXTS = {
    "en": {
        "title": "Autonomous last-mile bus",
        "summary": "A self-driving shuttle between the tram stop and the harbour.",
        "challenge": "No bus served the last mile.",
        "solution": "An **electric** autonomous shuttle.",
    }
}


def pilot_data(**changes) -> dict:
    data = {
        "country": "LT",
        "city": "Panevėžys",
        "nuts3": "LT025",
        "latitude": 55.7333,
        "longitude": 24.35,
        "approach": "ppi",
        "procedure": "comp-dial",
        "innovation_types": ["mar-nov"],
        "cpv_codes": ["34144900-7"],
        "estimated_value": Decimal("250000"),
        "currency": "EUR",
        "tender_date": date(2023, 3, 1),
        "award_date": date(2023, 6, 1),
        "state": "ongoing",
        "original_language": "en",
    }
    data.update(changes)
    return data


def make_pilot(people, *, author="org_member", submit=False, publish=False, texts=None, **data):
    pilot = services.pilot_create(
        author=people[author],
        organisation=people["organisation"],
        data=pilot_data(**data),
        texts=texts or TEXTS,
        buyers=[people["organisation"]],
        themes=["mobility"],
        suppliers=[{"name": "Auve Tech", "country": "EE", "size": "small"}],
        submit=submit or publish,
    )
    if publish:
        services.pilot_approve(pilot=pilot, actor=people["moderator"])
    return pilot


def _refused(people, field, **changes):
    with pytest.raises(ValidationError) as error:
        make_pilot(people, **changes)
    assert field in error.value.message_dict, error.value.message_dict
    return error.value.message_dict[field]


def test_a_member_creates_a_draft_with_its_relations(people):
    """A member of the organisation saves a draft with buyers, themes and suppliers."""
    pilot = make_pilot(people)
    assert pilot.status == Status.DRAFT
    assert pilot.title_en == "Autonomous last-mile bus"
    assert list(pilot.buyers.all()) == [people["organisation"]]
    assert [theme.code for theme in pilot.themes.all()] == ["mobility"]
    assert [(s.name, str(s.country), s.size) for s in pilot.suppliers.all()] == [
        ("Auve Tech", "EE", "small")
    ]


def test_submitting_sends_the_pilot_to_the_moderators(people):
    """With submit the pilot waits for moderation."""
    assert make_pilot(people, submit=True).status == Status.PENDING


def test_only_members_of_the_organisation_create_its_pilots(people):
    """A member of another organisation cannot submit on its behalf."""
    with pytest.raises(PermissionDenied):
        make_pilot(people, author="other_member")


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("latitude", {"latitude": 91}),
        ("longitude", {"longitude": -181}),
        ("latitude", {"latitude": "north"}),
        ("country", {"country": "XX"}),
        ("nuts3", {"nuts3": "EE008"}),
        ("procedure", {"procedure": "auction"}),
        ("innovation_types", {"innovation_types": ["magic"]}),
        ("cpv_codes", {"cpv_codes": ["3414490"]}),
        ("currency", {"currency": "USD"}),
        ("estimated_value", {"estimated_value": Decimal("-1")}),
        ("contract_value", {"contract_value": "lots"}),
        ("award_date", {"tender_date": date(2023, 6, 2), "award_date": date(2023, 6, 1)}),
        ("contract_end", {"contract_start": date(2024, 1, 1), "contract_end": date(2023, 12, 1)}),
        (
            "tender_date",
            {"needs_assessment_date": date(2024, 1, 1), "tender_date": date(2023, 1, 1)},
        ),
        ("approach", {"approach": "lottery"}),
        ("state", {"state": "dreaming"}),
        ("data", {"colour": "blue"}),
    ],
)
def test_bad_input_is_refused_with_its_field(people, field, changes):
    """Each kind of bad input names the field and saves nothing."""
    _refused(people, field, **changes)
    assert not people["organisation"].pilots.exists()


def test_greek_nuts_codes_start_with_el(people):
    """The NUTS prefix follows the accounts' rule for countries whose prefix differs."""
    pilot = make_pilot(people, country="GR", nuts3="EL303", latitude=37.98, longitude=23.72)
    assert pilot.nuts3 == "EL303"


def test_dates_given_as_text_are_read(people):
    """Dates in ISO text (as an import gives them) are accepted and checked in order."""
    pilot = make_pilot(people, tender_date="2023-03-01", award_date="2023-06-01")
    assert pilot.award_date == date(2023, 6, 1)


def test_unknown_themes_are_refused(people):
    """A theme code outside the platform's list is refused."""
    with pytest.raises(ValidationError) as error:
        services.pilot_create(
            author=people["org_member"],
            organisation=people["organisation"],
            data=pilot_data(),
            texts=TEXTS,
            themes=["space-travel"],
        )
    assert "themes" in error.value.message_dict


def test_a_title_and_summary_are_needed_in_the_original_language(people):
    """Texts in another language only do not make a pilot."""
    with pytest.raises(ValidationError) as error:
        make_pilot(people, texts={"fi": {"title": "Bussi", "summary": "Lyhyesti."}})
    assert "title" in error.value.message_dict


def test_bad_suppliers_are_refused(people):
    """A supplier with an unknown country or size is refused."""
    for supplier in ({"name": "X", "country": "ZZ"}, {"name": "X", "size": "huge"}, {"name": ""}):
        with pytest.raises(ValidationError) as error:
            services.pilot_create(
                author=people["org_member"],
                organisation=people["organisation"],
                data=pilot_data(),
                texts=TEXTS,
                suppliers=[supplier],
            )
        assert "suppliers" in error.value.message_dict


def test_the_author_updates_a_draft_in_place(people):
    """A draft changes at once and may be sent to the moderators with the same call."""
    pilot = make_pilot(people)
    services.pilot_update(
        pilot=pilot,
        actor=people["org_member"],
        data={"city": "Vilnius", "latitude": 54.69, "longitude": 25.28, "nuts3": "LT011"},
        texts={"en": {"title": "Shuttle in Vilnius"}},
        suppliers=[],
        submit=True,
    )
    pilot.refresh_from_db()
    assert (pilot.city, pilot.title_en, pilot.status) == (
        "Vilnius",
        "Shuttle in Vilnius",
        "pending",
    )
    assert not pilot.suppliers.exists()


def test_a_published_pilot_changes_only_through_an_approved_proposed_edit(people):
    """Even staff propose: the published pilot stays as it is until a moderator approves."""
    pilot = make_pilot(people, publish=True)
    revision = services.pilot_update(
        pilot=pilot, actor=people["staff"], data={"city": "Kaunas"}, texts={}
    )
    pilot.refresh_from_db()
    assert pilot.city != "Kaunas" and revision.status == Status.PENDING
    moderation.moderation_decide(
        subject=revision, actor=people["moderator"], decision="approve", message=""
    )
    pilot.refresh_from_db()
    assert pilot.city == "Kaunas"


def test_approving_publishes_the_pilot(people):
    """The moderators' approval publishes the pilot with a date."""
    pilot = make_pilot(people, publish=True)
    assert pilot.status == Status.PUBLISHED and pilot.published_at is not None


def test_only_moderators_approve(people):
    """An author cannot approve their own pilot."""
    pilot = make_pilot(people, submit=True)
    with pytest.raises(PermissionDenied):
        services.pilot_approve(pilot=pilot, actor=people["org_admin"])


def test_moderators_mark_published_pilots_as_good_practices(people):
    """A good practice keeps why it worked and how to replicate it."""
    pilot = make_pilot(people, publish=True)
    services.pilot_mark_good_practice(
        pilot=pilot,
        actor=people["moderator"],
        why_it_worked={"en": "Early market dialogue."},
        how_to_replicate={"en": "Start with a needs assessment."},
    )
    pilot.refresh_from_db()
    assert pilot.is_good_practice
    assert pilot.why_it_worked_en == "Early market dialogue."


def test_good_practices_are_chosen_by_moderators_among_published_pilots(people):
    """Members cannot mark, and drafts cannot be marked."""
    texts = {"why_it_worked": {"en": "A"}, "how_to_replicate": {"en": "B"}}
    published = make_pilot(people, publish=True)
    with pytest.raises(PermissionDenied):
        services.pilot_mark_good_practice(pilot=published, actor=people["org_admin"], **texts)
    draft = make_pilot(people)
    with pytest.raises(ValidationError):
        services.pilot_mark_good_practice(pilot=draft, actor=people["moderator"], **texts)
    with pytest.raises(ValidationError) as error:
        services.pilot_mark_good_practice(
            pilot=published, actor=people["moderator"], why_it_worked={}, how_to_replicate={}
        )
    assert "why_it_worked" in error.value.message_dict
