/** A request body refused: answered with its status (413 or 400) by the error boundary. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}
