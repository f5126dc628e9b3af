import { Alert, Button, Flex } from "antd";
import type { PageKey } from "../../navigation/navigation";
import { useNavigate } from "../../navigation/navigationContext";
import { SCREEN_LABELS } from "./overviewLabels";

const ORDER: PageKey[] = ["profile", "program", "departments", "people", "training", "organisation", "plan", "diagnosis", "documents"];

/** For a new project: the order in which the screens are usually filled in. */
export function StartGuide() {
  const navigate = useNavigate();
  return (
    <Alert
      type="info"
      showIcon
      className="overview-guide"
      data-testid="overview-guide"
      message="新项目：建议按以下顺序开始"
      description={
        <Flex wrap gap={4} align="center">
          {ORDER.map((p, i) => (
            <span key={p}>
              <Button size="small" type="link" onClick={() => navigate(p)} data-testid={`guide-${p}`}>
                {`${i + 1}. ${SCREEN_LABELS[p]}`}
              </Button>
              {i < ORDER.length - 1 && <span className="guide-arrow">→</span>}
            </span>
          ))}
        </Flex>
      }
    />
  );
}
