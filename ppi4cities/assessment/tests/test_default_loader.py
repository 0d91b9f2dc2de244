"""The default questionnaire's loader: creates and publishes version 1, changes nothing when run
again, updates texts in place until the version is answered, then publishes a new version."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from ppi4cities.assessment import default, selectors, services
from ppi4cities.assessment.models import Questionnaire, QuestionnaireVersion, Statement, Variant
from ppi4cities.core.translation import translated_field

from .content import fake_content, load_fake, statement

pytestmark = pytest.mark.django_db


def test_the_first_run_creates_a_published_version_with_every_language():
    version = load_fake()
    assert version.number == 1 and version.is_published
    assert version.questionnaire.name_de == "Bereitschaft für innovative Beschaffung"
    assert [d.code for d in version.dimensions.order_by("position")] == ["strategy", "market"]
    strategy = version.dimensions.get(code="strategy")
    assert strategy.stages == ["needs"] and strategy.resource_query
    item = statement(version, "strategy-2")
    assert (item.weight, item.in_short, item.position) == (3, False, 1)
    labels = dict(version.scale_options.values_list("value", "label_de"))
    assert labels[1] == "Stimme überhaupt nicht zu" and labels[2] == ""
    # A missing translation shows the English text.
    with translation.override("de"):
        assert translated_field(strategy, "name", "en").text == "Strategie und Führung"
        market = version.dimensions.get(code="market")
        assert translated_field(market, "name", "en").text == "Market engagement"


def test_a_second_run_changes_nothing(django_assert_max_num_queries):
    load_fake()
    out = io.StringIO()
    # One read, inside a savepoint (two more statements).
    with django_assert_max_num_queries(3):
        outcome = default.load_default_questionnaire(stdout=out, content=fake_content())
    assert outcome == "version 1 unchanged"
    assert "unchanged" in out.getvalue()
    assert QuestionnaireVersion.objects.count() == 1


def test_what_staff_edit_in_the_admin_is_kept_while_the_content_is_the_same(people):
    version = load_fake()
    item = statement(version, "strategy-1")
    item.text_en = "Edited by staff."
    item.save()
    assert default.load_default_questionnaire(content=fake_content()) == "version 1 unchanged"
    assert statement(version, "strategy-1").text_en == "Edited by staff."
    draft = services.questionnaire_version_copy(version=version, actor=people["staff"])
    services.questionnaire_version_publish(version=draft, actor=people["staff"])
    outcome = default.load_default_questionnaire(content=fake_content())
    assert outcome == "content already loaded as version 1; version 2 kept"
    assert selectors.current_version() == draft


def test_an_unanswered_version_is_updated_in_place():
    version = load_fake()
    content = fake_content()
    content["en"]["DIMENSIONS"][0]["statements"][1]["text"] = "Our leaders back pilots."
    content["de"]["TEXTS"]["market.name"] = "Marktdialog"
    del content["en"]["DIMENSIONS"][1]["statements"][1]
    outcome = default.load_default_questionnaire(content=content)
    assert outcome.startswith("version 1 updated in place")
    assert QuestionnaireVersion.objects.count() == 1
    assert statement(version, "strategy-2").text_en == "Our leaders back pilots."
    assert version.dimensions.get(code="market").name_de == "Marktdialog"
    assert not Statement.objects.filter(code="market-2").exists()


def test_an_answered_version_is_kept_and_a_new_one_published(people):
    version = load_fake()
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["member"]
    )
    services.answer_save(assessment=assessment, statement=statement(version, "market-1"), value=4)
    content = fake_content()
    content["en"]["DIMENSIONS"][1]["statements"][0]["text"] = "We talk to suppliers first."
    outcome = default.load_default_questionnaire(content=content)
    assert outcome == "created version 2 (version 1 is answered)"
    current = selectors.current_version()
    assert current.number == 2
    assert statement(current, "market-1").text_en == "We talk to suppliers first."
    assert statement(version, "market-1").text_en == "We consult the market before tendering."
    assert assessment.answers.get().statement.version == version
    # Same content again: nothing more.
    assert default.load_default_questionnaire(content=content) == "version 2 unchanged"


def test_invalid_content_is_refused_and_nothing_is_saved():
    content = fake_content()
    content["en"]["DIMENSIONS"][0]["statements"][1]["in_short"] = True
    with pytest.raises(default.ContentError, match="“strategy” has 2 statements"):
        default.load_default_questionnaire(content=content)
    content = fake_content()
    content["en"]["DIMENSIONS"][0]["stages"] = ["preparation"]
    with pytest.raises(default.ContentError, match="dimension strategy: Unknown stages"):
        default.load_default_questionnaire(content=content)
    content = fake_content()
    del content["en"]["DIMENSIONS"][1]["statements"][0]["code"]
    with pytest.raises(default.ContentError, match="market, statement 1: “code” is missing"):
        default.load_default_questionnaire(content=content)
    assert not Questionnaire.objects.exists()


def test_a_missing_content_package_is_reported(monkeypatch):
    monkeypatch.setattr(default, "CONTENT_PACKAGE", "ppi4cities.assessment.no_such_package")
    out = io.StringIO()
    assert default.load_default_questionnaire(stdout=out) is None
    assert "content package ppi4cities.assessment.no_such_package" in out.getvalue()
    with pytest.raises(CommandError, match="missing"):
        call_command("load_default_questionnaire", stdout=io.StringIO())


def test_the_shipped_content_loads():
    """The package in default_content/ loads, publishes and is stable on a second run."""
    out = io.StringIO()
    call_command("load_default_questionnaire", stdout=out)
    call_command("load_default_questionnaire", stdout=out)
    assert "created version 1" in out.getvalue()
    assert "version 1 unchanged" in out.getvalue()
    version = selectors.current_version()
    assert version.dimensions.count() >= 8
    short = Statement.objects.filter(version=version, in_short=True).count()
    assert short == version.dimensions.count()
