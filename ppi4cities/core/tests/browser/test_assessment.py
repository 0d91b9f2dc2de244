"""The self-assessment in a real browser: a visitor takes the short variant by keyboard alone,
sees the chart and the table, signs up and keeps the result; axe-core finds nothing to fix on
the landing page, a step, the review and the results, in English and Lithuanian."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from conftest import make_person
from ppi4cities.assessment import selectors, services
from ppi4cities.assessment.default import load_default_questionnaire
from ppi4cities.assessment.models import Assessment, Variant

from .accessibility import assert_accessible, assert_focus_visible, focused
from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser

MAX_TABS = 80
CONFIRMATION_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)")


@pytest.fixture
def questionnaire(transactional_db):
    load_default_questionnaire()
    return selectors.current_version()


def tab_to(page, test, description):
    """Press Tab until the focused element passes `test`."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if test(focused(page)):
            assert_focus_visible(page)
            return
    pytest.fail(f"{description} was not reached with Tab in {MAX_TABS} presses")


def radio_name(page) -> str:
    return page.evaluate("document.activeElement.type === 'radio' && document.activeElement.name")


def answer_step_by_keyboard(page, choices):
    """Each statement of the step: Tab into its group, Space picks the first point, arrow keys
    move along the scale; every change is saved at once and announced."""
    status = page.locator("#answer-status")
    for position, steps_right in enumerate(choices):
        previous = radio_name(page)
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            name = radio_name(page)
            if name and name != previous:
                break
        else:
            pytest.fail(f"statement {position + 1} was not reached by Tab")
        assert_focus_visible(page)
        page.keyboard.press("Space")
        for _ in range(steps_right):
            page.keyboard.press("ArrowRight")
        expect(status).to_contain_text("Saved.")


def test_a_visitor_takes_the_short_variant_by_keyboard_and_keeps_the_result(
    page, live_server, questionnaire
):
    page.goto("/assessment/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Self-assessment")
    tab_to(page, lambda element: element["id"] == "start-short", "The short variant's button")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/assessment/\d+/step/1/$"))
    assessment = Assessment.objects.get()
    assert assessment.user is None and assessment.variant == Variant.SHORT
    # Points 4, 4, 3 on the first step; 4, 5, 4; then 3, "Not applicable" (the sixth), 4.
    plan = [[3, 3, 2], [3, 4, 3], [2, 5, 3]]
    for number, choices in enumerate(plan, start=1):
        expect(page.locator(".assessment-progress__step")).to_have_text(f"Step {number} of 3")
        answer_step_by_keyboard(page, choices)
        expect(page.get_by_role("status")).to_have_text(
            f"Saved. {3 * number} of 9 statements answered."
        )
        expect(page.locator("#assessment-progress-bar")).to_have_attribute("value", str(3 * number))
        tab_to(page, lambda element: element["id"] == "step-next", "Save and continue")
        page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/assessment/\d+/review/$"))
    expect(page.get_by_role("main")).to_contain_text("Every statement has an answer")
    tab_to(page, lambda element: element["id"] == "see-results", "See my results")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/assessment/\d+/results/$"))
    result = selectors.assessment_result(assessment).result
    assert result.dimension(result.dimensions[7].code).not_applicable == 1
    expect(page.locator("#overall-score")).to_have_text(str(round(result.overall)))
    chart = page.get_by_role("img", name=re.compile("Radar chart"))
    expect(chart).to_be_visible()
    expect(page.locator(".radar__point")).to_have_count(8)
    expect(page.locator("#scores tbody tr")).to_have_count(9)
    expect(page.locator("#scores tbody tr").nth(7)).to_contain_text("not scored")
    assert_accessible(page)

    page.get_by_role("link", name="Sign up to keep this result").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/\?next="))
    page.get_by_label("Email").fill("rasa@siauliai.example")
    page.get_by_label("Your name").fill("Rasa Jonaitė")
    page.get_by_label(re.compile(r"^Password \(required")).fill("a-long-Baltic-passphrase-42")
    page.get_by_label(re.compile(r"^Password \(again")).fill("a-long-Baltic-passphrase-42")
    page.get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    path = CONFIRMATION_LINK.search(mail.outbox[0].body).group(1)
    page.goto(live_server.url + path)
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(re.compile(rf"/assessment/{assessment.pk}/results/$"))
    expect(page.get_by_role("status")).to_contain_text("kept in your account")
    expect(page.get_by_role("button", name="Create a sharing link")).to_be_visible()
    assessment.refresh_from_db()
    assert assessment.user.email == "rasa@siauliai.example"
    assert_accessible(page)


