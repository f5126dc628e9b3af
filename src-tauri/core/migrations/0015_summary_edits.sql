-- 0015 (issue 18): the 贯标工作总结 as the user rewrote it. The summary is
-- written from the records, a section under each sub-heading; a section the
-- user edits is exported with their text from then on. The generated text it
-- started from is kept, so the app can say when the records have moved on.
CREATE TABLE summary_edit (
    -- The sub-heading, e.g. '（一）基本情况与启动'.
    section    TEXT PRIMARY KEY,
    -- The user's text: paragraphs separated by line breaks.
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    -- The generated text when the user saved theirs, and the day it was
    -- written for (the text counts days up to that day; the records have
    -- changed when that day's text differs).
    based_on   TEXT NOT NULL,
    as_of      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
