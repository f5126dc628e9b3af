import { Card, Skeleton } from "antd";
import * as api from "../../api";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useRemote } from "../../hooks/useRemote";
import { useProject } from "../../project/projectContext";
import { BodiesCard } from "./BodiesCard";
import { PathCard } from "./PathCard";
import { PreconditionsCard } from "./PreconditionsCard";
import { RecordsCard } from "./RecordsCard";
import "./application.css";

const loadSettings = () => api.applicationSettingsGet();
// Archived bodies too: an earlier record may name one.
const loadBodies = () => api.bodyList(true);
const loadRecords = () => api.applicationRecordList();
const loadReadiness = () => api.readinessGet();
const loadProfile = () => api.profileGet();
const loadPreconditions = () => api.preconditionsGet();
const loadPeople = () => api.personList({ search: "", department_id: null, role: null, include_archived: false });

/** 验收申请: the path and its subsidy, the certification bodies, and the application records. */
export function ApplicationPage() {
  const { catalog } = useProject();
  const settings = useRemote(loadSettings);
  const bodies = useRemote(loadBodies);
  const records = useRemote(loadRecords);
  const readiness = useRemote(loadReadiness);
  const profile = useRemote(loadProfile);
  const preconditions = useRemote(loadPreconditions);
  const people = useRemote(loadPeople);
  const program = catalog.programs.find((p) => p.id === profile.data?.program_id) ?? catalog.programs[0];

  const reloadAll = () => {
    settings.reload();
    bodies.reload();
    records.reload();
    readiness.reload();
    profile.reload();
    preconditions.reload();
    people.reload();
  };
  const error =
    settings.error ??
    bodies.error ??
    records.error ??
    readiness.error ??
    profile.error ??
    preconditions.error ??
    people.error;
  const s = settings.data;

  return (
    <>
      <PageHeader
        title="验收申请"
        description={
          program ? `截止日期 ${program.deadline}（${program.deadline_note}）；第三方认证与省验收二选一` : undefined
        }
      />
      {error && <LoadError error={error} onRetry={reloadAll} />}
      {!s ? (
        !error && (
          <Card>
            <Skeleton active />
          </Card>
        )
      ) : (
        <>
          <PathCard
            settings={s}
            program={program}
            deadline={readiness.data?.deadline}
          />
          {preconditions.data && (
            <PreconditionsCard preconditions={preconditions.data} people={people.data ?? []} />
          )}
          <BodiesCard
            bodies={(bodies.data ?? []).filter((b) => !b.archived)}
            loading={bodies.loading}
            settings={s}
          />
          <RecordsCard
            records={records.data ?? []}
            loading={records.loading}
            bodies={bodies.data ?? []}
            settings={s}
            program={program}
          />
        </>
      )}
    </>
  );
}
