// The contract between the draft page and its step components, in a file of its own so the steps
// do not import the page that imports them (no import circle).
import type { ApplicationDefinition } from "../../lib/contract/application-definition";
import type { ApplicationDraft } from "../../lib/db";

/** What a step page gets: the draft, a way to change it (saved at once), and to move on. */
export type DraftEditor = {
  draft: () => ApplicationDraft;
  definition: ApplicationDefinition;
  update: (change: (draft: ApplicationDraft) => ApplicationDraft) => void;
  go: (stepId: string, options?: { check?: boolean }) => void;
  /** The Berlin calendar day, for date limits. */
  today: () => string;
  /** Arrived from "Absenden" with errors: show this step's errors at once. */
  checkOnArrival: () => boolean;
};
