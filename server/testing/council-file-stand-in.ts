// A council information system's file server for tests, on 127.0.0.1 (never the internet): serves
// the bodies it is given by path, counts requests, and plays the faults a real one shows: errors,
// no answer, a declared size too large, a body that never ends.
import { createServer, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export type StandInFile =
  | { body: Uint8Array; type?: string }
  | { status: number }
  | { hang: true }
  | { declaredBytes: number }
  | { endlessChunks: number };

export type CouncilFileStandIn = {
  url: (path: string) => string;
  files: Map<string, StandInFile>;
  /** Requests per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
};

export async function startCouncilFileStandIn(): Promise<CouncilFileStandIn> {
  const files = new Map<string, StandInFile>();
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  const send = (response: ServerResponse, file: StandInFile | undefined) => {
    if (!file) return response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    if ("status" in file) return response.writeHead(file.status).end("failed");
    if ("hang" in file) return undefined;
    if ("declaredBytes" in file) {
      response.writeHead(200, {
        "content-type": "application/pdf",
        "content-length": String(file.declaredBytes),
      });
      return response.write("%PDF-1.4\n");
    }
    if ("endlessChunks" in file) {
      response.writeHead(200, { "content-type": "application/pdf" });
      const chunk = Buffer.alloc(file.endlessChunks, 0x20);
      chunk.write("%PDF-1.4\n");
      const more = () => {
        if (response.destroyed) return;
        if (response.write(chunk)) setImmediate(more);
        else response.once("drain", more);
      };
      return more();
    }
    return response.writeHead(200, { "content-type": file.type ?? "application/pdf" }).end(file.body);
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    send(response, files.get(path));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("stand-in has no port");
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    files,
    hits,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
