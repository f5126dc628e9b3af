// First, before any module that observes sizes is evaluated (antd's resize observer takes
// ResizeObserver when its module loads): hidden pages keep their sizes.
import "./layout/hiddenPageSizes";

// The app's modules are fetched after that, as a chunk of their own.
void import("./start");
