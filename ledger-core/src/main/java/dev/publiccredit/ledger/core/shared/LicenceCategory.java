package dev.publiccredit.ledger.core.shared;

/** 许可类别: the category of an administrative licence. */
public enum LicenceCategory {
    ORDINARY("普通"),
    FRANCHISE("特许"),
    RECOGNITION("认可"),
    APPROVAL("核准"),
    REGISTRATION("登记"),
    OTHER("其他");

    private final String chineseName;

    LicenceCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
