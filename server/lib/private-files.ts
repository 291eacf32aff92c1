// DATA_DIR holds the database, the VAPID private key and the admin setup link: folders 0700 and
// files 0600, set explicitly so that a permissive umask (or a file an older version wrote) does
// not leave them readable by other users of the machine.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) as 0700; a folder that exists keeps the mode its owner gave it. */
export function makePrivateDir(dir: string): void {
  const created = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (created) chmodSync(dir, PRIVATE_DIR_MODE);
}

export async function makePrivateDirAsync(dir: string): Promise<void> {
  if (await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })) await chmod(dir, PRIVATE_DIR_MODE);
}

/** Writes `file` as 0600; `flag: "wx"` only when it does not exist yet. */
export function writePrivateFile(file: string, data: string, flag: "w" | "wx" = "w"): void {
  writeFileSync(file, data, { mode: PRIVATE_FILE_MODE, flag });
  chmodSync(file, PRIVATE_FILE_MODE);
}

export async function writePrivateFileAsync(file: string, data: string | Buffer): Promise<void> {
  await writeFile(file, data, { mode: PRIVATE_FILE_MODE });
  await chmod(file, PRIVATE_FILE_MODE);
}
