import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Row } from "antd";
import type { ReactNode } from "react";

interface Props {
  /** The form list's name, e.g. `stages`. */
  name: string;
  /** What one row is called, for its buttons: “阶段” gives 添加阶段 / 删除此阶段. */
  noun: string;
  disabled: boolean;
  /** The fields of row `row` (a list index), in columns that leave 2 of 24 for the delete button. */
  fields: (row: number) => ReactNode;
  /** What a new row starts with. */
  fresh: () => object;
  /** At most this many rows. */
  max?: number;
}

/** The rows of a list in the program form, each with its delete button, and 添加 below. */
export function FieldRows({ name, noun, disabled, fields, fresh, max }: Props) {
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map(({ key, name: row }) => (
            <Row gutter={12} key={key} align="top">
              {fields(row)}
              <Col xs={4} lg={2}>
                <Form.Item label=" ">
                  <Button
                    aria-label={`删除此${noun}`}
                    icon={<DeleteOutlined />}
                    disabled={disabled}
                    onClick={() => remove(row)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={disabled || (max !== undefined && rows.length >= max)}
            onClick={() => add(fresh())}
          >
            添加{noun}
          </Button>
        </>
      )}
    </Form.List>
  );
}
