import { SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Form, Typography, type FormProps } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import * as api from "../../api";
import type { Organisation } from "../../bindings/Organisation";
import { PageHeader } from "../../components/PageHeader";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useRemote } from "../../hooks/useRemote";
import { useSaveShortcut } from "../../hooks/useSaveShortcut";
import { useShowError } from "../../hooks/useShowError";
import { ALL_PEOPLE } from "../../people";
import { useProject } from "../../project/projectContext";
import { AppointmentCard } from "./AppointmentCard";
import { LeadershipCard } from "./LeadershipCard";
import { ModeCard } from "./ModeCard";
import { fromOrganisationForm, toOrganisationForm, type OrganisationFormValues } from "./organisationForm";
import { ResponsibilityCard } from "./ResponsibilityCard";

const PAGE_NAME = "领导小组";
const loadPeople = () => api.personList(ALL_PEOPLE);
const loadDepartments = () => api.departmentList(true);

function savedAtText(updatedAt: string): string {
  if (!updatedAt) return "尚未保存";
  const t = dayjs(updatedAt);
  return `上次保存时间：${t.isValid() ? t.format("YYYY-MM-DD HH:mm:ss") : updatedAt}`;
}

interface Props {
  initial: Organisation;
  active: boolean;
}

export function OrganisationEditor({ initial, active }: Props) {
  const { setUnsavedChanges } = useProject();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<OrganisationFormValues>();
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const people = useRemote(loadPeople);
  const departments = useRemote(loadDepartments);

  // Coming back to the page: people or departments may have changed meanwhile.
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) {
      people.reload();
      departments.reload();
    }
  }

  const mode = Form.useWatch("mode", form);
  const leadDepartmentId = Form.useWatch("lead_department_id", form);
  const coordinatorId = Form.useWatch("coordinator_id", form);

  useEffect(() => {
    setUnsavedChanges(PAGE_NAME, dirty);
  }, [dirty, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(PAGE_NAME, false), [setUnsavedChanges]);

  const onFinish = async (values: OrganisationFormValues) => {
    if (saving) return;
    setSaving(true);
    try {
      const result = await api.organisationSave(fromOrganisationForm(values));
      setSaved(result);
      form.setFieldsValue(toOrganisationForm(result));
      setDirty(false);
      void message.success("已保存");
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  const onFinishFailed: FormProps<OrganisationFormValues>["onFinishFailed"] = ({ errorFields }) => {
    const first = errorFields[0];
    if (first) form.scrollToField(first.name, { block: "center", focus: true });
    void message.error("请先修正标红的内容");
  };

  useSaveShortcut(active, () => form.submit());

  const peopleList = people.data ?? [];
  return (
    <Form<OrganisationFormValues>
      name="organisation"
      form={form}
      layout="vertical"
      initialValues={toOrganisationForm(initial)}
      onFinish={(v) => void onFinish(v)}
      onFinishFailed={onFinishFailed}
      onValuesChange={() => setDirty(true)}
      scrollToFirstError={false}
    >
      <PageHeader
        sticky
        title="领导小组"
        description={
          <span data-testid="organisation-saved-at">
            {dirty ? <Typography.Text type="warning">有未保存的修改 · </Typography.Text> : null}
            {savedAtText(saved.updated_at)}
          </span>
        }
        extra={
          <>
            <RecordHistoryButton variant="text" entity="organisation" recordId={1} title="领导小组" />
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              data-testid="organisation-save"
              title="保存（Ctrl+S）"
            >
              保存
            </Button>
          </>
        }
      />
      {saved.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="form-card"
          data-testid="organisation-warnings"
          message="请留意以下事项（不影响保存）"
          description={
            <ul className="alert-list">
              {saved.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <LeadershipCard people={peopleList} onOpenPeople={people.reload} />
      <ResponsibilityCard
        departments={departments.data ?? []}
        people={peopleList}
        leadDepartmentId={leadDepartmentId}
        coordinatorId={coordinatorId}
        onOpenDepartments={departments.reload}
        onOpenPeople={people.reload}
      />
      <ModeCard mode={mode} />
      <AppointmentCard people={peopleList} />
    </Form>
  );
}
