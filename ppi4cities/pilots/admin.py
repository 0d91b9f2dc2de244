"""Admin over pilots, their suppliers, documents, photos and proposed edits, and projects,
for staff."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Pilot, PilotDocument, PilotPhoto, PilotRevision, Project, Supplier


class SupplierInline(admin.TabularInline):
    model = Supplier
    extra = 0


class DocumentInline(admin.TabularInline):
    model = PilotDocument
    extra = 0
    readonly_fields = ["content_type", "size"]


class PhotoInline(admin.TabularInline):
    model = PilotPhoto
    extra = 0


@admin.register(Pilot)
class PilotAdmin(TranslationAdmin):
    list_display = ["title", "city", "country", "state", "status", "is_good_practice", "is_demo"]
    list_filter = ["status", "state", "approach", "is_good_practice", "is_demo", "country"]
    search_fields = ["title_en", "city", "external_id"]
    raw_id_fields = ["organisation", "author", "project"]
    filter_horizontal = ["buyers", "themes"]
    readonly_fields = ["created_at", "updated_at", "submitted_at", "published_at"]
    inlines = [SupplierInline, DocumentInline, PhotoInline]


@admin.register(Project)
class ProjectAdmin(TranslationAdmin):
    list_display = ["name", "programme", "is_demo"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(PilotRevision)
class PilotRevisionAdmin(admin.ModelAdmin):
    """Proposed edits are decided in the moderation queue; here staff look them up."""

    list_display = ["pilot", "author", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["pilot", "author"]
