export { emailTokens, sessions } from "../modules/auth/auth.table.js";
export { bloodPressureLog } from "../modules/blood-pressure/blood-pressure.table.js";
export { importJobs, importMappings } from "../modules/import/import.table.js";
export { profiles } from "../modules/profiles/profile.table.js";
export { sleepLog } from "../modules/sleep/sleep.table.js";
export { vitalsBaseline } from "../modules/vitals/vitals.table.js";
export { weightLog } from "../modules/weight/weight.table.js";
