import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";
import { precompress } from "./server/build/precompress.ts";

// APP_VERSION tells builds apart (the e2e update test makes a second build with another one).
const appVersion = process.env.APP_VERSION ?? new Date().toISOString().slice(0, 16);

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
          // The page registers the worker itself through workbox-window (src/lib/sw-bridge.ts).
          injectRegister: false,
          // public/manifest.webmanifest is written by hand.
          manifest: false,
          injectManifest: {
            globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,woff2}"],
            // MapLibre (about 1 MB) only for those who open the map: cached then by sw/map-tiles.ts.
            globIgnores: ["screenshots/**", "assets/map-engine-*", "assets/maplibre-gl-*"],
            maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
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
  },
  server: {
    proxy: { "/api": "http://localhost:8080" },
  },
  test: {
    projects: [
      {
        test: {
          name: "client",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
        define: { __APP_VERSION__: JSON.stringify("test") },
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
