"""Pilots as Open Contracting Data Standard 1.1 releases and release packages.

Every code comes from the official OCDS 1.1 codelists; the eForms procedure code (BT-105) is
kept as it is in `tender.procurementMethodDetails`. docs/pilots.md explains each mapping.
"""

from datetime import date, datetime, time

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ppi4cities.core.translation import translated_field
from ppi4cities.core.vocabularies import Procedure, country_name

from .vocabularies import Approach, PilotState, SupplierSize

OCDS_VERSION = "1.1"
# The Party Scale extension adds `parties.details.scale`; the package names it, as OCDS asks.
EXTENSIONS = [
    "https://raw.githubusercontent.com/open-contracting-extensions/"
    "ocds_partyDetails_scale_extension/master/extension.json"
]
# Its codelist has no small/medium split (both are `sme`) and no code for research bodies.
SUPPLIER_SCALES = {
    SupplierSize.MICRO: "micro",
    SupplierSize.SMALL: "sme",
    SupplierSize.MEDIUM: "sme",
    SupplierSize.LARGE: "large",
}

# eForms BT-105 → the closed OCDS `method` codelist. "Other" procedures are left out: their
# code alone does not say whether the competition was open, selective or limited.
PROCUREMENT_METHODS = {
    Procedure.OPEN: "open",
    Procedure.RESTRICTED: "selective",
    Procedure.NEGOTIATED_WITH_CALL: "selective",
    Procedure.COMPETITIVE_DIALOGUE: "selective",
    Procedure.INNOVATION_PARTNERSHIP: "selective",
    Procedure.NEGOTIATED_WITHOUT_CALL: "limited",
}

CONTRACT_STATUSES = {
    PilotState.PLANNED: "pending",
    PilotState.ONGOING: "active",
    PilotState.COMPLETED: "terminated",
    PilotState.CANCELLED: "cancelled",
}


def ocid(pilot) -> str:
    return f"{settings.OCDS_OCID_PREFIX}-{pilot.pk}"


def _datetime(day: date, end_of_day: bool = False) -> str:
    moment = datetime.combine(day, time.max if end_of_day else time.min)
    return timezone.make_aware(moment.replace(microsecond=0)).isoformat()


def _value(amount, currency):
    return {"amount": float(amount), "currency": currency}


def _main_category(pilot):
    """CPV divisions below 45 are supplies, 45 is works, the rest services; PCP buys R&D."""
    for code in _cpv(pilot):
        division = code["id"][:2]
        if division.isdigit():
            return "works" if division == "45" else "goods" if division < "45" else "services"
    return "services" if pilot.approach == Approach.PCP else None


def _cpv(pilot):
    codes = []
    for entry in pilot.cpv_codes or []:
        if isinstance(entry, dict) and entry.get("code"):
            code = {"scheme": "CPV", "id": str(entry["code"])}
            if entry.get("description"):
                code["description"] = str(entry["description"])
            codes.append(code)
        elif isinstance(entry, str) and entry.strip():
            codes.append({"scheme": "CPV", "id": entry.strip()})
    return codes


def _parties(pilot, buyers, suppliers):
    parties = []
    for index, organisation in enumerate(buyers):
        party = {
            "id": f"org-{organisation.pk}",
            "name": organisation.name,
            "roles": ["buyer", "procuringEntity"] if index == 0 else ["buyer"],
            "address": {"countryName": country_name(organisation.country)},
        }
        if organisation.city:
            party["address"]["locality"] = organisation.city
        if organisation.nuts3:
            party["address"]["region"] = organisation.nuts3
        if organisation.website:
            party["details"] = {"url": organisation.website}
        parties.append(party)
    for supplier in suppliers:
        party = {"id": f"supplier-{supplier.pk}", "name": supplier.name, "roles": ["supplier"]}
        if supplier.country:
            party["address"] = {"countryName": country_name(supplier.country)}
        if supplier.size in SUPPLIER_SCALES:
            party["details"] = {"scale": SUPPLIER_SCALES[supplier.size]}
        parties.append(party)
    return parties


def _milestones(pilot):
    today = timezone.localdate()
    milestones = []
    steps = [
        ("needs-assessment", "preProcurement", _("Needs assessment"), pilot.needs_assessment_date),
        (
            "market-consultation",
            "engagement",
            _("Market consultation"),
            pilot.market_consultation_date,
        ),
    ]
    for key, kind, title, day in steps:
        if day is None:
            continue
        milestone = {"id": key, "title": title, "type": kind, "dueDate": _datetime(day)}
        if day <= today:
            milestone.update(status="met", dateMet=_datetime(day))
        else:
            milestone["status"] = "scheduled"
        milestones.append(milestone)
    return milestones


def _documents(pilot):
    documents = []
    for document in pilot.documents.all():
        url = document.url
        if not url and document.file:
            url = settings.SITE_URL + reverse("pilots:document", args=[document.pk])
        entry = {"id": str(document.pk), "title": document.title}
        if url:
            entry["url"] = url
        if document.content_type:
            entry["format"] = document.content_type
        documents.append(entry)
    return documents


