// The guide editor under /verwaltung/inhalte (mounted by src/features/staff/routes.tsx), a chunk of
// its own.
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";

export const consoleRoutes = (
  <Route path="/inhalte" component={consolePage(() => import("./GuideEditorPage"))} />
);
