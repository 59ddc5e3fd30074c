// A form whose button says what it does while the server works (`data-busy`: the import's
// upload, which takes a few seconds for a large file): once sent, the button says so and
// the form is marked busy for screen readers.
export function startBusy() {
  addEventListener('submit', (event) => {
    const form = /** @type {HTMLFormElement} */ (event.target);
    const button = /** @type {HTMLElement | null} */ (form.querySelector('[data-busy]'));
    if (button) {
      button.textContent = button.dataset.busy ?? '';
      form.setAttribute('aria-busy', 'true');
    }
  });
}
