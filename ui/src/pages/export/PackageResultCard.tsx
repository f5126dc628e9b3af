import { Alert, Button, Card, Descriptions, Table } from "antd";
import { revealItemInDir } from "@tauri-apps/plugin-opener";
import type { PackageResult, PackageResultFile } from "../../api";
import { sizeLabel } from "../../fileSize";
import { useShowError } from "../../hooks/useShowError";

/** What the last export produced: the ZIP, the application PDF and every file inside. */
export function PackageResultCard({ result }: { result: PackageResult }) {
  const showError = useShowError();
  const reveal = () => revealItemInDir(result.zipPath).catch(showError);
  return (
    <Card
      title="导出结果"
      extra={
        <Button type="primary" onClick={() => void reveal()} data-testid="export-reveal">
          在文件夹中显示
        </Button>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="材料包">
          <span data-testid="export-zip-path">{result.zipPath}</span>（{sizeLabel(result.zipSize)}，
          {result.files.length} 个文件）
        </Descriptions.Item>
        <Descriptions.Item label="申报材料">
          {result.applicationPath}（{sizeLabel(result.applicationSize)}，{result.applicationPages} 页）
        </Descriptions.Item>
      </Descriptions>
      {result.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={`${result.missing.length} 份证明材料的附件文件缺失，未放入材料包`}
          description={result.missing.join("；")}
        />
      )}
      <Table<PackageResultFile>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="path"
        dataSource={result.files}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: "文件", dataIndex: "path" },
          { title: "大小", dataIndex: "size", width: 110, align: "right", render: (s: number) => sizeLabel(s) },
        ]}
        data-testid="export-files"
      />
    </Card>
  );
}
