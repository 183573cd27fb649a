/**
 * A failure outside the code, typed so the boundaries answer it without reading its message:
 * "unavailable" when a dependency cannot be reached now and a retry may succeed (HTTP answers 503
 * with Retry-After), "misconfigured" when the service is set up in a way it cannot run with
 * (configuration, installation, data folder, migrations). Bugs stay plain Errors; a user's
 * mistake is a returned value.
 */
export class InfrastructureError extends Error {
  override readonly name = "InfrastructureError";

  constructor(
    readonly kind: "unavailable" | "misconfigured",
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
