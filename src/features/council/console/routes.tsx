// The council office's console page under /verwaltung/rat (mounted by src/features/staff/routes.tsx),
// its own chunk; its texts live with the staff console's (German and English only, src/locales/staff/).
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";

export const consoleRoutes = (
  <Route path="/rat" component={consolePage(() => import("./CouncilConsolePage"))} />
);
