/**
 * One problem of a draft, placed where the editor shows it: the file, the field's path inside it
 * (`periods.3.end`, empty for the whole file) and the message of `content:check`.
 */
export type ContentProblem = { file: string; path: string; message: string; line?: number };
