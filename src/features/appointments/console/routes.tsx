// The appointment calendar's console page under /verwaltung/termine (mounted by
// src/features/staff/routes.tsx), a chunk of its own with the appointments' texts.
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

export const consoleRoutes = (
  <Route
    path="/termine"
    component={consolePage(() => loadTexts("appointments").then(() => import("./AppointmentsPage")))}
  />
);
