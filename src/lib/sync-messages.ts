/** Messages between page and service worker about synchronisation. */
export const SYNC_MESSAGE = "SYNC";
export const SYNC_REPORT_MESSAGE = "SYNC_REPORT";

/** Background Sync tag under which the worker sends the outbox when the network is back. */
export const OUTBOX_SYNC_TAG = "outbox";
