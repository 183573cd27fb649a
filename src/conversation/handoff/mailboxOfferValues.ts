/** The values of the mailbox offer's two buttons (short: Telegram allows 64 bytes of callback data). */
export const MAILBOX_FORWARD_VALUE = "Sì, inoltra la conversazione";
export const MAILBOX_WAIT_VALUE = "No, resto in attesa";
