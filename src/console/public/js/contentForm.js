// Forms generated from the JSON Schema of a content file (itself generated from the zod schema that
// content:check uses): objects become fieldsets, lists become items that can be added and removed,
// { it, en } texts show Italian and English side by side. Values only ever reach the page as input
// values and text nodes.

import { el } from "./common.js";

const LANG_LABELS = { it: "Italiano", en: "English" };

function typeOf(value) {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value;
}

// Italian names of the keys staff meet most; the YAML key follows in brackets, as reviewers read it.
const KEY_LABELS = {
  actions: "azioni",
  answers: "risposte",
  closed_by: "domande chiuse entro",
  criteria: "criteri",
  date: "data",
  description: "descrizione",
  email: "email",
  en: "inglese",
  end: "fine",
  examples: "esempi",
  explanation: "spiegazione",
  fields: "campi",
  follow_ups: "domande successive",
  id: "identificativo",
  it: "italiano",
  keywords: "parole chiave",
  kind: "tipo",
  label: "etichetta",
  match: "regole di riconoscimento",
  name: "nome",
  networks: "reti",
  note: "nota",
  period: "periodo",
  periods: "periodi",
  phone: "telefono",
  precision: "precisione",
  prompt: "domanda",
  source: "fonte",
  start: "inizio",
  title: "titolo",
  topics: "temi",
  utterances: "frasi di esempio",
  website: "sito web",
  what_they_get: "che cosa si ottiene",
  who_may_apply: "chi può chiedere",
};

function label(key) {
  const plain = String(key).replaceAll("_", " ");
  const italian = KEY_LABELS[key];
  return italian ? `${italian} (${key})` : plain;
}

