//! Nested bookmarks (the PDF outline), built directly in lopdf: printpdf's
//! own bookmarks are flat and re-sorted by page and name.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use super::page::Page;

/// One bookmark: level (1 = top), title, page (0-based) and top edge.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// The bookmarks of laid-out pages, in reading order.
pub(crate) fn entries(pages: &[Page]) -> Vec<Entry> {
    pages
        .iter()
        .enumerate()
        .flat_map(|(page, p)| {
            p.anchors.iter().map(move |a| Entry {
                level: a.level.max(1),
                title: a.title.clone(),
                page,
                y: a.y,
            })
        })
        .collect()
}

/// A node of the tree: its entry index, parent and children.
struct Node {
    parent: Option<usize>,
    children: Vec<usize>,
}

/// Nests entries: each one is a child of the nearest earlier entry of a
/// lower level (a level 3 straight after a level 1 goes under that 1).
fn tree(entries: &[Entry]) -> (Vec<Node>, Vec<usize>) {
    let mut nodes: Vec<Node> = Vec::with_capacity(entries.len());
    let mut roots = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        while stack.last().is_some_and(|&s| entries[s].level >= e.level) {
            stack.pop();
        }
        let parent = stack.last().copied();
        match parent {
            Some(p) => nodes[p].children.push(i),
            None => roots.push(i),
        }
        nodes.push(Node {
            parent,
            children: Vec::new(),
        });
        stack.push(i);
    }
    (nodes, roots)
}

/// A PDF text string: UTF-16BE with its byte-order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn descendants(nodes: &[Node], i: usize) -> i64 {
    nodes[i]
        .children
        .iter()
        .map(|&c| 1 + descendants(nodes, c))
        .sum()
}

/// Adds the outline to the document and opens it with the bookmarks shown.
/// Does nothing without entries.
pub(crate) fn add(doc: &mut lopdf::Document, entries: &[Entry]) {
    if entries.is_empty() {
        return;
    }
    let pages = doc.get_pages();
    let page_ids: Vec<ObjectId> = pages.values().copied().collect();
    let (nodes, roots) = tree(entries);
    let root_id = doc.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    let link = |dict: &mut Dictionary, siblings: &[usize], k: usize| {
        if k > 0 {
            dict.set("Prev", Object::Reference(ids[siblings[k - 1]]));
        }
        if let Some(&next) = siblings.get(k + 1) {
            dict.set("Next", Object::Reference(ids[next]));
        }
    };
    for (i, e) in entries.iter().enumerate() {
        let node = &nodes[i];
        let mut dict = Dictionary::new();
        dict.set("Title", text_string(&e.title));
        let parent = node.parent.map_or(root_id, |p| ids[p]);
        dict.set("Parent", Object::Reference(parent));
        let siblings = node.parent.map_or(&roots, |p| &nodes[p].children);
        let k = siblings.iter().position(|&s| s == i).unwrap_or(0);
        link(&mut dict, siblings, k);
        if let (Some(&first), Some(&last)) = (node.children.first(), node.children.last()) {
            dict.set("First", Object::Reference(ids[first]));
            dict.set("Last", Object::Reference(ids[last]));
            dict.set("Count", Object::Integer(descendants(&nodes, i)));
        }
        if let Some(&page) = page_ids.get(e.page) {
            dict.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Real(e.y + 4.0),
                    Object::Null,
                ]),
            );
        }
        doc.set_object(ids[i], dict);
    }
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    root.set("First", Object::Reference(ids[roots[0]]));
    root.set(
        "Last",
        Object::Reference(ids[*roots.last().expect("entries")]),
    );
    root.set("Count", Object::Integer(entries.len() as i64));
    doc.set_object(root_id, root);
    if let Ok(catalog) = doc.catalog_mut() {
        catalog.set("Outlines", Object::Reference(root_id));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(level: u8, title: &str) -> Entry {
        Entry {
            level,
            title: title.into(),
            page: 0,
            y: 0.0,
        }
    }

    #[test]
    fn entries_nest_under_the_nearest_lower_level() {
        let es = [
            e(1, "1"),
            e(2, "1.1"),
            e(3, "1.1.1"),
            e(2, "1.2"),
            e(1, "2"),
            e(3, "2.0.1"),
        ];
        let (nodes, roots) = tree(&es);
        assert_eq!(roots, vec![0, 4]);
        assert_eq!(nodes[0].children, vec![1, 3]);
        assert_eq!(nodes[1].children, vec![2]);
        assert_eq!(nodes[4].children, vec![5]);
        assert_eq!(descendants(&nodes, 0), 3);
    }
}
