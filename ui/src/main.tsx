// First, before any module that observes sizes is evaluated (antd's resize observer takes
// ResizeObserver when its module loads): hidden pages keep their sizes. Its own chunk
// (vite.config.ts), so that the entry imports it before the chunks antd is in.
import "./layout/hiddenPageSizes";
import "./start";
