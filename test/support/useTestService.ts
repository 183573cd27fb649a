import { beforeAllTests } from "./beforeAllTests.ts";
import { startTestService, type TestService } from "./startTestService.ts";

/** The whole service on a fresh database (see startTestService) for the tests of a file: started before them, disposed of after. */
export function useTestService(
  env: Record<string, string> = {},
  options: { empty?: boolean } = {},
): () => TestService {
  return beforeAllTests(
    () => startTestService(env, options),
    (service) => service.dispose(),
  );
}
