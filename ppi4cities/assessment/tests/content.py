"""A tiny questionnaire in the content package's format, and helpers that load it."""

import copy

from ppi4cities.assessment.default import load_default_questionnaire
from ppi4cities.assessment.models import Statement
from ppi4cities.assessment.selectors import current_version

SCALE = [
    (1, "Strongly disagree"),
    (2, "Disagree"),
    (3, "Neither agree nor disagree"),
    (4, "Agree"),
    (5, "Strongly agree"),
]
ENGLISH = {
    "SLUG": "ppi-readiness",
    "NAME": "Readiness for innovation procurement",
    "DESCRIPTION": "How ready your organisation is.",
    "SCALE": SCALE,
    "DIMENSIONS": [
        {
            "code": "strategy",
            "name": "Strategy and leadership",
            "description": "Whether plans name innovation procurement.",
            "recommendation": "Name innovation procurement in the next strategy.",
            "resource_query": "innovation procurement strategy",
            "stages": ["needs"],
            "weight": 1,
            "statements": [
                {
                    "code": "strategy-1",
                    "text": "Our strategy names innovation procurement.",
                    "guidance": "Agree if an approved document says so.",
                    "in_short": True,
                    "weight": 1,
                },
                {
                    "code": "strategy-2",
                    "text": "Our leaders support pilots.",
                    "guidance": "",
                    "in_short": False,
                    "weight": 3,
                },
            ],
        },
        {
            "code": "market",
            "name": "Market engagement",
            "description": "Whether the organisation talks to suppliers early.",
            "recommendation": "Hold an open market consultation.",
            "resource_query": "market consultation",
            "stages": ["market-consultation"],
            "weight": 2,
            "statements": [
                {
                    "code": "market-1",
                    "text": "We consult the market before tendering.",
                    "guidance": "",
                    "in_short": True,
                    "weight": 1,
                },
                {
                    "code": "market-2",
                    "text": "Suppliers know our plans a year ahead.",
                    "guidance": "",
                    "in_short": False,
                    "weight": 1,
                },
            ],
        },
    ],
}
GERMAN = {
    "TEXTS": {
        "name": "Bereitschaft für innovative Beschaffung",
        "scale.1": "Stimme überhaupt nicht zu",
        "strategy.name": "Strategie und Führung",
        "strategy-1.text": "Unsere Strategie nennt innovative Beschaffung.",
    }
}


def fake_content() -> dict:
    """A fresh copy, safe to change in a test."""
    return {"en": copy.deepcopy(ENGLISH), "de": copy.deepcopy(GERMAN)}


def load_fake(content=None):
    """Load the fake content and return the current version."""
    load_default_questionnaire(content=content or fake_content())
    return current_version()


def statement(version, code) -> Statement:
    return Statement.objects.get(version=version, code=code)
