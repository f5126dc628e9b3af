// 贯标计划: the project's program — a shipped profile, one defined in the
// project file, or none (src-tauri/src/commands/program.rs).
import type { FieldProblem } from "../bindings/FieldProblem";
import type { ProgramProfile } from "../bindings/ProgramProfile";
import type { ProjectProgram } from "../bindings/ProjectProgram";
import { invoke } from "./invoke";

export const programGet = () => invoke<ProjectProgram>("program_get");
export const programSet = (definition: ProgramProfile) => invoke<ProgramProfile>("program_set", { definition });
export const programSetNone = () => invoke<null>("program_set_none");
export const programImport = (path: string) => invoke<ProgramProfile>("program_import", { path });
export const programExport = (path: string) => invoke<null>("program_export", { path });
export const programCheck = (definition: ProgramProfile) => invoke<FieldProblem[]>("program_check", { definition });
