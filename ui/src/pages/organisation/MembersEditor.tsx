import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Input, Select, Typography } from "antd";
import type { Person } from "../../bindings/Person";
import { personOptions } from "../../people";
import { maxRule } from "../../validation";
import { POSITION_OPTIONS, type MemberRow, type OrganisationFormValues } from "./organisationForm";

interface Props {
  people: Person[];
}

const singleLeader = {
  validator: (_: unknown, rows: MemberRow[] | undefined) =>
    (rows ?? []).filter((r) => r?.position === "leader").length > 1
      ? Promise.reject(new Error("领导小组只能有一位组长"))
      : Promise.resolve(),
};

/** The members of the 领导小组: person, 组长/副组长/成员, duties. */
export function MembersEditor({ people }: Props) {
  const form = Form.useFormInstance<OrganisationFormValues>();
  const rows = (Form.useWatch("members", form) as MemberRow[] | undefined) ?? [];
  const chosen = rows.map((r) => r?.person_id).filter((id): id is number => id !== undefined);

  return (
    <Form.List name="members" rules={[singleLeader]}>
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="organisation-members">
          {fields.length > 0 && (
            <Flex gap={8} className="member-head">
              <Typography.Text type="secondary" className="member-person">
                人员
              </Typography.Text>
              <Typography.Text type="secondary" className="member-position">
                小组职务
              </Typography.Text>
              <Typography.Text type="secondary" className="member-duties">
                职责
              </Typography.Text>
            </Flex>
          )}
          {fields.map(({ key, name }) => {
            const own = rows[name]?.person_id;
            const options = personOptions(people, own === undefined ? [] : [own]).map((o) => ({
              ...o,
              disabled: o.value !== own && chosen.includes(o.value),
            }));
            return (
              <Flex key={key} gap={8} align="flex-start" className="member-row">
                <Form.Item
                  name={[name, "person_id"]}
                  rules={[{ required: true, message: "请选择人员" }]}
                  className="member-person"
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    placeholder="选择人员"
                    virtual={false}
                    options={options}
                    notFoundContent="无匹配的人员"
                  />
                </Form.Item>
                <Form.Item name={[name, "position"]} className="member-position">
                  <Select options={POSITION_OPTIONS} />
                </Form.Item>
                <Form.Item name={[name, "duties"]} rules={[maxRule("职责", 500)]} className="member-duties">
                  <Input placeholder="在贯标工作中的职责，如 全面领导贯标工作" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(name)}
                  title="移除"
                  aria-label="移除"
                  data-testid={`organisation-member-remove-${name}`}
                />
              </Flex>
            );
          })}
          <Form.Item>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ position: fields.length === 0 ? "leader" : "member", duties: "" })}
              data-testid="organisation-member-add"
            >
              添加成员
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        </div>
      )}
    </Form.List>
  );
}