/** Builds a form for `data` (and `pair`, the same file in the other language, when given). */
export function createContentForm({ schema, data, pair, file, pairFile, onChange }) {
  const root = schema;

  function resolve(s) {
    let current = s ?? {};
    for (let i = 0; i < 20 && current.$ref; i++) {
      const name = current.$ref.replace(/^#\/\$defs\//, "");
      current = root.$defs?.[name] ?? (current.$ref === "#" ? root : {});
    }
    return current;
  }

  function declaredType(s) {
    if (s.type) return s.type;
    if (s.enum) return typeof s.enum[0];
    if (s.const !== undefined) return typeof s.const;
    if (s.properties || s.additionalProperties) return "object";
    if (s.items) return "array";
    return undefined;
  }

  function matches(s, value) {
    const t = declaredType(s);
    if (!t) return true;
    const actual = typeOf(value);
    const types = Array.isArray(t) ? t : [t];
    return types.includes(actual) || (actual === "number" && types.includes("integer"));
  }

  function variantsOf(s) {
    const list = s.anyOf ?? s.oneOf;
    return list ? list.map(resolve).filter((v) => v.type !== "null") : null;
  }

  function pick(s, value) {
    const variants = variantsOf(s);
    if (!variants) return s;
    if (value === undefined || value === null) return resolve(variants[0]);
    const fitting = variants.filter((v) => matches(v, value));
    if (typeOf(value) === "object" && fitting.length > 1) {
      const keys = Object.keys(value);
      const exact = fitting.find((v) => v.properties && keys.every((k) => k in v.properties));
      if (exact) return exact;
    }
    return fitting[0] ?? variants[0];
  }

  function effective(s, value) {
    let current = resolve(s);
    for (let i = 0; i < 5; i++) {
      const next = pick(current, value);
      if (next === current) break;
      current = resolve(next);
    }
    if (current.allOf) current = resolve(current.allOf[0]);
    return current;
  }

  function defaultFor(s) {
    const e = effective(s, undefined);
    if (e.default !== undefined) return structuredClone(e.default);
    if (e.const !== undefined) return e.const;
    if (e.enum) return e.enum[0];
    const t = declaredType(e);
    const type = Array.isArray(t) ? t[0] : t;
    if (type === "object") {
      const out = {};
      for (const key of e.required ?? []) out[key] = defaultFor(e.properties?.[key] ?? {});
      return out;
    }
    if (type === "array") return [];
    if (type === "number" || type === "integer") return 0;
    if (type === "boolean") return false;
    return "";
  }

  function isLocalized(e) {
    const keys = Object.keys(e.properties ?? {});
    return keys.length === 2 && keys.includes("it") && keys.includes("en");
  }

  function getAt(object, path) {
    let current = object;
    for (const key of path) {
      if (current === undefined || current === null) return undefined;
      current = current[key];
    }
    return current;
  }

  function setAt(object, path, value) {
    let current = object;
    for (const key of path.slice(0, -1)) current = current[key];
    const last = path[path.length - 1];
    if (value === undefined) {
      if (Array.isArray(current)) current.splice(last, 1);
      else delete current[last];
    } else current[last] = value;
  }

  let counter = 0;
  const nextId = () => `cf-${++counter}`;

  function changed(structural) {
    onChange?.(structural);
  }

  function scalarInput(e, value, path, target, fileName, labelText) {
    const id = nextId();
    const type = declaredType(e);
    let input;
    if (e.enum) {
      input = el("select", { class: "form-select", id });
      for (const option of e.enum) {
        input.append(el("option", { value: String(option), selected: option === value }, String(option)));
      }
      input.addEventListener("change", () => {
        const chosen = e.enum.find((o) => String(o) === input.value);
        setAt(target, path, chosen);
        changed(false);
      });
    } else if (type === "boolean") {
      input = el("input", { class: "form-check-input", type: "checkbox", id, checked: value === true });
      input.addEventListener("change", () => {
        setAt(target, path, input.checked);
        changed(false);
      });
    } else if (type === "number" || type === "integer") {
      input = el("input", {
        class: "form-control",
        type: "number",
        id,
        step: type === "integer" ? "1" : "any",
      });
      input.value = value === undefined || value === null ? "" : String(value);
      input.addEventListener("input", () => {
        setAt(target, path, input.value === "" ? 0 : Number(input.value));
        changed(false);
      });
    } else {
      const text = value === undefined || value === null ? "" : String(value);
      const long = text.length > 70 || text.includes("\n");
      if (e.format === "date") input = el("input", { class: "form-control", type: "date", id });
      else if (long)
        input = el("textarea", {
          class: "form-control",
          id,
          rows: String(Math.min(8, 2 + Math.floor(text.length / 90))),
        });
      else input = el("input", { class: "form-control", type: "text", id });
      input.value = text;
      input.addEventListener("input", () => {
        setAt(target, path, input.value);
        changed(false);
      });
    }
    input.dataset.path = path.join(".");
    input.dataset.file = fileName;
    const wrapper = el(
      "div",
      { class: type === "boolean" ? "form-check mb-2" : "mb-2 console-field" },
      type === "boolean" ? input : el("label", { class: "form-label console-label", for: id }, labelText),
      type === "boolean" ? el("label", { class: "form-check-label", for: id }, labelText) : input,
    );
    return wrapper;
  }

  function linesInput(value, path, target, fileName, labelText, numeric) {
    const id = nextId();
    const input = el("textarea", {
      class: "form-control",
      id,
      rows: String(Math.min(12, Math.max(3, (value ?? []).length + 1))),
    });
    input.value = (value ?? []).join("\n");
    input.dataset.path = path.join(".");
    input.dataset.file = fileName;
    input.addEventListener("input", () => {
      const lines = input.value.split("\n").filter((line) => line.trim() !== "");
      setAt(target, path, numeric ? lines.map(Number) : lines);
      changed(false);
    });
    return el(
      "div",
      { class: "mb-2 console-field" },
      el("label", { class: "form-label console-label", for: id }, `${labelText} (una per riga)`),
      input,
    );
  }

  function side(nodes) {
    return el(
      "div",
      { class: "row g-2 console-languages" },
      nodes.map((n) => el("div", { class: "col-12 col-lg-6" }, n)),
    );
  }

  /** Renders one value; `paired` is true when `pair` holds the same path in the other language. */
  function render(s, path, labelText, paired) {
    const value = getAt(data, path);
    const e = effective(s, value);
    const type = declaredType(e);
    const primitiveItems = (items) => {
      const it = effective(items ?? {}, undefined);
      const t = declaredType(it);
      return t === "string" || t === "number" || t === "integer" ? t : null;
    };

    if (type === "object" && e.properties && isLocalized(e) && !paired) {
      const parts = ["it", "en"].map((lang) => {
        const ps = effective(e.properties[lang], value?.[lang]);
        const primitive = declaredType(ps) === "array" ? primitiveItems(ps.items) : null;
        const text = `${labelText} · ${LANG_LABELS[lang]}`;
        return primitive
          ? linesInput(value?.[lang], [...path, lang], data, file, text, primitive !== "string")
          : scalarInput(ps, value?.[lang], [...path, lang], data, file, text);
      });
      return el(
        "div",
        { class: "console-localized", "data-path": path.join("."), "data-file": file },
        side(parts),
      );
    }

    if (type === "object") {
      const box = el("fieldset", {
        class: "console-fieldset",
        "data-path": path.join("."),
        "data-file": file,
      });
      if (path.length > 0) box.append(el("legend", { class: "h6" }, labelText));
      const properties = e.properties ?? {};
      const required = new Set(e.required ?? []);
      for (const [key, ps] of Object.entries(properties)) {
        const childPath = [...path, key];
        if (paired && key === "lang") continue;
        const present = value !== undefined && value !== null && key in value;
        if (!present) {
          if (required.has(key)) {
            setAt(data, childPath, defaultFor(ps));
            if (paired && pair) setAt(pair, childPath, defaultFor(ps));
          } else {
            const add = el(
              "button",
              { type: "button", class: "btn btn-link btn-sm p-0 d-block" },
              `+ aggiungi «${label(key)}»`,
            );
            add.addEventListener("click", () => {
              setAt(data, childPath, defaultFor(ps));
              if (paired && pair) setAt(pair, childPath, defaultFor(ps));
              changed(true);
            });
            box.append(add);
            continue;
          }
        }
        box.append(render(ps, childPath, label(key), paired));
        if (!required.has(key)) {
          const remove = el(
            "button",
            { type: "button", class: "btn btn-link btn-sm text-danger p-0 mb-2" },
            `rimuovi «${label(key)}»`,
          );
          remove.addEventListener("click", () => {
            setAt(data, childPath, undefined);
            if (paired && pair) setAt(pair, childPath, undefined);
            changed(true);
          });
          box.append(remove);
        }
      }
      const extra = e.additionalProperties;
      if (extra && typeof extra === "object" && Object.keys(properties).length === 0) {
        for (const key of Object.keys(value ?? {})) {
          box.append(render(extra, [...path, key], label(key), paired));
          const remove = el(
            "button",
            { type: "button", class: "btn btn-link btn-sm text-danger p-0 mb-2" },
            `rimuovi «${key}»`,
          );
          remove.addEventListener("click", () => {
            setAt(data, [...path, key], undefined);
            changed(true);
          });
          box.append(remove);
        }
        const id = nextId();
        const keyInput = el("input", {
          class: "form-control form-control-sm",
          id,
          type: "text",
          maxlength: "80",
        });
        const add = el(
          "button",
          { type: "button", class: "btn btn-outline-primary btn-sm mt-1" },
          "Aggiungi voce",
        );
        add.addEventListener("click", () => {
          const key = keyInput.value.trim();
          if (!key || (value && key in value)) return;
          setAt(data, [...path, key], defaultFor(extra));
          changed(true);
        });
        box.append(
          el(
            "div",
            { class: "mb-2" },
            el("label", { class: "form-label console-label", for: id }, "Nuova voce (chiave)"),
            keyInput,
            add,
          ),
        );
      }
      return box;
    }

    if (type === "array") {
      const primitive = primitiveItems(e.items);
      if (primitive) {
        const mine = linesInput(value, path, data, file, labelText, primitive !== "string");
        if (!paired) return mine;
        return side([
          mine,
          linesInput(
            getAt(pair, path),
            path,
            pair,
            pairFile,
            `${labelText} · English`,
            primitive !== "string",
          ),
        ]);
      }
      const box = el("fieldset", {
        class: "console-fieldset",
        "data-path": path.join("."),
        "data-file": file,
      });
      box.append(el("legend", { class: "h6" }, labelText));
      (value ?? []).forEach((item, index) => {
        const name = item?.id ?? item?.name?.it ?? item?.it ?? "";
        const details = el("details", {
          class: "console-item",
          "data-path": [...path, index].join("."),
          "data-file": file,
        });
        details.append(
          el(
            "summary",
            {},
            `${labelText} ${index + 1}${name ? ` · ${typeof name === "string" ? name : ""}` : ""}`,
          ),
        );
        details.append(render(e.items ?? {}, [...path, index], `${labelText} ${index + 1}`, paired));
        const remove = el(
          "button",
          { type: "button", class: "btn btn-outline-danger btn-sm mb-2" },
          `Rimuovi ${labelText} ${index + 1}`,
        );
        remove.addEventListener("click", () => {
          setAt(data, [...path, index], undefined);
          if (paired && pair) setAt(pair, [...path, index], undefined);
          changed(true);
        });
        details.append(remove);
        box.append(details);
      });
      const add = el(
        "button",
        { type: "button", class: "btn btn-outline-primary btn-sm" },
        `Aggiungi ${labelText}`,
      );
      add.addEventListener("click", () => {
        const list = getAt(data, path) ?? [];
        list.push(defaultFor(e.items ?? {}));
        setAt(data, path, list);
        if (paired && pair) {
          const other = getAt(pair, path) ?? [];
          other.push(defaultFor(e.items ?? {}));
          setAt(pair, path, other);
        }
        openPath = [...path, list.length - 1].join(".");
        changed(true);
      });
      box.append(add);
      return box;
    }

    if (paired) {
      const mine = scalarInput(e, value, path, data, file, `${labelText} · Italiano`);
      const other = scalarInput(
        effective(s, getAt(pair, path)),
        getAt(pair, path),
        path,
        pair,
        pairFile,
        `${labelText} · English`,
      );
      return el("div", { "data-path": path.join("."), "data-file": file }, side([mine, other]));
    }
    return scalarInput(e, value, path, data, file, labelText);
  }

  let openPath = null;

  return {
    /** The form's elements; `open` is the path of a list item to show unfolded (a new one). */
    build() {
      counter = 0;
      const node = render(root, [], "", Boolean(pair));
      const target = openPath;
      openPath = null;
      if (target) {
        for (const details of node.querySelectorAll("details")) {
          if (details.dataset.path === target) {
            details.open = true;
            queueMicrotask(() => details.querySelector("input, textarea, select")?.focus());
          }
        }
      }
      return node;
    },
  };
}

/**
 * Puts each problem next to its field: the element for the exact path, or for the nearest path
 * above it that the form shows; folded items around it are opened. Returns the problems placed.
 */
export function placeProblems(container, problems) {
  for (const old of container.querySelectorAll(".console-problem")) old.remove();
  for (const old of container.querySelectorAll("[aria-invalid]")) old.removeAttribute("aria-invalid");
  const placed = [];
  for (const problem of problems) {
    const candidates = [...container.querySelectorAll("[data-path]")].filter(
      (n) => n.dataset.file === problem.file,
    );
    let path = problem.path;
    let target;
    for (;;) {
      target = candidates.find((n) => n.dataset.path === path);
      if (target || path === "") break;
      path = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
    }
    if (!target) continue;
    const note = el(
      "div",
      { class: "console-problem invalid-feedback d-block", id: `problem-${placed.length}` },
      problem.message,
    );
    if (target.matches("input, textarea, select")) {
      target.setAttribute("aria-invalid", "true");
      target.setAttribute("aria-describedby", note.id);
      target.after(note);
    } else target.prepend(note);
    for (let parent = target.parentElement; parent; parent = parent.parentElement) {
      if (parent.tagName === "DETAILS") parent.open = true;
    }
    placed.push(problem);
  }
  return placed;
}
