// First start: there is no default password. While no admin exists, every start prints a one-time
// link (valid 24 h) through which the person running the server creates the first admin.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../../db/database";
import { makePrivateDir, writePrivateFile } from "../../lib/private-files";
import { deleteLinkTokens, hasAdmin } from "./store";
import { createLinkToken } from "./tokens";

/** The setup link, or null when an admin exists. Earlier unused links stop working. */
export async function firstAdminLink(db: Db, appOrigin: string): Promise<string | null> {
  if (await hasAdmin(db)) return null;
  await deleteLinkTokens(db, "admin-setup");
  const token = await createLinkToken(db, "admin-setup", null);
  return `${appOrigin}/verwaltung/einrichten?token=${token}`;
}

/**
 * Prints the link (not as a JSON log line, so it can be copied) and also writes it to
 * DATA_DIR/admin-setup-link.txt (readable by the server's user only) for hosts whose stdout is not
 * at hand; the file is removed at the first start after an admin exists.
 */
export async function announceFirstAdminLink(db: Db, appOrigin: string, dataDir: string): Promise<void> {
  const file = join(dataDir, "admin-setup-link.txt");
  const link = await firstAdminLink(db, appOrigin);
  if (!link) {
    rmSync(file, { force: true });
    return;
  }
  process.stdout.write(`\nNo admin account yet. Create the first one within 24 hours:\n  ${link}\n\n`);
  makePrivateDir(dataDir);
  writePrivateFile(file, `${link}\n`);
}
