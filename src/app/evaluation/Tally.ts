/** How many of some steps, dialogues or questions passed, out of how many. */
export interface Tally {
  passed: number;
  total: number;
}
