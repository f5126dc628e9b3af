// 管理评审: management reviews (src-tauri/src/commands/review.rs).
import { invoke } from "./invoke";
import type { ManagementReview } from "../bindings/ManagementReview";
import type { ReviewInput } from "../bindings/ReviewInput";
import type { ReviewOutputInput } from "../bindings/ReviewOutputInput";

export const reviewList = () => invoke<ManagementReview[]>("review_list");
export const reviewSave = (id: number | null, input: ReviewInput) => invoke<ManagementReview>("review_save", { id, input });
export const reviewCollectInputs = (id: number) => invoke<ManagementReview>("review_collect_inputs", { id });
export const reviewOutputAdd = (id: number, input: ReviewOutputInput) =>
  invoke<ManagementReview>("review_output_add", { id, input });
export const reviewOutputDone = (outputId: number, on: string | null) => invoke<null>("review_output_done", { outputId, on });
export const reviewComplete = (id: number) => invoke<ManagementReview>("review_complete", { id });
