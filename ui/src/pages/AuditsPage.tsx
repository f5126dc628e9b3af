import { PageHeader } from "../components/PageHeader";

/** 内部审核 (placeholder until the screen is built). */
export function AuditsPage() {
  return <PageHeader title="内部审核" />;
}
