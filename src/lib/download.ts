// Hands a file the server sent to the browser as a download. Only the browser's download keeps
// it: the console stores nothing on the device (no IndexedDB, no Cache Storage).

// Long enough for the browser to start the download; an object URL holds the whole file in memory.
const REVOKE_AFTER_MS = 60_000;

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "external";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
