// Map: Leaflet with an offline base layer (world-atlas countries via topojson-client), no tiles.
(function () {
  "use strict";
  const box = document.getElementById("map");
  if (!box || !window.L || !window.topojson) return;
  box.hidden = false;
  const english = document.body.dataset.lang === "en";
  const map = L.map(box, { worldCopyJump: true, attributionControl: true, renderer: L.svg({ padding: 1 }) })
    .setView([41, 38], 4);
  map.attributionControl.addAttribution("Natural Earth (world-atlas)");
  function href(base, id) {
    const u = new URL(base + "/" + encodeURIComponent(id), window.location.href);
    const lang = new URL(window.location.href).searchParams.get("lang");
    if (lang) u.searchParams.set("lang", lang);
    return u.pathname + u.search;
  }
  // Rings that cross the antimeridian jump from +180 to -180 and would be drawn as stripes
  // across the whole map: shift their points so each ring's longitudes stay continuous.
  function unwrapRing(ring) {
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d > 180) ring[i][0] -= 360; else if (d < -180) ring[i][0] += 360;
    }
  }
  function unwrap(g) {
    if (g.type === "Polygon") g.coordinates.forEach(unwrapRing);
    else if (g.type === "MultiPolygon") g.coordinates.forEach(function (p) { p.forEach(unwrapRing); });
  }
  function quantile(sorted, q) { return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]; }
  fetch(box.dataset.atlas).then(function (r) { return r.json(); }).then(function (topo) {
    const countries = topojson.feature(topo, topo.objects.countries);
    countries.features.forEach(function (f) { if (f.geometry) unwrap(f.geometry); });
    L.geoJSON(countries, {
      style: { color: "#8c7b6b", weight: 0.6, fillColor: "#f3ecdf", fillOpacity: 1 }
    }).addTo(map).bringToBack();
  }).then(function () {
    return fetch(box.dataset.api).then(function (r) { return r.json(); });
  }).then(function (data) {
    const bounds = [];
    const withEvents = data.places.some(function (p) { return p.events.length; });
    data.places.forEach(function (p) {
      const popup = document.createElement("div");
      const a = document.createElement("a");
      const name = (english && p.name_en) || p.name;
      a.href = href(box.dataset.entityUrl, p.id); a.textContent = name;
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
        .bindPopup(popup).bindTooltip(name).addTo(map);
      if (p.events.length || !withEvents) bounds.push([p.lat, p.lon]);
    });
    // frame where the events are, without the few far-away places
    const lats = bounds.map(function (b) { return b[0]; }).sort(function (a, b) { return a - b; });
    const lons = bounds.map(function (b) { return b[1]; }).sort(function (a, b) { return a - b; });
    const cut = bounds.length >= 20 ? 0.05 : 0;
    if (bounds.length > 1) {
      map.fitBounds([[quantile(lats, cut), quantile(lons, cut)], [quantile(lats, 1 - cut), quantile(lons, 1 - cut)]],
                    { padding: [40, 40], maxZoom: 6, animate: false });
    } else if (bounds.length === 1) map.setView(bounds[0], 6, { animate: false });
    box.dataset.ready = "1"; box.dataset.markers = String(data.places.length);
  });
})();
