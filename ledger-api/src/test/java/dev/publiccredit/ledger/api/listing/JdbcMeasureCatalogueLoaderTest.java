package dev.publiccredit.ledger.api.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import dev.publiccredit.ledger.core.policy.MeasureDefinition;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Period;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads the joint measures catalogue of migration V8 from a real PostgreSQL migrated by Flyway. */
class JdbcMeasureCatalogueLoaderTest {

    static EmbeddedPostgres pg;
    static JdbcClient jdbc;

    @BeforeAll
    static void migrate() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        DataSource dataSource = pg.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void load_givesTheShippedCatalogue_withItsMeasuresPerKindInOrder() {
        MeasureCatalogue catalogue = new JdbcMeasureCatalogueLoader(jdbc).load();

        assertThat(catalogue.version()).isEqualTo("cn-joint-measures-2026.1");
        assertThat(catalogue.measuresFor(ListingKind.SERIOUS_DISHONESTY)).extracting(MeasureDefinition::code)
                .containsExactly("GOVERNMENT_PROCUREMENT_BAN", "NO_COMMITMENT_LICENSING",
                        "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
        assertThat(catalogue.measuresFor(ListingKind.BUSINESS_ANOMALY)).extracting(MeasureDefinition::code)
                .containsExactly("PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
        assertThat(catalogue.measuresFor(ListingKind.REDLIST)).extracting(MeasureDefinition::code)
                .containsExactly("GREEN_CHANNEL", "ACCEPTANCE_WITH_MISSING_DOCUMENTS");
        assertThat(catalogue.measuresFor(ListingKind.REDLIST)).extracting(MeasureDefinition::type)
                .containsOnly(MeasureType.INCENTIVE);
        MeasureDefinition ban = catalogue.measuresFor(ListingKind.SERIOUS_DISHONESTY).get(0);
        assertThat(ban.type()).isEqualTo(MeasureType.RESTRICTION);
        assertThat(ban.maximumDuration()).isEqualTo(Period.ofYears(3));
        assertThat(ban.legalBasis()).contains("政府采购法").contains("第七十七条");
        assertThat(catalogue.measuresFor(ListingKind.SERIOUS_DISHONESTY).get(1).maximumDuration()).isNull();
    }

    @Test
    void load_takesTheCatalogueInForceLast() {
        jdbc.sql("INSERT INTO joint_measure_catalogue VALUES ('test-2027.1', DATE '2027-01-01', 'a test')").update();
        jdbc.sql("""
                INSERT INTO joint_measure VALUES ('test-2027.1', 'REDLIST', 'GREEN_CHANNEL', 1, 'INCENTIVE',
                       '绿色通道', '国发〔2016〕33号', 'P1Y')""").update();
        try {
            MeasureCatalogue catalogue = new JdbcMeasureCatalogueLoader(jdbc).load();

            assertThat(catalogue.version()).isEqualTo("test-2027.1");
            assertThat(catalogue.measures()).singleElement()
                    .satisfies(m -> assertThat(m.maximumDuration()).isEqualTo(Period.ofYears(1)));
        } finally {
            jdbc.sql("DELETE FROM joint_measure WHERE catalogue_version = 'test-2027.1'").update();
            jdbc.sql("DELETE FROM joint_measure_catalogue WHERE version = 'test-2027.1'").update();
        }
    }

    @Test
    void tables_refuseAnUnknownKindOrType_aBadCode_andABadDuration() {
        String insert = "INSERT INTO joint_measure VALUES ('cn-joint-measures-2026.1', ?, ?, 9, ?, 'd', 'b', ?)";

        assertThatThrownBy(() -> jdbc.sql(insert).params("BLACKLIST", "X_Y", "RESTRICTION", null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params("REDLIST", "X_Y", "REWARD", null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params("REDLIST", "green channel", "INCENTIVE", null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params("REDLIST", "X_Y", "INCENTIVE", "3 years").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
