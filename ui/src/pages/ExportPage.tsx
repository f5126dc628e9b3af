import { PageHeader } from "../components/PageHeader";

/** 导出申请材料 (placeholder until the screen is built). */
export function ExportPage() {
  return <PageHeader title="导出申请材料" />;
}
