import { App, Form } from "antd";
import { useEffect, useState } from "react";
import * as api from "../../api";
import type { EnterpriseProfile } from "../../bindings/EnterpriseProfile";
import { LongFormHeader } from "../../components/LongFormHeader";
import { asCoreError } from "../../errors";
import { useDirtyForm } from "../../hooks/useDirtyForm";
import { useRemote } from "../../hooks/useRemote";
import { useProject } from "../../project/projectContext";
import { BasicInfoCard } from "./BasicInfoCard";
import { ContactCard } from "./ContactCard";
import { ConvertEditionCard } from "./ConvertEditionCard";
import { CreditConfirmModal } from "./CreditConfirmModal";
import { fromForm, toForm, type ProfileFormValues } from "./profileForm";
import { ProgramCard } from "./ProgramCard";
import { QualificationsCard } from "./QualificationsCard";

interface Props {
  initial: EnterpriseProfile;
}

interface PendingConfirmation {
  message: string;
  profile: EnterpriseProfile;
}

const loadProgram = () => api.programGet();

export function ProfileEditor({ initial }: Props) {
  const { catalog, refreshProject } = useProject();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  const { dirty, setDirty, onFinishFailed } = useDirtyForm(form, "企业信息", !pending);

  // A fresh profile from the project (the 贯标计划 page changes its program and
  // edition) replaces the form unless it holds edits of its own.
  const [seenInitial, setSeenInitial] = useState(initial);
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    if (!dirty && initial.updated_at !== saved.updated_at) setSaved(initial);
  }
  useEffect(() => {
    if (!dirty) form.setFieldsValue(toForm(saved));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a newly saved profile resets the form
  }, [saved]);

  const creditCode = Form.useWatch("credit_code", form) ?? "";
  const city = Form.useWatch("city", form);
  // The project's program (shipped, defined in the file, or none) is chosen on
  // its own page; the profile only follows it.
  const own = useRemote(loadProgram).data;
  const program = own?.program;

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
    // The program as it is now: the 贯标计划 page may have changed it since the form loaded.
    void save(fromForm({ ...values, program_id: program?.id ?? saved.program_id }, saved), false);
  };

  const onValuesChange = (changed: Partial<ProfileFormValues>) => {
    setDirty(true);
    if ("city" in changed) {
      form.setFieldsValue({ district: undefined });
    }
  };

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
      <LongFormHeader
        title="企业信息"
        testId="profile"
        entity="enterprise"
        dirty={dirty}
        updatedAt={saved.updated_at}
        saving={saving}
      />
      <BasicInfoCard program={program} city={city} creditCode={creditCode} confirmedCode={confirmedCode} />
      <ContactCard />
      <QualificationsCard qualifications={catalog.qualifications} />
      <ProgramCard catalog={catalog} own={own} />
      <ConvertEditionCard edition={saved.standard_edition} />
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
