// Pieces of the reports contract a page needs without zod (the start page's overview); reports.ts
// re-exports them.

/** A report's public page in the app (pushes, mails and Open311 clients link it). */
export const reportPagePath = (id: string) => `/meldungen/${encodeURIComponent(id)}`;
