package dev.publiccredit.ledger.core.listing.event;

/** The lists a subject can be put on (credit-rules §5). */
public enum ListingKind {
    /** 严重失信主体名单: listed only after a prior notice (告知), 国办发〔2020〕49号 §§6-8. */
    SERIOUS_DISHONESTY,
    /** 守信激励 / 红名单: good conduct, with incentive measures (国发〔2016〕33号). */
    REDLIST,
    /** 经营异常名录: 企业信息公示暂行条例 art. 17; no end, removed once the enterprise complies. */
    BUSINESS_ANOMALY
}
