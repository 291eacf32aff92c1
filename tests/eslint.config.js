// ESLint flat config (kept under tests/ so the repository's top level stays as agreed).
import js from "@eslint/js";
import solid from "eslint-plugin-solid/configs/typescript";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "tests/.tmp/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  { files: ["src/**/*.tsx"], ...solid },
  // Classic scripts the page loads before the app (public/display-settings.js).
  { files: ["public/**/*.js"], languageOptions: { sourceType: "script", globals: globals.browser } },
  {
    files: ["server/index.ts", "bench/**/*.ts", "tests/**/*.ts", "**/*.test.ts"],
    rules: { "no-console": "off" },
  },
);
