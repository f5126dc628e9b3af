// 领导小组: the organisation (src-tauri/src/commands/organisation.rs).
import { invoke } from "./invoke";
import type { Organisation } from "../bindings/Organisation";
import type { OrganisationInput } from "../bindings/OrganisationInput";

export const organisationGet = () => invoke<Organisation>("organisation_get");
export const organisationSave = (input: OrganisationInput) => invoke<Organisation>("organisation_save", { input });
