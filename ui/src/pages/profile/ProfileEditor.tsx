import { SaveOutlined } from "@ant-design/icons";
import { App, Button, Form, Typography, type FormProps } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import * as api from "../../api";
import type { EnterpriseProfile } from "../../bindings/EnterpriseProfile";
import { PageHeader } from "../../components/PageHeader";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { asCoreError } from "../../errors";
import { useSaveShortcut } from "../../hooks/useSaveShortcut";
import { useProject } from "../../project/projectContext";
import { BasicInfoCard } from "./BasicInfoCard";
import { ContactCard } from "./ContactCard";
import { CreditConfirmModal } from "./CreditConfirmModal";
import { fromForm, toForm, type ProfileFormValues } from "./profileForm";
import { ProgramCard } from "./ProgramCard";
import { QualificationsCard } from "./QualificationsCard";

interface Props {
  initial: EnterpriseProfile;
  active: boolean;
}

interface PendingConfirmation {
  message: string;
  profile: EnterpriseProfile;
}

function savedAtText(updatedAt: string): string {
  if (!updatedAt) return "尚未保存";
  const t = dayjs(updatedAt);
  return `上次保存时间：${t.isValid() ? t.format("YYYY-MM-DD HH:mm:ss") : updatedAt}`;
}

export function ProfileEditor({ initial, active }: Props) {
  const { catalog, refreshProject, setUnsavedChanges } = useProject();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<PendingConfirmation | null>(null);

  const creditCode = Form.useWatch("credit_code", form) ?? "";
  const programId = Form.useWatch("program_id", form);
  const city = Form.useWatch("city", form);
  const program = catalog.programs.find((p) => p.id === programId);

  useEffect(() => {
    setUnsavedChanges("企业信息", dirty);
  }, [dirty, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges("企业信息", false), [setUnsavedChanges]);

  const save = async (profile: EnterpriseProfile, confirmCreditCode: boolean) => {
    setSaving(true);
    try {
      const result = await api.profileSave(profile, confirmCreditCode);
      setSaved(result);
      form.setFieldsValue(toForm(result));
      setDirty(false);
      setPending(null);
      void message.success("已保存");
      void refreshProject();
    } catch (e) {
      const err = asCoreError(e);
      if (err.code === "needs_confirmation" && !confirmCreditCode) {
        setPending({ message: err.message, profile });
      } else {
        setPending(null);
        void message.error(err.message);
      }
    } finally {
      setSaving(false);
    }
  };

  const onFinish = (values: ProfileFormValues) => {
    if (saving) return;
    void save(fromForm(values, saved), false);
  };

  const onFinishFailed: FormProps<ProfileFormValues>["onFinishFailed"] = ({ errorFields }) => {
    const first = errorFields[0];
    if (first) form.scrollToField(first.name, { block: "center", focus: true });
    void message.error("请先修正标红的内容");
  };

  const onValuesChange = (changed: Partial<ProfileFormValues>) => {
    setDirty(true);
    if ("city" in changed) {
      form.setFieldsValue({ district: undefined });
    }
    if ("program_id" in changed) {
      const next = catalog.programs.find((p) => p.id === changed.program_id);
      const currentCity = form.getFieldValue("city") as string | undefined;
      if (next && currentCity && !next.cities.some((c) => c.name === currentCity)) {
        form.setFieldsValue({ city: undefined, district: undefined });
      }
      if (next && catalog.standards.some((s) => s.id === next.standard_edition)) {
        form.setFieldsValue({ standard_edition: next.standard_edition });
      }
    }
  };

  useSaveShortcut(active && !pending, () => form.submit());

  const confirmedCode = saved.credit_code_confirmed ? saved.credit_code : null;

  return (
    <Form<ProfileFormValues>
      name="profile"
      form={form}
      layout="vertical"
      initialValues={toForm(initial)}
      onFinish={onFinish}
      onFinishFailed={onFinishFailed}
      onValuesChange={onValuesChange}
      scrollToFirstError={false}
      requiredMark
      className="profile-form"
    >
      <PageHeader
        sticky
        title="企业信息"
        description={
          <span data-testid="profile-saved-at">
            {dirty ? <Typography.Text type="warning">有未保存的修改 · </Typography.Text> : null}
            {savedAtText(saved.updated_at)}
          </span>
        }
        extra={
          <>
            <RecordHistoryButton variant="text" entity="enterprise" recordId={1} title="企业信息" />
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              data-testid="profile-save"
              title="保存（Ctrl+S）"
            >
              保存
            </Button>
          </>
        }
      />
      <BasicInfoCard program={program} city={city} creditCode={creditCode} confirmedCode={confirmedCode} />
      <ContactCard />
      <QualificationsCard qualifications={catalog.qualifications} />
      <ProgramCard catalog={catalog} program={program} />
      <CreditConfirmModal
        message={pending?.message ?? null}
        saving={saving}
        onConfirm={() => {
          if (pending) void save(pending.profile, true);
        }}
        onCancel={() => setPending(null)}
      />
    </Form>
  );
}
