/** The realistic multi-turn Italian conversations the benchmarks replay, one per simulated user in turn. */
export const BENCH_SCRIPTS: string[][] = [
  [
    "ciao",
    "Impresa",
    "siamo una srl con 40 dipendenti a Milano",
    "vorremmo introdurre lo smart working",
    "quanti progetti sono stati finanziati a Milano?",
    "grazie",
  ],
  [
    "buongiorno",
    "Famiglia",
    "ho una bimba di 18 mesi e lavoriamo tutti e due",
    "abito a Bergamo",
    "come funziona il voucher per il nido?",
    "ok grazie",
  ],
  [
    "salve",
    "Voglio avviare un'attività",
    "sono disoccupata e vorrei aprire un baby parking",
    "abito a Sondrio, a quale ATS mi rivolgo?",
    "qual è il contributo massimo?",
    "arrivederci",
  ],
  [
    "ho un negozio con 2 dipendenti a Cremona",
    "che aiuti ci sono per il time saving?",
    "quando finiscono le attività?",
  ],
];