@pytest.fixture
def taken(questionnaire):
    """A member's short assessment with one statement left, and a completed full one."""
    member = make_person("ona@panevezys.example", "Ona Member")
    unfinished = services.assessment_start(
        version=questionnaire, variant=Variant.SHORT, user=member
    )
    statements = list(services.variant_statements(questionnaire, Variant.SHORT))
    for index, statement in enumerate(statements[:-1]):
        services.answer_save(assessment=unfinished, statement=statement, value=1 + index % 5)
    completed = services.assessment_start(version=questionnaire, variant=Variant.FULL, user=member)
    for index, statement in enumerate(services.variant_statements(questionnaire, Variant.FULL)):
        services.answer_save(assessment=completed, statement=statement, value=1 + index % 3)
    services.assessment_complete(assessment=completed)
    return member, unfinished, completed


@pytest.mark.parametrize("language", LANGUAGES)
def test_assessment_pages_have_no_violations(page, sign_in, taken, language):
    """The landing page (as a visitor and as a member), steps, the review and the results."""
    member, unfinished, completed = taken
    check_pages(page, language, ["/assessment/"])
    sign_in(member)
    check_pages(
        page,
        language,
        [
            "/assessment/",
            f"/assessment/{unfinished.pk}/step/1/",
            f"/assessment/{unfinished.pk}/step/3/",
            f"/assessment/{unfinished.pk}/review/",
            f"/assessment/{completed.pk}/results/",
        ],
    )
    prefix = "" if language == "en" else f"/{language}"
    page.goto(f"{prefix}/assessment/{unfinished.pk}/review/")
    page.locator("#see-results").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)


def test_an_admin_runs_a_round_with_two_colleagues_and_sees_the_aggregate(
    page, sign_in, questionnaire
):
    """The admin starts a round from the landing page, ticking two colleagues by keyboard;
    each answers alone; the round page shows the organisation's result and no one's own
    answers, and the admin sees who completed; axe-core is clean."""
    from conftest import make_organisation
    from ppi4cities.accounts.models import Role
    from ppi4cities.accounts.services import _add_member
    from ppi4cities.assessment.models import Round

    admin = make_person("ona@panevezys.example", "Ona Admin")
    colleague = make_person("petras@panevezys.example", "Petras Colleague")
    second = make_person("rasa@panevezys.example", "Rasa Colleague")
    bystander = make_person("jonas@panevezys.example", "Jonas Bystander")
    organisation = make_organisation(admin)
    for person in (colleague, second, bystander):
        _add_member(organisation, person, Role.MEMBER)
    statements = list(services.variant_statements(questionnaire, Variant.FULL))

    sign_in(admin)
    page.goto("/assessment/")
    expect(page.get_by_role("group", name="Select colleagues to invite")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Title (optional)").fill("Procurement team, spring")
    for name in ("Petras Colleague", "Rasa Colleague"):
        page.get_by_label(name).focus()
        page.keyboard.press("Space")
        expect(page.get_by_label(name)).to_be_checked()
    expect(page.get_by_label("Jonas Bystander")).not_to_be_checked()
    page.locator("#start-round").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/assessment/rounds/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Procurement team, spring")
    round = Round.objects.get()
    expect(page.locator("#invitees tbody tr")).to_have_count(3)
    expect(page.locator("#invitees")).to_contain_text("not started")
    assert_accessible(page)

    for person, value in ((colleague, 5), (second, 1)):
        sign_in(person)
        page.goto(f"/assessment/rounds/{round.pk}/")
        page.locator("#answer-round").click()
        expect(page).to_have_url(re.compile(r"/assessment/\d+/step/1/$"))
        assessment = Assessment.objects.get(round=round, user=person)
        services.answers_save(
            assessment=assessment, answers=[(s, value, False) for s in statements]
        )
        page.goto(f"/assessment/{assessment.pk}/review/")
        page.locator("#see-results").click()
        expect(page).to_have_url(re.compile(rf"/assessment/{assessment.pk}/results/$"))

    page.goto(f"/assessment/rounds/{round.pk}/")
    expect(page.locator("#respondents")).to_have_text("2 colleagues have completed this round.")
    expect(page.locator("#overall-score")).to_have_text("50")
    expect(page.get_by_role("img", name=re.compile("Radar chart"))).to_be_visible()
    expect(page.locator("#statements tbody tr")).to_have_count(len(statements))
    expect(page.locator("#statements .tag", has_text="Colleagues disagree")).to_have_count(
        len(statements)
    )
    expect(page.locator("#benchmark")).to_contain_text(
        "Too few organisations of this type yet to compare: 0 of 5."
    )
    assert "Petras Colleague" not in page.locator("main").inner_text()
    assert_accessible(page)

    sign_in(bystander)
    assert page.goto(f"/assessment/rounds/{round.pk}/").status == 404

    sign_in(admin)
    page.goto(f"/assessment/rounds/{round.pk}/")
    expect(page.locator("#invitees")).to_contain_text("completed")
    page.get_by_label("Yes, close this round").check()
    page.locator("#close-round").click()
    expect(page.locator("#round-status")).to_contain_text("closed")
    assert_accessible(page)
