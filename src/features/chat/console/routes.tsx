// The agents' chat pages under /verwaltung/chat (mounted by src/features/staff/routes.tsx), each its
// own chunk with the chat's texts: the residents' (src/locales/chat/, chat-conversation/: the message
// list is shared) and the console's own (src/locales/chat-console/, kept off the residents' page).
import { Route } from "@solidjs/router";
import type { Component } from "solid-js";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

const chatPage = (load: () => Promise<{ default: Component }>) =>
  consolePage(() =>
    Promise.all([loadTexts("chat"), loadTexts("chat-conversation"), loadTexts("chat-console")]).then(load),
  );

export const consoleRoutes = (
  <>
    <Route path="/chat" component={chatPage(() => import("./ChatConsolePage"))} />
    <Route path="/chat/zeiten" component={chatPage(() => import("./ChatHoursPage"))} />
    <Route path="/chat/nachrichten" component={chatPage(() => import("./CasesPage"))} />
    <Route path="/chat/textbausteine" component={chatPage(() => import("./CannedAnswersPage"))} />
    <Route path="/chat/statistik" component={chatPage(() => import("./StatsPage"))} />
    <Route path="/chat/:id" component={chatPage(() => import("./AgentConversationPage"))} />
  </>
);
