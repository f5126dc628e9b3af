import { PageHeader } from "../components/PageHeader";

/** 体系运行 (placeholder until the screen is built). */
export function OperationPage() {
  return <PageHeader title="体系运行" />;
}
