import { SearchOutlined } from "@ant-design/icons";
import { Card, Empty, Flex, Input, Segmented, Table, Typography } from "antd";
import { useCallback, useEffect, useMemo, useState, type Key } from "react";
import type { DocType } from "../../bindings/DocType";
import type { Document } from "../../bindings/Document";
import { LoadError } from "../../components/LoadError";
import { BatchBar } from "./BatchBar";
import { DOC_TYPE_LABELS, DOC_TYPES } from "./docLabels";
import { documentColumns } from "./documentColumns";
import { GenerateResult } from "./GenerateResult";
import { useClauses } from "../../clauses";
import type { DocumentRegister } from "./useDocumentRegister";
import { useKeptPager, useKeptState } from "../../hooks/useKeptState";

type TypeFilter = "all" | DocType;

const TYPE_OPTIONS: { value: TypeFilter; label: string }[] = [
  { value: "all", label: "全部" },
  ...DOC_TYPES.map((t) => ({ value: t, label: DOC_TYPE_LABELS[t] })),
];

/** 文件清单: the document register, filtered by type and searched by code or title. */
export function DocumentListTab({ register, readOnly }: { register: DocumentRegister; readOnly?: boolean }) {
  const { documents, people, departments, openDocument, needPeople, reloadAll, report, closeReport } = register;
  const [type, setType] = useKeptState<TypeFilter>("documents.type", "all");
  const [search, setSearch] = useKeptState("documents.search", "");
  const pager = useKeptPager("documents");

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

  // The selection for 批量操作: kept across pages and filters, and across the
  // reloads after each step (the counts of the next step follow).
  const [selectedKeys, setSelectedKeys] = useState<Key[]>([]);
  const selected = useMemo(() => {
    const keys = new Set(selectedKeys);
    return all.filter((d) => keys.has(d.id));
  }, [all, selectedKeys]);
  const shownSelected = useMemo(() => {
    const keys = new Set(selectedKeys);
    return rows.reduce((n, d) => (keys.has(d.id) ? n + 1 : n), 0);
  }, [rows, selectedKeys]);
  const selectShown = useCallback(
    () => setSelectedKeys((keys) => [...new Set([...keys, ...rows.map((d) => d.id)])]),
    [rows],
  );
  const clearSelection = useCallback(() => setSelectedKeys([]), []);

  // The batch's pickers need the people: loaded once something is selected.
  const anySelected = selected.length > 0;
  useEffect(() => {
    if (anySelected) needPeople();
  }, [anySelected, needPeople]);

  const error = documents.error ?? people.error ?? departments.error;
  const filtered = type !== "all" || search.trim() !== "";
  const loading = documents.loading;

  // The table is rendered again only when what it shows changes: opening a document's
  // drawer re-renders the page (and the people arriving for its pickers re-render it
  // again), and 20 rows of antd controls took most of the click.
  const table = useMemo(
    () => (
      <Table<Document>
        sticky
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        rowSelection={readOnly ? undefined : {
          selectedRowKeys: selectedKeys,
          onChange: setSelectedKeys,
          // Selected rows on other pages, or hidden by the filter, stay selected.
          preserveSelectedRowKeys: true,
          columnWidth: 36,
          selections: [
            {
              key: "all-shown",
              text: filtered ? `全选筛选出的 ${rows.length} 份` : `全选 ${rows.length} 份`,
              onSelect: selectShown,
            },
            { key: "none", text: "清除选择", onSelect: clearSelection },
          ],
        }}
        loading={loading}
        // Paged like 人员: every row is a dozen antd controls, and the whole set (87
        // documents in the demo) took seconds to render on a slow machine.
        pagination={{
          ...pager,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          hideOnSinglePage: rows.length <= 20,
        }}
        scroll={{ x: 1000 }}
        rowClassName={(d) => (d.archived ? "row-archived" : "")}
        locale={{
          emptyText: loading ? (
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
    ),
    [columns, rows, readOnly, selectedKeys, filtered, selectShown, clearSelection, loading, pager],
  );

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
      {selected.length > 0 && (
        <BatchBar
          selected={selected}
          shown={rows.length}
          shownSelected={shownSelected}
          filtered={filtered}
          onSelectShown={selectShown}
          onClear={clearSelection}
          people={people.data ?? []}
          departments={departments.data ?? []}
        />
      )}
      <Card size="small" className="table-card">
        <div data-testid="document-table">
          {table}
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
