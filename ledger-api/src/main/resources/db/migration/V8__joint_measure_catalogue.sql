-- The joint measures catalogue (联合奖惩措施清单, credit-rules.md section 5) as data: which measures each kind of
-- listing triggers. Loaded once at start-up (JdbcMeasureCatalogueLoader): the catalogue with the latest
-- effective_from is used, and its version is stored in every SubjectListed with the measures it applied.
--
-- To change the measures, write a new migration that inserts a new catalogue version (with a later effective_from)
-- and all its measures. Never edit the rows of a published version: listings name the version they applied.

CREATE TABLE joint_measure_catalogue (
    version        TEXT PRIMARY KEY CHECK (btrim(version) <> ''),
    effective_from DATE NOT NULL UNIQUE,
    source         TEXT NOT NULL CHECK (btrim(source) <> '')
);

CREATE TABLE joint_measure (
    catalogue_version TEXT    NOT NULL REFERENCES joint_measure_catalogue (version),
    listing_kind      TEXT    NOT NULL CHECK (listing_kind IN ('SERIOUS_DISHONESTY', 'REDLIST', 'BUSINESS_ANOMALY')),
    code              TEXT    NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    ordinal           INTEGER NOT NULL,
    measure_type      TEXT    NOT NULL CHECK (measure_type IN ('RESTRICTION', 'INCENTIVE')),
    description       TEXT    NOT NULL CHECK (btrim(description) <> ''),
    legal_basis       TEXT    NOT NULL CHECK (btrim(legal_basis) <> ''),
    -- ISO-8601 period (e.g. P3Y): the longest the measure applies; NULL: as long as the listing
    maximum_duration  TEXT    CHECK (maximum_duration ~ '^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$'),
    PRIMARY KEY (catalogue_version, listing_kind, code),
    UNIQUE (catalogue_version, listing_kind, ordinal)
);

INSERT INTO joint_measure_catalogue (version, effective_from, source) VALUES
    ('cn-joint-measures-2026.1', DATE '2026-01-01',
     'credit-rules.md §5: 政府采购法 art. 77; 企业信息公示暂行条例 art. 18; 河南省社会信用条例 art. 32; 国发〔2016〕33号');

INSERT INTO joint_measure (catalogue_version, listing_kind, code, ordinal, measure_type, description, legal_basis,
                           maximum_duration) VALUES
    -- 严重失信主体名单
    ('cn-joint-measures-2026.1', 'SERIOUS_DISHONESTY', 'GOVERNMENT_PROCUREMENT_BAN', 1, 'RESTRICTION',
     '列入不良行为记录名单，在一至三年内禁止参加政府采购活动 (government procurement ban)',
     '《中华人民共和国政府采购法》第七十七条', 'P3Y'),
    ('cn-joint-measures-2026.1', 'SERIOUS_DISHONESTY', 'NO_COMMITMENT_LICENSING', 2, 'RESTRICTION',
     '不适用告知承诺制审批 (not eligible for licensing on commitment)',
     '《河南省社会信用条例》第三十二条', NULL),
    ('cn-joint-measures-2026.1', 'SERIOUS_DISHONESTY', 'PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION', 3,
     'RESTRICTION',
     '在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或者禁入 (procurement, tendering, land, honours)',
     '《企业信息公示暂行条例》第十八条', NULL),
    -- 经营异常名录
    ('cn-joint-measures-2026.1', 'BUSINESS_ANOMALY', 'PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION', 1,
     'RESTRICTION',
     '在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或者禁入 (procurement, tendering, land, honours)',
     '《企业信息公示暂行条例》第十八条', NULL),
    -- 守信激励 / 红名单
    ('cn-joint-measures-2026.1', 'REDLIST', 'GREEN_CHANNEL', 1, 'INCENTIVE',
     '行政审批"绿色通道"，优先办理 (green channel, priority handling)',
     '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）', NULL),
    ('cn-joint-measures-2026.1', 'REDLIST', 'ACCEPTANCE_WITH_MISSING_DOCUMENTS', 2, 'INCENTIVE',
     '容缺受理：非关键材料暂缺时先行受理 (acceptance with documents still missing)',
     '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）', NULL);
