"""Checks the browser tests run on every page: axe-core's WCAG 2.1 AA rules and visible focus."""

from django.conf import settings

AXE_SCRIPT = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """
axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}).then(results =>
  results.violations.map(violation => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map(node => node.target.join(' ')),
  }))
)
"""


def assert_accessible(page):
    """Fail with every axe-core violation on the page as it is now, with the nodes at fault."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=AXE_SCRIPT)
    violations = page.evaluate(AXE_RUN)
    lines = [
        f"{violation['id']}: {violation['help']} at {', '.join(violation['targets'])}"
        for violation in violations
    ]
    language = page.evaluate("document.documentElement.lang")
    assert not lines, f"axe-core violations on {page.url} (lang={language}):\n" + "\n".join(lines)


def assert_markup_accessible(page, inspector):
    """Run axe on a page whose scripts are off, by serving its markup to a page that runs them.

    axe-core is JavaScript, so it cannot run in the page itself; the inspector page loads the
    same markup at the same address, with the same style sheets.
    """
    url, html = page.url, page.content()
    inspector.route(
        lambda address: address == url,
        lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"),
    )
    inspector.goto(url)
    inspector.unroute_all()
    assert_accessible(inspector)


def focused(page) -> dict:
    """What has keyboard focus: its id, tag, link target and whether the focus ring shows."""
    return page.evaluate(
        """() => {
          const element = document.activeElement;
          const style = getComputedStyle(element);
          return {
            id: element.id,
            tag: element.tagName.toLowerCase(),
            href: element.getAttribute('href'),
            ring: element.matches(':focus-visible')
              && (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
                  || style.boxShadow !== 'none'),
          };
        }"""
    )


def assert_focus_visible(page):
    element = focused(page)
    assert element["ring"], f"no visible focus indicator on {element}"


# The text colour of an element and the first opaque background behind it, as [r, g, b] lists.
COLOURS = """
element => {
  const rgb = value => value.match(/[\\d.]+/g).map(Number);
  let node = element, background = null;
  while (node && !background) {
    const colour = rgb(getComputedStyle(node).backgroundColor);
    if (colour.length < 4 || colour[3] > 0) background = colour.slice(0, 3);
    node = node.parentElement;
  }
  const text = rgb(getComputedStyle(element).color).slice(0, 3);
  return {text, background: background || [255, 255, 255]};
}
"""


def _luminance(rgb) -> float:
    channels = [value / 255 for value in rgb]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def assert_readable(locator, minimum: float = 4.5):
    """Fail unless the element's text contrasts with its background by WCAG 1.4.3. axe-core
    leaves out text hidden from assistive technology (aria-hidden), which sighted people read."""
    colours = locator.evaluate(COLOURS)
    lighter, darker = sorted(map(_luminance, colours.values()), reverse=True)
    ratio = (lighter + 0.05) / (darker + 0.05)
    assert ratio >= minimum, f"contrast {ratio:.2f}:1 of {colours} is below {minimum}:1"
