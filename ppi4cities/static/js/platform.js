// Progressive enhancements: the platform works without them.
(function () {
  "use strict";

  // Move focus to an error summary so keyboard and screen-reader users hear what went wrong.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
  });

  // Filter forms marked data-autosubmit update their results as soon as a choice changes.
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form[data-autosubmit]");
    if (form && event.target.type !== "search" && window.htmx) {
      window.htmx.trigger(form, "submit");
    }
  });

  // Keep keyboard focus on the control the person used when htmx swaps the region it sits in.
  var focusedId = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var active = document.activeElement;
    focusedId = active && active.id ? active.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!focusedId) { return; }
    var active = document.activeElement;
    if (!active || active === document.body || !document.contains(active)) {
      var again = document.getElementById(focusedId);
      if (again) { again.focus(); }
    }
    focusedId = null;
  });

  // Close the language menu with Escape and return focus to its toggle.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.querySelector(".language-switcher details[open]");
    if (open) {
      open.removeAttribute("open");
      open.querySelector("summary").focus();
    }
  });
})();
