import { Card, Skeleton } from "antd";
import * as api from "../../api";
import { LoadError } from "../../components/LoadError";
import { useRemote } from "../../hooks/useRemote";
import { OrganisationEditor } from "./OrganisationEditor";

const loadOrganisation = () => api.organisationGet();

/** 领导小组: loads the organisation once, then hands it to the editor. */
export function OrganisationPage() {
  const { data, error, loading, reload } = useRemote(loadOrganisation);

  if (data) return <OrganisationEditor initial={data} />;
  if (error && !loading) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card>
      <Skeleton active paragraph={{ rows: 10 }} />
    </Card>
  );
}
