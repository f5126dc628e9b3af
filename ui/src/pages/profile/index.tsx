import { Card, Skeleton } from "antd";
import * as api from "../../api";
import { LoadError } from "../../components/LoadError";
import { useRemote } from "../../hooks/useRemote";
import { ProfileEditor } from "./ProfileEditor";

const loadProfile = () => api.profileGet();

/** 企业信息: loads the profile once, then hands it to the editor. */
export function ProfilePage() {
  const { data, error, loading, reload } = useRemote(loadProfile);

  if (data) return <ProfileEditor initial={data} />;
  if (error && !loading) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card>
      <Skeleton active paragraph={{ rows: 10 }} />
    </Card>
  );
}
