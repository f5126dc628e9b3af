import { Drawer, Empty, Input, Skeleton, Typography } from "antd";
import { useMemo, useState } from "react";
import * as api from "../api";
import { LoadError } from "../components/LoadError";
import { useRemote } from "../hooks/useRemote";
import { groupTerms } from "./glossaryFilter";

const loadGlossary = () => api.helpGlossary();

/** 帮助: the glossary of the domain's words, searchable, over whatever page is open. */
export function HelpDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const glossary = useRemote(loadGlossary);
  const [query, setQuery] = useState("");
  const groups = useMemo(() => groupTerms(glossary.data?.terms ?? [], query), [glossary.data, query]);
  return (
    <Drawer
      title={`帮助 · ${glossary.data?.title ?? "术语表"}`}
      open={open}
      onClose={onClose}
      width="min(560px, calc(100vw - 40px))"
      data-testid="help-drawer"
    >
      {glossary.error && <LoadError error={glossary.error} onRetry={glossary.reload} />}
      {!glossary.data ? (
        !glossary.error && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{glossary.data.note}</Typography.Paragraph>
          <Input.Search
            placeholder="查找词语，如“纠正措施”"
            allowClear
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="help-search"
            data-testid="help-search"
          />
          {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到这个词" />}
          {groups.map(([group, terms]) => (
            <section key={group} className="help-group">
              <Typography.Title level={5}>{group}</Typography.Title>
              <dl className="help-terms">
                {terms.map((t) => (
                  <div key={t.term} className="help-term" data-testid="help-term">
                    <dt>{t.term}</dt>
                    <dd>{t.text}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </>
      )}
    </Drawer>
  );
}
