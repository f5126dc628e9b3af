import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { PageKey } from "../navigation/navigation";

/** How a page is shown. A kept page has a form of its own and stays mounted (hidden
 *  while elsewhere) so unsaved edits survive a visit to another page: from the start
 *  (`always`) or once first opened (`opened`). Whether its page is shown is asked of
 *  `PageActivityContext` (the save shortcut does), never passed down: showing or
 *  hiding a page re-renders none of it.
 *  A `visited` page also stays mounted once opened, so coming back to it shows it at
 *  once (its data reloads only if a write changed it meanwhile, see pageActivity.ts);
 *  a link to it or a click on it while shown opens it afresh. The others (their data
 *  is not only the project's tables: files, export progress) load afresh on every visit.
 *  Every page is its own chunk, loaded on its first visit (or by `preloadPages`). */
export interface PageView {
  component: LazyExoticComponent<ComponentType>;
  kept?: "always" | "opened" | "visited";
}

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
  overview: { component: lazy(LOADERS.overview), kept: "visited" },
  profile: { component: lazy(LOADERS.profile), kept: "always" },
  program: { component: lazy(LOADERS.program), kept: "opened" },
  departments: { component: lazy(LOADERS.departments), kept: "visited" },
  people: { component: lazy(LOADERS.people), kept: "visited" },
  training: { component: lazy(LOADERS.training), kept: "visited" },
  organisation: { component: lazy(LOADERS.organisation), kept: "opened" },
  plan: { component: lazy(LOADERS.plan), kept: "visited" },
  diagnosis: { component: lazy(LOADERS.diagnosis), kept: "opened" },
  documents: { component: lazy(LOADERS.documents), kept: "visited" },
  operation: { component: lazy(LOADERS.operation), kept: "visited" },
  audits: { component: lazy(LOADERS.audits), kept: "visited" },
  reviews: { component: lazy(LOADERS.reviews), kept: "visited" },
  application: { component: lazy(LOADERS.application), kept: "visited" },
  export: { component: lazy(LOADERS.export) },
  backups: { component: lazy(LOADERS.backups) },
};

declare global {
  interface Window {
    /** Every page's chunk is loaded (the page bench waits for it before timing). */
    __guanbiaoPagesPreloaded?: boolean;
  }
}

/** Loads every page's chunk in the background, so that a first visit does not wait for it. */
export function preloadPages(): void {
  void Promise.allSettled(Object.values(LOADERS).map((load) => load())).then(() => {
    window.__guanbiaoPagesPreloaded = true;
  });
}
