// Wagtail 8 autosaves the page form half a second after each change. A manual save or publish sends
// the whole form anyway; an autosave fired after it finds a newer revision and fails with a 400
// ("Saving will overwrite a newer version"), seen only in the console; on a new page the two made two
// pages. So once the editor submits, autosave stops, and one that is due or on its way is let finish
// before the form is sent (on a new page it creates the page, and the form then saves that page).
// When autosave itself really fails, the editor is told in the admin's message area.
(() => {
  const script = document.currentScript;
  const failedText = script?.dataset.failed || "";
  const submitted = new WeakSet();
  let warned = false;

  const autosaveOf = (form) => window.wagtail?.app?.getControllerForElementAndIdentifier(form, "w-autosave");

  // Sends the form as the editor's button would have, without a second submit event.
  const send = (form, submitter) => {
    if (submitter?.name) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = submitter.name;
      input.value = submitter.value;
      form.append(input);
    }
    HTMLFormElement.prototype.submit.call(form);
  };

  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      const autosave = form instanceof HTMLFormElement ? autosaveOf(form) : null;
      if (!autosave || submitted.has(form)) {
        return;
      }
      submitted.add(form);
      autosave.activeValue = false; // no new autosave from here on
      if (!autosave.submitPromise) {
        return;
      }
      // An autosave is due or on its way: let it finish (it may create the page), then send the form.
      event.preventDefault();
      const wait = new Promise((resolve) => {
        setTimeout(resolve, autosave.intervalValue + 10000);
      });
      Promise.race([autosave.submitPromise, wait]).finally(() => send(form, event.submitter));
    },
    true,
  );

  document.addEventListener("w-autosave:error", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || submitted.has(form)) {
      return;
    }
    const reason = event.detail?.text || "";
    document.dispatchEvent(
      new CustomEvent("w-messages:add", {
        detail: { clear: true, text: `${failedText} ${reason}`.trim(), type: "warning" },
      }),
    );
    warned = true;
  });

  document.addEventListener("w-autosave:success", () => {
    if (warned) {
      document.dispatchEvent(new CustomEvent("w-messages:clear"));
      warned = false;
    }
  });
})();
