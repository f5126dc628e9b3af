import { PictureOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Image, Popconfirm, Spin, Typography } from "antd";
import { useCallback } from "react";
import * as api from "../../api";
import type { CoverImage } from "../../bindings/CoverImage";
import type { CoverImageKind } from "../../bindings/CoverImageKind";
import { formatFileSize } from "../../fileSize";
import { useAction } from "../../hooks/useAction";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { pickImagePath } from "./exportDialogs";

const KINDS: { kind: CoverImageKind; label: string; where: string }[] = [
  { kind: "logo", label: "企业标志", where: "印在申报材料和体系文件汇编的封面标题上方" },
  { kind: "seal", label: "单位印章", where: "盖在申报材料封面的编制日期上；建议用透明背景的 PNG" },
];

/** The optional logo and seal on the covers: choose, see, replace, remove. */
export function CoverImagesCard() {
  const list = useRemote(useCallback(() => api.coverImageList(), []));
  return (
    <Card title="封面标志与印章（可选）">
      <Typography.Paragraph type="secondary">
        选择 PNG 或 JPEG 图片（不超过 10 MB、2500 万像素）；图片与其他附件一样保存在本机的数据目录中，导出时按打印尺寸缩放。
      </Typography.Paragraph>
      <Flex vertical gap={12}>
        {KINDS.map((k) => (
          <CoverRow
            key={k.kind}
            {...k}
            image={list.data?.find((c) => c.kind === k.kind) ?? null}
            loading={list.loading && !list.data}
          />
        ))}
      </Flex>
    </Card>
  );
}

interface RowProps {
  kind: CoverImageKind;
  label: string;
  where: string;
  image: CoverImage | null;
  loading: boolean;
}

function CoverRow({ kind, label, where, image, loading }: RowProps) {
  const showError = useShowError();
  const { busy, run } = useAction();
  const sha = image?.attachment.sha256;
  // data undefined: loading; null: none (or its file is missing here).
  const thumb = useRemote(
    useCallback(() => (sha ? api.coverImagePreview(kind) : Promise.resolve(null)), [kind, sha]),
  );
  const preview = thumb.error ? null : thumb.data;

  const choose = async () => {
    const path = await pickImagePath(`选择${label}图片`);
    if (path) await run("set", () => api.coverImageSet(kind, path), `已设置${label}`);
  };

  const testId = `cover-${kind}`;
  return (
    <Flex align="center" gap={16} data-testid={testId}>
      <div className="cover-thumb" data-testid={`${testId}-thumb`}>
        {loading || (sha && preview === undefined) ? (
          <Spin size="small" />
        ) : preview ? (
          <Image src={preview} alt={label} width={96} height={64} style={{ objectFit: "contain" }} />
        ) : (
          <PictureOutlined className="muted-icon" style={{ fontSize: 28 }} />
        )}
      </div>
      <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary">{where}</Typography.Text>
        <Typography.Text data-testid={`${testId}-file`}>
          {image
            ? `${image.attachment.file_name}（${image.width} × ${image.height} 像素，${formatFileSize(image.attachment.size)}）`
            : "未设置"}
        </Typography.Text>
        {image && preview === null && (
          <Typography.Text type="warning">图片文件不在本机的数据目录中，导出时将不印此图片；请重新选择。</Typography.Text>
        )}
      </Flex>
      <Flex gap={8}>
        <Button loading={busy === "set"} onClick={() => void choose().catch(showError)} data-testid={`${testId}-choose`}>
          {image ? "更换…" : "选择图片…"}
        </Button>
        {image && (
          <Popconfirm
            title={`移除${label}？`}
            description="封面将不再印此图片；图片文件仍保留在附件中。"
            okText="移除"
            cancelText="取消"
            okButtonProps={{ ...({ "data-testid": `${testId}-clear-confirm` } as object) }}
            onConfirm={() => run("clear", () => api.coverImageClear(kind), `已移除${label}`)}
          >
            <Button danger loading={busy === "clear"} disabled={busy === "set"} data-testid={`${testId}-clear`}>
              移除
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Flex>
  );
}
