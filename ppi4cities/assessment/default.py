"""Loads the default questionnaire shipped in `default_content/` into the database, idempotently.

`default_content/en.py` holds the structure and the English texts (SLUG, NAME, DESCRIPTION,
SCALE, DIMENSIONS); `default_content/<language>.py` holds TEXTS, a mapping of keys such as
"strategy.name" or "strategy-1.text" to translations. A missing language or key leaves that
field empty, which displays the English text.

The first run creates version 1 and publishes it. Later runs compare the content with the
current version: equal, nothing is written; different and not yet answered, the version is
brought up to date in place; different and answered, a new version is created and published,
since an answered version never changes.
"""

import hashlib
import importlib
import json
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Max, When
from django.utils import translation

from . import services
from .models import Dimension, Questionnaire, QuestionnaireVersion, ScaleOption, Statement

CONTENT_PACKAGE = "ppi4cities.assessment.default_content"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
QUESTIONNAIRE_TEXTS = ["name", "description"]
DIMENSION_TEXTS = ["name", "description", "recommendation"]
STATEMENT_TEXTS = ["text", "guidance"]
SCALE_TEXTS = ["label"]


def read_content_package() -> dict | None:
    """The content package as {"en": {...module's names...}, "<language>": {"TEXTS": {...}}},
    or None when it (or its English module) is missing."""
    try:
        english = importlib.import_module(f"{CONTENT_PACKAGE}.en")
    except ModuleNotFoundError:
        return None
    content = {
        DEFAULT_LANGUAGE: {
            name: getattr(english, name, None)
            for name in ("SLUG", "NAME", "DESCRIPTION", "SCALE", "DIMENSIONS")
        }
    }
    for code in LANGUAGE_CODES:
        if code == DEFAULT_LANGUAGE:
            continue
        module_name = f"{CONTENT_PACKAGE}.{code}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        content[code] = {"TEXTS": getattr(module, "TEXTS", {})}
    return content


class ContentError(ValueError):
    """The content package does not have the expected shape; the message says where."""


def _texts(content: dict, fields: list[str], english: dict, key) -> dict:
    """Column name → text for every field in every language; `key(field)` is the field's key
    in the TEXTS of the other languages."""
    values = {}
    for field in fields:
        for code in LANGUAGE_CODES:
            if code == DEFAULT_LANGUAGE:
                text = english.get(field, "")
            else:
                text = content.get(code, {}).get("TEXTS", {}).get(key(field), "")
            values[f"{field}_{code}"] = (text or "").strip()
    return values


def _need(mapping: dict, key: str, where: str):
    if not isinstance(mapping, dict) or mapping.get(key) in (None, ""):
        raise ContentError(f"{where}: “{key}” is missing.")
    return mapping[key]


def plan_from_content(content: dict) -> dict:
    """The content in the shape of `version_snapshot`, plus the questionnaire's own fields."""
    english = content.get(DEFAULT_LANGUAGE) or {}
    slug = _need(english, "SLUG", "en.py")
    questionnaire = _texts(
        content,
        QUESTIONNAIRE_TEXTS,
        {"name": _need(english, "NAME", "en.py"), "description": english.get("DESCRIPTION")},
        lambda field: field,
    )
    scale = {}
    for position, option in enumerate(_need(english, "SCALE", "en.py")):
        value, label = option
        scale[int(value)] = {
            "position": position,
            **_texts(content, SCALE_TEXTS, {"label": label}, lambda _field, v=value: f"scale.{v}"),
        }
    dimensions = {}
    for position, dimension in enumerate(_need(english, "DIMENSIONS", "en.py")):
        code = _need(dimension, "code", f"dimension {position + 1}")
        statements = {}
        for index, statement in enumerate(_need(dimension, "statements", code)):
            statement_code = _need(statement, "code", f"{code}, statement {index + 1}")
            _need(statement, "text", statement_code)
            statements[statement_code] = {
                "position": index,
                "weight": Decimal(str(statement.get("weight", 1))),
                "in_short": bool(statement.get("in_short", False)),
                **_texts(
                    content, STATEMENT_TEXTS, statement, lambda f, c=statement_code: f"{c}.{f}"
                ),
            }
        _need(dimension, "name", code)
        dimensions[code] = {
            "position": position,
            "weight": Decimal(str(dimension.get("weight", 1))),
            "resource_query": dimension.get("resource_query", ""),
            "stages": list(dimension.get("stages", [])),
            **_texts(content, DIMENSION_TEXTS, dimension, lambda f, c=code: f"{c}.{f}"),
            "statements": statements,
        }
    return {
        "slug": slug,
        "questionnaire": questionnaire,
        "version": {"scale": scale, "dimensions": dimensions},
    }


def _columns(fields):
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES]


def _row(obj, plain: list[str], texts: list[str]) -> dict:
    row = {name: getattr(obj, name) for name in plain}
    row.update({name: getattr(obj, name) or "" for name in _columns(texts)})
    return row


def version_snapshot(version) -> dict:
    """What the loader compares with its content: the version's structure and texts."""
    scale = {
        option.value: _row(option, ["position"], SCALE_TEXTS)
        for option in version.scale_options.all()
    }
    statements_by_dimension = {}
    for statement in Statement.objects.filter(version=version):
        statements_by_dimension.setdefault(statement.dimension_id, {})[statement.code] = _row(
            statement, ["position", "weight", "in_short"], STATEMENT_TEXTS
        )
    dimensions = {}
    for dimension in version.dimensions.all():
        plain = ["position", "weight", "resource_query", "stages"]
        dimensions[dimension.code] = {
            **_row(dimension, plain, DIMENSION_TEXTS),
            "statements": statements_by_dimension.get(dimension.pk, {}),
        }
    return {"scale": scale, "dimensions": dimensions}


