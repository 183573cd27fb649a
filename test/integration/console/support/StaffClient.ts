/**
 * A signed-in console user over HTTP, as a browser would be: the session cookie and the CSRF
 * header on every state-changing request.
 */
export class StaffClient {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    readonly csrfToken: string,
    readonly setCookie: string,
  ) {}

  /** One sign-in attempt as the login form sends it, whatever its answer. */
  static attempt(baseUrl: string, email: string, password: string): Promise<Response> {
    return fetch(`${baseUrl}/console/api/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
  }

  static async login(baseUrl: string, email: string, password: string): Promise<StaffClient> {
    const res = await StaffClient.attempt(baseUrl, email, password);
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const setCookie = res.headers.get("set-cookie") ?? "";
    const cookie = setCookie.split(";")[0] ?? "";
    const body: unknown = await res.json();
    const csrfToken =
      typeof body === "object" && body !== null && "csrfToken" in body && typeof body.csrfToken === "string"
        ? body.csrfToken
        : "";
    return new StaffClient(baseUrl, cookie, csrfToken, setCookie);
  }

  fetch(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const method = init.method ?? "GET";
    return fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: "manual",
      headers: {
        cookie: this.cookie,
        ...(method === "GET" ? {} : { "Content-Type": "application/json", "X-CSRF-Token": this.csrfToken }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  }

  /** A PATCH with a JSON body (a change to a request or an account), whatever its answer. */
  patch(path: string, body: unknown) {
    return this.fetch(path, { method: "PATCH", body });
  }

  /** One of the handoff desk's actions on a conversation (claim, reply, close…), as its page posts it. */
  act(conversationId: string, action: string, body?: unknown) {
    return this.json(`/console/api/conversations/${conversationId}/${action}`, { method: "POST", body });
  }

  async json(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<{ status: number; body: unknown }> {
    const res = await this.fetch(path, init);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
}
