import { useCallback, useState } from "react";
import * as api from "../../api";
import type { GenerationReport } from "../../bindings/GenerationReport";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { ALL_PEOPLE } from "../../people";

const loadDocuments = () => api.documentList();
const loadPeople = () => api.personList(ALL_PEOPLE);
const noPeople = () => Promise.resolve([]);
const loadDepartments = () => api.departmentList(true);

/** The document register with what acts on it: generation, 新增文件 and the open document. */
export function useDocumentRegister() {
  const showError = useShowError();
  const documents = useRemote(loadDocuments);
  // The people (800 in a large enterprise) are for the drawer's and the batch's pickers:
  // loaded once one of them is first wanted, not with the list.
  const [wantPeople, setWantPeople] = useState(false);
  const people = useRemote(wantPeople ? loadPeople : noPeople);
  const needPeople = useCallback(() => setWantPeople(true), []);
  const departments = useRemote(loadDepartments);
  const [generating, setGenerating] = useState(false);
  const [report, setReport] = useState<GenerationReport | null>(null);
  const newModal = useModalState<null>();
  const drawer = useModalState<number>();
  const showNew = newModal.show;
  const showDrawer = drawer.show;
  const reloadDocuments = documents.reload;
  const reloadPeople = people.reload;
  const reloadDepartments = departments.reload;

  const generate = useCallback(async () => {
    if (generating) return;
    setGenerating(true);
    try {
      setReport(await api.documentsGenerate());
    } catch (e) {
      showError(e);
    } finally {
      setGenerating(false);
    }
  }, [generating, showError]);

  const addDocument = useCallback(() => showNew(null), [showNew]);
  const openDocument = useCallback(
    (id: number) => {
      needPeople();
      showDrawer(id);
    },
    [needPeople, showDrawer],
  );

  /** Tries the register's loads again after one failed. */
  const reloadAll = useCallback(() => {
    reloadDocuments();
    reloadPeople();
    reloadDepartments();
  }, [reloadDocuments, reloadPeople, reloadDepartments]);

  return {
    documents,
    people,
    departments,
    generate,
    generating,
    report,
    closeReport: () => setReport(null),
    newModal,
    addDocument,
    drawer,
    openDocument,
    needPeople,
    reloadAll,
  };
}

export type DocumentRegister = ReturnType<typeof useDocumentRegister>;
