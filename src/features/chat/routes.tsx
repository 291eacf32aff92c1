// The Bürgerbüro chat for residents: its page is its own chunk and brings its texts
// (src/locales/chat/; the conversation's come with it, ChatPage.tsx). The agents' pages are in
// ./console/routes.tsx.
import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const ChatPage = lazy(() =>
  Promise.all([import("./ChatPage"), loadTexts("chat")]).then(([module]) => module),
);

export const chatRoutes = <Route path="/chat" component={ChatPage} />;
