/** The kept pages are hidden with `display: none` while another page is shown (AppLayout).
 *  Whatever in them follows its size with a ResizeObserver (antd's tabs and their ink bar,
 *  auto-sized text areas, the overview's timeline) would be told 0 × 0 when the page is left
 *  and its real size again when the page is shown: a render and a layout for nothing, the
 *  second of them after the user's click. So the observations of elements inside a hidden
 *  page are dropped, and they keep the sizes they had on screen; once the page is shown the
 *  browser reports them again and, unless the window was resized meanwhile, nothing changes. */
const HIDDEN_PAGE = ".app-page[hidden]";

function keepSizesOfHiddenPages(): void {
  const Native = window.ResizeObserver;
  if (!Native) return;
  class ShownOnly extends Native {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => {
        const shown = entries.filter((e) => !e.target.closest(HIDDEN_PAGE));
        if (shown.length > 0) callback(shown, observer);
      });
    }
  }
  window.ResizeObserver = ShownOnly;
}

// On import, before any module that observes sizes is evaluated: antd's resize observer
// creates its one ResizeObserver when its module loads (main.tsx imports the app after this).
keepSizesOfHiddenPages();
