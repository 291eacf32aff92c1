// Where the agents' pages are.

export const CHAT_CONSOLE_PATH = "/verwaltung/chat";
export const CHAT_HOURS_PATH = `${CHAT_CONSOLE_PATH}/zeiten`;
export const agentConversationPath = (id: string) => `${CHAT_CONSOLE_PATH}/${encodeURIComponent(id)}`;
export const CHAT_CASES_PATH = `${CHAT_CONSOLE_PATH}/nachrichten`;
export const CHAT_CANNED_PATH = `${CHAT_CONSOLE_PATH}/textbausteine`;
export const CHAT_STATS_PATH = `${CHAT_CONSOLE_PATH}/statistik`;
