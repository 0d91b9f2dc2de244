"""axe-core finds no WCAG 2.1 AA violation on the pilots' pages, in English and Lithuanian."""

import pytest

from conftest import make_organisation, make_person
from ppi4cities.pilots import services
from ppi4cities.pilots.models import Project

from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser


@pytest.fixture
def pilots(transactional_db):
    """A published good practice in a project, one waiting for moderation, and a moderator."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    project = Project.objects.create(slug="smart-buses", name="Smart buses for the Baltic")
    place = {"country": "LT", "city": "Panevėžys", "latitude": 55.7348, "longitude": 24.3575}
    published = services.pilot_create(
        author=author,
        organisation=organisation,
        data={**place, "approach": "ppi", "procedure": "comp-dial", "state": "completed"},
        texts={
            "en": {
                "title": "Electric buses for the city centre",
                "summary": "Three electric buses bought after a market consultation.",
                "challenge": "## The need\n\nQuieter, cleaner buses.",
            }
        },
        buyers=[organisation],
        themes=["mobility"],
        suppliers=[{"name": "Demo Buses UAB", "country": "LT", "size": "small"}],
        project=project,
        submit=True,
    )
    services.pilot_approve(pilot=published, actor=moderator)
    services.pilot_mark_good_practice(
        pilot=published,
        actor=moderator,
        why_it_worked={"en": "The buyer asked suppliers early."},
        how_to_replicate={"en": "Start with a market consultation."},
    )
    services.pilot_create(
        author=author,
        organisation=organisation,
        data={**place, "approach": "pcp"},
        texts={"en": {"title": "Waiting pilot", "summary": "Sent to the moderators."}},
        submit=True,
    )
    return author, moderator, published, project


@pytest.mark.parametrize("language", LANGUAGES)
def test_pilot_pages_have_no_violations(page, sign_in, pilots, language):
    """The list (filtered and empty), a pilot, a project, the form and the moderation queue."""
    author, moderator, published, project = pilots
    check_pages(
        page,
        language,
        [
            "/pilots/",
            "/pilots/?country=LT&good_practice=1",
            "/pilots/?state=cancelled",
            f"/pilots/{published.pk}/",
            f"/pilots/projects/{project.slug}/",
        ],
    )
    sign_in(author)
    check_pages(page, language, ["/pilots/new/"])
    sign_in(moderator)
    check_pages(page, language, ["/pilots/moderation/", f"/pilots/{published.pk}/"])
