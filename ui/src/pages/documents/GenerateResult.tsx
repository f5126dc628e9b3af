import { Alert, Typography } from "antd";
import type { GenerationReport } from "../../bindings/GenerationReport";

interface Props {
  report: GenerationReport;
  onClose: () => void;
}

/** What 按模板生成整套文件 did: created, skipped, and the drafts with placeholders still to fill. */
export function GenerateResult({ report, onClose }: Props) {
  const summary = `已按模板生成：新建 ${report.created} 份文件（A/0 版草稿），跳过 ${report.skipped} 份（已存在）。`;
  return (
    <Alert
      type={report.unfilled.length > 0 ? "warning" : "success"}
      showIcon
      closable
      onClose={onClose}
      className="form-card"
      data-testid="generate-result"
      message={summary}
      description={
        report.unfilled.length > 0 ? (
          <>
            <Typography.Paragraph className="card-hint">
              {`${report.unfilled.length} 份文件有未填写的占位符：项目中还没有对应的资料（如企业信息、领导小组、知识产权方针）。请打开文件，在“内容”中把黄色标出的占位符替换为实际内容；占位符全部填写后才能发布。`}
            </Typography.Paragraph>
            <ul className="alert-list generate-unfilled" data-testid="generate-unfilled">
              {report.unfilled.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          </>
        ) : report.created > 0 ? (
          "占位符已全部按项目资料填写。"
        ) : undefined
      }
    />
  );
}
