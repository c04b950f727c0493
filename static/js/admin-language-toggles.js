// wagtail-modeltranslation's language toggles in the page editor: each says whether its language is shown
// (aria-pressed) and is named in the admin's language ("Englisch (en)"), not by its code alone.
(() => {
  const names = JSON.parse(document.currentScript.dataset.languageNames);

  const enhance = (button) => {
    const code = button.textContent.trim();
    if (names[code]) {
      button.setAttribute("aria-label", `${names[code]} (${code})`);
      button.title = names[code];
    }
    const sync = () => button.setAttribute("aria-pressed", String(button.classList.contains("showing-locale")));
    sync();
    new MutationObserver(sync).observe(button, { attributes: true, attributeFilter: ["class"] });
  };

  const scan = () => document.querySelectorAll("button.locale-toggle:not([aria-pressed])").forEach(enhance);
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", scan);
})();
