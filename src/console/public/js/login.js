import { hideError, showError } from "./common.js";

const form = document.getElementById("login-form");
const errorBox = document.getElementById("login-error");

function nextPage() {
  const next = new URLSearchParams(location.search).get("next") ?? "/console";
  return next.startsWith("/console") && !next.startsWith("//") ? next : "/console";
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  hideError(errorBox);
  const email = form.elements.email.value.trim();
  const password = form.elements.password.value;
  if (!email || !password) {
    showError(errorBox, "Inserisci email e password.");
    return;
  }
  const res = await fetch("/console/api/login", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ email, password }),
  });
  if (res.ok) {
    location.assign(nextPage());
    return;
  }
  const data = await res.json().catch(() => ({}));
  showError(errorBox, data.message ?? "Accesso non riuscito.");
});
