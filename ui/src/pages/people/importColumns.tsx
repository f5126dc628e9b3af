import { Typography, type TableColumnsType } from "antd";
import type { ImportRow } from "../../bindings/ImportRow";

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (v: string) => v || dash;

export const IMPORT_COLUMNS: TableColumnsType<ImportRow> = [
  { title: "行号", dataIndex: "line", width: 56, align: "right" },
  { title: "姓名", dataIndex: "name", width: 80, render: orDash },
  { title: "部门", dataIndex: "department", width: 90, ellipsis: true, render: orDash },
  { title: "职务", dataIndex: "position", width: 80, ellipsis: true, render: orDash },
  { title: "电话", dataIndex: "phone", width: 110, render: orDash },
  { title: "邮箱", dataIndex: "email", width: 120, ellipsis: true, render: orDash },
  { title: "工号", dataIndex: "employee_no", width: 70, render: orDash },
  { title: "角色", dataIndex: "roles", width: 100, ellipsis: true, render: orDash },
  {
    title: "问题",
    dataIndex: "problems",
    render: (ps: string[]) =>
      ps.length > 0 ? <Typography.Text type="danger">{ps.join("；")}</Typography.Text> : dash,
  },
];
