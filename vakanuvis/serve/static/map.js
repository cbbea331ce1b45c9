// Map: Leaflet with an offline base layer (world-atlas countries via topojson-client), no tiles.
(function () {
  "use strict";
  const box = document.getElementById("map");
  if (!box || !window.L || !window.topojson) return;
  box.hidden = false;
  const map = L.map(box, { worldCopyJump: true, attributionControl: true, renderer: L.svg({ padding: 1 }) })
    .setView([41, 38], 4);
  map.attributionControl.addAttribution("Natural Earth (world-atlas)");
  function href(base, id) {
    const u = new URL(base + "/" + encodeURIComponent(id), window.location.href);
    const lang = new URL(window.location.href).searchParams.get("lang");
    if (lang) u.searchParams.set("lang", lang);
    return u.pathname + u.search;
  }
  fetch(box.dataset.atlas).then(function (r) { return r.json(); }).then(function (topo) {
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: { color: "#8c7b6b", weight: 0.6, fillColor: "#f3ecdf", fillOpacity: 1 }
    }).addTo(map).bringToBack();
  }).then(function () {
    return fetch(box.dataset.api).then(function (r) { return r.json(); });
  }).then(function (data) {
    const bounds = [];
    data.places.forEach(function (p) {
      const popup = document.createElement("div");
      const a = document.createElement("a");
      a.href = href(box.dataset.entityUrl, p.id); a.textContent = p.name;
      const strong = document.createElement("strong"); strong.appendChild(a); popup.appendChild(strong);
      const ul = document.createElement("ul");
      p.events.slice(0, 15).forEach(function (e) {
        const li = document.createElement("li"); const ea = document.createElement("a");
        ea.href = href(box.dataset.eventUrl, e.id); ea.textContent = e.title + (e.date ? " (" + e.date + ")" : "");
        li.appendChild(ea); ul.appendChild(li);
      });
      popup.appendChild(ul);
      L.circleMarker([p.lat, p.lon], { radius: 5 + Math.min(10, p.events.length * 2), color: "#8a2c0d",
                                       fillColor: "#d4751e", fillOpacity: 0.8, weight: 1 })
        .bindPopup(popup).bindTooltip(p.name).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6, animate: false });
    else if (bounds.length === 1) map.setView(bounds[0], 6, { animate: false });
    box.dataset.ready = "1"; box.dataset.markers = String(bounds.length);
  });
})();
