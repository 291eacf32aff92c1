// A push service that never answers: it accepts TCP connections and then says nothing, not even the
// TLS handshake, as the security probe's 260 subscriptions did. For the engine tests and the bench.
import { createServer, type Socket } from "node:net";

export type Tarpit = {
  /** https://127.0.0.1:<port>, for endpoints like `${origin}/push/1`. */
  origin: string;
  /** Connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
};

export async function startTarpit(): Promise<Tarpit> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("tarpit has no port");
  return {
    origin: `https://127.0.0.1:${address.port}`,
    get connections() {
      return connections;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
