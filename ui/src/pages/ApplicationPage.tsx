import { PageHeader } from "../components/PageHeader";

/** 验收申请 (placeholder until the screen is built). */
export function ApplicationPage() {
  return <PageHeader title="验收申请" />;
}
