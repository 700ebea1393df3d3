package dev.publiccredit.ledger.core.shared;

/** 处罚类别: the kinds of administrative penalty of 行政处罚法 art. 9. */
public enum PenaltyType {
    WARNING("警告"),
    CIRCULATED_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATION_OF_ILLEGAL_GAINS("没收违法所得"),
    CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物"),
    SUSPENSION_OF_LICENCE("暂扣许可证件"),
    DOWNGRADING_OF_QUALIFICATION("降低资质等级"),
    REVOCATION_OF_LICENCE("吊销许可证件"),
    RESTRICTION_OF_BUSINESS_ACTIVITIES("限制开展生产经营活动"),
    ORDER_TO_SUSPEND_PRODUCTION("责令停产停业"),
    ORDER_TO_CLOSE("责令关闭"),
    RESTRICTION_OF_EMPLOYMENT("限制从业"),
    ADMINISTRATIVE_DETENTION("行政拘留"),
    OTHER("其他");

    private final String chineseName;

    PenaltyType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