def _tender_status(pilot, has_award):
    if pilot.state == PilotState.CANCELLED:
        return "cancelled"
    if pilot.state == PilotState.COMPLETED or has_award:
        return "complete"
    if pilot.state == PilotState.ONGOING or pilot.tender_date:
        return "active"
    return "planned"


def _tender(pilot, release_ocid, title, summary, buyers, has_award):
    tender = {
        "id": f"{release_ocid}-tender",
        "title": title,
        "description": summary,
        "status": _tender_status(pilot, has_award),
    }
    if buyers:
        tender["procuringEntity"] = {"id": f"org-{buyers[0].pk}", "name": buyers[0].name}
    if pilot.procedure:
        if pilot.procedure in PROCUREMENT_METHODS:
            tender["procurementMethod"] = PROCUREMENT_METHODS[pilot.procedure]
        tender["procurementMethodDetails"] = pilot.procedure
    category = _main_category(pilot)
    if category:
        tender["mainProcurementCategory"] = category
    items = [
        {"id": str(number), "classification": code}
        for number, code in enumerate(_cpv(pilot), start=1)
    ]
    if items:
        tender["items"] = items
    if pilot.estimated_value is not None:
        tender["value"] = _value(pilot.estimated_value, pilot.currency)
    if pilot.tender_date:
        tender["tenderPeriod"] = {"startDate": _datetime(pilot.tender_date)}
    documents = _documents(pilot)
    if documents:
        tender["documents"] = documents
    return tender


def _award_status(pilot):
    if pilot.state == PilotState.CANCELLED:
        return "cancelled"
    if pilot.award_date and pilot.award_date > timezone.localdate():
        return "pending"
    return "active"


def _contract_period(pilot):
    period = {}
    if pilot.contract_start:
        period["startDate"] = _datetime(pilot.contract_start)
    if pilot.contract_end:
        period["endDate"] = _datetime(pilot.contract_end, end_of_day=True)
    return period


def pilot_release(pilot) -> dict:
    """One OCDS 1.1 release of the pilot as it stands now, in the pilot's original language.

    Call it on pilots from `opendata.pilots_for_ocds` so buyers, suppliers and documents come
    prefetched.
    """
    language = pilot.original_language
    with translation.override(language):
        title = translated_field(pilot, "title", language)
        summary = translated_field(pilot, "summary", language)
        buyers = list(pilot.buyers.all())
        suppliers = list(pilot.suppliers.all())
        release_ocid = ocid(pilot)
        has_contract = bool(pilot.contract_start or pilot.contract_end)
        has_award = bool(pilot.award_date or suppliers or has_contract)

        release = {
            "ocid": release_ocid,
            "id": f"{release_ocid}-{pilot.updated_at:%Y%m%d%H%M%S}",
            "date": pilot.updated_at.replace(microsecond=0).isoformat(),
            "tag": [],
            "initiationType": "tender",
            "language": title.language,
            "parties": _parties(pilot, buyers, suppliers),
        }
        if buyers:
            release["buyer"] = {"id": f"org-{buyers[0].pk}", "name": buyers[0].name}

        planning = {}
        if pilot.estimated_value is not None:
            planning["budget"] = {"amount": _value(pilot.estimated_value, pilot.currency)}
        milestones = _milestones(pilot)
        if milestones:
            planning["milestones"] = milestones
        if planning or not pilot.tender_date:
            release["tag"].append("planning")
        if planning:
            release["planning"] = planning

        release["tender"] = _tender(
            pilot, release_ocid, title.text, summary.text, buyers, has_award
        )
        if pilot.tender_date or pilot.procedure:
            release["tag"].append("tender")

        if has_award:
            award = {"id": f"{release_ocid}-award-1", "status": _award_status(pilot)}
            if pilot.award_date:
                award["date"] = _datetime(pilot.award_date)
            if pilot.contract_value is not None:
                award["value"] = _value(pilot.contract_value, pilot.currency)
            if suppliers:
                award["suppliers"] = [
                    {"id": f"supplier-{supplier.pk}", "name": supplier.name}
                    for supplier in suppliers
                ]
            release["awards"] = [award]
            release["tag"].append("award")

        if has_contract:
            contract = {
                "id": f"{release_ocid}-contract-1",
                "awardID": f"{release_ocid}-award-1",
                "status": CONTRACT_STATUSES[pilot.state],
                "period": _contract_period(pilot),
            }
            if pilot.contract_value is not None:
                contract["value"] = _value(pilot.contract_value, pilot.currency)
            release["contracts"] = [contract]
            release["tag"].append("contract")
    return release


def release_package(pilots, request) -> dict:
    """A release package of the pilots, its `uri` the address it was asked at.

    OCDS requires at least one release in a package: callers answer "nothing found" instead
    of publishing an empty one.
    """
    releases = [pilot_release(pilot) for pilot in pilots]
    changed = max((pilot.updated_at for pilot in pilots), default=None) or timezone.now()
    return {
        "uri": settings.SITE_URL + request.get_full_path(),
        "version": OCDS_VERSION,
        "extensions": EXTENSIONS,
        "publishedDate": changed.replace(microsecond=0).isoformat(),
        "publisher": {"name": settings.OCDS_PUBLISHER_NAME, "uri": settings.SITE_URL + "/"},
        "releases": releases,
    }
