import type { ContentFiles } from "./ContentFiles.ts";

const BLOCK = 512;

function header(name: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  const write = (text: string, offset: number, length: number) => {
    block.write(text.slice(0, length), offset, length, "utf8");
  };
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0");
  // ustar: names up to 100 bytes, longer ones split into prefix (155) and name (100).
  const split = name.length > 100 ? name.lastIndexOf("/", 155) : -1;
  write(split > 0 ? name.slice(split + 1) : name, 0, 100);
  write(octal(0o644, 8), 100, 8);
  write(octal(0, 8), 108, 8);
  write(octal(0, 8), 116, 8);
  write(octal(size, 12), 124, 12);
  write(octal(mtime, 12), 136, 12);
  block.fill(" ", 148, 156);
  write("0", 156, 1);
  write("ustar\u000000", 257, 8);
  if (split > 0) write(name.slice(0, split), 345, 155);
  let sum = 0;
  for (const byte of block) sum += byte;
  write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8);
  return block;
}

/**
 * A version as a plain tar of an `intents/` folder, to unpack over the repository's one and commit:
 * how a version edited in the console goes back to the files the next deploy ships.
 */
export function toTarArchive(files: ContentFiles, mtime: Date): Buffer {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const parts: Buffer[] = [];
  for (const name of Object.keys(files).sort()) {
    const body = Buffer.from(files[name] ?? "", "utf8");
    parts.push(header(`intents/${name}`, body.length, seconds), body);
    const padding = (BLOCK - (body.length % BLOCK)) % BLOCK;
    if (padding > 0) parts.push(Buffer.alloc(padding, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(parts);
}
