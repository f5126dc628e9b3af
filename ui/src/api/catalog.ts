// The standards and programs catalog (src-tauri/src/commands/catalog.rs).
import { invoke } from "./invoke";
import type { Catalog } from "../bindings/Catalog";

export const catalogGet = () => invoke<Catalog>("catalog_get");
