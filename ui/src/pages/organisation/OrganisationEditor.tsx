import { Alert, App, Form } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { Organisation } from "../../bindings/Organisation";
import { LongFormHeader } from "../../components/LongFormHeader";
import { useDirtyForm } from "../../hooks/useDirtyForm";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { ALL_PEOPLE } from "../../people";
import { AppointmentCard } from "./AppointmentCard";
import { LeadershipCard } from "./LeadershipCard";
import { ModeCard } from "./ModeCard";
import { fromOrganisationForm, toOrganisationForm, type OrganisationFormValues } from "./organisationForm";
import { ResponsibilityCard } from "./ResponsibilityCard";

const PAGE_NAME = "领导小组";
const loadPeople = () => api.personList(ALL_PEOPLE);
const loadDepartments = () => api.departmentList(true);

interface Props {
  initial: Organisation;
}

export function OrganisationEditor({ initial }: Props) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<OrganisationFormValues>();
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const { dirty, setDirty, onFinishFailed } = useDirtyForm(form, PAGE_NAME, true);
  const people = useRemote(loadPeople);
  const departments = useRemote(loadDepartments);

  const mode = Form.useWatch("mode", form);
  const leadDepartmentId = Form.useWatch("lead_department_id", form);
  const coordinatorId = Form.useWatch("coordinator_id", form);

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
      <LongFormHeader
        title={PAGE_NAME}
        testId="organisation"
        entity="organisation"
        dirty={dirty}
        updatedAt={saved.updated_at}
        saving={saving}
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
      <LeadershipCard people={peopleList} />
      <ResponsibilityCard
        departments={departments.data ?? []}
        people={peopleList}
        leadDepartmentId={leadDepartmentId}
        coordinatorId={coordinatorId}
      />
      <ModeCard mode={mode} />
      <AppointmentCard people={peopleList} />
    </Form>
  );
}
