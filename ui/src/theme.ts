import type { ThemeConfig } from "antd";

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", -apple-system, "Segoe UI", sans-serif';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#1677ff",
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    motion: false,
  },
  components: {
    Layout: {
      headerBg: "#ffffff",
      headerHeight: 48,
      headerPadding: "0 16px",
      siderBg: "#ffffff",
      bodyBg: "#f5f6f8",
    },
    // 16 pages fit the menu at a 640-pixel-high window (48 header + 16 × 36).
    Menu: {
      itemBorderRadius: 6,
      itemMarginInline: 8,
      itemHeight: 34,
      itemMarginBlock: 2,
    },
    Card: {
      headerFontSizeSM: 15,
    },
  },
};
