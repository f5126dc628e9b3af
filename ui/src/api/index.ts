// Typed wrappers for the Tauri commands, one module per area, each named
// <entity><Verb>. Argument names are camelCase on this side. Use as
// `import * as api from "…/api"`; a name exported twice fails to compile.
export * from "./application";
export * from "./attachments";
export * from "./audits";
export * from "./backups";
export * from "./catalog";
export * from "./clauses";
export * from "./conversion";
export * from "./coverImages";
export * from "./departments";
export * from "./diagnosis";
export * from "./documents";
export * from "./export";
export * from "./history";
export * from "./objectives";
export * from "./operation";
export * from "./organisation";
export * from "./overview";
export * from "./people";
export * from "./plan";
export * from "./profile";
export * from "./program";
export * from "./project";
export * from "./reviews";
export * from "./subsidies";
export * from "./summary";
export * from "./training";
export * from "./word";
