/**
 * Whether a process with this pid is still there: a lock or a folder named after a process that
 * died is taken over instead of waited for. A signal 0 the process may not receive (EPERM) still
 * proves it is there.
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
