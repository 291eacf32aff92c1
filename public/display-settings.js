// Display settings, applied before the first paint: a classic script in <head> (the CSP allows no
// inline script). They are kept on the device only, in localStorage "dm-display", which the page
// /einstellungen/darstellung (src/features/settings/) writes before it fires "dm-display-change".
// A setting left unset follows the operating system, also when the system's preference changes.
(function () {
  "use strict";
  var KEY = "dm-display";
  var SIZES = ["100", "125", "150", "175", "200"];
  var root = document.documentElement;

  function stored() {
    try {
      var value = JSON.parse(localStorage.getItem(KEY) || "{}");
      return value && typeof value === "object" ? value : {};
    } catch {
      return {};
    }
  }

  function media(query) {
    return window.matchMedia ? window.matchMedia(query) : null;
  }

  var dark = media("(prefers-color-scheme: dark)");
  var moreContrast = media("(prefers-contrast: more)");
  var reducedMotion = media("(prefers-reduced-motion: reduce)");

  function pick(value, choices, system) {
    return choices.indexOf(value) >= 0 ? value : system;
  }

  // Narrow layouts in em of the app's text: the stylesheets use :root[data-below-N] where a media query
  // would say (max-width: N em), because an em in a media query is the browser's text size and ignores
  // the app's own text size setting, which is multiplied in here.
  var BELOW_EM = [19, 24, 30, 40];
  var widths = [];

  function watchWidths(textSize) {
    widths.forEach(function (width) {
      width.list.removeEventListener("change", width.mark);
    });
    widths = [];
    BELOW_EM.forEach(function (em) {
      var list = media("(max-width: " + (em * Number(textSize)) / 100 + "em)");
      if (!list) return;
      var mark = function () {
        if (list.matches) root.setAttribute("data-below-" + em, "");
        else root.removeAttribute("data-below-" + em);
      };
      if (list.addEventListener) list.addEventListener("change", mark);
      widths.push({ list: list, mark: mark });
      mark();
    });
  }

  function apply() {
    var settings = stored();
    var textSize = pick(String(settings.textSize), SIZES, "100");
    root.setAttribute("data-text-size", textSize);
    watchWidths(textSize);
    root.setAttribute(
      "data-theme",
      pick(settings.theme, ["light", "dark"], dark && dark.matches ? "dark" : "light"),
    );
    root.setAttribute(
      "data-contrast",
      pick(settings.contrast, ["normal", "more"], moreContrast && moreContrast.matches ? "more" : "normal"),
    );
    root.setAttribute(
      "data-motion",
      pick(
        settings.motion,
        ["normal", "reduce"],
        reducedMotion && reducedMotion.matches ? "reduce" : "normal",
      ),
    );
  }

  apply();
  [dark, moreContrast, reducedMotion].forEach(function (list) {
    if (list && list.addEventListener) list.addEventListener("change", apply);
  });
  window.addEventListener("dm-display-change", apply);
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) apply();
  });
})();
