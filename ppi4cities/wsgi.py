"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ppi4cities.settings")
application = get_wsgi_application()

from ppi4cities.core.heap import freeze_after_warm_up  # noqa: E402 - needs Django set up

freeze_after_warm_up()
