// Actor network: cytoscape.js over /api/network?at=…; the time slider moves `at` month by month.
(function () {
  "use strict";
  const box = document.getElementById("network");
  if (!box || !window.cytoscape) return;
  box.hidden = false;
  const slider = document.getElementById("time-slider");
  const label = document.getElementById("slider-label");
  const atInput = document.getElementById("at");
  const counter = document.getElementById("network-count");
  const colours = { ALLIED_WITH: "#2e8b57", SUPPORTS: "#4682b4", AT_WAR_WITH: "#c0392b",
                    NEGOTIATES_WITH: "#d4a017", SIGNED_WITH: "#6a3d9a", RECOGNISES: "#1f78b4",
                    CO_PARTICIPANT: "#999" };
  const english = document.body.dataset.lang === "en";
  const labels = {};  // relation names in the interface language: "TYPE=label|…"
  (box.dataset.labels || "").split("|").forEach(function (kv) {
    const i = kv.indexOf("="); if (i > 0) labels[kv.slice(0, i)] = kv.slice(i + 1);
  });
  const kinds = { PERSON: "ellipse", STATE: "round-rectangle", ORG: "diamond", GROUP: "hexagon", PLACE: "triangle" };
  const cy = cytoscape({
    container: box, elements: [],
    style: [
      { selector: "node", style: { label: "data(name)", "font-size": 11, "background-color": "#8a2c0d",
                                   shape: "data(shape)", "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "edge", style: { width: 2, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
                                   "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#555" } }
    ]
  });
  cy.on("tap", "node", function (ev) {
    const u = new URL(box.dataset.entityUrl + "/" + encodeURIComponent(ev.target.id()), window.location.href);
    const lang = new URL(window.location.href).searchParams.get("lang");
    if (lang) u.searchParams.set("lang", lang);
    window.location.href = u.pathname + u.search;
  });
  function months(from, to) {
    const out = []; let y = +from.slice(0, 4), m = +from.slice(5, 7) || 1;
    const ty = +to.slice(0, 4), tm = +to.slice(5, 7) || 12;
    while ((y < ty || (y === ty && m <= tm)) && out.length < 2400) {
      out.push(y + "-" + String(m).padStart(2, "0")); m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }
  function draw(at) {
    const url = new URL(box.dataset.api, window.location.href);
    if (at) url.searchParams.set("at", at);
    return fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      const els = data.nodes.map(function (n) {
        return { data: { id: n.id, name: (english && n.name_en) || n.name, shape: kinds[n.kind] || "ellipse" } };
      }).concat(data.edges.map(function (e) {
        return { data: { id: e.id, source: e.source, target: e.target, colour: colours[e.type] || "#999",
                         label: e.type === "CO_PARTICIPANT" ? "" : (labels[e.type] || e.type.toLowerCase().replace(/_/g, " ")) } };
      }));
      cy.elements().remove(); cy.add(els);
      cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 9000 }).run();
      if (counter) counter.textContent = counter.textContent.replace(/^\d+(.*?)\d+/, data.nodes.length + "$1" + data.edges.length);
      box.dataset.nodes = String(data.nodes.length); box.dataset.edges = String(data.edges.length);
      box.dataset.at = at || "";
      return data;
    });
  }
  let steps = [];
  if (slider) {
    steps = months(slider.dataset.from, slider.dataset.to);
    slider.max = String(Math.max(steps.length - 1, 0));
    const current = atInput.value ? steps.indexOf(atInput.value.slice(0, 7)) : -1;
    slider.value = String(current >= 0 ? current : steps.length - 1);
    let timer = null;
    slider.addEventListener("input", function () {
      const at = steps[+slider.value];
      label.textContent = at; atInput.value = at;
      const u = new URL(window.location.href); u.searchParams.set("at", at);
      window.history.replaceState(null, "", u);
      clearTimeout(timer); timer = setTimeout(function () { draw(at); }, 120);
    });
  }
  draw(atInput.value || "").then(function () { box.dataset.ready = "1"; });
})();
