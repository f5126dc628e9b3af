import { Alert, Typography } from "antd";
import type { GenerationReport } from "../../bindings/GenerationReport";

interface Props {
  report: GenerationReport;
  onClose: () => void;
}

function List({ items, testId }: { items: string[]; testId: string }) {
  return (
    <ul className="alert-list generate-unfilled" data-testid={testId}>
      {items.map((u) => (
        <li key={u}>{u}</li>
      ))}
    </ul>
  );
}

/** What 按模板生成整套文件 did: created, skipped, the drafts with placeholders still to fill,
 *  what they leave out (a part no department plays) and references that did not resolve. */
export function GenerateResult({ report, onClose }: Props) {
  const summary = `已按模板生成：新建 ${report.created} 份文件（A/0 版草稿），跳过 ${report.skipped} 份（已存在）。`;
  const { unfilled, dropped, unresolved } = report;
  const attention = unfilled.length > 0 || unresolved.length > 0;
  const nothing = unfilled.length === 0 && dropped.length === 0 && unresolved.length === 0;
  return (
    <Alert
      type={attention ? "warning" : "success"}
      showIcon
      closable
      onClose={onClose}
      className="form-card"
      data-testid="generate-result"
      message={summary}
      description={
        nothing ? (
          report.created > 0 ? (
            "占位符已全部按项目资料填写。"
          ) : undefined
        ) : (
          <>
            {unfilled.length > 0 && (
              <>
                <Typography.Paragraph className="card-hint">
                  {`${unfilled.length} 份文件有未填写的占位符：项目中还没有对应的资料（如企业信息、领导小组、知识产权方针）。请打开文件，在“内容”中把黄色标出的占位符替换为实际内容；占位符全部填写后才能发布。`}
                </Typography.Paragraph>
                <List items={unfilled} testId="generate-unfilled" />
              </>
            )}
            {dropped.length > 0 && (
              <>
                <Typography.Paragraph className="card-hint">
                  没有部门承担下列职能，文件中写给它的条目已略去；如实际有部门承担，请在“部门”中为它勾选“承担职能”，文件随即按项目显示。
                </Typography.Paragraph>
                <List items={dropped} testId="generate-dropped" />
              </>
            )}
            {unresolved.length > 0 && (
              <>
                <Typography.Paragraph className="card-hint">
                  下列文件引用的文件在项目中不存在，暂只显示其名称：
                </Typography.Paragraph>
                <List items={unresolved} testId="generate-unresolved" />
              </>
            )}
          </>
        )
      }
    />
  );
}
