import { Flex } from "antd";
import { useState } from "react";
import type { PackageResult } from "../../api";
import { PageHeader } from "../../components/PageHeader";
import { CoverImagesCard } from "./CoverImagesCard";
import { PackageExportCard } from "./PackageExportCard";
import { PackageResultCard } from "./PackageResultCard";
import { SingleExportCard } from "./SingleExportCard";
import { SummaryCard } from "./SummaryCard";

/** 导出申请材料: the application package, single documents and the 文件汇编. */
export function ExportPage() {
  const [result, setResult] = useState<PackageResult | null>(null);
  return (
    <>
      <PageHeader title="导出申请材料" description="导出在后台进行，不影响继续使用；完成后可直接打开所在文件夹。" />
      <Flex vertical gap={16}>
        <PackageExportCard onDone={setResult} />
        {result && <PackageResultCard result={result} />}
        <SummaryCard />
        <SingleExportCard />
        <CoverImagesCard />
      </Flex>
    </>
  );
}
