"""Member-written Markdown renders to HTML with anything unsafe removed."""

from ppi4cities.core.markdown import render_markdown


def test_formatting_survives():
    """Emphasis, lists, headings and tables render."""
    html = render_markdown(
        "## Scope\n\n**Bold** and *italic*\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    )
    for tag in ("<h2>", "<strong>Bold</strong>", "<em>italic</em>", "<li>one</li>", "<table>"):
        assert tag in html


def test_scripts_handlers_and_dangerous_links_are_removed():
    """Script tags, event handlers, inline HTML and javascript: links do not survive."""
    html = render_markdown(
        '<script>alert(1)</script><img src=x onerror="alert(1)">'
        "[click](javascript:alert(1)) <iframe src='https://evil.example'></iframe>"
    )
    assert "<script" not in html and "onerror" not in html and "<iframe" not in html
    assert "javascript:" not in html and "<img" not in html


def test_links_are_kept_with_nofollow():
    """Ordinary links stay, marked nofollow."""
    html = render_markdown("[guide](https://example.org/guide)")
    assert 'href="https://example.org/guide"' in html and "nofollow" in html
