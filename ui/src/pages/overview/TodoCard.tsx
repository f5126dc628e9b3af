import { ArrowRightOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { TodoList } from "../../bindings/TodoList";
import { useNavigate } from "../../navigation/navigationContext";
import { SCREEN_LABELS } from "./overviewLabels";
import { dueText, todoRule } from "./todoText";

const SHOWN = 8;

/** 待办: what is due within the week or late, from the records, each a link to where it is done. */
export function TodoCard({ todo }: { todo: TodoList }) {
  const navigate = useNavigate();
  const [all, setAll] = useState(false);
  const items = all ? todo.items : todo.items.slice(0, SHOWN);
  return (
    <Card
      size="small"
      className="overview-card"
      title={`待办 · 本周（至 ${dayjs(todo.horizon).format("M月D日")}）与逾期`}
      extra={
        todo.late > 0 ? (
          <Tag color="red" data-testid="todo-late-count">{`逾期 ${todo.late} 项`}</Tag>
        ) : (
          <Typography.Text type="secondary">{`${todo.items.length} 项`}</Typography.Text>
        )
      }
      data-testid="todo"
    >
      {todo.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本周没有到期或逾期的事项" />
      ) : (
        <ul className="todo-list">
          {items.map((i, n) => (
            <li key={`${i.kind}-${n}`} className="todo-item" data-testid="todo-item" data-late={i.late}>
              <Flex justify="space-between" align="center" gap={12}>
                <div className="todo-text">
                  <Tag color={i.late ? "red" : "blue"}>{i.kind_label}</Tag>
                  <Typography.Text>{i.title}</Typography.Text>
                  <div className="todo-meta">
                    <Typography.Text type={i.late ? "danger" : "secondary"}>{dueText(i, todo.today)}</Typography.Text>
                    {i.owner && <Typography.Text type="secondary">{` · 负责人 ${i.owner}`}</Typography.Text>}
                  </div>
                </div>
                <Button
                  type="link"
                  className="todo-link"
                  onClick={() => navigate(i.link.screen, i.link.record_id, todoRule(i))}
                  data-testid="todo-link"
                >
                  {`去${SCREEN_LABELS[i.link.screen]}`}
                  <ArrowRightOutlined />
                </Button>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {todo.items.length > SHOWN && (
        <Button type="link" onClick={() => setAll(!all)} data-testid="todo-more">
          {all ? "收起" : `显示全部 ${todo.items.length} 项`}
        </Button>
      )}
    </Card>
  );
}
