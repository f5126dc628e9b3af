import { Alert, Card, Empty, Flex, Table, Tag, Typography } from "antd";
import * as api from "../../api";
import type { CoverageRow } from "../../bindings/CoverageRow";
import { LoadError } from "../../components/LoadError";
import { useClauses } from "../../clauses";
import { ClauseNo } from "../../standard/ClauseNo";
import { useRemote } from "../../hooks/useRemote";

const loadCoverage = () => api.coverageGet();

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function codes(list: string[], color?: string) {
  if (list.length === 0) return dash;
  return (
    <Flex gap={4} wrap>
      {list.map((c) => (
        <Tag key={c} color={color} className="inline-tag">
          {c}
        </Tag>
      ))}
    </Flex>
  );
}

/** 覆盖矩阵: each leaf clause with the documents that cover it; applicable clauses with no published document are gaps. */
export function CoverageTab() {
  const { data, error, loading, reload } = useRemote(loadCoverage);
  const rows = data?.rows ?? [];
  const { label } = useClauses();
  const gaps = data?.gaps ?? [];

  return (
    <>
      {error && !loading && <LoadError error={error} onRetry={reload} />}
      {data && (
        <Alert
          type={gaps.length > 0 ? "error" : "success"}
          showIcon
          className="form-card"
          data-testid="coverage-gaps"
          message={`未覆盖条款 ${gaps.length} 条`}
          description={
            gaps.length > 0 ? (
              <>
                <Typography.Paragraph className="card-hint">
                  以下适用条款还没有已发布的文件覆盖（诊断为“不适用”的条款除外）：
                </Typography.Paragraph>
                <Flex gap={4} wrap>
                  {gaps.map((g) => (
                    <Tag key={g} color="red" className="inline-tag">
                      {label(g)}
                    </Tag>
                  ))}
                </Flex>
              </>
            ) : (
              "全部适用条款均已有已发布的文件覆盖。"
            )
          }
        />
      )}
      <Card size="small" className="table-card">
        <div data-testid="coverage-table">
          <Table<CoverageRow>
            sticky
            rowKey="clause"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={rows}
            scroll={{ x: 900 }}
            rowClassName={(r) => (r.applicable && r.published.length === 0 ? "row-problem" : "")}
            locale={{
              emptyText: loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="条款库为空" />
              ),
            }}
            columns={[
              { title: "条款", dataIndex: "clause", width: 80, render: (k: string) => <ClauseNo k={k} /> },
              { title: "名称", dataIndex: "title", width: 200, ellipsis: true },
              {
                title: "适用",
                dataIndex: "applicable",
                width: 80,
                render: (a: boolean) => (a ? "适用" : <Tag className="inline-tag">不适用</Tag>),
              },
              {
                title: "已发布文件",
                dataIndex: "published",
                render: (list: string[]) => codes(list, "blue"),
              },
              {
                title: "未发布文件",
                dataIndex: "pending",
                render: (list: string[]) => codes(list),
              },
            ]}
          />
        </div>
      </Card>
      <Typography.Paragraph type="secondary" className="table-note">
        文件覆盖的条款在文件的“属性”中设置；条款是否适用来自“诊断分析”的结论。
      </Typography.Paragraph>
    </>
  );
}
