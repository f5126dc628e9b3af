-- 0007: the optional logo and seal printed on the covers of exported
-- volumes; the file itself is an attachment (stored by content hash).

CREATE TABLE cover_image (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL UNIQUE CHECK (kind IN ('logo', 'seal')),
    attachment_id INTEGER NOT NULL REFERENCES attachment (id),
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    updated_at    TEXT NOT NULL
);
