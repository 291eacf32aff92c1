// How an action's form reports back to the actions section (its own file: the forms and the
// section import it, not each other).
import type { StaffApplication } from "../../../lib/contract/applications";

export type ActionResult = {
  /** The application as the server stored it. */
  done: (application: StaffApplication, successKey: string) => void;
  failed: (error: unknown) => void;
};
