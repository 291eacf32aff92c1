export * from "./feedback";
export * from "./guide";
export * from "./problem";
export * from "./sync";
