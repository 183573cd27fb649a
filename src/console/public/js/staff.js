import { ATS_LABELS, api, el, fill } from "./common.js";

const body = document.querySelector("#staff-table tbody");
const message = document.getElementById("staff-message");
const form = document.getElementById("new-staff");
const reload = document.getElementById("reload-content");
const ROLES = { operator: "Operatore", supervisor: "Supervisore", admin: "Amministratore" };

function say(text, ok) {
  message.textContent = text;
  message.className = `alert ${ok ? "alert-success" : "alert-danger"}`;
  message.focus();
}

async function change(id, patch, done) {
  try {
    await api(`/admin/staff/${encodeURIComponent(id)}`, { method: "PATCH", body: patch });
    say(done, true);
  } catch (error) {
    say(error.message, false);
  }
  await load();
}

async function load() {
  const data = await api("/admin/staff");
  fill(
    body,
    data.staff.map((s) => {
      const toggle = el(
        "button",
        { type: "button", class: "btn btn-outline-primary btn-sm me-2" },
        s.active ? `Disattiva ${s.displayName}` : `Riattiva ${s.displayName}`,
      );
      toggle.addEventListener("click", () =>
        change(s.id, { active: !s.active }, s.active ? "Account disattivato." : "Account riattivato."),
      );
      const locked = s.lockedUntil && new Date(s.lockedUntil) > new Date();
      const unlock = locked
        ? el(
            "button",
            { type: "button", class: "btn btn-outline-primary btn-sm" },
            `Sblocca ${s.displayName}`,
          )
        : null;
      unlock?.addEventListener("click", () => change(s.id, { unlock: true }, "Account sbloccato."));
      return el(
        "tr",
        {},
        el("td", {}, s.displayName),
        el("td", {}, s.email),
        el("td", {}, ROLES[s.role] ?? s.role),
        el("td", {}, s.atsId ? (ATS_LABELS[s.atsId] ?? s.atsId) : "—"),
        el("td", {}, `${s.active ? "Attivo" : "Disattivato"}${locked ? ", bloccato" : ""}`),
        el("td", {}, toggle, unlock),
      );
    }),
  );
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const password = document.getElementById("n-password").value;
  const atsId = document.getElementById("n-ats").value;
  try {
    const created = await api("/admin/staff", {
      method: "POST",
      body: {
        displayName: document.getElementById("n-name").value.trim(),
        email: document.getElementById("n-email").value.trim(),
        role: document.getElementById("n-role").value,
        atsId: atsId || null,
        ...(password ? { password } : {}),
      },
    });
    form.reset();
    say(
      created.generatedPassword
        ? `Account creato. Password generata (comunicala in modo sicuro, non sarà più mostrata): ${created.generatedPassword}`
        : "Account creato.",
      true,
    );
    await load();
  } catch (error) {
    say(error.message, false);
  }
});

reload.addEventListener("click", async () => {
  try {
    await api("/admin/content/reload", { method: "POST" });
    say("Contenuti ricaricati.", true);
  } catch (error) {
    say(error.message, false);
  }
});

await load();