def _save(obj, where: str):
    try:
        obj.full_clean()
    except ValidationError as error:
        raise ContentError(f"{where}: {'; '.join(error.messages)}") from error
    obj.save()


def _sync_version(version, plan: dict):
    """Bring an unanswered version's structure and texts to the plan, keeping rows by code."""
    options = {option.value: option for option in version.scale_options.all()}
    for value, fields in plan["scale"].items():
        option = options.pop(value, None) or ScaleOption(version=version, value=value)
        for name, field_value in fields.items():
            setattr(option, name, field_value)
        _save(option, f"scale {value}")
    ScaleOption.objects.filter(pk__in=[option.pk for option in options.values()]).delete()

    dimensions = {dimension.code: dimension for dimension in version.dimensions.all()}
    statements = {s.code: s for s in Statement.objects.filter(version=version)}
    kept_dimensions, kept_statements = set(), set()
    for code, fields in plan["dimensions"].items():
        dimension = dimensions.get(code) or Dimension(version=version, code=code)
        for name, field_value in fields.items():
            if name != "statements":
                setattr(dimension, name, field_value)
        _save(dimension, f"dimension {code}")
        kept_dimensions.add(dimension.pk)
        for statement_code, statement_fields in fields["statements"].items():
            statement = statements.get(statement_code) or Statement(code=statement_code)
            statement.dimension = dimension
            for name, field_value in statement_fields.items():
                setattr(statement, name, field_value)
            _save(statement, f"statement {statement_code}")
            kept_statements.add(statement.pk)
    Statement.objects.filter(version=version).exclude(pk__in=kept_statements).delete()
    Dimension.objects.filter(version=version).exclude(pk__in=kept_dimensions).delete()


def _new_version(questionnaire, plan: dict, digest: str) -> QuestionnaireVersion:
    highest = questionnaire.versions.aggregate(number=Max("number"))["number"] or 0
    version = QuestionnaireVersion(
        questionnaire=questionnaire,
        number=highest + 1,
        notes="The platform's default questionnaire.",
        source_digest=digest,
    )
    version.full_clean()
    version.save()
    _sync_version(version, plan)
    return version


def _publish(version):
    try:
        services.questionnaire_version_publish(version=version, actor=None)
    except ValidationError as error:
        raise ContentError("; ".join(error.messages)) from error


def _digest(plan_version: dict) -> str:
    text = json.dumps(plan_version, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _target(slug: str) -> QuestionnaireVersion | None:
    """The version the content is compared with: the current one, else the newest draft."""
    return (
        QuestionnaireVersion.objects.filter(questionnaire__slug=slug)
        .select_related("questionnaire")
        .order_by(Case(When(published_at__isnull=True, then=1), default=0), "-number")
        .first()
    )


def _update_questionnaire(questionnaire, texts: dict):
    if all((getattr(questionnaire, name) or "") == value for name, value in texts.items()):
        return
    for name, value in texts.items():
        setattr(questionnaire, name, value)
    _save(questionnaire, "questionnaire")


@transaction.atomic
def load_content(content: dict) -> str:
    """Load `content` (the shape `read_content_package` returns); say what was done.

    A version remembers the digest of the content it was loaded from, so that a run with the
    same content is one query and never overwrites what staff edited since in the admin, nor
    a version they made themselves; new content replaces their edits."""
    plan = plan_from_content(content)
    digest = _digest(plan["version"])
    target = _target(plan["slug"])
    if target is None:
        questionnaire = Questionnaire.objects.filter(slug=plan["slug"]).first()
        questionnaire = questionnaire or Questionnaire(slug=plan["slug"])
        _update_questionnaire(questionnaire, plan["questionnaire"])
        version = _new_version(questionnaire, plan["version"], digest)
        _publish(version)
        return f"created version {version.number}"
    _update_questionnaire(target.questionnaire, plan["questionnaire"])
    if target.source_digest == digest and target.is_published:
        return f"version {target.number} unchanged"
    # Staff took over from this content in a version of their own: keep theirs.
    loaded = target.questionnaire.versions.filter(source_digest=digest).order_by("-number").first()
    if loaded is not None and target.is_published:
        return f"content already loaded as version {loaded.number}; version {target.number} kept"
    if version_snapshot(target) == plan["version"]:
        outcome = f"version {target.number} unchanged"
    elif not target.is_answered():
        _sync_version(target, plan["version"])
        outcome = f"version {target.number} updated in place (not answered yet)"
    else:
        version = _new_version(target.questionnaire, plan["version"], digest)
        _publish(version)
        return f"created version {version.number} (version {target.number} is answered)"
    QuestionnaireVersion.objects.filter(pk=target.pk).update(source_digest=digest)
    if not target.is_published:
        _publish(target)
    return outcome


def load_default_questionnaire(stdout=None, *, content: dict | None = None) -> str | None:
    """Load the shipped default questionnaire (or `content`); None when the content package is
    missing, which is reported on `stdout` rather than raised, so that demo loading goes on."""
    content = content if content is not None else read_content_package()
    if content is None:
        message = (
            f"Default questionnaire not loaded: the content package {CONTENT_PACKAGE} "
            "(with its en.py) is missing."
        )
        if stdout is not None:
            stdout.write(message)
        return None
    # Untranslated column names follow the active language; the content's own is English.
    with translation.override(DEFAULT_LANGUAGE):
        outcome = load_content(content)
    if stdout is not None:
        stdout.write(f"Default questionnaire: {outcome}")
    return outcome
