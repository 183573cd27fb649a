/** Bot API updates as Telegram posts them to a webhook, for a private chat whose user id is the chat id. */
const user = (chatId: number) => ({ id: chatId, is_bot: false, first_name: "Prova", language_code: "it" });
const chat = (chatId: number) => ({ id: chatId, type: "private", first_name: "Prova" });

export function textUpdate(updateId: number, chatId: number, text: string) {
  const command = /^\/\w+/.exec(text);
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: chat(chatId),
      from: user(chatId),
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  };
}

export function buttonUpdate(updateId: number, chatId: number, data: string) {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb-${updateId}`,
      from: user(chatId),
      chat_instance: "1",
      message: {
        message_id: updateId - 1,
        date: Math.floor(Date.now() / 1000),
        chat: chat(chatId),
        text: "…",
      },
      data,
    },
  };
}
