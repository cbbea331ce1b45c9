// Timeline view: vis-timeline over /api/timeline (same filters as the page's query string).
(function () {
  "use strict";
  const box = document.getElementById("timeline");
  if (!box || !window.vis || !window.vis.Timeline) return;
  box.hidden = false;
  const eventUrl = box.dataset.eventUrl;
  function link(id) {
    const u = new URL(eventUrl + "/" + encodeURIComponent(id), window.location.href);
    const lang = new URL(window.location.href).searchParams.get("lang");
    if (lang) u.searchParams.set("lang", lang);
    return u.pathname + u.search;
  }
  fetch(box.dataset.api).then(function (r) { return r.json(); }).then(function (data) {
    const items = [];
    data.items.forEach(function (e) {
      if (!e.start) return;
      const content = document.createElement("span");           // text nodes only: titles are data
      if (e.conflict) {
        const mark = document.createElement("span");
        mark.className = "conflict-mark"; mark.textContent = "⚠";
        content.appendChild(mark);
      }
      content.appendChild(document.createTextNode(e.title));
      const item = { id: e.id, content: content, start: e.start, title: undefined,
                     className: "type-" + e.type + (e.conflict ? " conflict" : "") };
      if (e.end) { item.end = e.end + "T23:59:59"; item.type = "range"; } else { item.type = "box"; }
      items.push(item);
    });
    const months = (box.dataset.months || "").split("|");
    function monthName(date, short) {
      const name = months[date.month()] || "";
      return short ? name.slice(0, 3) : name;
    }
    const format = months.length === 12 ? {  // axis labels in the interface language
      minorLabels: function (date, scale) {
        if (scale === "month") return monthName(date, true);
        if (scale === "year") return String(date.year());
        if (scale === "day" || scale === "weekday") return String(date.date());
        return date.format(scale === "hour" ? "HH:mm" : "YYYY");
      },
      majorLabels: function (date, scale) {
        if (scale === "day" || scale === "weekday") return monthName(date) + " " + date.year();
        if (scale === "month") return String(date.year());
        return "";
      }
    } : undefined;
    const timeline = new vis.Timeline(box, new vis.DataSet(items), {
      stack: true, zoomable: true, maxHeight: 420, tooltip: { followMouse: true }, orientation: "top",
      xss: { disabled: false }, format: format
    });
    // open on where most events are: a few far-off dates (a 5th-century aside) would
    // otherwise squeeze everything else into one pixel column
    const starts = items.map(function (i) { return i.start; }).sort();
    const filtered = /[?&](from|to)=/.test(window.location.search);
    if (starts.length >= 20 && !filtered) {
      const lo = starts[Math.floor(starts.length * 0.15)], hi = starts[Math.floor(starts.length * 0.85)];
      if (lo < hi) timeline.setWindow(lo, hi.slice(0, 10) + "T23:59:59", { animation: false });
    }
    timeline.on("select", function (props) {
      if (props.items && props.items.length) window.location.href = link(props.items[0]);
    });
    const mapLink = document.getElementById("map-link");
    timeline.on("rangechanged", function (props) {
      if (!mapLink) return;
      const u = new URL(mapLink.href);
      u.searchParams.set("from", props.start.toISOString().slice(0, 10));
      u.searchParams.set("to", props.end.toISOString().slice(0, 10));
      mapLink.href = u.pathname + u.search;
    });
    box.dataset.ready = "1";
  }).catch(function () { box.hidden = true; });
})();
