// The appointment pages, each its own chunk; their texts come with them (src/locales/appointments/),
// and the account's, whose form parts and session the booking uses.
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

/** A page chunk that renders once its texts are there too. */
const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() =>
    Promise.all([load(), loadTexts("appointments"), loadTexts("account")]).then(([module]) => module),
  );

export const appointmentsRoutes = (
  <>
    <Route path="/termine" component={page(() => import("./BookingPage"))} />
    <Route path="/termine/verwalten" component={page(() => import("./ManagePage"))} />
    <Route path="/termine/meine" component={page(() => import("./MyAppointmentsPage"))} />
    <Route path="/termine/meine/:id" component={page(() => import("./MyAppointmentPage"))} />
  </>
);
