"""The PPI journey of an organisation: six milestones, in order, from first assessment to shared
results.

Some milestones the platform can see in its own data; the others (and any step done outside the
platform) an organisation's admins confirm. Each step declares which kind it is.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Step:
    code: str
    name: str
    description: str
    # True when the platform's own data can show the milestone (see selectors).
    automatic: bool


STEPS: tuple[Step, ...] = (
    Step(
        "assessment-done",
        _("Assessment done"),
        _("The organisation closed a self-assessment round, or completed a self-assessment."),
        automatic=True,
    ),
    Step(
        "team-trained",
        _("Team trained"),
        _("The procurement team took part in training on the procurement of innovation."),
        automatic=False,
    ),
    Step(
        "needs-assessed",
        _("Needs assessed"),
        _("The organisation described the needs and challenges an innovation should meet."),
        automatic=False,
    ),
    Step(
        "market-consulted",
        _("Market consulted"),
        _("The organisation held a market consultation before tendering."),
        automatic=False,
    ),
    Step(
        "pilot-procured",
        _("Pilot procured"),
        _("A published pilot lists the organisation as a buyer and its contract is awarded."),
        automatic=True,
    ),
    Step(
        "results-shared",
        _("Results shared"),
        _(
            "A published pilot of the organisation is a good practice or reports its results, "
            "or the organisation published a library resource."
        ),
        automatic=True,
    ),
)
STEP_CODES = [step.code for step in STEPS]
