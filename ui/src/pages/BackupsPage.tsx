import { PageHeader } from "../components/PageHeader";

/** 备份与恢复 (placeholder until the screen is built). */
export function BackupsPage() {
  return <PageHeader title="备份与恢复" />;
}
