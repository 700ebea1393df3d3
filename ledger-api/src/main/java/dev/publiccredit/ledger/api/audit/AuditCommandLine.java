package dev.publiccredit.ledger.api.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.time.Duration;
import java.util.UUID;

/**
 * {@code java -jar ledger-api.jar --verify-audit-log}: starts the ledger on its database, issues a signed tree head,
 * runs the same verification as {@code POST /api/v1/audit/verification} (progress in the log), prints its result as
 * JSON on standard output and exits with 0 when the store and the log agree, 1 when they do not, 2 when the
 * verification could not run (docs/audit.md).
 */
@Component
class AuditCommandLine implements ApplicationRunner {

    static final String OPTION = "verify-audit-log";
    private static final Logger log = LoggerFactory.getLogger(AuditCommandLine.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final TreeHeads heads;
    private final AuditVerification verification;
    private final JsonMapper json;
    private final ConfigurableApplicationContext context;

    AuditCommandLine(TreeHeads heads, AuditVerification verification, JsonMapper json,
                     ConfigurableApplicationContext context) {
        this.heads = heads;
        this.verification = verification;
        this.json = json;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (args.containsOption(OPTION)) {
            int exit = verify(System.out);
            System.exit(SpringApplication.exit(context, () -> exit));
        }
    }

    /** Verifies everything stored now, writes the result to {@code out}; answers the exit status. */
    int verify(PrintStream out) throws InterruptedException {
        TreeHead head = heads.issue();
        log.info("--{}: tree head of size {} issued; verifying", OPTION, head.treeSize());
        UUID id = verification.start().id();
        AuditVerification.JobView job = verification.find(id).orElseThrow();
        long nextReport = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (job.state() == AuditVerification.State.RUNNING) {
            Thread.sleep(100);
            job = verification.find(id).orElseThrow();
            if (System.nanoTime() > nextReport) {
                log.info("--{}: {} of {} events checked", OPTION, job.checkedEvents(), job.totalEvents());
                nextReport = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
        }
        out.println(json.writeValueAsString(job));
        if (job.state() == AuditVerification.State.FAILED) {
            return 2;
        }
        return Boolean.TRUE.equals(job.consistent()) ? 0 : 1;
    }
}
