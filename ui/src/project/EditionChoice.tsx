import { Radio, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { StandardEdition } from "../bindings/StandardEdition";
import { DATE_FORMAT } from "../dates";
import { editionNote } from "../standard/clauseTable";

/** The editions to start a project on, each with its one-line explanation. */
export function EditionChoice({
  standards,
  initial,
  onChange,
}: {
  standards: StandardEdition[];
  initial: string;
  onChange: (id: string) => void;
}) {
  const [value, setValue] = useState(initial);
  const today = dayjs().format(DATE_FORMAT);
  return (
    <Radio.Group
      value={value}
      onChange={(e) => {
        setValue(e.target.value as string);
        onChange(e.target.value as string);
      }}
      data-testid="new-project-edition"
    >
      <Space direction="vertical">
        {standards.map((s) => (
          <Radio key={s.id} value={s.id} data-testid={`new-project-edition-${s.code}`}>
            <div>{`${s.id}《${s.name}》`}</div>
            <Typography.Text type="secondary" className="card-hint">
              {editionNote(s, today)}
            </Typography.Text>
          </Radio>
        ))}
      </Space>
    </Radio.Group>
  );
}

