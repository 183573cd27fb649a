import type { ServiceContext } from "./composeModules.ts";
import type { ServiceModule } from "./ServiceModule.ts";

/** The home page until the web chat channel serves its own. */
export function placeholderHome(_context: ServiceContext): ServiceModule {
  return {
    name: "home",
    mount: (app) => {
      app.get("/", (_req, res) => {
        res.type("html").send(`<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conciliabot – Conciliazione vita-lavoro, Regione Lombardia</title></head>
<body><main><h1>Conciliabot</h1>
<p>Assistente automatico del programma di conciliazione vita-lavoro di Regione Lombardia.</p>
<p>Per informazioni: <a href="mailto:conciliazione@regione.lombardia.it">conciliazione@regione.lombardia.it</a></p>
</main></body></html>`);
      });
    },
  };
}
