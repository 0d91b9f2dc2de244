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

  // A refused form (400) is re-rendered with its messages: show it in place, as a page would.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
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

  // Search-as-you-type: the WAI-ARIA combobox pattern for inputs whose listbox htmx fills.
  // Focus stays in the input; aria-activedescendant names the highlighted option.
  function comboboxOf(element) {
    return element && element.matches && element.matches("input[role='combobox']") ? element : null;
  }
  function listboxOf(input) {
    return document.getElementById(input.getAttribute("aria-controls"));
  }
  function optionsOf(input) {
    var listbox = listboxOf(input);
    return listbox ? Array.prototype.slice.call(listbox.querySelectorAll("[role='option']")) : [];
  }
  function highlight(input, option) {
    optionsOf(input).forEach(function (each) {
      each.setAttribute("aria-selected", each === option ? "true" : "false");
    });
    if (option) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }
  function showOptions(input, show) {
    var listbox = listboxOf(input);
    var open = show && optionsOf(input).length > 0;
    if (listbox) { listbox.hidden = !open; }
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (!open) { highlight(input, null); }
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var listbox = event.detail.target;
    if (!listbox || listbox.getAttribute("role") !== "listbox") { return; }
    var input = document.querySelector("input[role='combobox'][aria-controls='" + listbox.id + "']");
    if (!input) { return; }
    highlight(input, null);
    // Suggestions that arrive after Escape, Enter or leaving the field stay closed.
    var dismissed = input.getAttribute("data-dismissed") === input.value;
    showOptions(input, document.activeElement === input && !dismissed);
  });

  document.addEventListener("input", function (event) {
    var input = comboboxOf(event.target);
    if (input) { input.removeAttribute("data-dismissed"); }
  });

  document.addEventListener("focusout", function (event) {
    var input = comboboxOf(event.target);
    if (input) { showOptions(input, false); }
  });

  // A click on an option must not blur the input first, or the list would close under it.
  document.addEventListener("mousedown", function (event) {
    if (event.target.closest && event.target.closest("[role='listbox']")) { event.preventDefault(); }
  });

  document.addEventListener("keydown", function (event) {
    var input = comboboxOf(event.target);
    if (!input) { return; }
    var options = optionsOf(input);
    var open = input.getAttribute("aria-expanded") === "true";
    var current = document.getElementById(input.getAttribute("aria-activedescendant") || "");
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && options.length) {
      event.preventDefault();
      showOptions(input, true);
      var index = options.indexOf(current);
      var step = event.key === "ArrowDown" ? 1 : -1;
      var next = index < 0 ? (step > 0 ? 0 : options.length - 1) : index + step;
      highlight(input, options[(next + options.length) % options.length]);
    } else if (event.key === "Enter" && open && current) {
      event.preventDefault();
      current.click();
    } else if (event.key === "Escape" && open) {
      // Also stops the browser clearing a search field: the typed text stays.
      event.preventDefault();
      input.setAttribute("data-dismissed", input.value);
      showOptions(input, false);
    } else if (event.key === "Enter") {
      input.setAttribute("data-dismissed", input.value);
      showOptions(input, false);
    }
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
