/** The apply form's element id: the enhancement finds the form, and the form in the server's answer, by it. */
export const APPLY_FORM_ID = "apply-form";

/**
 * What the apply page runs when it is served without the framework's scripts
 * (lib/app/script-free-page.ts): the form is posted with fetch, exactly the request a browser
 * without JavaScript sends, and the form in the server's answer replaces this one. Errors therefore
 * appear without a reload, with focus on their summary; a success goes to the page the server
 * redirected to. An answer it does not understand (an error page) is left to the browser: the form
 * is posted natively, which the submission id makes safe to repeat. When nothing comes back at all
 * (the connection failed), the form stays as it is, with a message to submit again.
 *
 * It is sent as an inline script made with Function.prototype.toString, so it must stay
 * self-contained: no imports and nothing from module scope, the form id included.
 */
export function enhanceApplyForm(formId: string): void {
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement) || typeof fetch !== "function" || typeof DOMParser !== "function") return;
  let sending = false;
  const postNatively = () => HTMLFormElement.prototype.submit.call(form);
  const sendingFailed = (button: HTMLButtonElement | null, label: string) => {
    sending = false;
    if (!button) return;
    button.disabled = false;
    button.textContent = label;
    let note = form.querySelector<HTMLElement>("[data-sending-failed]");
    if (!note) {
      note = document.createElement("p");
      note.setAttribute("role", "alert");
      note.setAttribute("data-sending-failed", "");
      note.className = "text-sm text-red-700";
      button.before(note);
    }
    note.textContent = "Your application could not be sent: check your connection and submit it again. Nothing you entered is lost.";
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A double click sends one request.
    if (sending) return;
    sending = true;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const label = button?.textContent ?? "";
    if (button) {
      button.disabled = true;
      button.textContent = "Submitting…";
    }
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(async (response) => {
        if (response.redirected) {
          window.location.assign(response.url);
          return;
        }
        const answer = response.ok ? new DOMParser().parseFromString(await response.text(), "text/html").getElementById(formId) : null;
        if (!answer) {
          postNatively();
          return;
        }
        form.replaceChildren(...Array.from(answer.childNodes));
        sending = false;
        form.querySelector<HTMLElement>('[role="alert"]')?.focus();
      })
      .catch(() => sendingFailed(button, label));
  });
}

/** The inline script's source. */
export const applyFormEnhancementScript = `(${enhanceApplyForm.toString()})(${JSON.stringify(APPLY_FORM_ID)});`;
