// How an action's form reports back to the actions section (its own file: the forms and the
// section import it, not each other). The section runs one write at a time (src/lib/write.ts)
// and shows its outcome; a form asks it to send and learns whether that worked.
import type { StaffApplication } from "../../../lib/contract/applications";

export type ActionKey = "claim" | "export" | "question" | "decide";

export type ActionResult = {
  /** A form was submitted: the last outcome is no longer the news. */
  start: () => void;
  /** Sends one action; the server's copy of the application replaces the page's. False when it failed. */
  send: (key: ActionKey, request: () => Promise<StaffApplication>, successKey: string) => Promise<boolean>;
  /** The action being sent. */
  busy: () => ActionKey | undefined;
};
