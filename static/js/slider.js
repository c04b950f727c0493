// Turns the region list on the home page into a carousel that shows one slide at a time.
// It never moves by itself (WCAG 2.2.2): only the buttons and the arrow keys change the slide.
// Without JavaScript every slide stays visible as a plain list.
(function () {
  "use strict";
  function enhance(root) {
    var list = root.querySelector("[data-slider-slides]");
    var viewport = root.querySelector("[data-slider-viewport]");
    var controls = root.querySelector("[data-slider-controls]");
    var status = root.querySelector("[data-slider-status]");
    var previous = root.querySelector("[data-slider-previous]");
    var next = root.querySelector("[data-slider-next]");
    var slides = Array.prototype.slice.call(root.querySelectorAll("[data-slider-slide]"));
    if (!list || !controls || slides.length < 2) return;
    var template = root.getAttribute("data-slide-label") || "{current} / {total}";
    var current = 0;

    function label(index) {
      return template.replace("{current}", String(index + 1)).replace("{total}", String(slides.length));
    }

    root.classList.add("slider--enhanced");
    root.setAttribute("aria-roledescription", root.getAttribute("data-carousel-label") || "Karussell");
    // The list stays a list; each item holds the slide's group, as the APG carousel pattern has it.
    slides.forEach(function (slide, index) {
      var group = slide.querySelector("[data-slider-group]") || slide;
      group.setAttribute("role", "group");
      group.setAttribute("aria-roledescription", root.getAttribute("data-slide-role") || "Folie");
      group.setAttribute("aria-label", label(index));
    });
    controls.hidden = false;

    viewport.setAttribute("aria-live", "polite");

    function show(index) {
      current = (index + slides.length) % slides.length;
      slides.forEach(function (slide, position) {
        slide.hidden = position !== current;
      });
      status.textContent = label(current);
    }

    previous.addEventListener("click", function () { show(current - 1); });
    next.addEventListener("click", function () { show(current + 1); });
    root.addEventListener("keydown", function (event) {
      if (event.target.closest("a, input, textarea, select")) return;
      if (event.key === "ArrowLeft") { show(current - 1); previous.focus(); event.preventDefault(); }
      if (event.key === "ArrowRight") { show(current + 1); next.focus(); event.preventDefault(); }
    });
    show(0);
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-slider]"), enhance);
})();
