// Help for translating in the page editor (docs/translation.md):
// - "German beside": a switch in the language toggles' bar shows the German text (read-only) above each
//   field of another language; for a StreamField, the German texts in a collapsed box;
// - "Copy German text" beside each translated field (text inputs, text areas, Draftail rich text,
//   StreamFields through wagtail-modeltranslation's copy);
// - "translation reviewed" in the status panel without leaving the editor (unsaved edits stay).
// Without this script the editor works as before: the status panel's button then posts the form.
(() => {
  const strings = JSON.parse(document.currentScript.dataset.strings);
  const languages = JSON.parse(document.currentScript.dataset.languages);
  const source = document.currentScript.dataset.source;
  const STORAGE_KEY = "imeg-german-beside";
  const WATCHED = "input, textarea, ul.locales";
  const pattern = new RegExp(`^(.+)_(${languages.join("|")})(-count)?$`);
  let besideOn = localStorage.getItem(STORAGE_KEY) === "1";

  const form = () => document.querySelector("form[data-edit-form]") || document.querySelector("#page-edit-form");

  // The German counterpart of a translated field: `intro_en` → `intro_de`, `form_fields-0-label_nl` →
  // `form_fields-0-label_de`, a StreamField by its `body_fr-count` input.
  const counterpart = (element) => {
    const match = pattern.exec(element.name || "");
    if (!match || match[1].startsWith("slug") || match[1].endsWith("url_path")) return null;
    const german = form().querySelector(`[name="${CSS.escape(`${match[1]}_${source}${match[3] || ""}`)}"]`);
    return german ? { german, stream: Boolean(match[3]), prefix: `${match[1]}_${source}-` } : null;
  };

  // Rich text fields say so; rich text blocks of a StreamField are told by their editor.
  const isDraftail = (element) => element.matches("[data-draftail-input]") || Boolean(element.draftailEditor);

  const draftailText = (input) => {
    try {
      const state = JSON.parse(input.value || "null");
      return state && state.blocks ? state.blocks.map((block) => block.text).join("\n") : "";
    } catch {
      return "";
    }
  };

  const plainText = (element) => (isDraftail(element) ? draftailText(element) : element.value).trim();

  // Every text of a German StreamField, in order (rich text, headings, quotes, table cells).
  const streamTexts = (countInput, prefix) => {
    const container = countInput.closest("[data-field-input]") || countInput.parentElement;
    return Array.from(container.querySelectorAll("input, textarea"))
      .filter((element) => element.name.startsWith(prefix))
      .filter((element) => isDraftail(element) || element.matches("textarea, input[type=text], input:not([type])"))
      .map(plainText)
      .filter(Boolean);
  };

  const fieldLabel = (element) => {
    const label = element.id && document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    // A StreamField's count input has no label of its own: its panel's heading names it.
    const heading = element.closest("[data-panel]")?.querySelector("[data-panel-heading-text]");
    return (label || heading)?.textContent.replace("*", "").trim() || element.name;
  };

  const srOnly = (text) => {
    const span = document.createElement("span");
    span.className = "w-sr-only";
    span.textContent = text;
    return span;
  };

  const announce = (text) => {
    let region = document.getElementById("translation-aids-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "translation-aids-status";
      region.className = "w-sr-only";
      region.setAttribute("role", "status");
      document.body.append(region);
    }
    region.textContent = text;
  };

  const copyGerman = (german, target) => {
    if (isDraftail(target)) {
      const from = german.draftailEditor;
      const to = target.draftailEditor;
      if (!from || !to) return false;
      const current = to.getEditorState();
      if (current.getCurrentContent().hasText() && !window.confirm(strings.confirmReplace)) return false;
      // Draft.js's EditorState class, reached through the editor's own state (Draftail does not export it).
      const EditorState = current.constructor;
      to.onChange(EditorState.push(current, from.getEditorState().getCurrentContent(), "insert-fragment"));
      // Draftail writes its field a moment later; a save right after the copy must not miss the text.
      target.value = german.value;
      return true;
    }
    if (target.value.trim() && target.value !== german.value && !window.confirm(strings.confirmReplace)) return false;
    target.value = german.value;
    target.dispatchEvent(new Event("input", { bubbles: true }));
    target.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  };

  const refresh = (aid) => {
    const { german, stream, prefix } = aid.translationPair;
    const box = aid.querySelector(".translation-aid__german");
    box.hidden = !besideOn;
    if (!besideOn) return;
    const text = box.querySelector(".translation-aid__text");
    text.replaceChildren();
    const parts = stream ? streamTexts(german, prefix) : [plainText(german)].filter(Boolean);
    if (!parts.length) {
      text.textContent = strings.empty;
      text.removeAttribute("lang");
      return;
    }
    text.setAttribute("lang", source);
    parts.forEach((part) => {
      const paragraph = document.createElement("p");
      paragraph.textContent = part;
      text.append(paragraph);
    });
  };

  const refreshAll = () => document.querySelectorAll("[data-translation-aid]").forEach(refresh);

  const buildAid = (target, pair) => {
    const place = target.closest("[data-field-input]");
    // A StreamField copied from another language brings a new count input into the same place.
    if (!place || place.previousElementSibling?.matches("[data-translation-aid]")) return;
    const aid = document.createElement("div");
    aid.className = "translation-aid";
    aid.dataset.translationAid = target.name;
    aid.translationPair = pair;
    const label = fieldLabel(target);

    let box;
    if (pair.stream) {
      box = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = strings.germanStream;
      box.append(summary);
    } else {
      box = document.createElement("div");
      const heading = document.createElement("span");
      heading.className = "translation-aid__heading";
      heading.textContent = `${strings.german}:`;
      box.append(heading);
    }
    box.classList.add("translation-aid__german");
    const text = document.createElement("div");
    text.className = "translation-aid__text";
    box.append(text);
    aid.append(box);

    // StreamFields are copied by wagtail-modeltranslation's own function (its buttons show in an English
    // admin only): the server renders the German blocks as the other language's widget.
    if (!pair.stream || typeof window.requestCopyField === "function") {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button button-small button-secondary translation-aid__copy";
      button.append(strings.copy, srOnly(` (${label})`));
      button.addEventListener("click", () => {
        if (pair.stream) {
          const name = target.name.replace(/-count$/, "");
          if (Number(target.value) > 0 && !window.confirm(strings.confirmReplace)) return;
          window.requestCopyField(pair.prefix.slice(0, -1), name);
          announce(`${strings.copied}: ${label}`);
          return;
        }
        if (copyGerman(pair.german, target)) {
          announce(`${strings.copied}: ${label}`);
          refresh(aid);
        }
      });
      aid.append(button);
    }
    place.before(aid);
    refresh(aid);
  };

  const scanFields = () => {
    form()
      .querySelectorAll("input, textarea")
      .forEach((element) => {
        if (element.dataset.translationAidDone) return;
        const pair = counterpart(element);
        if (!pair || (element.type === "hidden" && !isDraftail(element) && !pair.stream)) return;
        element.dataset.translationAidDone = "1";
        buildAid(element, pair);
      });
  };

  const buildSwitch = () => {
    const list = document.querySelector("div.locale-picker ul.locales");
    if (!list || list.querySelector(".german-beside-toggle")) return;
    // wagtail-modeltranslation's heading of the bar is in English only.
    const heading = list.parentElement.querySelector("h2");
    if (heading) heading.textContent = strings.pickerHeading;
    const item = document.createElement("li");
    item.className = "locale locale--german-beside";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "german-beside-toggle";
    button.textContent = strings.besideToggle;
    button.setAttribute("aria-pressed", String(besideOn));
    button.addEventListener("click", () => {
      besideOn = !besideOn;
      localStorage.setItem(STORAGE_KEY, besideOn ? "1" : "0");
      button.setAttribute("aria-pressed", String(besideOn));
      refreshAll();
    });
    item.append(button);
    list.append(item);
  };

  // "Translation reviewed" from the status panel: posted in the background, so edits not yet saved stay.
  const reviewed = async (event) => {
    const button = event.target.closest("[data-translation-reviewed]");
    if (!button) return;
    event.preventDefault();
    const token = form().querySelector("[name=csrfmiddlewaretoken]").value;
    const response = await fetch(button.formAction, {
      method: "POST",
      headers: { "X-CSRFToken": token, Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) {
      announce(strings.failed);
      window.alert(strings.failed);
      return;
    }
    const result = await response.json();
    const item = button.closest("[data-language]");
    item.dataset.status = result.status;
    const badge = item.querySelector(".w-status");
    badge.textContent = result.label;
    badge.classList.toggle("w-status--primary", result.status === "current");
    item.querySelectorAll(".translation-panel__outdated, .translation-panel__changes").forEach((node) => node.remove());
    const note = document.createElement("p");
    note.className = "translation-panel__done";
    note.textContent = result.message;
    button.replaceWith(note);
    announce(result.message);
  };

  let scheduled = false;
  const scan = () => {
    scheduled = false;
    buildSwitch();
    scanFields();
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(scan);
    }
  };
  document.addEventListener("DOMContentLoaded", () => {
    if (!form()) return;
    scan();
    // New fields (the language bar, rows added, StreamField blocks), not every keystroke in a rich text.
    const relevant = (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node.matches(WATCHED) || node.querySelector(WATCHED));
    new MutationObserver((mutations) => {
      if (mutations.some((mutation) => Array.from(mutation.addedNodes).some(relevant))) schedule();
    }).observe(form(), { childList: true, subtree: true });
    // The German text as it is now, each time a field of another language is entered.
    form().addEventListener("focusin", (event) => {
      const aid = event.target.closest("[data-field-input]")?.previousElementSibling;
      if (aid && aid.matches("[data-translation-aid]")) refresh(aid);
    });
    form().addEventListener("click", reviewed);
  });
})();
