import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";
import { precompress } from "./server/build/precompress.ts";

// APP_VERSION tells builds apart (the e2e update test makes a second build with another one).
const appVersion = process.env.APP_VERSION ?? new Date().toISOString().slice(0, 16);

/** Client tests that start the server or a device database (see the test projects below). */
const CLIENT_TESTS_WITH_STATE = [
  "tests/unit/*-outbox.test.ts",
  "tests/unit/*-upload.test.ts",
  "tests/unit/sync-*.test.ts",
  "src/lib/personal-data.test.ts",
];

export default defineConfig({
  // Unit tests run in node without these (vitest sets VITEST).
  plugins: process.env.VITEST
    ? []
    : [
        solid(),
        VitePWA({
          strategies: "injectManifest",
          srcDir: "sw",
          filename: "sw.ts",
          // The page registers the worker itself (src/lib/sw-bridge.ts).
          injectRegister: false,
          // public/manifest.webmanifest is written by hand.
          manifest: false,
          injectManifest: {
            globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,woff2}"],
            // MapLibre (about 1 MB) only for those who open the map: cached then by sw/map-tiles.ts.
            // hls.js (about 580 KB) only for those who watch a council stream, which needs the network.
            globIgnores: ["screenshots/**", "assets/map-engine-*", "assets/maplibre-gl-*", "assets/hls-*"],
            maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
            // The worker is registered as a classic script (src/lib/sw-bridge.ts): built as one IIFE, which
            // also avoids the plugin's "es" path and its deprecated `inlineDynamicImports` output option.
            rollupFormat: "iife",
          },
        }),
        precompress(),
      ],
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  build: {
    outDir: process.env.BUILD_OUT_DIR ?? "dist",
    target: "es2022",
    sourcemap: false,
    // Two chunks are large on purpose and loaded only where needed: map-engine (MapLibre, about 950 kB,
    // only on /karte and not precached) and opening-state (opening_hours with its holiday tables, about
    // 720 kB, loaded on the first opening-hours question). Everything else stays far below 500 kB.
    chunkSizeWarningLimit: 1024,
    // The build's time goes to Solid's JSX transform and to precompress's brotli at quality 11 (once per
    // build, for every download after): known and accepted, so the timing report would only repeat it.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { "/api": "http://localhost:8080" },
  },
  test: {
    // Every core: Vitest's default leaves one for its main process, which on the two-core CI machine
    // ran the suites on one worker (its main process has little to do meanwhile).
    maxWorkers: "100%",
    projects: [
      {
        // Pure client code shares one module graph per worker (no re-import per file: a third of the
        // time). Tests that run the server or an IndexedDB stand-in keep files apart below, since the
        // server's limits and the device database live in module state.
        test: {
          name: "client",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: CLIENT_TESTS_WITH_STATE,
          environment: "node",
          isolate: false,
        },
        define: { __APP_VERSION__: JSON.stringify("test") },
      },
      {
        test: {
          name: "client-with-state",
          include: CLIENT_TESTS_WITH_STATE,
          environment: "node",
        },
        define: { __APP_VERSION__: JSON.stringify("test") },
      },
      {
        // Components render to HTML on the server side of Solid (no DOM here): enough to check the markup.
        plugins: [solid({ ssr: true })],
        test: {
          name: "ui",
          include: ["src/**/*.test.tsx"],
          environment: "node",
        },
      },
      {
        test: {
          name: "server",
          include: ["server/**/*.test.ts"],
          environment: "node",
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
