import { PageHeader } from "../components/PageHeader";

/** 概览 (placeholder until the screen is built). */
export function OverviewPage() {
  return <PageHeader title="概览" />;
}
