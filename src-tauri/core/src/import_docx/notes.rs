//! What a Word file holds that the text format cannot: counted while the
//! body is read, then listed in Chinese, so that nothing is dropped
//! silently.

/// Counts of what was not taken into the text (or was changed on the way).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Notes {
    pub images: usize,
    pub text_boxes: usize,
    pub comments: usize,
    pub insertions: usize,
    pub deletions: usize,
    pub moves: usize,
    pub nested_tables: usize,
    pub merged_cells: usize,
    pub footnotes: usize,
    pub contents: bool,
    pub numbered_headings: usize,
    pub header_footer_text: bool,
    pub pipes: usize,
}

impl Notes {
    /// One line per kind found, in Chinese.
    pub(super) fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut add = |n: usize, msg: String| {
            if n > 0 {
                out.push(msg);
            }
        };
        add(self.images, format!("图片 {} 张（未导入）", self.images));
        add(
            self.text_boxes,
            format!("文本框 {} 个（其中文字未导入）", self.text_boxes),
        );
        add(
            self.comments,
            format!("批注 {} 条（未导入）", self.comments),
        );
        let changes = self.insertions + self.deletions + self.moves;
        let mut parts = Vec::new();
        if self.insertions > 0 {
            parts.push(format!("插入 {} 处", self.insertions));
        }
        if self.deletions > 0 {
            parts.push(format!("删除 {} 处", self.deletions));
        }
        if self.moves > 0 {
            parts.push(format!("移动 {} 处", self.moves));
        }
        add(
            changes,
            format!(
                "修订痕迹（{}）：按接受全部修订后的文本导入",
                parts.join("、")
            ),
        );
        add(
            self.nested_tables,
            format!("嵌套表格 {} 个（其中内容未导入）", self.nested_tables),
        );
        add(
            self.merged_cells,
            format!(
                "合并单元格 {} 处：已拆为普通单元格，文字在合并区域的第一格",
                self.merged_cells
            ),
        );
        add(
            self.footnotes,
            format!("脚注 {} 条（未导入）", self.footnotes),
        );
        add(
            usize::from(self.contents),
            "目录（未导入；汇编导出时重新生成）".to_string(),
        );
        add(
            self.numbered_headings,
            format!(
                "自动编号的标题 {} 个：编号未导入，请在标题文字中写明编号",
                self.numbered_headings
            ),
        );
        add(
            usize::from(self.header_footer_text),
            "页眉、页脚中的文字（未导入；导出时按文件信息生成）".to_string(),
        );
        add(
            self.pipes,
            format!("表格中的竖线“|” {} 处：已改为全角“｜”", self.pipes),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_each_kind_found_in_chinese() {
        let n = Notes {
            images: 3,
            comments: 2,
            insertions: 4,
            deletions: 1,
            ..Notes::default()
        };
        assert_eq!(
            n.messages(),
            vec![
                "图片 3 张（未导入）",
                "批注 2 条（未导入）",
                "修订痕迹（插入 4 处、删除 1 处）：按接受全部修订后的文本导入",
            ]
        );
        assert!(Notes::default().messages().is_empty());
    }
}
