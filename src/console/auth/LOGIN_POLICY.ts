/** Wrong passwords in a row before the account is locked, and for how long. */
export const LOGIN_POLICY: { readonly lockAfter: number; readonly lockMinutes: number } = {
  lockAfter: 5,
  lockMinutes: 15,
};
