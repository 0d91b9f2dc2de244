"""Settings of the platform: every value comes from the environment, with safe local defaults.

`PPI_ENV=production` switches to production behaviour: DEBUG off, a required SECRET_KEY,
secure cookies, HSTS and HTTPS redirects. Everything else is tuned with the variables
listed in the README.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def envlist(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PPI_ENV = os.environ.get("PPI_ENV", "development")
PRODUCTION = PPI_ENV == "production"

DEBUG = envbool("DEBUG", default=not PRODUCTION)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must stay off when PPI_ENV=production.")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY is required when PPI_ENV=production.")
    SECRET_KEY = "development-only-key-never-used-in-production-0123456789abcdefghijk"  # noqa: S105

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_ID = 1

INSTALLED_APPS = [
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django_countries",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "ppi4cities.core",
    "ppi4cities.accounts",
    "ppi4cities.moderation",
    "ppi4cities.library",
    "ppi4cities.pilots",
    "ppi4cities.assessment",
    "ppi4cities.gamification",
    "ppi4cities.community",
    "ppi4cities.community.questions",
    "ppi4cities.community.messaging",
    "ppi4cities.community.partners",
    "ppi4cities.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ppi4cities.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "ppi4cities.core.middleware.InvalidFormStatusMiddleware",
    "ppi4cities.api.middleware.ApiJsonErrorsMiddleware",
]

ROOT_URLCONF = "ppi4cities.urls"
WSGI_APPLICATION = "ppi4cities.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "ppi4cities" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "ppi4cities.core.context_processors.platform",
            ],
        },
    },
]

# Database: SQLite in var/ for `make run`, PostgreSQL through DATABASE_URL in production.
(BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60 if PRODUCTION else 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache and sessions: local memory by default, Redis when REDIS_URL is set so that several
# web processes share rate limits and sessions.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ppi4cities",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks: the database queue, worked by `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend"),
    }
}

# Languages of the interface. The default language lives at the root, the others under
# their prefix (/lt/organisations/).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("pl", "Polski"),
    ("sv", "Svenska"),
]
LOCALE_PATHS = [BASE_DIR / "ppi4cities" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Vilnius")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ()
LANGUAGE_NAMES_ENGLISH = {
    "en": _("English"),
    "da": _("Danish"),
    "de": _("German"),
    "et": _("Estonian"),
    "fi": _("Finnish"),
    "lt": _("Lithuanian"),
    "lv": _("Latvian"),
    "pl": _("Polish"),
    "sv": _("Swedish"),
}

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [
    BASE_DIR / "ppi4cities" / "static",
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
    ("vendor/topojson-client", BASE_DIR / "node_modules" / "topojson-client" / "dist"),
    ("vendor/world-atlas", BASE_DIR / "node_modules" / "world-atlas"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
UPLOAD_IMAGE_MAX_BYTES = envint("UPLOAD_IMAGE_MAX_BYTES", 2 * 1024 * 1024)
LIBRARY_FILE_MAX_BYTES = envint("LIBRARY_FILE_MAX_BYTES", 20 * 1024 * 1024)
PILOT_PHOTO_MAX_BYTES = envint("PILOT_PHOTO_MAX_BYTES", 15 * 1024 * 1024)
# Open Contracting: operators set the ocid prefix they registered with the Open Contracting
# Partnership ("ocds-" and six characters); the default has five, so it never collides with one.
OCDS_OCID_PREFIX = os.environ.get("OCDS_OCID_PREFIX", "ocds-ppi4c")
OCDS_PUBLISHER_NAME = os.environ.get("OCDS_PUBLISHER_NAME", "PPI4Cities")
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Uploads larger than this go to a temporary file rather than memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email: printed to the console unless an SMTP server is configured.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = envint("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = os.environ.get(
        "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
    )
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "PPI4Cities <noreply@ppi4cities.eu>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "contact@ppi4cities.eu")

# Accounts (django-allauth): email is the identity; verification is mandatory.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_MAX_EMAIL_ADDRESSES = 2
ACCOUNT_SIGNUP_FORM_CLASS = "ppi4cities.accounts.forms.SignupDetailsForm"
ACCOUNT_ADAPTER = "ppi4cities.accounts.adapters.AccountAdapter"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[PPI4Cities] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
ACCOUNT_RATE_LIMITS = {
    # Per address only: allauth counts sign-ins before it knows the account; wrong passwords
    # are counted per account by login_failed (checked by accounts/checks.py).
    "login": os.environ.get("RATE_LIMIT_LOGIN", "30/m/ip"),
    "login_failed": os.environ.get("RATE_LIMIT_LOGIN_FAILED", "10/m/ip,5/5m/key"),
    "signup": os.environ.get("RATE_LIMIT_SIGNUP", "20/m/ip"),
    "reset_password": os.environ.get("RATE_LIMIT_RESET_PASSWORD", "20/m/ip,5/m/key"),
    "reset_password_email": "5/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGIN_URL = "account_login"
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_STORE_TOKENS = False

# Optional single sign-on through OpenID Connect (one provider, configured by environment).
OIDC_SERVER_URL = os.environ.get("OIDC_SERVER_URL", "")
SOCIALACCOUNT_PROVIDERS = {}
if OIDC_SERVER_URL:
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [
            {
                "provider_id": os.environ.get("OIDC_PROVIDER_ID", "sso"),
                "name": os.environ.get("OIDC_NAME", "Single sign-on"),
                "client_id": os.environ.get("OIDC_CLIENT_ID", ""),
                "secret": os.environ.get("OIDC_CLIENT_SECRET", ""),
                "settings": {"server_url": OIDC_SERVER_URL},
            }
        ],
    }

# Security. Production turns on every transport protection; the headers below apply always.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", True)
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)

# The pilots' map draws country shapes shipped with the platform (world-atlas); a tile server is
# optional, e.g. MAP_TILE_URL=https://tile.example.org/{z}/{x}/{y}.png with its attribution.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")
if MAP_TILE_URL:
    _tile_origin = "/".join(MAP_TILE_URL.split("/")[:3]).replace("{s}.", "*.")
    CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
        "img-src 'self' data:", f"img-src 'self' data: {_tile_origin}"
    )

# Platform behaviour.
DEMO_ACCOUNTS_PASSWORD = "demo-ppi4cities"  # noqa: S105 - demo accounts exist only outside production
API_TOKEN_PREFIX = "ppi_"  # noqa: S105 - a visible marker, not a secret
DIRECTORY_PAGE_SIZE = envint("DIRECTORY_PAGE_SIZE", 20)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Countries: the Baltic Sea Region first in every country list.
COUNTRIES_FIRST = ["DK", "EE", "FI", "DE", "LV", "LT", "NO", "PL", "SE"]
COUNTRIES_FIRST_BREAK = "──────────"
COUNTRIES_FIRST_SORT = True
SIGNUP_OPEN = envbool("SIGNUP_OPEN", True)
# Notifications: how long the one-click unsubscribe link in each email stays valid.
NOTIFICATION_UNSUBSCRIBE_MAX_AGE_DAYS = envint("NOTIFICATION_UNSUBSCRIBE_MAX_AGE_DAYS", 60)
