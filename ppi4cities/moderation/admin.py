"""The record of moderation decisions, reports and sanctions, read-only for staff: every change
goes through the moderation pages, so that it is logged and the person concerned is told."""

from django.contrib import admin

from .models import Decision, Report, Sanction


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "content_type", "object_id", "actor"]
    list_filter = ["action", "content_type"]
    readonly_fields = ["content_type", "object_id", "action", "actor", "message", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "object_id", "reason", "status", "reporter"]
    list_filter = ["status", "kind", "reason"]
    list_select_related = ["reporter"]


@admin.register(Sanction)
class SanctionAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "user", "until", "lifted_at", "actor"]
    list_filter = ["kind"]
    list_select_related = ["user", "actor"]
