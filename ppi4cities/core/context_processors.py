"""Template context every page needs: the languages and the platform's contact."""

from django.conf import settings


def platform(request):
    return {
        "contact_email": settings.CONTACT_EMAIL,
        "is_production": settings.PRODUCTION,
    }
