/** HTML built by the `html` template: its holes were escaped, so it may be inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}
