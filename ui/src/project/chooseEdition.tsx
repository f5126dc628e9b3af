import type { useAppProps } from "antd/es/app/context";
import dayjs from "dayjs";
import type { StandardEdition } from "../bindings/StandardEdition";
import { DATE_FORMAT } from "../dates";
import { defaultEdition } from "../standard/clauseTable";
import { EditionChoice } from "./EditionChoice";

/** Asks which edition a new project works to; the default is the one certifiable today. `null`: cancelled. */
export function chooseEdition(modal: useAppProps["modal"], standards: StandardEdition[]): Promise<string | null> {
  const initial = defaultEdition(standards, dayjs().format(DATE_FORMAT))?.id ?? "";
  let chosen = initial;
  return new Promise((resolve) => {
    modal.confirm({
      title: "新项目按哪一版标准建立体系？",
      icon: null,
      width: 560,
      content: <EditionChoice standards={standards} initial={initial} onChange={(id) => (chosen = id)} />,
      okText: "下一步",
      cancelText: "取消",
      okButtonProps: { "data-testid": "new-project-edition-ok" },
      onOk: () => resolve(chosen),
      onCancel: () => resolve(null),
    });
  });
}
