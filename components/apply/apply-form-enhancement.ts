/** The apply form's element id: the enhancement finds the form, and the form in the server's answer, by it. */
export const APPLY_FORM_ID = "apply-form";

/**
 * What the apply page runs when it is served without the framework's scripts
 * (lib/app/script-free-page.ts): the form is posted with fetch, exactly the request a browser
 * without JavaScript sends, and the form in the server's answer replaces this one. Errors therefore
 * appear without a reload, with focus on their summary; a success goes to the page the server
 * redirected to. Anything it does not understand (a network error, an error page) falls back to
 * posting the form natively: the submission id makes that safe to repeat.
 *
 * It is sent as an inline script made with Function.prototype.toString, so it must stay
 * self-contained: no imports and nothing from module scope, the form id included.
 */
export function enhanceApplyForm(formId: string): void {
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement) || typeof fetch !== "function" || typeof DOMParser !== "function") return;
  let sending = false;
  const postNatively = () => HTMLFormElement.prototype.submit.call(form);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A double click sends one request.
    if (sending) return;
    sending = true;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
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
      .catch(postNatively);
  });
}

/** The inline script's source. */
export const applyFormEnhancementScript = `(${enhanceApplyForm.toString()})(${JSON.stringify(APPLY_FORM_ID)});`;
