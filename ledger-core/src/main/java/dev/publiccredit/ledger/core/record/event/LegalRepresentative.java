package dev.publiccredit.ledger.core.record.event;

import org.jspecify.annotations.Nullable;

/** 法定代表人 (负责人): the legal representative of an organisation, with the type and number of the ID document. */
public record LegalRepresentative(String name, @Nullable String idType, @Nullable String idNumber) {
}
