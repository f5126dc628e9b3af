import { Button, Popconfirm, Select, Space } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import type { ProjectProgram } from "../../bindings/ProjectProgram";
import { useAction } from "../../hooks/useAction";
import { useProject } from "../../project/projectContext";
import { pickProgramFile, pickProgramSavePath } from "./programDialogs";

interface Props {
  current: ProjectProgram;
  /** Opens an editable copy of a shipped profile (saved only on 保存). */
  onTemplate: (template: ProgramProfile) => void;
  onChanged: () => void;
}

/** The page's actions: start from a template, import or export a program file, or choose no program. */
export function ProgramActions({ current, onTemplate, onChanged }: Props) {
  const { catalog } = useProject();
  const { busy, run } = useAction(onChanged);
  const [templateId, setTemplateId] = useState(catalog.programs[0]?.id);
  const template = catalog.programs.find((p) => p.id === templateId);
  const none = current.kind === "none";

  const importFile = async () => {
    const path = await pickProgramFile();
    if (path) await run("import", () => api.programImport(path), "已导入贯标计划");
  };
  const exportFile = async () => {
    const path = await pickProgramSavePath(current.program.id);
    if (path) await run("export", () => api.programExport(path), `已导出到 ${path}`);
  };

  return (
    <>
      <Space.Compact>
        <Select
          aria-label="计划模板"
          value={templateId}
          onChange={setTemplateId}
          options={catalog.programs.map((p) => ({ value: p.id, label: p.name }))}
          style={{ width: 260 }}
          data-testid="program-template"
        />
        <Button disabled={!template} onClick={() => template && onTemplate(template)} data-testid="program-from-template">
          以此为模板新建
        </Button>
      </Space.Compact>
      <Button loading={busy === "import"} onClick={() => void importFile()} data-testid="program-import">
        导入计划文件…
      </Button>
      <Button disabled={none} loading={busy === "export"} onClick={() => void exportFile()} data-testid="program-export">
        导出计划文件…
      </Button>
      <Popconfirm
        title="不参加政府贯标计划？"
        description="本项目将仅申请认证：没有阶段、截止日期和补助，只有第三方认证一种方式。"
        okText="确定"
        cancelText="取消"
        disabled={none}
        onConfirm={() => run("none", () => api.programSetNone(), "本项目不参加政府贯标计划，仅申请认证")}
      >
        <Button disabled={none} loading={busy === "none"} data-testid="program-set-none">
          不参加政府贯标计划
        </Button>
      </Popconfirm>
    </>
  );
}
