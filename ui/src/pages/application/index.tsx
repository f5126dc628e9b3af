import { Card, Skeleton } from "antd";
import * as api from "../../api";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useRemote } from "../../hooks/useRemote";
import { BodiesCard } from "./BodiesCard";
import { PathCard } from "./PathCard";
import { PreconditionsCard } from "./PreconditionsCard";
import { RecordsCard } from "./RecordsCard";
import { SubsidiesCard } from "./SubsidiesCard";
import "./application.css";

const loadSettings = () => api.applicationSettingsGet();
// Archived bodies too: an earlier record may name one.
const loadBodies = () => api.bodyList(true);
const loadRecords = () => api.applicationRecordList();
const loadReadiness = () => api.readinessGet();
const loadProgram = () => api.programGet();
const loadPreconditions = () => api.preconditionsGet();
const loadSubsidies = () => api.subsidyList();
const loadPeople = () => api.personList({ search: "", department_id: null, role: null, include_archived: false });

/** 验收申请: the path and its subsidy, the preconditions, other subsidies, the certification bodies, and the application records. */
export function ApplicationPage() {
  const settings = useRemote(loadSettings);
  const bodies = useRemote(loadBodies);
  const records = useRemote(loadRecords);
  const readiness = useRemote(loadReadiness);
  const projectProgram = useRemote(loadProgram);
  const preconditions = useRemote(loadPreconditions);
  const subsidies = useRemote(loadSubsidies);
  const people = useRemote(loadPeople);
  // The project's own program: a shipped profile, one defined in the file, or none.
  const program = projectProgram.data?.program;

  const reloadAll = () => {
    settings.reload();
    bodies.reload();
    records.reload();
    readiness.reload();
    projectProgram.reload();
    preconditions.reload();
    subsidies.reload();
    people.reload();
  };
  const error =
    settings.error ??
    bodies.error ??
    records.error ??
    readiness.error ??
    projectProgram.error ??
    preconditions.error ??
    subsidies.error ??
    people.error;
  const s = settings.data;

  return (
    <>
      <PageHeader
        title="验收申请"
        description={
          program
            ? program.deadline === null
              ? `${program.name}：没有计划截止日期，仅第三方认证`
              : `截止日期 ${program.deadline}（${program.deadline_note}）${
                  program.paths_exclusive && program.acceptance_paths.length > 1 ? "；第三方认证与省验收二选一" : ""
                }`
            : undefined
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
          <SubsidiesCard
            subsidies={subsidies.data ?? []}
            loading={subsidies.loading}
            program={projectProgram.data}
            rule={readiness.data?.rules.find((r) => r.id === "subsidy_not_doubled")}
          />
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
