// Relais: small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Send the CSRF token with htmx requests.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener("htmx:configRequest", (event) => {
      event.detail.headers[header.content] = token.content;
    });
  }
  // Confirmation dialogs declared with data-confirm="…" (no inline script under the CSP).
  document.querySelectorAll("[data-confirm]").forEach((element) => {
    const form = element.tagName === "FORM" ? element : element.closest("form");
    if (form) {
      form.addEventListener("submit", (event) => {
        if (!window.confirm(element.dataset.confirm)) {
          event.preventDefault();
        }
      });
    }
  });
  // Auto-submit selects marked data-autosubmit.
  document.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
});

// Orders: print buttons (data-print), and no desk-board refresh while someone is using a card's form.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
  document.body.addEventListener("htmx:beforeRequest", (event) => {
    const board = event.detail.elt;
    if (!board || board.id !== "desk-board") {
      return;
    }
    const active = document.activeElement;
    const typing = active && board.contains(active) && active.matches("input, select, textarea, summary");
    const filled = Array.from(board.querySelectorAll("input[type=text], textarea")).some((f) => f.value !== "");
    const open = board.querySelector("details[open]") !== null;
    if (typing || filled || open) {
      event.preventDefault();
    }
  });
});
