"""JSON errors that name the field at fault, for every failure the API can meet."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaValidationError

# Parts of pydantic's error locations that say where a value came from rather than which
# field it is ("[key]" marks a bad key of an object such as `descriptions`).
_NOT_FIELD_NAMES = {"body", "query", "payload", "path", "[key]"}


def field_errors_from_form(form) -> list[dict]:
    return [
        {"field": field if field != "__all__" else None, "message": str(message)}
        for field, messages in form.errors.items()
        for message in messages
    ]


def install(api):
    @api.exception_handler(SchemaValidationError)
    def schema_error(request, exc):
        errors = []
        for error in exc.errors:
            location = [str(part) for part in error.get("loc", []) if part not in _NOT_FIELD_NAMES]
            errors.append({"field": ".".join(location) or None, "message": error.get("msg", "")})
        return api.create_response(
            request, {"detail": _("Invalid input."), "errors": errors}, status=422
        )

    @api.exception_handler(ValidationError)
    def service_error(request, exc):
        if hasattr(exc, "error_dict"):
            errors = [
                {"field": field if field != "__all__" else None, "message": message}
                for field, messages in exc.message_dict.items()
                for message in messages
            ]
        else:
            errors = [{"field": None, "message": message} for message in exc.messages]
        return api.create_response(
            request, {"detail": _("Invalid input."), "errors": errors}, status=422
        )

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        detail = str(exc) or _("You do not have permission to do this.")
        return api.create_response(request, {"detail": detail}, status=403)

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return api.create_response(request, {"detail": _("Not found.")}, status=404)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        return api.create_response(
            request, {"detail": _("Sign in or send a personal API token.")}, status=401
        )

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
