/**
 * Just enough XMLHttpRequest, on top of fetch, for the rxjs 5 ajax that botframework-directlinejs
 * uses: Node has fetch but no XMLHttpRequest, and the point is to run the real client unchanged.
 */
export class FetchXmlHttpRequest {
  readyState = 0;
  status = 0;
  response: unknown = null;
  responseText = "";
  responseType = "";
  timeout = 0;
  withCredentials = false;
  onreadystatechange: ((this: FetchXmlHttpRequest, event: { type: string }) => void) | null = null;
  onerror: ((this: FetchXmlHttpRequest, event: { type: string }) => void) | null = null;
  ontimeout: ((this: FetchXmlHttpRequest, event: { type: string }) => void) | null = null;
  private method = "GET";
  private url = "";
  private readonly headers: Record<string, string> = {};
  private readonly controller = new AbortController();

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  getAllResponseHeaders(): string {
    return "";
  }

  abort(): void {
    this.controller.abort();
  }

  send(body?: string): void {
    let timedOut = false;
    const timer =
      this.timeout > 0
        ? setTimeout(() => {
            timedOut = true;
            this.controller.abort();
          }, this.timeout)
        : undefined;
    fetch(this.url, { method: this.method, headers: this.headers, body, signal: this.controller.signal })
      .then(async (res) => {
        const text = await res.text();
        this.status = res.status;
        this.responseText = text;
        this.response = this.responseType === "json" ? (text ? JSON.parse(text) : null) : text;
        this.readyState = 4;
        this.onreadystatechange?.call(this, { type: "readystatechange" });
      })
      .catch(() => {
        this.readyState = 4;
        this.status = 0;
        if (timedOut) this.ontimeout?.call(this, { type: "timeout" });
        else if (!this.controller.signal.aborted) this.onerror?.call(this, { type: "error" });
      })
      .finally(() => clearTimeout(timer));
  }
}
