import { App, Card, Empty, Table } from "antd";
import { useCallback, useMemo, useState } from "react";
import * as api from "../../api";
import type { Person } from "../../bindings/Person";
import type { PersonQuery } from "../../bindings/PersonQuery";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useDebouncedValue } from "../../hooks/useDebouncedValue";
import { useKeptPager, useKeptState } from "../../hooks/useKeptState";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { useProject } from "../../project/projectContext";
import { ImportModal } from "./ImportModal";
import { PeopleToolbar, type PeopleFilters } from "./PeopleToolbar";
import { personColumns } from "./personColumns";
import { PersonModal } from "./PersonModal";

interface ModalState {
  open: boolean;
  /** A fresh modal (and form) for every opening; the closing one keeps its key to animate out. */
  session: number;
  editing: Person | null;
}

const loadDepartments = () => api.departmentList(true);

export function PeoplePage() {
  const { catalog } = useProject();
  const { message } = App.useApp();
  const showError = useShowError();
  const [filters, setFilters] = useKeptState<PeopleFilters>("people.filters", {
    search: "",
    departmentId: undefined,
    role: undefined,
    includeArchived: false,
  });
  const pager = useKeptPager("people");
  const [modal, setModal] = useState<ModalState>({ open: false, session: 0, editing: null });
  const [importer, setImporter] = useState({ open: false, session: 0 });

  const search = useDebouncedValue(filters.search.trim(), 250);
  const query = useMemo<PersonQuery>(
    () => ({
      search,
      department_id: filters.departmentId ?? null,
      role: filters.role ?? null,
      include_archived: filters.includeArchived,
    }),
    [search, filters.departmentId, filters.role, filters.includeArchived],
  );

  const departments = useRemote(loadDepartments);
  const loadPeople = useCallback(() => api.personList(query), [query]);
  const people = useRemote(loadPeople);

  const columns = useMemo(
    () =>
      personColumns({
        roles: catalog.roles,
        onEdit: (p) => setModal((m) => ({ open: true, session: m.session + 1, editing: p })),
        onArchive: (p) => {
          api.personArchive(p.id).then(() => {
            void message.success(`已归档“${p.name}”`);
          }, showError);
        },
        onRestore: (p) => {
          api.personRestore(p.id).then(() => {
            void message.success(`已恢复“${p.name}”`);
          }, showError);
        },
      }),
    [catalog.roles, message, showError],
  );

  const filtered = search !== "" || filters.departmentId !== undefined || filters.role !== undefined;
  const rows = people.data ?? [];
  const error = people.error ?? departments.error;

  return (
    <>
      <PageHeader
        title="人员"
        description="参与贯标工作的人员及其角色；最高管理者、管理者代表各只能有一人。"
      />
      <PeopleToolbar
        filters={filters}
        onChange={setFilters}
        departments={departments.data ?? []}
        roles={catalog.roles}
        onAdd={() => setModal((m) => ({ open: true, session: m.session + 1, editing: null }))}
        onImport={() => setImporter((m) => ({ open: true, session: m.session + 1 }))}
      />
      {error && !people.loading && (
        <LoadError
          error={error}
          onRetry={() => {
            people.reload();
            departments.reload();
          }}
        />
      )}
      <Card size="small" className="table-card">
        <div data-testid="people-table">
          <Table<Person>
            sticky
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={people.loading}
            scroll={{ x: 1000 }}
            rowClassName={(p) => (p.archived ? "row-archived" : "")}
            pagination={{
              ...pager,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => `共 ${total} 人`,
            }}
            locale={{
              emptyText: people.loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? "没有符合条件的人员" : "暂无人员，点击“新增人员”开始"}
                />
              ),
            }}
          />
        </div>
      </Card>
      <PersonModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        departments={departments.data ?? []}
        onClose={() => setModal((m) => ({ ...m, open: false }))}
        onSaved={() => {
          setModal((m) => ({ ...m, open: false }));
        }}
      />
      <ImportModal
        key={`import-${importer.session}`}
        open={importer.open}
        onClose={() => setImporter((m) => ({ ...m, open: false }))}
        onImported={() => {
          setImporter((m) => ({ ...m, open: false }));
        }}
      />
    </>
  );
}
