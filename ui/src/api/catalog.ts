// The standards and programs catalog, and the project's clause table (src-tauri/src/commands/catalog.rs).
import { invoke } from "./invoke";
import type { Catalog } from "../bindings/Catalog";
import type { Glossary } from "../bindings/Glossary";
import type { StandardEdition } from "../bindings/StandardEdition";

export const catalogGet = () => invoke<Catalog>("catalog_get");
/** The clause table of the open project's edition. */
export const standardGet = () => invoke<StandardEdition>("standard_get");
/** The 帮助 glossary (assets/help/glossary.json). */
export const helpGlossary = () => invoke<Glossary>("help_glossary");
