import path from "node:path";

/** File names in problems are relative to the working directory when inside it, as staff see them. */
export function displayFileName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
