// The appointment calendar's console page under /verwaltung/termine (mounted by
// src/features/staff/routes.tsx), a chunk of its own.
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";

export const consoleRoutes = (
  <Route path="/termine" component={consolePage(() => import("./AppointmentsPage"))} />
);
