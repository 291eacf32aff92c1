// A stand-in basemap for tests, the end-to-end run and the bench: a real HTTP server on 127.0.0.1
// with a MapLibre style whose raster tiles are solid-colour PNGs, a sprite and glyphs, and switches
// to make the upstream fail, hang or change.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32, deflateSync } from "node:zlib";

/** The colour of every tile (a pale green, like a basemap's open land). */
export const FIXTURE_TILE_COLOUR = [0xd8, 0xe8, 0xc8] as const;

export type TileFixtureServer = {
  baseUrl: string;
  styleUrl: string;
  /** How many requests a path got. */
  count(path: string): number;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** From now on every path starting with `prefix` answers this status, or never answers ("hang"). */
  fail(prefix: string, status: number | "hang"): void;
  /** Serve again normally. */
  heal(): void;
  close(): Promise<void>;
};

/** A square PNG of one colour (RFC 2083: IHDR, one IDAT, IEND). */
export function solidPng([r, g, b]: readonly [number, number, number], size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export async function startTileFixtureServer(options: { port?: number } = {}): Promise<TileFixtureServer> {
  // 512-pixel tiles, as basemap.de's vector tiles: map zoom z shows tiles of level z.
  const tile = solidPng(FIXTURE_TILE_COLOUR, 512);
  const requests: TileFixtureServer["requests"] = [];
  const failures = new Map<string, number | "hang">();
  const hanging = new Set<ServerResponse>();
  let baseUrl = "";

  const style = () => ({
    version: 8,
    name: "Stand-in basemap",
    sources: {
      basemap: {
        type: "raster",
        tiles: [`${baseUrl}/tiles/{z}/{x}/{y}.png`],
        tileSize: 512,
        minzoom: 0,
        maxzoom: 18,
        attribution: "Stand-in basemap for tests",
      },
    },
    sprite: `${baseUrl}/sprites/basemap`,
    glyphs: `${baseUrl}/fonts/{fontstack}/{range}.pbf`,
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#f4f1ea" } },
      { id: "basemap", type: "raster", source: "basemap" },
    ],
  });

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fixture").pathname;
    requests.push({ path, headers: request.headers });
    for (const [prefix, failure] of failures) {
      if (!path.startsWith(prefix)) continue;
      if (failure === "hang") {
        hanging.add(response);
        return;
      }
      response.writeHead(failure, { "content-type": "text/html" }).end("<h1>error</h1>");
      return;
    }
    const send = (body: Buffer | string, type: string) => {
      const etag = `"${crc32(body).toString(16)}"`;
      if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { etag }).end();
      response.writeHead(200, { "content-type": type, etag }).end(body);
    };
    if (path === "/styles/basemap.json") return send(JSON.stringify(style()), "application/json");
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) return send(tile, "image/png");
    if (/^\/sprites\/basemap(@2x)?\.json$/.test(path))
      return send(
        JSON.stringify({ dot: { x: 0, y: 0, width: 1, height: 1, pixelRatio: 1 } }),
        "application/json",
      );
    if (/^\/sprites\/basemap(@2x)?\.png$/.test(path)) return send(solidPng([0, 0, 0], 1), "image/png");
    if (/^\/fonts\/[^/]+\/\d+-\d+\.pbf$/.test(path)) return send(Buffer.alloc(0), "application/x-protobuf");
    response.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    styleUrl: `${baseUrl}/styles/basemap.json`,
    count: (path) => requests.filter((r) => r.path === path).length,
    requests,
    fail: (prefix, status) => void failures.set(prefix, status),
    heal: () => {
      failures.clear();
      for (const response of hanging) response.destroy();
      hanging.clear();
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
