//! How a Word file tells the import what our export put into it: the
//! range of the cover block and revision record (skipped on import), and
//! the revision the file was exported from.

/// The bookmark around the cover block and revision record of a document
/// (numbered when a volume holds several). A name starting with "_" is a
/// hidden bookmark: Word keeps it but does not list it.
pub(crate) const FRONT_BOOKMARK: &str = "_GuanbiaoFront";

/// The bookmark on a document's title, which a volume's contents refer to.
pub(crate) const TITLE_BOOKMARK: &str = "_GuanbiaoTitle";

/// The paragraph style of the cover block and revision record (its id and
/// its name, which is what survives an editor that renames style ids): a
/// second sign of our own front matter, should an editor lose or shorten
/// the bookmark (LibreOffice does).
pub(crate) const FRONT_STYLE: &str = "GuanbiaoFront";
pub(crate) const FRONT_STYLE_NAME: &str = "封面与修订记录";

/// Custom document properties: the document code, the revision id and the
/// SHA-256 of the stored text the file was exported from.
pub(crate) const PROP_CODE: &str = "GuanbiaoDocumentCode";
pub(crate) const PROP_REVISION: &str = "GuanbiaoRevisionId";
pub(crate) const PROP_SHA256: &str = "GuanbiaoContentSha256";
