import { ImportOutlined, PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Flex, Input, Select, Switch, Typography } from "antd";
import type { Department } from "../../bindings/Department";
import type { Labeled } from "../../bindings/Labeled";
import type { Role } from "../../bindings/Role";

export interface PeopleFilters {
  search: string;
  departmentId: number | undefined;
  role: Role | undefined;
  includeArchived: boolean;
}

interface Props {
  filters: PeopleFilters;
  onChange: (f: PeopleFilters) => void;
  departments: Department[];
  roles: Labeled[];
  onAdd: () => void;
  onImport: () => void;
}

export function PeopleToolbar({ filters, onChange, departments, roles, onAdd, onImport }: Props) {
  const set = (patch: Partial<PeopleFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex align="center" gap={8} wrap className="toolbar">
      <Input
        allowClear
        prefix={<SearchOutlined className="muted-icon" />}
        placeholder="搜索姓名、职务、电话…"
        value={filters.search}
        onChange={(e) => set({ search: e.target.value })}
        className="toolbar-search"
        data-testid="people-search"
      />
      <Select<number>
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="全部部门"
        value={filters.departmentId}
        onChange={(v) => set({ departmentId: v })}
        options={departments.map((d) => ({
          value: d.id,
          label: d.archived ? `${d.name}（已归档）` : d.name,
        }))}
        className="toolbar-select"
        data-testid="people-department-filter"
        notFoundContent="暂无部门"
      />
      <Select<Role>
        allowClear
        placeholder="全部角色"
        value={filters.role}
        onChange={(v) => set({ role: v })}
        options={roles.map((r) => ({ value: r.code as Role, label: r.label }))}
        className="toolbar-select"
        data-testid="people-role-filter"
      />
      <Flex align="center" gap={6}>
        <Switch
          size="small"
          checked={filters.includeArchived}
          onChange={(v) => set({ includeArchived: v })}
          data-testid="people-show-archived"
        />
        <Typography.Text>显示已归档</Typography.Text>
      </Flex>
      <div className="toolbar-spacer" />
      <Button icon={<ImportOutlined />} onClick={onImport} data-testid="person-import">
        导入…
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} data-testid="person-add">
        新增人员
      </Button>
    </Flex>
  );
}
