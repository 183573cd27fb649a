import type { Lang } from "../../content/ids.ts";
import { foldText } from "./foldText.ts";

const ITALIAN = new Set(
  (
    "il lo la le gli di da del della dello dei degli delle al alla allo ai agli alle dal dalla nel nella nei " +
    "nelle sul sulla col che non per con sono sei siamo siete ho hai ha abbiamo avete hanno mio mia miei mie " +
    "tuo tua suo sua nostro nostra vostro un una uno e ed o ma se ci si mi ti vi ne come cosa quando dove " +
    "perche quale quali quanto quanti quanta chi vorrei voglio posso puo possiamo potete devo deve grazie " +
    "ciao buongiorno buonasera salve arrivederci figlio figlia figli bambino bambina bambini bimbo bimba lavoro " +
    "lavoriamo lavora azienda ditta scuola anni mesi anche piu molto tutto tutti questo questa quello quella " +
    "qui qua c l po sto sta stanno fare faccio fa aiuto informazioni domanda richiesta mamma papa nonna nonno " +
    "madre padre dipendenti persona operatore privacy dati miei nostri essere stato stata c e gia ancora " +
    "sempre mai niente nulla qualcosa qualcuno abito vivo provincia comune zona rete dopo prima ore regione " +
    "tra fra condiviso condivisa spazio servizio servizi contributo contributi voglio"
  ).split(" "),
);

const ENGLISH = new Set(
  (
    "the an of to for with is are am was were be been being i my mine you your we our us they their " +
    "he she his her it its this that these those there here can could would should will shall do does did " +
    "have has had need want wants how what where when who which why please thanks thank hello hi hey bye " +
    "goodbye and or not no yes from by about at on into get got help work working job children child kids kid " +
    "son daughter school after before some any anything something someone one two three four five year years " +
    "old month months my business company staff employees workers apply eligible about much many like just " +
    "i'm i'd don't can't is there live town city contact call back email phone number talk speak person human " +
    "data delete privacy care elderly father mother parents funding support options start over summer " +
    "camp winter holiday club sports music dance while good tell find morning " +
    "afternoon evening network request notice policy recommend movie weather best new local cheers greetings"
  ).split(" "),
);

/** English words Italians use as their own ("smart working", "baby parking"): no clue either way. */
const LOANWORDS = new Set(
  (
    "smart working work baby sitter sitting parking welfare benefit benefits voucher bonus part time " +
    "coworking co start up team manager check ok privacy menu sport full online chat bot email mail " +
    "stage tutor week end weekend whp fse por ats srl pmi help"
  ).split(" "),
);

/**
 * Italian or English, from the message alone when it says enough, otherwise the conversation's
 * language so far (`hint`), otherwise Italian: "ok", "smart working" or "BG" carry no language
 * and must not flip a conversation.
 */
export function detectLanguage(text: string, hint?: Lang): Lang {
  const words = foldText(text)
    .replace(/'/g, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  let italian = 0;
  let english = 0;
  for (const word of words) {
    if (LOANWORDS.has(word)) continue;
    const it = ITALIAN.has(word);
    const en = ENGLISH.has(word);
    if (it && !en) italian += 1;
    else if (en && !it) english += 1;
    else if (!it && !en && word.length >= 4) {
      if (/[aeiou]$/.test(word)) italian += 0.3;
      else english += 0.3;
      if (/(zione|zioni|mente|bili|ggi|gli|cch|ghi)/.test(word)) italian += 0.5;
      if (/(ing|tion|th|ck|ed|ly|ss|wh|ea|ou|ee)$/.test(word) || /^(th|wh)/.test(word)) english += 0.5;
    }
  }
  if (/\bI\b/.test(text)) english += 1;
  const margin = italian - english;
  if (Math.abs(margin) < 1) return hint ?? (margin < 0 && english >= 0.9 ? "en" : "it");
  return margin > 0 ? "it" : "en";
}
