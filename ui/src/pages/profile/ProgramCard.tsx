import { Button, Card, Col, Descriptions, Form, Row, Select, Typography } from "antd";
import dayjs from "dayjs";
import { useContext } from "react";
import type { Catalog } from "../../bindings/Catalog";
import type { ProjectProgram } from "../../bindings/ProjectProgram";
import { DATE_FORMAT } from "../../dates";
import { useNavigate } from "../../navigation/navigationContext";
import { ClauseTableStatus } from "../../standard/ClauseTableStatus";
import { StandardContext } from "../../standard/standardContext";
import { editionNote } from "../../standard/clauseTable";

const today = () => dayjs().format(DATE_FORMAT);

interface Edition {
  standard_edition?: string;
}

interface Props {
  catalog: Catalog;
  /** The project's program (shipped, defined in the file, or none); changed on the 贯标计划 page. */
  own: ProjectProgram | undefined;
}

/** The edition the project works to, and the program it follows (read here, edited on its own page). */
export function ProgramCard({ catalog, own }: Props) {
  const navigate = useNavigate();
  // The project's own edition as it reads it: corrected against the official text, perhaps.
  const projectStandard = useContext(StandardContext);
  const editions = catalog.standards.map((s) => (s.id === projectStandard?.id ? projectStandard : s));
  const program = own?.program;
  return (
    <Card
      title="贯标计划与标准版本"
      size="small"
      className="form-card"
      extra={
        <Button type="link" onClick={() => navigate("program")} data-testid="profile-open-program">
          更改贯标计划
        </Button>
      }
    >
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Form.Item label="贯标计划">
            <span data-testid="profile-program-name">{program?.name ?? "…"}</span>
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="standard_edition"
            label="标准版本"
            rules={[{ required: true, message: "请选择标准版本" }]}
            tooltip="版本在新建项目时选定；记录按版本的条款引用，已有项目改版本请用下方的“换版”"
          >
            <Select
              disabled
              placeholder="请选择标准版本"
              data-testid="profile-edition"
              options={editions.map((s) => ({
                value: s.id,
                label: s.provisional ? `${s.id}（条款表暂定）` : s.id,
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Edition, b: Edition) => a.standard_edition !== b.standard_edition}>
            {({ getFieldValue }) => {
              const chosen = editions.find((s) => s.id === getFieldValue("standard_edition"));
              return (
                chosen && (
                  <>
                    <Typography.Paragraph type="secondary" className="card-hint" data-testid="profile-edition-note">
                      {editionNote(chosen, today())}
                    </Typography.Paragraph>
                    <ClauseTableStatus edition={chosen.id} />
                  </>
                )
              );
            }}
          </Form.Item>
        </Col>
      </Row>
      {program && own.kind !== "none" && (
        <Descriptions
          size="small"
          column={2}
          className="program-facts"
          items={[
            { key: "authority", label: "主管部门", children: program.authority },
            { key: "region", label: "地区", children: program.region },
            {
              key: "deadline",
              label: "截止日期",
              children: !program.deadline
                ? "无"
                : program.deadline_note
                  ? `${program.deadline}（${program.deadline_note}）`
                  : program.deadline,
            },
            { key: "platform", label: "培训平台", children: program.training_platform },
          ]}
        />
      )}
    </Card>
  );
}
