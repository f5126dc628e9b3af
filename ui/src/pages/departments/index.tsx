import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Flex, Switch, Table, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useKeptPager, useKeptState } from "../../hooks/useKeptState";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { departmentColumns } from "./departmentColumns";
import { DepartmentModal } from "./DepartmentModal";

const PAGE_SIZE = 20;

interface ModalState {
  open: boolean;
  /** A fresh modal (and form) for every opening; the closing one keeps its key to animate out. */
  session: number;
  editing: Department | null;
}

export function DepartmentsPage() {
  const [includeArchived, setIncludeArchived] = useKeptState("departments.archived", false);
  const pager = useKeptPager("departments", PAGE_SIZE);
  const [modal, setModal] = useState<ModalState>({ open: false, session: 0, editing: null });
  const { message } = App.useApp();
  const showError = useShowError();

  const load = useCallback(() => api.departmentList(includeArchived), [includeArchived]);
  const { data, error, loading, reload } = useRemote(load);

  const columns = useMemo(
    () =>
      departmentColumns({
        onEdit: (d) => setModal((m) => ({ open: true, session: m.session + 1, editing: d })),
        onArchive: (d) => {
          api.departmentArchive(d.id).then(() => {
            void message.success(`已归档部门“${d.name}”`);
          }, showError);
        },
        onRestore: (d) => {
          api.departmentRestore(d.id).then(() => {
            void message.success(`已恢复部门“${d.name}”`);
          }, showError);
        },
      }),
    [message, showError],
  );

  const rows = data ?? [];
  const activeCount = rows.filter((d) => !d.archived).length;

  return (
    <>
      <PageHeader
        title="部门"
        description="企业的组织机构；人员按部门登记，部门负责人在“人员”中指定。"
        extra={
          <>
            <Flex align="center" gap={6}>
              <Switch
                size="small"
                checked={includeArchived}
                onChange={setIncludeArchived}
                data-testid="department-show-archived"
              />
              <Typography.Text>显示已归档</Typography.Text>
            </Flex>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setModal((m) => ({ open: true, session: m.session + 1, editing: null }))}
              data-testid="department-add"
            >
              新增部门
            </Button>
          </>
        }
      />
      {error && !loading && <LoadError error={error} onRetry={reload} />}
      <Card size="small" className="table-card">
        <div data-testid="department-table">
          <Table<Department>
            sticky
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            scroll={{ x: 1080 }}
            // Paged like 人员 once there are more than a page: a large enterprise has dozens
            // of departments, each row a dozen controls.
            pagination={
              rows.length > PAGE_SIZE && {
                ...pager,
                showSizeChanger: true,
                pageSizeOptions: [PAGE_SIZE, 50, 100],
              }
            }
            rowClassName={(d) => (d.archived ? "row-archived" : "")}
            locale={{
              emptyText: loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无部门，点击“新增部门”开始" />
              ),
            }}
            footer={
              rows.length > 0
                ? () => <Typography.Text type="secondary">共 {activeCount} 个在用部门</Typography.Text>
                : undefined
            }
          />
        </div>
      </Card>
      <DepartmentModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        onClose={() => setModal((m) => ({ ...m, open: false }))}
        onSaved={() => {
          setModal((m) => ({ ...m, open: false }));
        }}
      />
    </>
  );
}
