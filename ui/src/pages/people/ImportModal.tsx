import { DownloadOutlined, FolderOpenOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Input, Modal, Switch, Table, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { CoreError } from "../../bindings/CoreError";
import type { ImportPreview } from "../../bindings/ImportPreview";
import type { ImportRow } from "../../bindings/ImportRow";
import { asCoreError } from "../../errors";
import { useShowError } from "../../hooks/useShowError";
import { IMPORT_COLUMNS } from "./importColumns";
import { pickRosterPath, pickTemplatePath } from "./rosterDialogs";

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** 导入人员: choose a spreadsheet, preview every row's problems, then import all or nothing. */
export function ImportModal({ open, onClose, onImported }: Props) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [path, setPath] = useState("");
  const [createDepartments, setCreateDepartments] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<CoreError | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);

  const runPreview = async (file: string, create: boolean) => {
    const p = file.trim();
    if (!p) {
      setError({ code: "invalid_input", message: "请先选择或粘贴 Excel/CSV 文件路径" });
      return;
    }
    setBusy("preview");
    setError(null);
    try {
      setPreview(await api.rosterPreview(p, create));
    } catch (e) {
      setPreview(null);
      setError(asCoreError(e));
    } finally {
      setBusy(null);
    }
  };

  const browse = async () => {
    try {
      const chosen = await pickRosterPath();
      if (!chosen) return;
      setPath(chosen);
      await runPreview(chosen, createDepartments);
    } catch (e) {
      showError(e);
    }
  };

  const saveTemplate = async () => {
    try {
      const target = await pickTemplatePath();
      if (!target) return;
      await api.rosterTemplateSave(target);
      void message.success(`已保存导入模板：${target}`);
    } catch (e) {
      showError(e);
    }
  };

  const runImport = async () => {
    setBusy("import");
    setError(null);
    try {
      const result = await api.rosterImport(path.trim(), createDepartments);
      void message.success(`已导入 ${result.valid_count} 人`);
      onImported();
    } catch (e) {
      setError(asCoreError(e));
    } finally {
      setBusy(null);
    }
  };

  const canImport = preview !== null && preview.problem_count === 0 && preview.valid_count > 0;

  return (
    <Modal
      open={open}
      title="导入人员"
      onCancel={onClose}
      maskClosable={false}
      width={960}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="roster-cancel">
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!canImport}
          loading={busy === "import"}
          onClick={() => void runImport()}
          data-testid="roster-import"
        >
          导入
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        支持 .xlsx、.xls、.csv，第一行为表头（姓名、部门、职务、电话、邮箱、工号、角色），可先下载模板填写。预览会逐行检查，全部无误才能导入。
      </Typography.Paragraph>
      <Flex gap={8} className="import-path-row">
        <Input
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            setPreview(null);
          }}
          onPressEnter={() => void runPreview(path, createDepartments)}
          placeholder="选择或粘贴 Excel/CSV 文件路径"
          allowClear
          data-testid="roster-path"
        />
        <Button icon={<FolderOpenOutlined />} onClick={() => void browse()} data-testid="roster-browse">
          浏览…
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void saveTemplate()} data-testid="roster-template">
          下载模板
        </Button>
      </Flex>
      <Flex align="center" justify="space-between" gap={12} className="import-options-row">
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            checked={createDepartments}
            onChange={(v) => {
              setCreateDepartments(v);
              if (preview) void runPreview(path, v);
            }}
            data-testid="roster-create-departments"
          />
          <Typography.Text>自动新建不存在的部门</Typography.Text>
        </Flex>
        <Button
          type="primary"
          ghost
          loading={busy === "preview"}
          onClick={() => void runPreview(path, createDepartments)}
          data-testid="roster-preview"
        >
          预览
        </Button>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          className="import-alert"
          message={error.message}
          data-testid="roster-error"
        />
      )}
      {preview && (
        <>
          <Flex vertical gap={4} className="import-summary">
            <Typography.Text strong data-testid="roster-summary">
              {`共 ${preview.rows.length} 行：可导入 ${preview.valid_count} 行，有问题 ${preview.problem_count} 行`}
            </Typography.Text>
            {preview.new_departments.length > 0 && (
              <Typography.Text type="secondary" data-testid="roster-new-departments">
                {`将新建部门：${preview.new_departments.join("、")}`}
              </Typography.Text>
            )}
            {preview.problem_count > 0 && (
              <Typography.Text type="danger">请修改表格中标红的行后重新预览；有问题时不会导入任何数据。</Typography.Text>
            )}
          </Flex>
          <div data-testid="roster-preview-table">
            <Table<ImportRow>
              rowKey="line"
              size="small"
              columns={IMPORT_COLUMNS}
              dataSource={preview.rows}
              pagination={false}
              scroll={{ y: 360 }}
              rowClassName={(r) => (r.problems.length > 0 ? "row-problem" : "")}
            />
          </div>
        </>
      )}
    </Modal>
  );
}
