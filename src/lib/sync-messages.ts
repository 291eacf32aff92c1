/** Messages between page and service worker about synchronisation. */
export const SYNC_MESSAGE = "SYNC";
export const SYNC_REPORT_MESSAGE = "SYNC_REPORT";
/** The worker wrote to IndexedDB outside a sync round (a warning from a push): re-run live queries. */
export const DATA_CHANGED_MESSAGE = "DATA_CHANGED";

/** Background Sync tag under which the worker sends the outbox when the network is back. */
export const OUTBOX_SYNC_TAG = "outbox";
