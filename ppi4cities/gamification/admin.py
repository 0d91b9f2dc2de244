"""Admin over the points ledger (read-only: it changes through the rules), the opt-ins, badge
notices and journey confirmations."""

from django.contrib import admin

from .models import BadgeNotice, JourneyConfirmation, LeaderboardOptIn, PointAward


@admin.register(PointAward)
class PointAwardAdmin(admin.ModelAdmin):
    list_display = ["user", "action", "points", "organisation", "day", "awarded_at"]
    list_filter = ["action", "day"]
    search_fields = ["user__email", "user__full_name", "organisation__name"]
    list_select_related = ["user", "organisation"]
    date_hierarchy = "day"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LeaderboardOptIn)
class LeaderboardOptInAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "created_at"]
    search_fields = ["user__email", "user__full_name", "organisation__name"]
    list_select_related = ["user", "organisation"]
    raw_id_fields = ["user", "organisation"]


@admin.register(BadgeNotice)
class BadgeNoticeAdmin(admin.ModelAdmin):
    list_display = ["user", "badge", "level", "earned_at", "seen_at"]
    list_filter = ["badge", "level"]
    search_fields = ["user__email", "user__full_name"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]


@admin.register(JourneyConfirmation)
class JourneyConfirmationAdmin(admin.ModelAdmin):
    list_display = ["organisation", "step", "confirmed_by", "confirmed_at"]
    list_filter = ["step"]
    search_fields = ["organisation__name"]
    list_select_related = ["organisation", "confirmed_by"]
    raw_id_fields = ["organisation", "confirmed_by"]
