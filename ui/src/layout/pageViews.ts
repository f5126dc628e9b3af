import type { ComponentType } from "react";
import type { PageKey } from "../navigation/navigation";
import { ApplicationPage } from "../pages/application";
import { AuditsPage } from "../pages/audits";
import { BackupsPage } from "../pages/backups";
import { DepartmentsPage } from "../pages/departments";
import { DiagnosisPage } from "../pages/diagnosis";
import { DocumentsPage } from "../pages/documents";
import { ExportPage } from "../pages/export";
import { OperationPage } from "../pages/operation";
import { OrganisationPage } from "../pages/organisation";
import { OverviewPage } from "../pages/overview";
import { PeoplePage } from "../pages/people";
import { PlanPage } from "../pages/plan";
import { ProfilePage } from "../pages/profile";
import { ProgramPage } from "../pages/program";
import { ReviewsPage } from "../pages/reviews";
import { TrainingPage } from "../pages/training";

/** How a page is shown. Most load afresh on every visit. A kept page has a form of
 *  its own and stays mounted (hidden while elsewhere) so unsaved edits survive a
 *  visit to another page: from the start (`always`) or once first opened (`opened`). */
export type PageView =
  | { component: ComponentType; kept?: undefined }
  | { component: ComponentType<{ active: boolean }>; kept: "always" | "opened" };

/** The component of every page in `PAGES` (navigation/navigation.ts); a page missing here fails to compile. */
export const PAGE_VIEWS: Record<PageKey, PageView> = {
  overview: { component: OverviewPage },
  profile: { component: ProfilePage, kept: "always" },
  program: { component: ProgramPage, kept: "opened" },
  departments: { component: DepartmentsPage },
  people: { component: PeoplePage },
  training: { component: TrainingPage },
  organisation: { component: OrganisationPage, kept: "opened" },
  plan: { component: PlanPage },
  diagnosis: { component: DiagnosisPage, kept: "opened" },
  documents: { component: DocumentsPage },
  operation: { component: OperationPage },
  audits: { component: AuditsPage },
  reviews: { component: ReviewsPage },
  application: { component: ApplicationPage },
  export: { component: ExportPage },
  backups: { component: BackupsPage },
};
