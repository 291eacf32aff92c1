// maplibre's CSP build (no worker code inlined as a blob) has the same API as the package's main file.
declare module "maplibre-gl/dist/maplibre-gl-csp.js" {
  export * from "maplibre-gl";
}
