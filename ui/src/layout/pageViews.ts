import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { PageKey } from "../navigation/navigation";

/** How a page is shown. Most load afresh on every visit. A kept page has a form of
 *  its own and stays mounted (hidden while elsewhere) so unsaved edits survive a
 *  visit to another page: from the start (`always`) or once first opened (`opened`).
 *  Every page is its own chunk, loaded on its first visit (or by `preloadPages`). */
export type PageView =
  | { component: LazyExoticComponent<ComponentType>; kept?: undefined }
  | { component: LazyExoticComponent<ComponentType<{ active: boolean }>>; kept: "always" | "opened" };

/** The page modules' loaders, by page: `import()` runs once, later calls answer the same module. */
const LOADERS = {
  overview: () => import("../pages/overview").then((m) => ({ default: m.OverviewPage })),
  profile: () => import("../pages/profile").then((m) => ({ default: m.ProfilePage })),
  program: () => import("../pages/program").then((m) => ({ default: m.ProgramPage })),
  departments: () => import("../pages/departments").then((m) => ({ default: m.DepartmentsPage })),
  people: () => import("../pages/people").then((m) => ({ default: m.PeoplePage })),
  training: () => import("../pages/training").then((m) => ({ default: m.TrainingPage })),
  organisation: () => import("../pages/organisation").then((m) => ({ default: m.OrganisationPage })),
  plan: () => import("../pages/plan").then((m) => ({ default: m.PlanPage })),
  diagnosis: () => import("../pages/diagnosis").then((m) => ({ default: m.DiagnosisPage })),
  documents: () => import("../pages/documents").then((m) => ({ default: m.DocumentsPage })),
  operation: () => import("../pages/operation").then((m) => ({ default: m.OperationPage })),
  audits: () => import("../pages/audits").then((m) => ({ default: m.AuditsPage })),
  reviews: () => import("../pages/reviews").then((m) => ({ default: m.ReviewsPage })),
  application: () => import("../pages/application").then((m) => ({ default: m.ApplicationPage })),
  export: () => import("../pages/export").then((m) => ({ default: m.ExportPage })),
  backups: () => import("../pages/backups").then((m) => ({ default: m.BackupsPage })),
};

/** The component of every page in `PAGES` (navigation/navigation.ts); a page missing here fails to compile. */
export const PAGE_VIEWS: Record<PageKey, PageView> = {
  overview: { component: lazy(LOADERS.overview) },
  profile: { component: lazy(LOADERS.profile), kept: "always" },
  program: { component: lazy(LOADERS.program), kept: "opened" },
  departments: { component: lazy(LOADERS.departments) },
  people: { component: lazy(LOADERS.people) },
  training: { component: lazy(LOADERS.training) },
  organisation: { component: lazy(LOADERS.organisation), kept: "opened" },
  plan: { component: lazy(LOADERS.plan) },
  diagnosis: { component: lazy(LOADERS.diagnosis), kept: "opened" },
  documents: { component: lazy(LOADERS.documents) },
  operation: { component: lazy(LOADERS.operation) },
  audits: { component: lazy(LOADERS.audits) },
  reviews: { component: lazy(LOADERS.reviews) },
  application: { component: lazy(LOADERS.application) },
  export: { component: lazy(LOADERS.export) },
  backups: { component: lazy(LOADERS.backups) },
};

/** Loads every page's chunk in the background, so that a first visit does not wait for it. */
export function preloadPages(): void {
  for (const load of Object.values(LOADERS)) void load().catch(() => undefined);
}
