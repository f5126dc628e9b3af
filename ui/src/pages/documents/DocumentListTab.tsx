import { SearchOutlined } from "@ant-design/icons";
import { Card, Empty, Flex, Input, Segmented, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import type { DocType } from "../../bindings/DocType";
import type { Document } from "../../bindings/Document";
import { LoadError } from "../../components/LoadError";
import { DOC_TYPE_LABELS, DOC_TYPES } from "./docLabels";
import { documentColumns } from "./documentColumns";
import { GenerateResult } from "./GenerateResult";
import { useClauses } from "../../clauses";
import type { DocumentRegister } from "./useDocumentRegister";

type TypeFilter = "all" | DocType;

const TYPE_OPTIONS: { value: TypeFilter; label: string }[] = [
  { value: "all", label: "全部" },
  ...DOC_TYPES.map((t) => ({ value: t, label: DOC_TYPE_LABELS[t] })),
];

/** 文件清单: the document register, filtered by type and searched by code or title. */
export function DocumentListTab({ register }: { register: DocumentRegister }) {
  const { documents, people, departments, openDocument, reloadAll, report, closeReport } = register;
  const [type, setType] = useState<TypeFilter>("all");
  const [search, setSearch] = useState("");

  const { marked } = useClauses();
  const columns = useMemo(() => documentColumns((d) => openDocument(d.id), marked), [openDocument, marked]);

  const all = useMemo(() => documents.data ?? [], [documents.data]);
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return all.filter(
      (d) =>
        (type === "all" || d.doc_type === type) &&
        (!q || d.code.toLowerCase().includes(q) || d.title.toLowerCase().includes(q)),
    );
  }, [all, type, search]);

  const error = documents.error ?? people.error ?? departments.error;
  const filtered = type !== "all" || search.trim() !== "";

  return (
    <>
      {error && !documents.loading && <LoadError error={error} onRetry={reloadAll} />}
      {report && <GenerateResult report={report} onClose={closeReport} />}
      <Flex align="center" gap={8} wrap className="toolbar">
        <Segmented<TypeFilter>
          options={TYPE_OPTIONS}
          value={type}
          onChange={setType}
          data-testid="document-type-filter"
        />
        <div className="toolbar-spacer" />
        <Input
          allowClear
          prefix={<SearchOutlined className="muted-icon" />}
          placeholder="搜索文件编号或名称"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="toolbar-search"
          data-testid="document-search"
        />
      </Flex>
      <Card size="small" className="table-card">
        <div data-testid="document-table">
          <Table<Document>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={documents.loading}
            // Paged like 人员: every row is a dozen antd controls, and the whole set (87
            // documents in the demo) took seconds to render on a slow machine.
            pagination={{
              defaultPageSize: 20,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              hideOnSinglePage: rows.length <= 20,
            }}
            scroll={{ x: 1000 }}
            rowClassName={(d) => (d.archived ? "row-archived" : "")}
            locale={{
              emptyText: documents.loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    filtered
                      ? "没有符合条件的文件"
                      : "暂无文件：点击“按模板生成整套文件”生成方针目标、手册、程序文件和记录表单的草稿，或“新增文件”逐份登记"
                  }
                />
              ),
            }}
          />
        </div>
      </Card>
      {all.length > 0 && (
        <Typography.Paragraph type="secondary" className="table-note">
          {filtered ? `显示 ${rows.length} / ${all.length} 份文件` : `共 ${all.length} 份文件`}
        </Typography.Paragraph>
      )}
    </>
  );
}
