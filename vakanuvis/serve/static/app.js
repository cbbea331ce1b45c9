// Progressive enhancement shared by all pages: reader layer toggles keep their state in the URL.
(function () {
  "use strict";
  const form = document.getElementById("layer-toggles");
  const reader = document.getElementById("reader");
  if (form && reader) {
    const hide = form.querySelector('input[name="hide"]');
    form.addEventListener("change", function (ev) {
      const box = ev.target;
      if (!box.dataset || !box.dataset.layer) return;
      reader.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      const hidden = Array.from(form.querySelectorAll("input[data-layer]"))
        .filter(function (b) { return !b.checked; }).map(function (b) { return b.dataset.layer; }).sort();
      hide.value = hidden.join(",");
      const url = new URL(window.location.href);
      if (hidden.length) url.searchParams.set("hide", hide.value); else url.searchParams.delete("hide");
      window.history.replaceState(null, "", url);
    });
  }
})();
