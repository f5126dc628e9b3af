//! Property tests of the page layout: whatever the blocks hold, composing
//! them never panics, always ends, and every character of their text is
//! drawn, in order (list numbers and bullets may be added in between).

use proptest::prelude::*;

use super::layout::Composer;
use super::page::A4;
use crate::doctext::Block;

#[path = "../../tests/core/reliability/mod.rs"]
mod reliability;

/// Characters the font has, with Chinese punctuation that moves line breaks.
const ALPHABET: &[char] = &[
    '知', '识', '产', '权', '管', '理', '体', '系', '文', '件', '企', '业', '，', '。', '、', '（',
    '）', '“', '”', '《', '》', '：', '；', '—', '…', 'A', 'b', 'Z', '0', '7', '9', '-', '.', '/',
    ' ', ' ', '%', '(', ')',
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..max)
        .prop_map(|v| v.into_iter().collect())
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        (1u8..=3, text(60)).prop_map(|(level, text)| Block::Heading { level, text }),
        text(400).prop_map(|text| Block::Paragraph { text }),
        prop::collection::vec(text(120), 0..6).prop_map(|items| Block::Bullets { items }),
        prop::collection::vec(text(120), 0..6).prop_map(|items| Block::Numbered { items }),
    ]
}

fn is_subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|c| it.any(|h| h == c))
}

fn visible(s: &str) -> Vec<char> {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

const CASES: u32 = 96;

fn tally(name: &str) {
    reliability::tally(name, CASES);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn every_character_is_laid_out_in_order(blocks in prop::collection::vec(block(), 0..12)) {
        tally("layout_every_character_is_laid_out_in_order");
        let mut c = Composer::new(A4);
        for b in &blocks {
            c.block(b);
        }
        let pages = c.finish();
        let drawn: String = pages.iter().map(|p| p.plain_text()).collect::<Vec<_>>().join("\n");
        let expected: String = blocks
            .iter()
            .map(|b| match b {
                Block::Heading { text, .. } | Block::Paragraph { text } => text.clone(),
                Block::Bullets { items } | Block::Numbered { items } => items.concat(),
                Block::Table { .. } => String::new(),
            })
            .collect();
        prop_assert!(
            is_subsequence(&visible(&expected), &visible(&drawn)),
            "text lost between the blocks and the pages"
        );
    }

    #[test]
    fn tables_of_any_shape_lay_out(
        header in prop::collection::vec(text(30), 0..6),
        rows in prop::collection::vec(prop::collection::vec(text(80), 0..7), 0..8),
    ) {
        tally("layout_tables_of_any_shape_lay_out");
        let mut c = Composer::new(A4);
        let block = Block::Table { header: header.clone(), rows: rows.clone() };
        c.block(&block);
        let pages = c.finish();
        let drawn: Vec<char> = pages.iter().flat_map(|p| visible(&p.plain_text())).collect();
        // Every character of every cell is drawn somewhere (cells wrap side by side).
        let mut need: Vec<char> = header.iter().chain(rows.iter().flatten()).flat_map(|t| visible(t)).collect();
        let mut have = drawn.clone();
        need.sort_unstable();
        have.sort_unstable();
        prop_assert!(is_subsequence(&need, &have), "a table cell lost text");
    }
}
