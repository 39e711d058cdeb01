// Network page: cytoscape.js draws the graph (labels are canvas text, never markup); nodes open
// the actor page and edges the dyad page.
(function () {
  "use strict";
  var box = document.getElementById("network");
  var source = document.getElementById("network-data");
  var details = document.getElementById("network-details");
  if (!box || !source || !window.cytoscape) return;
  var graph = JSON.parse(source.textContent);
  var byId = {};
  graph.nodes.forEach(function (n) { byId[n.id] = n; });
  var maxNode = Math.max.apply(null, graph.nodes.map(function (n) { return n.events; }).concat([1]));
  var maxEdge = Math.max.apply(null, graph.edges.map(function (e) { return e.events; }).concat([1]));
  var elements = graph.nodes.map(function (n) {
    return {data: {id: n.id, label: n.name, weight: n.events}};
  });
  graph.edges.forEach(function (e, i) {
    if (!byId[e.source] || !byId[e.target]) return;
    elements.push({data: {id: "edge" + i, source: e.source, target: e.target, weight: e.events,
                          colour: e.colour, index: i}});
  });
  var cy = window.cytoscape({
    container: box,
    elements: elements,
    style: [
      {selector: "node", style: {
        "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": "#34495e", "color": "#222",
        "width": "mapData(weight, 1, " + maxNode + ", 14, 46)",
        "height": "mapData(weight, 1, " + maxNode + ", 14, 46)"}},
      {selector: "edge", style: {
        "width": "mapData(weight, 1, " + maxEdge + ", 1.5, 10)",
        "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.85}},
      {selector: ":selected", style: {"overlay-opacity": 0.15}},
    ],
    layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90},
  });

  function el(tag, content) {
    var node = document.createElement(tag);
    node.textContent = content;
    return node;
  }

  function describe(target) {
    if (!details) return;
    details.replaceChildren();
    if (target.isNode()) {
      var n = byId[target.id()];
      details.appendChild(el("h3", n.name));
      details.appendChild(el("p", [n.kind, n.country, n.events + " events"].filter(Boolean).join(" · ")));
    } else {
      var e = graph.edges[target.data("index")];
      details.appendChild(el("h3", byId[e.source].name + " \u2192 " + byId[e.target].name));
      var mean = e.mean_intensity === null ? "n/a" : e.mean_intensity.toFixed(1);
      details.appendChild(el("p", e.events + " events · mean intensity " + mean));
      details.appendChild(el("p", (e.first || "?") + " \u2026 " + (e.last || "?")));
    }
  }

  cy.on("mouseover", "node, edge", function (evt) { describe(evt.target); });
  cy.on("tap", "node", function (evt) {
    window.location.href = "/ui/actors/" + encodeURIComponent(byId[evt.target.id()].ref);
  });
  cy.on("tap", "edge", function (evt) {
    var e = graph.edges[evt.target.data("index")];
    var params = new URLSearchParams({source: byId[e.source].ref, target: byId[e.target].ref});
    window.location.href = "/ui/dyad?" + params.toString();
  });
  box.dataset.ready = String(cy.nodes().length);
  window.detenteNetwork = cy;
})();
