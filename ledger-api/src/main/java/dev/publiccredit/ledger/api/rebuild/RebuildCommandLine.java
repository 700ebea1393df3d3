package dev.publiccredit.ledger.api.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ledger-api.jar --rebuild-projections}: starts the ledger (the API answers meanwhile), rebuilds
 * every projection, and exits with 0 when the new tables are live, 1 if the rebuild failed.
 */
@Component
class RebuildCommandLine implements ApplicationRunner {

    static final String OPTION = "rebuild-projections";
    private static final Logger log = LoggerFactory.getLogger(RebuildCommandLine.class);

    private final ProjectionRebuild rebuild;
    private final ConfigurableApplicationContext context;

    RebuildCommandLine(ProjectionRebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status;
        try {
            RebuildProgress done = rebuild.runNow();
            log.info("--{}: {} events folded at {} events/s", OPTION, done.events(),
                    Math.round(done.eventsPerSecond()));
            status = 0;
        } catch (RuntimeException e) {
            log.error("--{} failed", OPTION, e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
