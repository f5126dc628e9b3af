import { App, Button, Flex, InputNumber, Popover, Tag, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import { useShowError } from "../../hooks/useShowError";

interface Props {
  threshold: number | null;
}

/** 学分要求: the number or 未设定, with a small popover to set or clear it. */
export function CreditThreshold({ threshold }: Props) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<number | null>(threshold);
  const [saving, setSaving] = useState(false);

  const save = async (value: number | null) => {
    setSaving(true);
    try {
      await api.creditThresholdSet(value);
      void message.success(value === null ? "学分要求已设为未设定" : `学分要求已设为 ${value} 学分`);
      setOpen(false);
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  const editor = (
    <Flex vertical gap={8} className="threshold-editor">
      <InputNumber
        min={0.5}
        max={1000}
        step={0.5}
        value={draft}
        onChange={(v) => setDraft(v)}
        onPressEnter={() => {
          if (draft !== null) void save(draft);
        }}
        placeholder="如 60"
        suffix="学分"
        className="full-width"
        autoFocus
        data-testid="credit-threshold-input"
      />
      <Flex gap={8} justify="flex-end">
        {threshold !== null && (
          <Button size="small" onClick={() => void save(null)} disabled={saving} data-testid="credit-threshold-clear">
            设为未设定
          </Button>
        )}
        <Button size="small" onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button
          size="small"
          type="primary"
          loading={saving}
          disabled={draft === null}
          onClick={() => {
            if (draft !== null) void save(draft);
          }}
          data-testid="credit-threshold-save"
        >
          确定
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Flex align="center" gap={8}>
      <Typography.Text>学分要求：</Typography.Text>
      {threshold === null ? (
        <Tag className="inline-tag">
          <span data-testid="credit-threshold">未设定</span>
        </Tag>
      ) : (
        <Typography.Text strong>
          <span data-testid="credit-threshold">{threshold}</span> 学分
        </Typography.Text>
      )}
      <Popover
        trigger="click"
        title="设置学分要求"
        content={editor}
        open={open}
        onOpenChange={(next) => {
          if (next) setDraft(threshold);
          setOpen(next);
        }}
        placement="bottomLeft"
        destroyOnHidden
      >
        <Button size="small" type="link" data-testid="credit-threshold-edit">
          {threshold === null ? "设置" : "修改"}
        </Button>
      </Popover>
    </Flex>
  );
}
