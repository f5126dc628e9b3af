import { ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, Row, Skeleton, Typography } from "antd";
import * as api from "../../api";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useRemote } from "../../hooks/useRemote";
import { AttentionCards } from "./AttentionCards";
import { KeyDatesTimeline } from "./KeyDatesTimeline";
import { ProgressRings } from "./ProgressRings";
import { ReadinessCard } from "./ReadinessCard";
import { TimeBanner } from "./TimeBanner";
import { TodoCard } from "./TodoCard";
import { RuleList } from "./RuleList";
import { StageSteps } from "./StageSteps";
import { StartGuide } from "./StartGuide";
import { VerdictBanner } from "./VerdictBanner";
import "./overview.css";

const loadReadiness = () => api.readinessGet();
const loadCounts = () => api.overviewCounts();
const loadProgram = () => api.programGet();
const loadIssue = () => api.systemIssueGet();
const loadTodo = () => api.todoList();

/** 概览: where the enterprise stands, the key dates, what blocks the application and what to do next. */
export function OverviewPage() {
  const readiness = useRemote(loadReadiness);
  const counts = useRemote(loadCounts);
  const projectProgram = useRemote(loadProgram);
  const issue = useRemote(loadIssue);
  const todo = useRemote(loadTodo);
  const reload = () => {
    todo.reload();
    readiness.reload();
    counts.reload();
    projectProgram.reload();
    issue.reload();
  };

  const error = readiness.error ?? counts.error ?? projectProgram.error ?? issue.error;
  const r = readiness.data;
  const c = counts.data;
  const loaded = r && c && issue.data !== undefined;
  // The project's own program: a shipped profile, one defined in the file, or none.
  const program = projectProgram.data?.program;
  const fresh =
    r && c ? r.rules.some((x) => x.id === "profile_complete" && !x.passed) && c.people_requiring_credits === 0 : false;

  return (
    <>
      <PageHeader
        title="概览"
        description={
          program
            ? program.deadline
              ? `${program.name} · 截止日期 ${program.deadline}（${program.deadline_note}）`
              : `${program.name} · 没有截止日期`
            : undefined
        }
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="overview-reload">
            刷新
          </Button>
        }
      />
      {error && <LoadError error={error} onRetry={reload} />}
      {!loaded || !program ? (
        !error && (
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        )
      ) : (
        <div data-testid="overview">
          {fresh && <StartGuide />}
          <TimeBanner readiness={r} />
          <VerdictBanner readiness={r} />
          {todo.data && <TodoCard todo={todo.data} />}
          <StageSteps rules={r.rules} stages={program.stages} />
          <Card size="small" title="关键日期" className="overview-card">
            <KeyDatesTimeline program={program} deadline={r.deadline} issue={issue.data ?? null} today={c.today} />
          </Card>
          <Row gutter={16} className="overview-row">
            <Col xs={24} lg={14}>
              <ReadinessCard readiness={r} stages={program.stages} />
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title="完成情况" className="overview-card">
                <ProgressRings counts={c} />
              </Card>
            </Col>
          </Row>
          <Typography.Text strong className="subsection-title">
            需要关注
          </Typography.Text>
          <AttentionCards counts={c} />
          <Typography.Text strong className="subsection-title">
            {`全部检查项（${r.rules.length} 项）`}
          </Typography.Text>
          <RuleList rules={r.rules} stages={program.stages} />
        </div>
      )}
    </>
  );
}
