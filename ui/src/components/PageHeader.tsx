import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

interface Props {
  title: string;
  description?: ReactNode;
  extra?: ReactNode;
  sticky?: boolean;
}

/** A page's title line with its actions on the right. */
export function PageHeader({ title, description, extra, sticky }: Props) {
  return (
    <Flex
      align="center"
      justify="space-between"
      gap={16}
      wrap
      className={sticky ? "page-header page-header-sticky" : "page-header"}
    >
      <div>
        <Typography.Title level={4} className="page-title">
          {title}
        </Typography.Title>
        {description && <Typography.Text type="secondary">{description}</Typography.Text>}
      </div>
      {extra && (
        <Flex align="center" gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
