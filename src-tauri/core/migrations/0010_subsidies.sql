-- 0010 (issue 13): other subsidies received for the same 贯标 (a city or
-- district award, an earlier year's), which the program may forbid adding
-- to its own (超额奖补、重复奖补, 国知办发运字〔2019〕34号); and the business
-- licence scan the certification body asks for with the application.

CREATE TABLE other_subsidy (
    id          INTEGER PRIMARY KEY,
    -- Who granted it: 西安市市场监督管理局, 高新区管委会…
    grantor     TEXT NOT NULL CHECK (length(trim(grantor)) > 0),
    amount_yuan INTEGER NOT NULL CHECK (amount_yuan >= 0),
    received_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- 营业执照扫描件: a file in the attachment store, like a training sign-in sheet.
ALTER TABLE application_precondition
    ADD COLUMN licence_attachment_id INTEGER REFERENCES attachment (id);
