// Actor page: the knowledge base's dated roles as a vis-timeline; labels are text nodes.
(function () {
  "use strict";
  var box = document.getElementById("roles-timeline");
  var data = document.getElementById("roles-data");
  if (!box || !data || !window.vis) return;
  var roles = JSON.parse(data.textContent);
  var today = new Date();
  var items = roles.map(function (role, n) {
    var label = document.createElement("span");
    label.textContent = role.title + (role.country ? " (" + role.country + ")" : "");
    var item = {id: n, content: label};
    item.start = role.start ? new Date(role.start) : new Date(today.getFullYear() - 30, 0, 1);
    item.end = role.end ? new Date(role.end) : today;
    item.className = role.end ? "role-past" : "role-current";
    return item;
  });
  var timeline = new vis.Timeline(box, new vis.DataSet(items), {
    stack: true,
    zoomable: true,
    margin: {item: 6},
  });
  timeline.on("changed", function () {
    if (!box.querySelector(".vis-loading-screen")) box.dataset.ready = String(items.length);
  });
  window.detenteRoles = timeline;
})();
