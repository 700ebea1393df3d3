package dev.publiccredit.ledger.core.dispute.event;

/** The grounds of an objection (credit-rules §4: Zhejiang art. 30; 22号). */
public enum ObjectionGround {
    /** The record is wrong (错误). */
    ERROR,
    /** The record leaves something out (遗漏). */
    OMISSION,
    /** It discloses a trade secret or personal privacy (商业秘密、个人隐私). */
    PRIVACY_OR_TRADE_SECRET,
    /** It is shown after its publicity period (超期公示). */
    SHOWN_PAST_PERIOD,
    /** The subject was wrongly listed, or not removed from a list (错误列入或未按期移出名单). */
    WRONGLY_LISTED
}
