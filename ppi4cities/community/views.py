"""Pages of the notification centre: the list, opening one, email settings, unsubscribing."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import permissions, selectors, services
from . import unsubscribe as tokens
from .forms import ListFilterForm, PreferencesForm
from .kinds import KINDS
from .models import Notification

PAGE_SIZE = 20


@login_required
def notification_list(request):
    form = ListFilterForm(request.GET)
    unread_only = form.is_valid() and form.cleaned_data["show"] == "unread"
    notifications = selectors.notification_list(user=request.user, unread_only=unread_only)
    page = Paginator(notifications, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(notification, selectors.notification_line(notification)) for notification in page]
    return render(
        request,
        "community/list.html",
        {"form": form, "page": page, "rows": rows, "unread_only": unread_only},
    )


@login_required
@require_POST
def notifications_read_all(request):
    services.notifications_read_all(user=request.user)
    messages.success(request, _("All your notifications are marked as read."))
    return redirect("community:list")


@login_required
def notification_open(request, notification_id: int):
    notification = get_object_or_404(Notification, pk=notification_id)
    # Someone else's notification does not exist for you.
    if not permissions.can_open(request.user, notification):
        raise Http404
    services.notification_read(user=request.user, notification=notification)
    url = selectors.localized_url(notification.url, get_language())
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return redirect(url)
    return redirect("community:list")


@login_required
def notification_settings(request):
    frequencies = selectors.notification_frequencies(user=request.user)
    form = PreferencesForm(request.POST or None, frequencies=frequencies, user=request.user)
    if request.method == "POST":
        if form.is_valid():
            services.notification_preferences_set(user=request.user, frequencies=form.cleaned_data)
            messages.success(request, _("Your notification settings are saved."))
            return redirect("community:settings")
        return render(request, "community/settings.html", {"form": form}, status=400)
    return render(request, "community/settings.html", {"form": form})


# Mail clients post one-click unsubscribes (RFC 8058) without a CSRF token; the signed token
# is the authority.
@csrf_exempt
def unsubscribe(request, token: str):
    try:
        user_id, kind = tokens.token_read(token)
    except tokens.TokenExpired:
        return render(request, "community/unsubscribe_invalid.html", {"expired": True}, status=400)
    except tokens.TokenInvalid:
        return render(request, "community/unsubscribe_invalid.html", {"expired": False}, status=400)
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None or (kind != tokens.ALL and kind not in KINDS):
        return render(request, "community/unsubscribe_invalid.html", {"expired": False}, status=400)
    context = {"kind": KINDS.get(kind), "token": token, "done": False}
    if request.method == "POST":
        services.notifications_unsubscribe(user=user, kind=kind)
        context["done"] = True
    return render(request, "community/unsubscribe.html", context)
