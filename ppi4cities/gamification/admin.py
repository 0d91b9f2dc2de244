"""Admin over the points ledger (read-only: it changes through the rules) and the opt-ins."""

from django.contrib import admin

from .models import LeaderboardOptIn, PointAward


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
