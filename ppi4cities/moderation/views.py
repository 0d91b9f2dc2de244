"""Pages of reports, the moderators' queue and actions, and the moderation log."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.core import ratelimit
from ppi4cities.core.forms import add_service_errors, form_status

from . import selectors, services
from .forms import ActionForm, LogFilterForm, ReportForm
from .permissions import can_handle_reports, can_report

QUEUE_PAGE_SIZE = 20
LOG_PAGE_SIZE = 50


def _reported_item(request, kind, object_id):
    """The reportable kind and the item, if the person may report it; otherwise 404, so that
    nobody learns what exists out of their sight."""
    reportable, item = selectors.reportable_item(kind, object_id)
    if item is None or not can_report(request.user, reportable, item):
        raise Http404
    return reportable, item


@login_required
def report(request, kind, object_id):
    reportable, item = _reported_item(request, kind, object_id)
    already = selectors.has_open_report(reporter=request.user, kind=kind, object_id=item.pk)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(
                reporter=request.user,
                reportable=reportable,
                item=item,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ratelimit.RateLimited as error:
            form.add_error(None, error.message)
            status = error.status_code
        except PermissionDenied as error:
            form.add_error(None, str(error))
            status = 403
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Thank you. The moderators will look at it."))
            return redirect(reportable.url(item))
    context = {
        "reportable": reportable,
        "item": item,
        "title": reportable.title(item),
        "url": reportable.url(item),
        "already": already and request.method == "GET",
        "form": form,
    }
    return render(
        request, "moderation/report.html", context, status=max(status, form_status(request, form))
    )


def _check_moderator(request):
    if not can_handle_reports(request.user):
        raise PermissionDenied


def _action_choices(entry):
    """The actions that make sense for a queue entry, by their names in ActionForm."""
    if entry.item is None:
        return [("dismiss", label) for name, label in ActionForm.ACTIONS if name == "dismiss"]
    names = []
    if entry.reportable.hideable:
        names.append("restore" if entry.hidden else "hide")
    if entry.reports:
        names.append("dismiss")
    if entry.author is not None and entry.author.is_active:
        names += ["warn", "suspend", "block"]
    if entry.sanction is not None:
        names.append("unblock")
    return [(name, label) for name, label in ActionForm.ACTIONS if name in names]


def _with_forms(entries, failed=None):
    for entry in entries:
        if failed is not None and failed[0] == (entry.reportable.kind, entry.object_id):
            entry.form = failed[1]
        else:
            entry.form = ActionForm(auto_id=f"{entry.reportable.kind}-{entry.object_id}-%s")
        entry.form.fields["action"].choices = _action_choices(entry)
    return entries


def _queue(request, failed=None) -> dict:
    paginator = Paginator(selectors.report_groups(), QUEUE_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    entries = selectors.report_entries(page.object_list)
    reported = {(entry.reportable.kind, entry.object_id) for entry in entries}
    hidden = [
        entry
        for entry in selectors.hidden_entries()
        if (entry.reportable.kind, entry.object_id) not in reported
    ]
    return {
        "page": page,
        "entries": _with_forms(entries, failed),
        "hidden": _with_forms(hidden, failed),
        "sanctions": list(selectors.sanctions_in_force()),
        "failed": failed[1] if failed else None,
    }


@login_required
def reports_queue(request):
    _check_moderator(request)
    return render(request, "moderation/reports.html", _queue(request))


@login_required
@require_POST
def reports_act(request, kind, object_id):
    """A moderator's action on a reported item, or on the person it belongs to."""
    _check_moderator(request)
    reportable, item = selectors.reportable_item(kind, object_id)
    if reportable is None:
        raise Http404
    form = ActionForm(request.POST, auto_id=f"{kind}-{object_id}-%s")
    if form.is_valid():
        action = form.cleaned_data["action"]
        try:
            _act(request.user, reportable, item, object_id, action, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error) or _("You cannot do this."))
        else:
            messages.success(request, _("Done. The moderation log records it."))
            return redirect("moderation:reports")
    context = _queue(request, failed=((kind, object_id), form))
    return render(request, "moderation/reports.html", context, status=400)


def _act(actor, reportable, item, object_id, action, data):
    reason = data["reason"]
    if item is None:
        if action != "dismiss":
            raise ValidationError(_("This item no longer exists; only its reports can be closed."))
        return services.reports_dismiss_gone(
            reportable=reportable, object_id=object_id, actor=actor, reason=reason
        )
    if action in services.CONTENT_ACTIONS:
        return services.CONTENT_ACTIONS[action](subject=item, actor=actor, reason=reason)
    person = item if reportable.kind == "profile" else reportable.author(item)
    if person is None:
        raise ValidationError(_("This item has no author to act on."))
    extra = {"days": data["days"]} if action == "suspend" else {}
    return services.MEMBER_ACTIONS[action](user=person, actor=actor, reason=reason, **extra)


@login_required
def log(request):
    _check_moderator(request)
    form = LogFilterForm(request.GET or None, moderators=selectors.log_moderators())
    filters = form.cleaned_data if form.is_valid() else {}
    decisions = selectors.decision_log(
        action=filters.get("action") or "", moderator_id=filters.get("moderator")
    )
    page = Paginator(decisions, LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    selectors.decision_subjects(page.object_list)
    return render(
        request,
        "moderation/log.html",
        {"form": form, "page": page},
        status=200 if form.is_valid() or not request.GET else 400,
    )
