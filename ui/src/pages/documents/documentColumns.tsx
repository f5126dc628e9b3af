import { Button, Flex, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import type { DocType } from "../../bindings/DocType";
import type { Document } from "../../bindings/Document";
import { compactClauses, DOC_TYPE_LABELS } from "./docLabels";
import { RevisionStatusTag } from "./RevisionStatusTag";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** `clauseNo` renders a clause key as its (marked) number from the project's table. */
export function documentColumns(
  onOpen: (d: Document) => void,
  clauseNo: (key: string) => string,
): TableColumnsType<Document> {
  return [
    {
      title: "文件编号",
      dataIndex: "code",
      width: 116,
      render: (code: string, d) => (
        <Flex align="center" gap={4}>
          <span className="doc-code">{code}</span>
          {d.archived && <Tag className="inline-tag">已归档</Tag>}
        </Flex>
      ),
    },
    {
      title: "名称",
      dataIndex: "title",
      ellipsis: { showTitle: false },
      render: (title: string, d) => (
        <Flex align="center" gap={4}>
          <Tooltip title={title} placement="topLeft">
            {/* Cut by CSS: Typography's `ellipsis` measures every row's text after rendering. */}
            <Typography.Link onClick={() => onOpen(d)} className="flex-fill doc-title">
              {title}
            </Typography.Link>
          </Tooltip>
          {d.references_changed && (
            <Tooltip title="发布后，文中引用的文件编号、名称或部门等已变更。已发布版本保持发布时的原文，请新建修订版使其与项目一致。">
              <Tag color="orange" className="inline-tag" data-testid={`document-refs-changed-${d.id}`}>
                引用已变更，需修订
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { title: "类型", dataIndex: "doc_type", width: 100, render: (t: DocType) => DOC_TYPE_LABELS[t] },
    {
      title: "归口部门",
      dataIndex: "owner_department_name",
      width: 100,
      ellipsis: true,
      render: (v: string | null) => v || dash,
    },
    {
      title: "条款",
      dataIndex: "clauses",
      width: 168,
      ellipsis: { showTitle: false },
      render: (clauses: string[]) =>
        clauses.length === 0 ? (
          dash
        ) : (
          <Tooltip title={clauses.map(clauseNo).join("、")} placement="topLeft">
            <span className="doc-clauses">{compactClauses(clauses.map(clauseNo))}</span>
          </Tooltip>
        ),
    },
    {
      title: "现行版本",
      key: "published",
      width: 120,
      render: (_, d) =>
        d.published ? (
          <span>
            {d.published.version}
            <Typography.Text type="secondary" className="doc-version-date">
              {d.published.published_on ?? ""}
            </Typography.Text>
          </span>
        ) : (
          dash
        ),
    },
    {
      title: "在编版本",
      key: "working",
      width: 100,
      render: (_, d) =>
        d.working ? (
          <Flex align="center" gap={6}>
            <span>{d.working.version}</span>
            <RevisionStatusTag status={d.working.status} />
          </Flex>
        ) : (
          dash
        ),
    },
    {
      title: "未填写占位符",
      key: "unfilled",
      width: 108,
      render: (_, d) => {
        const names = d.working?.unfilled ?? [];
        if (names.length === 0) return dash;
        return (
          <Tooltip title={names.map((n) => `{{${n}}}`).join("、")}>
            <Tag color="warning" className="inline-tag">{`${names.length} 个`}</Tag>
          </Tooltip>
        );
      },
    },
    {
      title: "操作",
      key: "actions",
      width: 56,
      render: (_, d) => (
        <Button type="link" size="small" onClick={() => onOpen(d)} data-testid={`document-open-${d.id}`}>
          打开
        </Button>
      ),
    },
  ];
}
