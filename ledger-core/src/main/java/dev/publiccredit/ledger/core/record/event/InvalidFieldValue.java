package dev.publiccredit.ledger.core.record.event;

/** A corrected value that cannot be read as the field's type; {@link #getMessage()} says why. */
public class InvalidFieldValue extends IllegalArgumentException {

    private final CorrectableField field;

    public InvalidFieldValue(CorrectableField field, String reason) {
        super(reason);
        this.field = field;
    }

    public CorrectableField field() {
        return field;
    }
}
