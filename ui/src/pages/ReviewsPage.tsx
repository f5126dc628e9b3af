import { PageHeader } from "../components/PageHeader";

/** 管理评审 (placeholder until the screen is built). */
export function ReviewsPage() {
  return <PageHeader title="管理评审" />;
}
