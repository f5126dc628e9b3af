// 换版: converts the open project to the next edition after a backup
// (src-tauri/src/commands/conversion.rs), and the conversions recorded.
import type { ConversionInput } from "../bindings/ConversionInput";
import type { ConversionReport } from "../bindings/ConversionReport";
import type { EditionConversion } from "../bindings/EditionConversion";
import { invoke } from "./invoke";

export const editionConvert = (input: ConversionInput) => invoke<ConversionReport>("edition_convert", { input });
export const editionConversions = () => invoke<EditionConversion[]>("edition_conversions");
