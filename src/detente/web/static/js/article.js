// Article view: show the extracted record behind a highlighted word. Records come from an inert
// JSON block and are rendered with textContent only, so article text never becomes markup.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var details = document.getElementById("details");
  var source = document.getElementById("records");
  if (!text || !details || !source) return;
  var records = JSON.parse(source.textContent);
  var pinned = null;

  function el(tag, cls, content) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (content !== undefined && content !== null) node.textContent = String(content);
    return node;
  }

  function actorLink(actor) {
    var a = el("a", "actor-link", actor.name + (actor.role ? " (" + actor.role + ")" : ""));
    a.href = "/ui/actors/" + encodeURIComponent(actor.ref);
    return a;
  }

  function dyadLink(actors) {
    var from = actors.filter(function (a) { return a.role === "actor"; })[0];
    var to = actors.filter(function (a) { return a.role === "recipient"; })[0];
    if (!from || !to) return null;
    var a = el("a", "dyad-link", from.name + " \u2192 " + to.name + " over time");
    a.href = "/ui/dyad?" + new URLSearchParams({source: from.ref, target: to.ref}).toString();
    return a;
  }

  function card(id) {
    var rec = records[id];
    if (!rec) return null;
    var box = el("div", "card card-" + rec.layer);
    box.dataset.record = id;
    box.appendChild(el("div", "layer", rec.layer));
    box.appendChild(el("h3", null, rec.title));
    if (rec.rule) {
      var rule = el("p", "rule");
      rule.appendChild(el("span", null, "rule "));
      rule.appendChild(el("code", null, rec.rule));
      box.appendChild(rule);
    }
    var table = el("table", "fields");
    (rec.fields || []).forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === "") return;
      var row = el("tr");
      row.appendChild(el("th", null, pair[0]));
      row.appendChild(el("td", null, pair[1]));
      table.appendChild(row);
    });
    box.appendChild(table);
    if (rec.actors && rec.actors.length) {
      var links = el("p", "links");
      rec.actors.forEach(function (actor) { links.appendChild(actorLink(actor)); });
      var dyad = dyadLink(rec.actors);
      if (dyad) links.appendChild(dyad);
      box.appendChild(links);
    }
    if (rec.record) {
      var raw = el("details", "raw");
      raw.appendChild(el("summary", null, "record"));
      raw.appendChild(el("pre", null, JSON.stringify(rec.record, null, 2)));
      box.appendChild(raw);
    }
    return box;
  }

  function lightEvidence(ids) {
    text.querySelectorAll(".evidence-on").forEach(function (n) { n.classList.remove("evidence-on"); });
    ids.forEach(function (id) {
      text.querySelectorAll("[data-evidence]").forEach(function (n) {
        if (n.dataset.evidence.split(" ").indexOf(id) >= 0) n.classList.add("evidence-on");
      });
    });
  }

  function show(piece) {
    var ids = piece.dataset.marks.split(" ").reverse();
    details.replaceChildren();
    ids.forEach(function (id) {
      var box = card(id);
      if (box) details.appendChild(box);
    });
    lightEvidence(ids.filter(function (id) { return id.indexOf("event:") === 0; }));
  }

  function select(piece) {
    if (pinned) pinned.classList.remove("pinned");
    pinned = piece;
    if (piece) piece.classList.add("pinned");
  }

  text.addEventListener("mouseover", function (e) {
    var piece = e.target.closest("[data-marks]");
    if (piece && !pinned) show(piece);
  });
  text.addEventListener("click", function (e) {
    var piece = e.target.closest("[data-marks]");
    if (!piece) { select(null); return; }
    select(piece);
    show(piece);
  });
  text.addEventListener("keydown", function (e) {
    var piece = e.target.closest("[data-marks]");
    if (piece && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(piece); show(piece); }
    if (e.key === "Escape") select(null);
  });

  document.querySelectorAll("[data-finding]").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.dataset.finding;
      var on = !button.classList.contains("active");
      document.querySelectorAll("[data-finding].active").forEach(function (b) { b.classList.remove("active"); });
      text.querySelectorAll(".finding-on").forEach(function (n) { n.classList.remove("finding-on"); });
      if (!on) return;
      button.classList.add("active");
      var first = null;
      text.querySelectorAll("[data-findings]").forEach(function (n) {
        if (n.dataset.findings.split(" ").indexOf(id) >= 0) { n.classList.add("finding-on"); first = first || n; }
      });
      if (first) first.scrollIntoView({block: "center"});
    });
  });

  document.querySelectorAll("#legend input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });

  var passage = text.querySelector(".hl-passage");
  if (passage) passage.scrollIntoView({block: "center"});
})();
