import type { ComponentType } from "react";
import type { PageKey } from "../navigation/navigation";
import { ApplicationPage } from "../pages/ApplicationPage";
import { AuditsPage } from "../pages/AuditsPage";
import { BackupsPage } from "../pages/BackupsPage";
import { DepartmentsPage } from "../pages/DepartmentsPage";
import { DiagnosisPage } from "../pages/DiagnosisPage";
import { DocumentsPage } from "../pages/DocumentsPage";
import { ExportPage } from "../pages/ExportPage";
import { OperationPage } from "../pages/OperationPage";
import { OrganisationPage } from "../pages/OrganisationPage";
import { OverviewPage } from "../pages/OverviewPage";
import { PeoplePage } from "../pages/PeoplePage";
import { PlanPage } from "../pages/PlanPage";
import { ProfilePage } from "../pages/ProfilePage";
import { ReviewsPage } from "../pages/ReviewsPage";
import { TrainingPage } from "../pages/TrainingPage";

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
