// Document view: layer toggles, and claim buttons that mark a claim's
// evidence, number, counted group, cue and sources in the text. Every text
// element carries its code-point span in data-start/data-end.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;

  document.querySelectorAll("#layers input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });

  function spans(attr) {
    return (attr || "").split(" ").filter(Boolean).map(function (s) {
      var p = s.split("-");
      return [parseInt(p[0], 10), parseInt(p[1], 10)];
    });
  }

  var roles = ["evidence", "number", "counted", "cue", "sources", "content"];
  var elements = Array.prototype.slice.call(text.querySelectorAll("[data-start]"));

  function clear() {
    elements.forEach(function (el) {
      roles.forEach(function (r) { el.classList.remove("hl-" + hlName(r)); });
    });
  }
  function hlName(role) { return role === "sources" ? "source" : role; }

  // mark tags every element lying inside one of the spans; for spans no
  // element matches exactly, the elements that overlap them most closely.
  function mark(role, list) {
    var first = null;
    list.forEach(function (sp) {
      elements.forEach(function (el) {
        var s = +el.dataset.start, e = +el.dataset.end;
        var inside = s >= sp[0] && e <= sp[1];
        var sentence = el.classList.contains("sent");
        if (role === "evidence" ? sentence && inside : inside && !sentence) {
          el.classList.add("hl-" + hlName(role));
          if (!first) first = el;
        }
      });
    });
    return first;
  }

  var buttons = document.querySelectorAll(".claim-btn");
  buttons.forEach(function (btn) {
    btn.addEventListener("click", function () {
      var on = btn.getAttribute("aria-pressed") !== "true";
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      clear();
      if (!on) return;
      btn.setAttribute("aria-pressed", "true");
      var first = null;
      roles.forEach(function (r) {
        var el = mark(r, spans(btn.dataset[r]));
        if (r === "evidence") first = el;
      });
      if (first && first.scrollIntoView) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
  });
})();
