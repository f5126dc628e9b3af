import { Alert, Button } from "antd";
import type { CoreError } from "../bindings/CoreError";

/** An inline error for a failed load, with a retry button. */
export function LoadError({ error, onRetry }: { error: CoreError; onRetry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      className="load-error"
      message="数据加载失败"
      description={error.message}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
