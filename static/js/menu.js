// Turns the "Menü" link into a toggle button on small screens; without JavaScript the link
// jumps to the menu, which CSS shows via :target.
(function () {
  "use strict";
  var toggle = document.querySelector("[data-menu-toggle]");
  var nav = document.getElementById("main-nav");
  if (!toggle || !nav) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = toggle.className;
  button.textContent = toggle.textContent;
  button.setAttribute("aria-controls", "main-nav");
  button.setAttribute("aria-expanded", "false");
  toggle.replaceWith(button);
  document.documentElement.classList.add("js");
  var close = nav.querySelector("[data-menu-close]");
  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  if (close) close.hidden = true;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      setOpen(false);
      button.focus();
    }
  });
})();
