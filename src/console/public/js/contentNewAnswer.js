// From the dashboard's unanswered questions: a new answer in Italian and English. Intents and topic
// ids are canonical (src/content/ids.ts, topicIds.ts), so the answer goes into a topic of
// topics.yaml chosen by the person, tried first when the message carries a new concept of
// concepts.yaml whose first phrase is the question itself; one save, checked like every save.

import { api, el, fill } from "./common.js";

const CONCEPTS = "programme/concepts.yaml";
const TOPICS = "programme/topics.yaml";
/** Above the topics' own rules (up to 0.95): the question's own words are the surest sign. */
const SCORE = 0.96;
const PREFERRED_TOPIC = "contacts";

function phrasesOf(text) {
  return text
    .split("\n")
    .map((line) => line.replace(/\*/g, " ").replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/**
 * Shows the panel when the page was opened with ?answer=…; `editor` gives the page's draft and the
 * way to save, reopen a file and show problems or a message.
 */
export async function setUpNewAnswer(text, editor) {
  const panel = document.getElementById("answer-panel");
  if (!text || !editor.canEdit(TOPICS) || !editor.canEdit(CONCEPTS)) return;
  const topics = await api(`/content/draft/file?path=${encodeURIComponent(TOPICS)}`);
  const select = document.getElementById("answer-topic");
  fill(
    select,
    topics.data.topics.map((t) => el("option", { value: t.id }, `${t.id} (${t.kind})`)),
  );
  if (topics.data.topics.some((t) => t.id === PREFERRED_TOPIC)) select.value = PREFERRED_TOPIC;
  document.getElementById("answer-phrases").value = phrasesOf(text).join(" ");
  panel.classList.remove("d-none");

  document.getElementById("answer-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const phrases = phrasesOf(document.getElementById("answer-phrases").value);
    const it = document.getElementById("answer-it").value.trim();
    const en = document.getElementById("answer-en").value.trim();
    if (phrases.length === 0 || !it || !en) {
      editor.say("Scrivi la domanda e la risposta in italiano e in inglese.", false);
      return;
    }
    try {
      const [concepts, current] = await Promise.all([
        api(`/content/draft/file?path=${encodeURIComponent(CONCEPTS)}`),
        api(`/content/draft/file?path=${encodeURIComponent(TOPICS)}`),
      ]);
      const names = new Set(Object.keys(concepts.data.concepts));
      let n = 1;
      while (names.has(`domanda_${n}`)) n++;
      const concept = `domanda_${n}`;
      concepts.data.concepts[concept] = phrases;
      const topic = current.data.topics.find((t) => t.id === select.value);
      if (!topic) throw new Error("Tema non trovato: ricarica la pagina.");
      topic.match = [...(topic.match ?? []), { all: [concept], score: SCORE }];
      topic.answers = [{ when: { concepts: [concept] }, it, en }, ...topic.answers];
      const result = await editor.save([
        { path: CONCEPTS, data: concepts.data },
        { path: TOPICS, data: current.data },
      ]);
      await editor.show(TOPICS, result.problems);
      if (result.problems.length === 0) {
        panel.classList.add("d-none");
        editor.say(
          `Risposta aggiunta alla bozza nel tema ${topic.id} (parole: ${concept}): provala nell'anteprima prima di pubblicare.`,
          true,
        );
      } else {
        editor.say(
          "Risposta salvata nella bozza, ma ci sono problemi da correggere prima di pubblicare.",
          false,
        );
      }
    } catch (error) {
      editor.say(error.message, false);
    }
  });
}
