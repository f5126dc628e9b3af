import { Layout, Menu, type MenuProps } from "antd";
import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { forgetKept } from "../hooks/useKeptState";
import { asPageKey, loadPage, PAGES, savePage, type PageKey } from "../navigation/navigation";
import { NavigationContext, type Arrival } from "../navigation/navigationContext";
import { PackageBanner } from "../pages/audits/AuditPackages";
import { useProject } from "../project/projectContext";
import { AppHeader } from "./AppHeader";
import { createPageActivity, PageActivityContext, type PageActivityControl } from "./pageActivity";
import { PAGE_VIEWS, preloadPages, type PageView } from "./pageViews";
import { forgetScroll, rememberScroll, restoreScroll } from "./scrollMemory";

const NAV_ITEMS: MenuProps["items"] = PAGES.map(({ key, label, icon: Icon }) => ({
  key,
  icon: <Icon />,
  label: <span data-testid={`nav-${key}`}>{label}</span>,
}));

/** What an internal-audit work package shows (audit-only mode): the audit, and the documents to consult. */
const PACKAGE_PAGES: readonly PageKey[] = ["audits", "documents"];
const PACKAGE_NAV_ITEMS = NAV_ITEMS?.filter((i) => PACKAGE_PAGES.includes(String(i?.key) as PageKey));

/** A page that stays mounted: from the start (`always`) or once opened. */
interface Mounted {
  key: PageKey;
  kept: NonNullable<PageView["kept"]>;
  render: () => ReactNode;
}

/** The pages that stay mounted, in menu order (see `PageView`). Memoised: a click in the
 *  menu re-renders no kept page (only its stale loads, see pageActivity.ts). */
const MOUNTED: Mounted[] = PAGES.flatMap(({ key }): Mounted[] => {
  const { kept, component } = PAGE_VIEWS[key];
  if (!kept) return [];
  const Page = memo(component);
  return [{ key, kept, render: () => <Page /> }];
});

/** After start, once the first page had time to come up, the other pages' code loads. */
const PRELOAD_AFTER_MS = 1500;

function opensOnce(p: PageKey): boolean {
  const kept = PAGE_VIEWS[p].kept;
  return kept === "opened" || kept === "visited";
}

export function AppLayout() {
  const { version, project } = useProject();
  const pkg = project.package;
  const [chosen, setPage] = useState<PageKey>(loadPage);
  const page: PageKey = pkg && !PACKAGE_PAGES.includes(chosen) ? "audits" : chosen;
  // The kept pages opened in this project version: they stay mounted from then on, per project.
  const [seen, setSeen] = useState<{ version: number; pages: PageKey[] }>({ version, pages: [] });
  const seenPages = seen.version === version ? seen.pages : [];
  if (opensOnce(page) && !seenPages.includes(page)) setSeen({ version, pages: [...seenPages, page] });
  const shown = (p: PageKey) => page === p || seenPages.includes(p);

  const [arrival, setArrival] = useState<Arrival | null>(null);
  // Every visit counts: choosing the page already shown reloads it (the
  // kept pages excepted, whose unsaved edits must survive).
  const [visit, setVisit] = useState(0);
  // A visited page opened afresh (a link, or a click on it while shown) is mounted anew.
  const [remounts, setRemounts] = useState<Partial<Record<PageKey, number>>>({});
  // Whether each mounted page is shown, told to its loads (pageActivity.ts).
  const [activities] = useState(() => new Map<PageKey, PageActivityControl>());
  const activityOf = (key: PageKey) => {
    let a = activities.get(key);
    if (!a) {
      a = createPageActivity(key === page);
      activities.set(key, a);
    }
    return a;
  };
  useEffect(() => {
    for (const [key, a] of activities) a.set(key === page);
  }, [activities, page]);

  // The page being left and the project, for the scroll memory (read in callbacks).
  const where = useRef({ page, version });
  useEffect(() => {
    where.current = { page, version };
  }, [page, version]);

  const select = useCallback((key: string, at?: Arrival, fresh?: boolean) => {
    const next = asPageKey(key);
    if (!next) return;
    const { page: leaving, version: v } = where.current;
    rememberScroll(`${v}:${leaving}`);
    if (fresh || at) {
      forgetKept(next);
      forgetScroll(`${v}:${next}`);
    }
    if (PAGE_VIEWS[next].kept === "visited" && (fresh || at || next === leaving)) {
      setRemounts((r) => ({ ...r, [next]: (r[next] ?? 0) + 1 }));
    }
    setVisit((n) => n + 1);
    setPage(next);
    savePage(next);
    setArrival(at ?? null);
  }, []);
  const clearArrival = useCallback(() => setArrival(null), []);
  const navigation = useMemo(() => ({ select, arrival, clearArrival }), [select, arrival, clearArrival]);

  // Back where the user left the page (or at its top: a link, another project).
  useEffect(() => restoreScroll(`${version}:${page}`), [version, page, visit]);

  useEffect(() => {
    const timer = window.setTimeout(preloadPages, PRELOAD_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);

  const view = PAGE_VIEWS[page];
  const Page = view.kept ? null : view.component;

  return (
    <NavigationContext.Provider value={navigation}>
      <Layout className="app-root">
        <AppHeader />
        <Layout>
          <Layout.Sider theme="light" width={184} className="app-sider">
            <Menu
              mode="inline"
              selectedKeys={[page]}
              items={pkg ? PACKAGE_NAV_ITEMS : NAV_ITEMS}
              onClick={({ key }) => select(key)}
              className="app-nav"
            />
          </Layout.Sider>
          <Layout.Content className="app-content">
            {pkg && <PackageBanner pkg={pkg} />}
            {/* Keyed by project: switching projects remounts every page, which reloads its data. */}
            <div key={version} className="app-page-host">
              {/* The long forms stay mounted so unsaved edits survive a visit to another page;
                  the visited pages so that coming back to one shows it at once. */}
              {MOUNTED.map(
                ({ key, kept, render }) =>
                  (kept === "always" || shown(key)) && (
                    <div key={`${key}-${remounts[key] ?? 0}`} hidden={page !== key} className="app-page">
                      <PageActivityContext.Provider value={activityOf(key)}>
                        <Suspense fallback={null}>{render()}</Suspense>
                      </PageActivityContext.Provider>
                    </div>
                  ),
              )}
              {Page && (
                <div key={`${page}-${visit}`} className="app-page">
                  <Suspense fallback={null}>
                    <Page />
                  </Suspense>
                </div>
              )}
            </div>
          </Layout.Content>
        </Layout>
      </Layout>
    </NavigationContext.Provider>
  );
}
