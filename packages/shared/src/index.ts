export * from "./auth.js";
export * from "./calc/weight-stats.js";
export * from "./dates.js";
export * from "./errors.js";
export * from "./health.js";
export * from "./profile.js";
export * from "./weight.js";
