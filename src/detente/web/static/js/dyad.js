// Dyad page: two vis Graph2d charts on one time axis, mean intensity per period (line, fixed
// -10..+10 scale) above event counts (bars); clicking near a point of either loads the events
// behind that period into the list. Two charts rather than one with two y-axes, because Graph2d
// bends a second axis to the first one's grid and so cannot keep -10..+10 and 0..N at once.
(function () {
  "use strict";
  var lineBox = document.getElementById("dyad-chart");
  var barBox = document.getElementById("dyad-counts");
  var source = document.getElementById("dyad-data");
  if (!lineBox || !barBox || !source || !window.vis) return;
  var data = JSON.parse(source.textContent);
  var xs = data.series.map(function (row) { return new Date(row.x).getTime(); });
  var most = Math.max.apply(null, data.series.map(function (row) { return row.events; }));
  var pad = Math.max(86400000 * 20, (Math.max.apply(null, xs) - Math.min.apply(null, xs)) * 0.08);
  var common = {
    start: new Date(Math.min.apply(null, xs) - pad),
    end: new Date(Math.max.apply(null, xs) + pad),
    legend: false,
    dataAxis: {width: "56px"},
  };

  function chart(box, points, options) {
    return new vis.Graph2d(box, new vis.DataSet(points), Object.assign({}, common, options));
  }

  var intensity = chart(lineBox, data.series.filter(function (row) {
    return row.mean_intensity !== null;
  }).map(function (row) { return {x: row.x, y: row.mean_intensity}; }), {
    height: "240px",
    drawPoints: {style: "circle", size: 9},
    interpolation: false,
    showMajorLabels: false,
    dataAxis: Object.assign({}, common.dataAxis,
                            {left: {range: {min: -10, max: 10}, title: {text: "intensity"}}}),
  });
  var counts = chart(barBox, data.series.map(function (row) {
    return {x: row.x, y: row.events};
  }), {
    height: "150px",
    style: "bar",
    barChart: {width: 24, align: "center"},
    drawPoints: false,
    dataAxis: Object.assign({}, common.dataAxis,
                            {left: {range: {min: 0, max: Math.ceil(most * 1.2)}, title: {text: "events"}}}),
  });

  function follow(from, to) {
    from.on("rangechanged", function (props) {
      if (props.byUser) to.setWindow(props.start, props.end, {animation: false});
    });
  }
  follow(intensity, counts);
  follow(counts, intensity);

  function load(period) {
    var params = new URLSearchParams({source: data.source, target: data.target, by: data.by,
                                      period: period});
    if (data.either_way) params.set("either_way", "true");
    window.htmx.ajax("GET", "/ui/dyad/events?" + params.toString(), {target: "#dyad-events"});
  }

  function nearest(props) {
    if (!props || !props.time || !xs.length) return;
    var t = props.time.getTime();
    var best = 0;
    xs.forEach(function (x, n) { if (Math.abs(x - t) < Math.abs(xs[best] - t)) best = n; });
    load(data.series[best].period);
  }
  intensity.on("click", nearest);
  counts.on("click", nearest);
  // The charts take clicks once drawn: vis covers them with a loading screen until then.
  function drawn() {
    if (lineBox.querySelector(".vis-loading-screen") || barBox.querySelector(".vis-loading-screen")) return;
    lineBox.dataset.ready = String(data.series.length);
  }
  intensity.on("changed", drawn);
  counts.on("changed", drawn);
  window.detenteDyad = {intensity: intensity, counts: counts, load: load};
})();
