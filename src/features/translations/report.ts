// A proposal for a better translation travels through the outbox as a public write
// (src/lib/outbox-sender.ts): written on the device (offline too), sent once when there is a
// connection, without an account with a proof of work.
import type { TranslationReportWrite } from "../../lib/contract/translations";
import { enqueuePublicWrite, type PublicWrite, queuedPublicWrite, sendAgain } from "../../lib/outbox-sender";

const REPORT: PublicWrite = {
  kind: "translation-report",
  url: "/api/translations/reports",
  challenge: "/api/translations/reports/challenge",
};

/** Queues the proposal and tries to send it at once; its id names it on the page meanwhile. */
export const sendReport = (write: TranslationReportWrite) => enqueuePublicWrite(REPORT, write);

/** The outbox entry while the proposal waits or failed; undefined once the server has it. */
export const queuedReport = (id: string) => queuedPublicWrite(REPORT, id);

export const retryReport = sendAgain;
